import { difference, hole, type Solid } from '../../src/kernel/index.js'
import { clearanceHole, SACRIFICIAL_LAYER } from '../../src/parts/features.js'
import { partName } from '../../src/parts/names.js'
import type { PrintedPart } from '../../src/parts/types.js'
import { type GearboxEndSide, gearboxEndName } from './contract.js'
import { AXIS, BELT, MOTOR, motorScrewsAt, PIECE } from './dimensions.js'
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
  // The two screws on the v line come within 0.4 mm of 8 mm rods' grooves at the split face: OSE's
  // 56 mm rod spacing and the motor's own pattern leave no more (10 mm rods: motorScrewsAt).
  const solid = () => motorEndBody(rodDiameter, MOTOR.bossHole, MOTOR.screwRadius, capHeadRecess)
  return {
    name: partName('axis-motor-end-half', rodDiameter),
    description: `Universal axis motor end, one of two identical halves (${rodDiameter} mm rods, NEMA17)`,
    module: 'axis',
    params: { rodDiameter },
    solid,
  }
}

/**
 * The motor end of a Z axis whose drive holds the bed (docs/design.md, "Z drive that holds the
 * bed"): a NEMA17 with a planetary gearbox, its four M3 screws on the u and v lines 14 from the
 * motor's axis. Two halves that differ only round the motor, [face, back]: on the face half the
 * gearbox's pilot in its hole, the screws through; on the back half the cap heads in recesses
 * round a hole that only passes the pulley, so that each recess's ceiling is a bridge closed all
 * round (a 23 mm pilot's hole would open them, and an open ceiling needs support).
 */
export function gearboxMotorEndHalves(rodDiameter: number): readonly [PrintedPart, PrintedPart] {
  const half = (side: GearboxEndSide): PrintedPart => ({
    name: gearboxEndName(side, rodDiameter),
    description: `Universal axis motor end for a geared Z motor, ${side === 'face' ? 'the half the gearbox bolts to' : 'the half the screw heads sit in'} (${rodDiameter} mm rods, NEMA17 with a planetary gearbox)`,
    module: 'axis',
    params: { rodDiameter, side },
    solid: () =>
      side === 'face'
        ? motorEndBody(rodDiameter, MOTOR.gearboxPilotHole, MOTOR.gearboxScrewRadius, throughHole)
        : motorEndBody(rodDiameter, MOTOR.gearboxPulleyHole, MOTOR.gearboxScrewRadius, capHeadRecess),
  })
  return [half('face'), half('back')]
}

/** A motor end half with the motor's hole and its four screws `r` from its axis on the u and v lines. */
function motorEndBody(
  rodDiameter: number,
  motorHole: number,
  r: number,
  screwCutters: (u: number, v: number) => Solid[],
): Solid {
  const m = AXIS.motorAt
  const motorScrews = motorScrewsAt(r, rodDiameter)
  const boltU = L - AXIS.motorEndBoltInset
  const boltV = AXIS.endBoltSpacing / 2
  return difference(
    halfBlock(L, AXIS.endWidth),
    ...rodGrooves(rodDiameter, -OVER, L + OVER),
    hole({ axis: 'z', center: [m, 0, HALF / 2], length: HALF + 2 * OVER, diameter: motorHole }),
    ...motorScrews.flatMap(([u, v]) => screwCutters(u, v)),
    ...m6Through(boltU, -boltV),
    ...m6Through(boltU, boltV),
    // The two strands leave the pulley at +-6.4 and cross the motor screw on the u line either side.
    splitChannel(m, L + OVER, -BELT.motorChannelWidth / 2, BELT.motorChannelWidth / 2, BELT.channelDepth),
    ...endFaceBolts(0, 1),
  )
}

/** A motor screw's head in a recess, its ceiling a bridge over a sacrificial layer that the screw opens. */
function capHeadRecess(u: number, v: number): Solid[] {
  const holeFrom = MOTOR.screwHeadRecess.depth + SACRIFICIAL_LAYER
  return [
    clearanceHole('M3', { axis: 'z', center: [u, v, (holeFrom + HALF + OVER) / 2], length: HALF + OVER - holeFrom }),
    hole({
      axis: 'z',
      center: [u, v, (MOTOR.screwHeadRecess.depth - OVER) / 2],
      length: MOTOR.screwHeadRecess.depth + OVER,
      diameter: MOTOR.screwHeadRecess.diameter,
    }),
  ]
}

/** A motor screw passing through. */
const throughHole = (u: number, v: number): Solid[] => [
  clearanceHole('M3', { axis: 'z', center: [u, v, HALF / 2], length: HALF + 2 * OVER }),
]
