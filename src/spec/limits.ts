/**
 * Limits on spec text, checked before it is parsed, so that no input can exhaust memory or the
 * stack: the CLI (files and --set values) and the viewer (the address) use the same ones.
 */
import { InputError } from './errors.js'

/** Largest spec text taken: a real spec is under 1 KB; a preset is under 400 bytes. */
export const MAX_SPEC_BYTES = 1024 * 1024

/** Deepest nesting of arrays and objects taken: a spec nests 3 deep (frame.profile.width). */
export const MAX_SPEC_DEPTH = 16

/** Longest quote of a value in a message; the rest is counted, not shown. */
export const MAX_QUOTE = 80

/** A value as JSON, cut to MAX_QUOTE characters with the number left out said. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : safeJson(value)
  return clip(text)
}

/** Text cut to MAX_QUOTE characters, saying how many were left out. */
export function clip(text: string): string {
  if (text.length <= MAX_QUOTE) return text
  return `${text.slice(0, MAX_QUOTE)}... (${text.length - MAX_QUOTE} more characters)`
}

function safeJson(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value)
  if (typeof value === 'bigint') return String(value)
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    // Nested too deep for JSON.stringify (String() would recurse as deep), or a cycle.
    return Array.isArray(value) ? '[an array nested too deep to show]' : '{an object nested too deep to show}'
  }
}

/** The deepest nesting of [ and { in JSON text, outside strings. */
export function jsonDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c)
        i++ // backslash: skip the escaped character
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth)
    else if (c === 0x5d || c === 0x7d) depth--
  }
  return deepest
}

/**
 * Parses spec text as JSON after checking its size and nesting; a leading byte-order mark is
 * dropped. Every failure is an InputError that starts with `label`.
 */
export function parseSpecText(text: string, label: string): unknown {
  const bytes = new TextEncoder().encode(text).length
  if (bytes > MAX_SPEC_BYTES) throw tooLarge(label, `${bytes} bytes`)
  const depth = jsonDepth(text)
  if (depth > MAX_SPEC_DEPTH)
    throw new InputError(
      `${label}: nested ${depth} deep; a spec nests at most ${MAX_SPEC_DEPTH} deep (a real one nests 3)`,
    )
  try {
    return JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text)
  } catch (error) {
    throw new InputError(`${label}: not valid JSON: ${clip((error as Error).message)}`)
  }
}

export function tooLarge(label: string, size: string): InputError {
  return new InputError(
    `${label}: ${size} is too large for a spec; the limit is ${MAX_SPEC_BYTES} bytes (1 MB; a real spec is under 1 KB)`,
  )
}

/**
 * The byte offset of the first byte that is not valid UTF-8 (RFC 3629: no overlong forms, no
 * surrogates, nothing past U+10FFFF), or undefined when all of it is.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]
    if (b < 0x80) {
      i++
      continue
    }
    let need: number
    let min: number
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80]
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800]
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000]
    else return i
    let code = b & (0x3f >> need)
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k]
      if (next === undefined || (next & 0xc0) !== 0x80) return i
      code = (code << 6) | (next & 0x3f)
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i
    i += need + 1
  }
  return undefined
}
