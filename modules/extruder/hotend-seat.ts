import { box, hole, intersection, prism, type Solid, segmentsFor, transform } from '../../src/kernel/index.js'
import { frame } from '../../src/kernel/matrix.js'
import { FITS } from '../../src/parts/fits.js'
import { HOT_END } from '../vitamins/tool-head.js'
import { NOZZLE_BELOW_CARRIAGE, TOOL_HEAD } from './dimensions.js'

/** Tool head z of the nozzle tip, and of the hot end's top (the plate's underside). */
export const NOZZLE_Z = -NOZZLE_BELOW_CARRIAGE
export const HOT_END_TOP = TOOL_HEAD.plate.min[2]
/** The clamp holds the collars and the groove between them. */
const CLAMP_Z = [NOZZLE_Z + HOT_END.collarBottom, HOT_END_TOP] as const
/** The clamp screws (along x) at y = +-screwY, mid-height of the clamp. */
export const CLAMP_SCREW_Z = (CLAMP_Z[0] + CLAMP_Z[1]) / 2
/** The collars' bores overlap the groove's by this much, so that no two cutters share a face. */
const BORE_OVERLAP = 0.01
/** The upper collar's bore reaches this far into the plate's underside. */
const INTO_PLATE = 0.5

/**
 * The groove mount's seat at x = y = 0 in the clamp half on `side` (+1 the fixed half, -1 the
 * cap): bores for the 16 mm collars (a sliding fit) and one of the groove's size for the tongue.
 * The fixed half prints upside down with the plate, so its tongue's face over the upper collar
 * would be a half ring over nothing: under it (as printed) the tongue rises at 45 degrees from
 * the collar bore's wall instead (`tongueCone`).
 */
export function hotEndSeat(side: 1 | -1): Solid[] {
  const z = (h: number) => NOZZLE_Z + h
  const bore = (z0: number, z1: number, diameter: number) =>
    hole({ axis: 'z', center: [0, 0, (z0 + z1) / 2], length: z1 - z0, diameter })
  const collar = HOT_END.collarDiameter + FITS.bore.sliding
  const grooveTop = z(HOT_END.grooveTop)
  // The fixed half's collar bore starts where the cone has widened to it.
  const upperFrom = side > 0 ? grooveTop + CONE_TO_BORE - BORE_OVERLAP : grooveTop - BORE_OVERLAP
  return [
    bore(CLAMP_Z[0] - 1, z(HOT_END.grooveBottom) + BORE_OVERLAP, collar),
    bore(z(HOT_END.grooveBottom), grooveTop, HOT_END.grooveDiameter),
    bore(upperFrom, HOT_END_TOP + INTO_PLATE, collar),
    ...(side > 0 ? [tongueCone(grooveTop)] : []),
  ]
}

/**
 * The cone under the fixed half's tongue stops this far short of the groove's bore (as printed, a
 * ledge this wide), so that its edges and the bore's never meet in a point (a degenerate STL).
 */
const CONE_LEDGE = 0.1

/** The cone under the fixed half's tongue meets the collar's bore this far above the groove's top. */
const CONE_TO_BORE = FITS.bore.sliding / 2

/**
 * The fixed half's tongue face as a cutter: a 45 degree cone from the collar bore's wall that
 * passes through the collar's lower edge (16 mm across at the groove's top), so the collar bears
 * on it without play.
 */
function tongueCone(grooveTop: number): Solid {
  const collarRadius = HOT_END.collarDiameter / 2
  // Up to just inside the collar's bore; down to CONE_LEDGE short of the groove's bore.
  const z0 = grooveTop - (collarRadius - HOT_END.grooveDiameter / 2) + CONE_LEDGE
  const z1 = grooveTop + CONE_TO_BORE - BORE_OVERLAP / 2
  const reach = 2 * collarRadius
  const n = segmentsFor(collarRadius)
  // The intersection of its facets' half-spaces, each flat collarRadius + (z - grooveTop) from the axis.
  const facets = Array.from({ length: n }, (_, k) => {
    const a = (Math.PI * (2 * k + 1)) / n
    const outline: [number, number][] = [
      [-reach, z0],
      [collarRadius + z0 - grooveTop, z0],
      [collarRadius + z1 - grooveTop, z1],
      [-reach, z1],
    ]
    const radial = [Math.cos(a), Math.sin(a), 0] as const
    const along = [Math.sin(a), -Math.cos(a), 0] as const
    return transform(prism(outline, -reach, reach), frame([0, 0, 0], radial, [0, 0, 1], along))
  })
  return intersection(...facets)
}

/**
 * A clamp half's block: `side` +1 the fixed half (reaching 1 mm into the plate it is part of),
 * -1 the cap. The split leaves 0.5 mm between them so that the screws pull both onto the groove.
 */
export function clampBlock(side: 1 | -1): Solid {
  const { halfWidth, halfDepth, split } = TOOL_HEAD.clamp
  const [x0, x1] = side > 0 ? [split, halfWidth] : [-halfWidth, -split]
  return box([x0, -halfDepth, CLAMP_Z[0]], [x1, halfDepth, CLAMP_Z[1] + (side > 0 ? 1 : 0)])
}
