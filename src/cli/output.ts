import {
  copyFileSync,
  linkSync,
  mkdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { dirname, join } from 'node:path'
import { InputError } from '../index.js'
import { clearDebris, sideFolders } from './output/debris.js'
import { MARKER, markerText } from './output/marker.js'
import { type Kept, planOutput } from './output/plan.js'
import { outputTarget } from './output/target.js'
import { catchStopSignals, exitCodeOf, signalsDelivered, stopSignal } from './signals.js'

export { MARKER } from './output/marker.js'

/** A build stopped by SIGINT or SIGTERM before its output was put in place; the CLI exits 130 or 143. */
export class Interrupted extends Error {
  readonly exitCode: number
  constructor(signal: NodeJS.Signals) {
    super(`interrupted by ${signal}; the output folder is as it was`)
    this.exitCode = exitCodeOf(signal)
  }
}

/**
 * Writes the files into a new folder beside the target, with the user's files of the old one
 * linked in, then swaps the two, so that the target always holds either the previous complete
 * output or the new one. Returns the target's absolute path.
 */
export async function writeOutput(
  dir: string,
  files: Map<string, Uint8Array | string>,
  force: boolean,
): Promise<string> {
  const target = outputTarget(dir)
  const stopIfAsked = () => {
    const signal = stopSignal()
    if (signal) throw new Interrupted(signal)
  }
  catchStopSignals()
  const { tmp, old } = sideFolders(target)
  try {
    await fileErrorsAsInput(dir, async () => {
      mkdirSync(dirname(target), { recursive: true })
      clearDebris(target)
      const kept = planOutput(target, files, force)
      rmSync(tmp, { recursive: true, force: true })
      const all = [...files, [MARKER, markerText(files)] as const]
      // Written synchronously (a few milliseconds); a signal that comes meanwhile is taken below.
      for (const [i, [path, content]] of all.entries()) {
        const file = join(tmp, path)
        mkdirSync(dirname(file), { recursive: true })
        writeFileSync(file, content)
        if (i === all.length >> 1 && pauseForTest('writing')) await signalArrival()
      }
      for (const entry of kept) carryOver(target, tmp, entry)
      if (pauseForTest('staged')) await signalArrival()
      await signalsDelivered()
      stopIfAsked()
      swap(target, tmp, old)
    })
  } finally {
    removeQuietly(tmp)
    removeQuietly(old)
  }
  return target
}

/** Removes a side folder; where it cannot be, the next build's clean-up will. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true })
  } catch {}
}

/** Both renames in one synchronous step: no signal handler runs between them. */
function swap(target: string, tmp: string, old: string): void {
  let moved = false
  try {
    renameSync(target, old)
    moved = true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  pauseForTest('between-renames')
  renameSync(tmp, target)
  if (moved) pauseForTest('swapped')
}

/** The user's entry, into the new output: a hard link (a copy where links are not possible). */
function carryOver(from: string, to: string, entry: Kept): void {
  const source = join(from, entry.path)
  const copy = join(to, entry.path)
  mkdirSync(dirname(copy), { recursive: true })
  if (entry.kind === 'folder') mkdirSync(copy, { recursive: true })
  else if (entry.kind === 'link') symlinkSync(readlinkSync(source), copy)
  else {
    try {
      linkSync(source, copy)
    } catch {
      copyFileSync(source, copy)
    }
  }
}

const USER_FAULTS: Record<string, string> = {
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a part of the path is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  EROFS: 'the file system is read-only',
  ENAMETOOLONG: 'the name is too long for the file system',
}

/** File-system faults that come from the folder the user named are bad input, named with their path. */
async function fileErrorsAsInput(dir: string, write: () => Promise<void>): Promise<void> {
  try {
    await write()
  } catch (error) {
    const { code, path } = error as NodeJS.ErrnoException
    if (code === undefined || !Object.hasOwn(USER_FAULTS, code)) throw error
    throw new InputError(`--out: cannot write ${dir}${path ? ` (at ${path})` : ''}: ${USER_FAULTS[code]}`)
  }
}

/**
 * Stops this process at a named point of the write when D3DKIT_PAUSE_AT names it, so that a
 * test can kill it exactly there.
 */
function pauseForTest(point: string): boolean {
  if (process.env.D3DKIT_PAUSE_AT !== point) return false
  process.kill(process.pid, 'SIGSTOP')
  return true
}

/** After a pause for a test: time for the signal the test sent meanwhile to reach its handler. */
const signalArrival = () => new Promise((resolve) => setTimeout(resolve, 200))
