/** Lengths: millimetres inside, inches and metric strings accepted at the edges. */

const UNIT_MM: Record<string, number> = { mm: 1, cm: 10, m: 1000, in: 25.4, '"': 25.4, ft: 304.8 }

// "12in", "12 in", "1-1/2in", "1 1/2 in", "5/16in", "11/16in", "304.8mm", "0.3m", "12". A whole
// number and a fraction need a space or a dash between them, or "11/16" would read as 1-1/16.
const LENGTH = /^\s*(?:(\d+(?:\.\d+)?)(?:(?:\s+|-)(\d+)\/(\d+))?|(\d+)\/(\d+))\s*(mm|cm|m|in|"|ft)?\s*$/

/**
 * Parses a length to millimetres, or returns undefined when the text is not a length. A length
 * written as text is rounded to the nanometre, so that 1-1/2in is 38.1, not 38.099999999999994.
 */
export function parseLength(input: number | string): number | undefined {
  const mm = exactLength(input)
  return typeof input === 'string' && mm !== undefined ? toNanometre(mm) : mm
}

/** A length in millimetres before any rounding, or undefined when the input is not a length. */
export function exactLength(input: number | string): number | undefined {
  if (typeof input === 'number') return Number.isFinite(input) ? input : undefined
  const match = LENGTH.exec(input)
  if (!match) return undefined
  const [, whole, mixedNumerator, mixedDenominator, onlyNumerator, onlyDenominator, unit] = match
  const numerator = mixedNumerator ?? onlyNumerator
  const denominator = mixedDenominator ?? onlyDenominator
  if (denominator !== undefined && Number(denominator) === 0) return undefined
  const fraction = numerator === undefined ? 0 : Number(numerator) / Number(denominator)
  const value = (whole === undefined ? 0 : Number(whole)) + fraction
  return value * UNIT_MM[unit ?? 'mm']
}

/** Millimetres rounded to a nanometre, below any tolerance: drops float noise from a computed length. */
export function toNanometre(mm: number): number {
  return Math.round(mm * 1e6) / 1e6
}

/** Millimetres with at most three decimals and no trailing zeros: 3.175 -> "3.175", 8 -> "8". */
export function formatMm(mm: number): string {
  return String(Math.round(mm * 1000) / 1000)
}

/** Inches to the nearest 1/16, as a cut list reads: 215.9 -> "8-1/2", 304.8 -> "12". */
export function formatInches(mm: number): string {
  const sixteenths = Math.round((mm / 25.4) * 16)
  const whole = Math.floor(sixteenths / 16)
  let rest = sixteenths % 16
  if (rest === 0) return String(whole)
  let denominator = 16
  while (rest % 2 === 0) {
    rest /= 2
    denominator /= 2
  }
  return whole === 0 ? `${rest}/${denominator}` : `${whole}-${rest}/${denominator}`
}
