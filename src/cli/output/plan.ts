import { type Dirent, existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { clip, InputError } from '../../index.js'
import { MARKER, readMarker, unchanged } from './marker.js'

/** An entry of the output folder that the new output carries over as it is. */
export interface Kept {
  readonly path: string
  readonly kind: 'file' | 'link' | 'folder'
}

/**
 * What a new build into `target` keeps. d3dkit replaces only the files its marker lists and that
 * are unchanged since; the user's own files, folders and links stay. It refuses (unless `force`)
 * a folder it did not write, a file of its own that was changed since, and a file of the user's
 * where the build writes one. With `force` those are overwritten or removed; it still never
 * removes a file of the user's that the build does not write over.
 */
export function planOutput(target: string, files: ReadonlyMap<string, unknown>, force: boolean): Kept[] {
  if (!existsSync(target)) return []
  const entries = walk(target)
  if (entries.length === 0) return []
  const written = readMarker(target)
  if (!written && !force) {
    const why = entries.some((e) => e.path === MARKER)
      ? `its ${MARKER} is not a list of files d3dkit wrote`
      : 'it was not written by d3dkit'
    throw new InputError(
      `--out: ${target} is not empty and ${why}; choose another folder, or add --force to write into it (d3dkit then overwrites the files it writes and keeps the others)`,
    )
  }
  const writes = new Set([...files.keys(), MARKER])
  const writtenFolders = new Set([...writes].flatMap(folders))
  const changed: string[] = []
  const inTheWay: string[] = []
  const kept: Kept[] = []
  for (const entry of entries) {
    if (entry.path === MARKER) continue
    if (entry.kind === 'folder') {
      if (writes.has(entry.path))
        throw new InputError(`--out: ${join(target, entry.path)} is a folder where d3dkit writes a file; move it away`)
      if (entry.empty && !writtenFolders.has(entry.path)) kept.push(entry)
      continue
    }
    const own = written?.get(entry.path)
    if (own !== undefined && entry.kind === 'file') {
      if (!unchanged(join(target, entry.path), own)) changed.push(entry.path)
    } else if (writes.has(entry.path) || writtenFolders.has(entry.path)) inTheWay.push(entry.path)
    else kept.push(entry)
  }
  if (!force) {
    if (changed.length > 0)
      throw new InputError(
        `--out: ${listed(changed)} in ${target} changed since d3dkit wrote ${changed.length > 1 ? 'them' : 'it'}; save ${changed.length > 1 ? 'them' : 'it'} elsewhere, or add --force to replace ${changed.length > 1 ? 'them' : 'it'}`,
      )
    if (inTheWay.length > 0)
      throw new InputError(
        `--out: ${listed(inTheWay)} in ${target} ${inTheWay.length > 1 ? 'are' : 'is'} not d3dkit's, where it writes its own; move ${inTheWay.length > 1 ? 'them' : 'it'} away, or add --force to overwrite`,
      )
  }
  return kept
}

/** A few paths, each clipped, and how many more. */
function listed(paths: readonly string[]): string {
  const shown = paths.slice(0, 5).map((p) => clip(p))
  return paths.length > 5 ? `${shown.join(', ')} and ${paths.length - 5} more` : shown.join(', ')
}

/** The folders that hold a relative path: "stl/a.stl" -> ["stl"]. */
function folders(path: string): string[] {
  const parts = path.split('/')
  return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('/'))
}

interface Entry extends Kept {
  readonly empty?: boolean
}

/** Every entry under a folder, by its path relative to it; links are not followed. */
function walk(root: string, rel = ''): Entry[] {
  const out: Entry[] = []
  for (const dirent of readdirSync(join(root, rel), { withFileTypes: true })) {
    const path = rel ? `${rel}/${dirent.name}` : dirent.name
    const kind = kindOf(dirent, join(root, path))
    if (kind !== 'folder') {
      out.push({ path, kind })
      continue
    }
    const inside = walk(root, path)
    out.push({ path, kind, empty: inside.length === 0 }, ...inside)
  }
  return out
}

function kindOf(dirent: Dirent, path: string): Kept['kind'] {
  if (dirent.isDirectory()) return 'folder'
  if (dirent.isSymbolicLink()) return 'link'
  if (dirent.isFile()) return 'file'
  throw new InputError(
    `--out: ${path} is a special file (a device, pipe or socket); d3dkit cannot keep it in an output folder`,
  )
}
