import { main } from './main.js'
import { exitCodeOf, signalsDelivered, stopSignal } from './signals.js'

// A reader that stops reading (`d3dkit presets | head -1`) ends the run quietly, as it would any
// other Unix tool, instead of with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(0)
})
process.stderr.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
})

process.exitCode = await main(process.argv.slice(2))
// A stop signal that came while the output was being put in place, after its last check.
await signalsDelivered()
const signal = stopSignal()
if (signal && process.exitCode === 0) {
  process.stderr.write(`d3dkit: interrupted by ${signal}; the new output was already in place\n`)
  process.exitCode = exitCodeOf(signal)
}
