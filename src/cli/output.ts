import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { InputError } from '../spec/errors.js'

/** A file in every output folder d3dkit writes, so that it knows what it may replace. */
export const MARKER = '.d3dkit'

/**
 * Writes all files into a temporary folder beside the target, then moves it into place, so a
 * failed run leaves nothing half-written. A non-empty folder that lacks the marker is only
 * replaced with `force`.
 */
export function writeOutput(dir: string, files: Map<string, Uint8Array | string>, force: boolean): string {
  const target = resolve(dir)
  if (existsSync(target)) {
    if (!statSync(target).isDirectory()) throw new InputError(`--out: ${dir} exists and is not a folder`)
    const entries = readdirSync(target)
    if (entries.length > 0 && !entries.includes(MARKER) && !force) {
      throw new InputError(
        `--out: ${dir} is not empty and was not written by d3dkit; choose another folder or add --force to replace it`,
      )
    }
  }
  mkdirSync(dirname(target), { recursive: true })
  const staging = `${target}.tmp-${process.pid}`
  const old = `${target}.old-${process.pid}`
  try {
    rmSync(staging, { recursive: true, force: true })
    for (const [path, content] of [[MARKER, 'written by d3dkit\n'] as const, ...files]) {
      const file = join(staging, path)
      mkdirSync(dirname(file), { recursive: true })
      writeFileSync(file, content)
    }
    if (existsSync(target)) renameSync(target, old)
    renameSync(staging, target)
  } finally {
    rmSync(staging, { recursive: true, force: true })
    rmSync(old, { recursive: true, force: true })
  }
  return target
}
