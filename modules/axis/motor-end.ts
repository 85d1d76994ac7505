import { difference, hole } from '../../src/kernel/index.js'
import { clearanceHole, SACRIFICIAL_LAYER } from '../../src/parts/features.js'
import { partName } from '../../src/parts/names.js'
import type { PrintedPart } from '../../src/parts/types.js'
import { AXIS, BELT, MOTOR, PIECE } from './dimensions.js'
import { endFaceBolts, halfBlock, m6Through, rodGrooves, splitChannel } from './features.js'

const L = AXIS.motorEndLength
const HALF = AXIS.halfThickness
const OVER = PIECE.overshoot

/**
 * Half of the motor end, in print orientation: u = 0 is the outer end face, u = 59.5 faces the
 * carriage. The second half is this one turned about u, so every feature is symmetric in v.
 *
 * The NEMA17 bolts to one half's outer face; its M3 screws run through both halves from the
 * other. The 30 x 30 M6 square of OSE's CAD cannot stay: its end-side pair would sit on the
 * end-face bolts (both at v = +-15) and nowhere between them and the motor boss leaves 2 mm of
 * plastic, so only the carriage-side pair remains, moved out to v = +-17.5 like the idler end's
 * and in to 9.5 from the carriage-side face, where their heads can pass the motor's side.
 */
export function motorEndHalf(rodDiameter: number): PrintedPart {
  const m = AXIS.motorAt
  const r = MOTOR.screwRadius
  // The two screws on the v line come within 0.4 mm of the rod grooves at the split face: OSE's
  // 56 mm rod spacing and the motor's own pattern leave no more.
  const motorScrews: [number, number][] = [
    [m - r, 0],
    [m + r, 0],
    [m, -r],
    [m, r],
  ]
  const holeFrom = MOTOR.screwHeadRecess.depth + SACRIFICIAL_LAYER
  const boltU = L - AXIS.motorEndBoltInset
  const boltV = AXIS.endBoltSpacing / 2
  const solid = () =>
    difference(
      halfBlock(L, AXIS.endWidth),
      ...rodGrooves(rodDiameter, -OVER, L + OVER),
      hole({ axis: 'z', center: [m, 0, HALF / 2], length: HALF + 2 * OVER, diameter: MOTOR.bossHole }),
      // The head recesses' ceilings print as bridges over a sacrificial layer that the screw opens.
      ...motorScrews.flatMap(([u, v]) => [
        clearanceHole('M3', {
          axis: 'z',
          center: [u, v, (holeFrom + HALF + OVER) / 2],
          length: HALF + OVER - holeFrom,
        }),
        hole({
          axis: 'z',
          center: [u, v, (MOTOR.screwHeadRecess.depth - OVER) / 2],
          length: MOTOR.screwHeadRecess.depth + OVER,
          diameter: MOTOR.screwHeadRecess.diameter,
        }),
      ]),
      ...m6Through(boltU, -boltV),
      ...m6Through(boltU, boltV),
      // The two strands leave the pulley at +-6.4 and cross the motor screw on the u line either side.
      splitChannel(m, L + OVER, -BELT.motorChannelWidth / 2, BELT.motorChannelWidth / 2, BELT.channelDepth),
      ...endFaceBolts(0, 1),
    )
  return {
    name: partName('axis-motor-end-half', rodDiameter),
    description: `Universal axis motor end, one of two identical halves (${rodDiameter} mm rods, NEMA17)`,
    module: 'axis',
    params: { rodDiameter },
    solid,
  }
}
