import { box, hole, type Solid } from '../../src/kernel/index.js'
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
 * The groove mount's seat at x = y = 0: bores for the 16 mm collars (a sliding fit) and one of
 * the groove's size for the tongue.
 */
export function hotEndSeat(): Solid[] {
  const z = (h: number) => NOZZLE_Z + h
  const bore = (z0: number, z1: number, diameter: number) =>
    hole({ axis: 'z', center: [0, 0, (z0 + z1) / 2], length: z1 - z0, diameter })
  const collar = HOT_END.collarDiameter + FITS.bore.sliding
  return [
    bore(CLAMP_Z[0] - 1, z(HOT_END.grooveBottom) + BORE_OVERLAP, collar),
    bore(z(HOT_END.grooveBottom), z(HOT_END.grooveTop), HOT_END.grooveDiameter),
    bore(z(HOT_END.grooveTop) - BORE_OVERLAP, HOT_END_TOP + INTO_PLATE, collar),
  ]
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
