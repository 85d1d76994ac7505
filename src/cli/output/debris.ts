import { createHash } from 'node:crypto'
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/**
 * The folders a build keeps beside its output while it writes: the new output (tmp) and, for
 * the moment of the swap, the previous one (old). Short names, whatever the output's name, so
 * that they are never too long for the file system; the tag ties them to their output folder.
 */
export function sideFolders(target: string, pid = process.pid): { tmp: string; old: string } {
  const prefix = join(dirname(target), '.d3dkit-')
  const tag = tagOf(target)
  return { tmp: `${prefix}tmp-${pid}-${tag}`, old: `${prefix}old-${pid}-${tag}` }
}

const tagOf = (target: string) => createHash('sha256').update(basename(target)).digest('hex').slice(0, 8)

/**
 * Cleans up after builds into `target` that were killed: removes their temporary folders and,
 * when one died between moving the previous output aside and moving the new one in, puts the
 * previous output back. Folders of builds still running are left alone.
 */
export function clearDebris(target: string): void {
  const parent = dirname(target)
  if (!existsSync(parent)) return
  const pattern = new RegExp(`^\\.d3dkit-(tmp|old)-(\\d+)-${tagOf(target)}$`)
  const found = readdirSync(parent)
    .map((name) => pattern.exec(name))
    .filter((m): m is RegExpExecArray => m !== null && !running(Number(m[2])))
  for (const [name, kind] of found) {
    const path = join(parent, name)
    if (kind === 'old' && !existsSync(target)) renameSync(path, target)
    else rmSync(path, { recursive: true, force: true })
  }
}

function running(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
