import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'
import { main } from '../src/cli/main.js'

export const ROOT = join(import.meta.dirname, '..')

const tempDirs: string[] = []

/** A new empty folder, removed with everything in it once the test file is done. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'd3dkit-test-'))
  tempDirs.push(dir)
  return dir
}

afterAll(() => {
  for (const dir of tempDirs.splice(0)) {
    // A test may have left a folder read-only, to see a write refused: make it removable first.
    chmodTree(dir)
    rmSync(dir, { recursive: true, force: true })
  }
})

function chmodTree(path: string): void {
  try {
    chmodSync(path, 0o700)
    for (const entry of readdirSync(path, { withFileTypes: true }))
      if (entry.isDirectory() && !entry.isSymbolicLink()) chmodTree(join(path, entry.name))
  } catch {
    // Gone already, or not a folder: nothing to make removable.
  }
}

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

/** Every file under a folder, by its path relative to it. */
export function readTree(dir: string): Record<string, Buffer> {
  const out: Record<string, Buffer> = {}
  const walk = (rel: string) => {
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name
      if (entry.isDirectory()) walk(path)
      else out[path] = readFileSync(join(dir, path))
    }
  }
  walk('')
  return out
}
