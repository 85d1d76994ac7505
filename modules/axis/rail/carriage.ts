import { difference, hole, roundedBox, union } from '../../../src/kernel/index.js'
import { clearanceHole, SACRIFICIAL_LAYER } from '../../../src/parts/features.js'
import { FITS } from '../../../src/parts/fits.js'
import type { PrintedPart } from '../../../src/parts/types.js'
import { METRIC } from '../../vitamins/fasteners.js'
import { MGN12H } from '../../vitamins/rails.js'
import { beltCuts } from '../carriage.js'
import { AXIS, CARRIAGE, PIECE } from '../dimensions.js'
import { halfBlock, m6Through } from '../features.js'
import { RAIL_AXIS, RAIL_SIDE } from './dimensions.js'

const L = AXIS.carriageLength
const HALF = AXIS.halfThickness
const OVER = PIECE.overshoot
const MID = L / 2

/** The block's four M3 screw holes as (u, v) on the carriage. */
export const BLOCK_HOLES: readonly (readonly [number, number])[] = [-1, 1].flatMap((du) =>
  [-1, 1].map(
    (dv) =>
      [MID + (du * MGN12H.block.holes.along) / 2, RAIL_AXIS.railV + (dv * MGN12H.block.holes.across) / 2] as const,
  ),
)

/** The wing's outer side, v: past the block's side by the wall. */
export const WING_EDGE = RAIL_AXIS.railV + RAIL_SIDE * (MGN12H.block.width / 2 + RAIL_AXIS.wingWall)

/**
 * Half of the rail axis's carriage, in print orientation (outer face on the bed), u from 0 to 70:
 * the universal carriage's block, M6 square, belt clamp, free strand's channel and key holes,
 * without its bearings' pockets, and a wing on the rail's side over its block. The second half
 * is this one turned about v; the block's four M3 pass both, their heads sunk in the load face,
 * and clamp the halves there as the M6 do.
 */
export function railCarriageHalf(): PrintedPart {
  const s = AXIS.carriageBoltSquare / 2
  const bolts: [number, number][] = [
    [MID, 0],
    [MID - s, -s],
    [MID - s, s],
    [MID + s, -s],
    [MID + s, s],
  ]
  const recess = RAIL_AXIS.blockScrewRecess
  const holeFrom = recess + SACRIFICIAL_LAYER
  const solid = () =>
    difference(
      union(
        halfBlock(L, AXIS.carriageWidth),
        roundedBox([0, Math.min(0, WING_EDGE), 0], [L, Math.max(0, WING_EDGE), HALF], PIECE.corner),
      ),
      ...[-1, 1].map((side) =>
        hole({ axis: 'z', center: [MID, side * s, HALF / 2], length: HALF + 2 * OVER, diameter: CARRIAGE.keyHole }),
      ),
      ...bolts.flatMap(([u, v]) => m6Through(u, v)),
      ...BLOCK_HOLES.flatMap(([u, v]) => [
        clearanceHole('M3', {
          axis: 'z',
          center: [u, v, (holeFrom + HALF + OVER) / 2],
          length: HALF + OVER - holeFrom,
        }),
        hole({
          axis: 'z',
          center: [u, v, (recess - OVER) / 2],
          length: recess + OVER,
          diameter: METRIC.M3.headDiameter + FITS.capHead.M3,
        }),
      ]),
      ...beltCuts(),
    )
  return {
    name: 'rail-axis-carriage-half',
    description: `Rail axis carriage, one of two identical halves (on an ${MGN12H.name} block by 4 M3, GT2 belt clamp)`,
    module: 'rail-axis',
    params: {},
    solid,
  }
}
