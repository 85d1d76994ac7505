import { difference, hole, prism, type Solid } from '../../src/kernel/index.js'
import { bore } from '../../src/parts/features.js'
import { FITS } from '../../src/parts/fits.js'
import { partName } from '../../src/parts/names.js'
import type { PrintedPart } from '../../src/parts/types.js'
import { linearBearingFor } from '../vitamins/bearings.js'
import { GT2 } from '../vitamins/belt-drive.js'
import { AXIS, BELT, bearingSeats, CARRIAGE, PIECE } from './dimensions.js'
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

/** What a carriage half cuts for its belt: the clamp slot and the free strand's channel through it. */
export const beltCuts = (): Solid[] => [
  clampSlot(),
  splitChannel(
    -OVER,
    L + OVER,
    -(BELT.back + BELT.freeStrandRoom),
    -(BELT.pulleyTeethTips - BELT.freeStrandRoom),
    BELT.channelDepth,
  ),
]

/**
 * Half of the carriage, in print orientation, u from 0 to 70. The second half is this one turned
 * about v, so every feature is symmetric in u. Two LM8UU per rod, 40 mm apart (two LM10UU on
 * 10 mm rods, 35 apart: bearingSeats), lie in a groove
 * each on the split face, shallower than the bearing's radius (FITS.linearBearing.clamp): the
 * bolted halves clamp them, and the end walls and the rib between a rod's two grooves, each
 * pierced only by the rod's clearance groove, hold each bearing at its place. The free strand of
 * the belt runs in a channel on the -v side; the holes on the middle of the 30 mm rows let a hex
 * key through to the X axis's tension screw.
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
  const fit = FITS.linearBearing
  const bearing = linearBearingFor(rodDiameter)
  const seats = bearingSeats(bearing)
  // The groove's centre above the split face puts its floor `clamp` short of the bearing's radius.
  const grooveCentre = HALF - bearing.outside / 2 + fit.clamp + (bearing.outside + fit.diameter) / 2
  const solid = () =>
    difference(
      halfBlock(L, AXIS.carriageWidth),
      ...[-1, 1].flatMap((side) => {
        const v = (side * AXIS.rodSpacing) / 2
        return [
          ...[-1, 1].map((end) =>
            bore(bearing.outside, fit.diameter, {
              axis: 'x',
              center: [MID + (end * seats.pitch) / 2, v, grooveCentre],
              length: seats.pocketLength,
            }),
          ),
          bore(rodDiameter, FITS.bore.passThrough, { axis: 'x', center: [MID, v, HALF], length: L + 2 * OVER }),
          hole({ axis: 'z', center: [MID, side * s, HALF / 2], length: HALF + 2 * OVER, diameter: CARRIAGE.keyHole }),
        ]
      }),
      ...bolts.flatMap(([u, v]) => m6Through(u, v)),
      ...beltCuts(),
    )
  return {
    name: partName('axis-carriage-half', rodDiameter),
    description: `Universal axis carriage, one of two identical halves (${rodDiameter} mm rods, 4 x LM${bearing.bore}UU clamped, GT2 belt clamp)`,
    module: 'axis',
    params: { rodDiameter },
    solid,
  }
}
