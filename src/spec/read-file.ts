import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { InputError } from './errors.js'
import { firstInvalidUtf8, MAX_SPEC_BYTES, parseSpecText, tooLarge } from './limits.js'

/**
 * Reads a JSON spec file; every failure is an InputError that names the file. Reads at most one
 * byte past the size limit, so that /dev/zero or a huge file is refused without being loaded.
 */
export function readSpecFile(path: string, label = path): unknown {
  if (path === '') throw new InputError('the spec file name is empty; give a file, e.g. my-printer.json')
  return parseSpecText(decodeUtf8(readBounded(path, label), label), label)
}

function readBounded(path: string, label: string): Uint8Array {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch (error) {
    throw unreadable(label, error)
  }
  try {
    const stat = fstatSync(fd)
    if (stat.isFile() && stat.size > MAX_SPEC_BYTES) throw tooLarge(label, `${stat.size} bytes`)
    const buffer = Buffer.alloc(MAX_SPEC_BYTES + 1)
    let length = 0
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null)
      if (read === 0) break
      length += read
    }
    if (length > MAX_SPEC_BYTES) throw tooLarge(label, `more than ${MAX_SPEC_BYTES} bytes`)
    return buffer.subarray(0, length)
  } catch (error) {
    throw error instanceof InputError ? error : unreadable(label, error)
  } finally {
    closeSync(fd)
  }
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  ENOTDIR: 'a part of the path is not a folder',
  ENAMETOOLONG: 'the name is too long',
}

function unreadable(label: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code ?? 'unknown error'
  return new InputError(`${label}: cannot read the file (${Object.hasOwn(REASONS, code) ? REASONS[code] : code})`)
}

function decodeUtf8(bytes: Uint8Array, label: string): string {
  const bad = firstInvalidUtf8(bytes)
  if (bad !== undefined)
    throw new InputError(
      `${label}: not UTF-8 text: byte ${bad} (0x${bytes[bad].toString(16).padStart(2, '0')}) starts no valid character; save the spec as UTF-8`,
    )
  return new TextDecoder().decode(bytes)
}
