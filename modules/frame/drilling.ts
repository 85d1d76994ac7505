import { formatMm } from '../../src/spec/units.js'

/**
 * Holes of one piece for its notes, in the piece's own 2D coordinates (`where` says which),
 * grouped by purpose and sorted, so that pieces drilled alike read alike.
 */
export function describeHoles(
  holes: readonly { x: number; y: number; purpose: string }[],
  diameter: number,
  where: string,
): string {
  const purposes = [...new Set(holes.map((h) => h.purpose))].sort()
  return purposes
    .map((p) => {
      const mine = holes.filter((h) => h.purpose === p).sort((a, b) => a.x - b.x || a.y - b.y)
      const at = mine.map((h) => `(${formatMm(h.x)}, ${formatMm(h.y)})`).join(', ')
      return `${mine.length} ${mine.length === 1 ? 'hole' : 'holes'} ${formatMm(diameter)} mm for ${p}: ${at} ${where}`
    })
    .join('; ')
}
