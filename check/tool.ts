import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** Runs a command-line tool for its stdout; a failure throws naming the tool, its exit code and what it said. */
export async function runTool(
  command: string,
  args: readonly string[],
  said: (output: string) => string = (output) => output.trim(),
): Promise<string> {
  try {
    return (await run(command, args, { maxBuffer: 16 << 20 })).stdout
  } catch (error) {
    const failed = error as { code?: number | string; stdout?: string; stderr?: string }
    if (failed.code === 'ENOENT')
      throw new Error(`${command} is not installed (apt-get install -y prusa-slicer admesh)`)
    const message = said(`${failed.stdout ?? ''}\n${failed.stderr ?? ''}`)
    throw new Error(`${command} failed (exit ${failed.code})${message ? `: ${message}` : ''}`)
  }
}
