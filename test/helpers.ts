import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from '../src/cli/main.js'

export const ROOT = join(import.meta.dirname, '..')

export const tempDir = () => mkdtempSync(join(tmpdir(), 'd3dkit-test-'))

export interface Run {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** The CLI in this process, as a user would call it, with its output captured. */
export async function cli(...args: string[]): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const io = {
    out: (text: string) => {
      stdout += text
    },
    err: (text: string) => {
      stderr += text
    },
    progress: false,
  }
  const code = await main(args, io)
  return { code, stdout, stderr }
}

/** The real executable in a new process, from the given folder. */
export function spawnCli(cwd: string, ...args: string[]): Run {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/d3dkit.js'), ...args], { cwd, encoding: 'utf8' })
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr }
}
