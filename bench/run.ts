// The CLI's speed: cold `d3dkit build` (process start to exit, each in a new process) of every
// preset, across build volumes from 12 in to 2 m and with more modules; then one build timed by
// module. Medians of BENCH_RUNS runs, with the peak resident memory.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { presetNames } from '../src/node.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const root = join(import.meta.dirname, '..')
const work = mkdtempSync(join(tmpdir(), 'd3dkit-bench-'))

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const row = (cells: (string | number)[]) =>
  `| ${cells.map((v) => (typeof v === 'number' ? v.toFixed(0) : v)).join(' | ')} |`

function run(args: string[], rssFile?: string): { ms: number; stdout: string } {
  const start = performance.now()
  const child = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: { ...process.env, ...(rssFile ? { D3DKIT_BENCH_RSS_FILE: rssFile } : {}) },
  })
  const ms = performance.now() - start
  if (child.status !== 0) throw new Error(`${args.join(' ')} failed: ${child.stderr}`)
  return { ms, stdout: child.stdout }
}

/** A row of cold builds of `d3dkit build <args>`: median, min, max (ms) and peak RSS (MB). */
function coldBuilds(label: string, args: string[]): string {
  const rssFile = join(work, 'rss')
  const bin = [join(root, 'bin/d3dkit.js'), 'build', ...args, '--out', join(work, 'out'), '--force']
  const runs = Array.from({ length: RUNS }, () => {
    const { ms } = run(['--import', join(root, 'bench/peak-memory.mjs'), ...bin], rssFile)
    return { ms, rssMb: Number(readFileSync(rssFile, 'utf8')) / 1024 }
  })
  const times = runs.map((r) => r.ms)
  return row([label, median(times), Math.min(...times), Math.max(...times), Math.max(...runs.map((r) => r.rssMb))])
}

const header = (first: string) =>
  `\n| ${first} | cold build, median (ms) | min (ms) | max (ms) | peak RSS (MB) |\n|---|---|---|---|---|`

console.log(
  `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}; median of ${RUNS} cold runs`,
)

console.log(header('preset'))
for (const preset of presetNames()) console.log(coldBuilds(preset, ['--preset', preset]))

// The default preset sized from a cube build volume; 3 m rods so that the 2 m cube can be built.
console.log(header('build volume (cube), d3d-12in, rod.stockLength 3 m'))
for (const size of ['12in', '500mm', '1m', '1.5m', '2m']) {
  const volume = JSON.stringify({ x: size, y: size, z: size })
  console.log(coldBuilds(size, ['--set', `buildVolume=${volume}`, '--set', 'rod.stockLength=3m']))
}

console.log(header('modules, d3d-18in'))
for (const [zAxes, tools] of [
  [2, 1],
  [4, 1],
  [2, 2],
  // 4 Z axes and 2 tools need 9 stepper drivers: more than the controller's 8 sockets.
]) {
  const label = `${zAxes} Z axes, ${tools} tool${tools > 1 ? 's' : ''}`
  console.log(coldBuilds(label, ['--preset', 'd3d-18in', '--set', `zAxes=${zAxes}`, '--set', `tools=${tools}`]))
}

// Time by module: the module's printed parts modelled (each distinct part once), then the steps.
const timed = Array.from({ length: RUNS }, () => {
  const { stdout } = run(['--import', 'tsx', join(root, 'bench/modules.ts'), 'd3d-12in'])
  return JSON.parse(stdout) as {
    steps: Record<string, number>
    modules: Record<string, { ms: number; distinct: number; printed: number }>
  }
})
console.log('\n| d3d-12in, in one process | distinct parts | parts to print | median (ms) | min (ms) | max (ms) |')
console.log('|---|---|---|---|---|---|')
for (const [name, first] of Object.entries(timed[0].modules)) {
  const times = timed.map((t) => t.modules[name].ms)
  console.log(
    row([
      `${name}: model its parts`,
      first.distinct,
      first.printed,
      median(times),
      Math.min(...times),
      Math.max(...times),
    ]),
  )
}
for (const step of Object.keys(timed[0].steps)) {
  const times = timed.map((t) => t.steps[step])
  console.log(row([step, '', '', median(times), Math.min(...times), Math.max(...times)]))
}
rmSync(work, { recursive: true, force: true })
