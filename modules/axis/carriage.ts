import { difference, prism, type Solid } from '../../src/kernel/index.js'
import { bore } from '../../src/parts/features.js'
import { FITS } from '../../src/parts/fits.js'
import { partName } from '../../src/parts/names.js'
import type { PrintedPart } from '../../src/parts/types.js'
import { LM8UU } from '../vitamins/bearings.js'
import { GT2 } from '../vitamins/belt-drive.js'
import { AXIS, BELT, CARRIAGE, PIECE } from './dimensions.js'
import { halfBlock, m6Through, splitChannel } from './features.js'

const L = AXIS.carriageLength
const HALF = AXIS.halfThickness
const OVER = PIECE.overshoot
const MID = L / 2

/**
 * The clamp slot for the belt's ends on the +v side, whole length, with GT2 teeth. The teeth of
 * a strand face the pulley, so the printed teeth stand on the slot's inner wall (nearer v = 0).
 * Teeth every 2 mm from the middle outwards keep the part symmetric in u.
 */
function clampSlot(): Solid {
  const { width, depth, toothWidth } = BELT.clampSlot
  const inner = BELT.pulleyTeethTips - FITS.belt
  const outer = inner + width
  const tip = inner + BELT.toothHeight
  const points: [number, number][] = [[-OVER, inner]]
  const reach = Math.floor((MID - 1 - toothWidth / 2) / GT2.pitch)
  for (let k = -reach; k <= reach; k++) {
    const u = MID + k * GT2.pitch
    points.push(
      [u - toothWidth / 2, inner],
      [u - toothWidth / 2, tip],
      [u + toothWidth / 2, tip],
      [u + toothWidth / 2, inner],
    )
  }
  points.push([L + OVER, inner], [L + OVER, outer], [-OVER, outer])
  return prism(points, HALF - depth, HALF + OVER)
}

/**
 * Half of the carriage, in print orientation, u from 0 to 52. The second half is this one turned
 * about v, so every feature is symmetric in u. Two LM8UU per rod sit in one pocket whose end
 * walls, pierced only by a rod clearance groove, hold them. The free strand of the belt runs
 * in a channel on the -v side: it goes from the pulley's pitch circle (6.4) to the idler's
 * (10.5), so the channel spans both. Its outer wall comes within 0.7 mm of the -v M6 holes at
 * the split face; the 30 x 30 load pattern and the bearing pockets leave no room to move them.
 */
export function carriageHalf(rodDiameter: number): PrintedPart {
  const s = AXIS.carriageBoltSquare / 2
  const bolts: [number, number][] = [
    [MID, 0],
    [MID - s, -s],
    [MID - s, s],
    [MID + s, -s],
    [MID + s, s],
  ]
  const solid = () =>
    difference(
      halfBlock(L, AXIS.carriageWidth),
      ...[-1, 1].flatMap((side) => {
        const v = (side * AXIS.rodSpacing) / 2
        return [
          bore(LM8UU.outside, FITS.linearBearing.diameter, {
            axis: 'x',
            center: [MID, v, HALF],
            length: CARRIAGE.pocketLength,
          }),
          bore(rodDiameter, FITS.bore.passThrough, { axis: 'x', center: [MID, v, HALF], length: L + 2 * OVER }),
        ]
      }),
      ...bolts.flatMap(([u, v]) => m6Through(u, v)),
      clampSlot(),
      splitChannel(
        -OVER,
        L + OVER,
        -(BELT.idlerBack + FITS.belt),
        -(BELT.pulleyTeethTips - FITS.belt),
        BELT.channelDepth,
      ),
    )
  return {
    name: partName('axis-carriage-half', rodDiameter),
    description: `Universal axis carriage, one of two identical halves (${rodDiameter} mm rods, 4 x LM8UU, GT2 belt clamp)`,
    module: 'axis',
    params: { rodDiameter },
    solid,
  }
}
