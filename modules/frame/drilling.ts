import { formatMm } from '../../src/spec/units.js'
import { jigDrilling } from './dimensions.js'

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

/**
 * Holes the frame's steel takes for other parts: hand drilling (about +-2 mm, builder-rules.md §1)
 * would not meet a part drilled or printed on its own, so each part is the jig for its holes.
 */
export const PARTS_AS_JIGS =
  'Holes for other parts: do not mark them; drill them after the frame is assembled, through the part each is for, clamped in its place. ' +
  'Parts that bolt to one another are set together (the two mounts of a Z axis: bolt them to the axis, clamp both to the frame, then take the axis off to drill). ' +
  'That part is drilled first (its own cut-list row says where) or printed with its holes; at each hole ' +
  `${jigDrilling("the part's hole")}, and bolt it before drilling the next. Where they come, to check the part's place`
