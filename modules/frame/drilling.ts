import type { Direction } from '../../src/layout/types.js'
import { formatMm } from '../../src/spec/units.js'

/**
 * A hole another module needs in the frame's steel (to bolt a mount or a panel to it): its
 * centre on the frame's outer face, the face's normal, and what it is for.
 */
export interface Drilling {
  readonly at: readonly [number, number, number]
  readonly normal: Direction
  readonly purpose: string
}

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
      return `${mine.length} holes ${formatMm(diameter)} mm for ${p}: ${at} ${where}`
    })
    .join('; ')
}
