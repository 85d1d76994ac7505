import { createHash } from 'node:crypto'
import { lstatSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The file in every output folder d3dkit writes: it lists the files of that build. */
export const MARKER = '.d3dkit'

const KIND = 'd3dkit output folder'

/** What d3dkit wrote into a folder: each file's size and SHA-256, by its relative path. */
export type Written = ReadonlyMap<string, { readonly bytes: number; readonly sha256: string }>

const asBytes = (content: Uint8Array | string): Uint8Array =>
  typeof content === 'string' ? new TextEncoder().encode(content) : content

/** Node's own SHA-256: a build hashes every file it writes, and this one is native. */
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/** The marker's text for these files: JSON, with a line that says what it is. */
export function markerText(files: ReadonlyMap<string, Uint8Array | string>): string {
  const listed: Record<string, { bytes: number; sha256: string }> = {}
  for (const [path, content] of files) {
    const bytes = asBytes(content)
    listed[path] = { bytes: bytes.length, sha256: sha256(bytes) }
  }
  return `${JSON.stringify({ kind: KIND, note: 'd3dkit replaces only the files listed here', files: listed }, null, 1)}\n`
}

/**
 * The files a folder's marker lists; undefined when the folder has no marker, or one that is not
 * a regular file holding a list d3dkit wrote (a folder, a link, or the marker of earlier
 * versions, which listed nothing and so cannot tell their files from the user's).
 */
export function readMarker(dir: string): Written | undefined {
  const path = join(dir, MARKER)
  try {
    if (!lstatSync(path).isFile()) return undefined
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as { kind?: unknown; files?: unknown }
    if (parsed.kind !== KIND || parsed.files === null || typeof parsed.files !== 'object') return undefined
    const written = new Map<string, { bytes: number; sha256: string }>()
    for (const [file, entry] of Object.entries(parsed.files as Record<string, unknown>)) {
      const { bytes, sha256: hash } = (entry ?? {}) as { bytes?: unknown; sha256?: unknown }
      if (typeof bytes !== 'number' || typeof hash !== 'string') return undefined
      written.set(file, { bytes, sha256: hash })
    }
    return written
  } catch {
    return undefined
  }
}

/** Whether the file at `path` is still what d3dkit wrote there. */
export function unchanged(path: string, entry: { readonly bytes: number; readonly sha256: string }): boolean {
  const stat = lstatSync(path)
  if (!stat.isFile() || stat.size !== entry.bytes) return false
  return sha256(readFileSync(path)) === entry.sha256
}
