import type { AxisContract } from '../../src/parts/contracts.js'
import { partName } from '../../src/parts/names.js'
import { GT2_IDLER, GT2_PULLEY } from '../vitamins/belt-drive.js'
import { AXIS, BELT } from './dimensions.js'

/**
 * The belt's path round the pulley and the idler (half a pitch circle each), less what the
 * carriage spans between its clamps' ends, plus the clamp allowance at each end, as it grows
 * with the axis: twice the motor-to-idler span, taken from the axis's length.
 */
const beltOverTwiceLength =
  (Math.PI * (GT2_PULLEY.pitchDiameter + GT2_IDLER.pitchDiameter)) / 2 -
  2 * (AXIS.motorAt + AXIS.idlerEndLength - AXIS.idlerAt) -
  AXIS.carriageLength +
  2 * BELT.clampAllowance

/** The halves of a geared Z motor end: the one the gearbox bolts to, the one its screws' heads sit in. */
export const GEARBOX_END_SIDES = ['face', 'back'] as const
export type GearboxEndSide = (typeof GEARBOX_END_SIDES)[number]
export const gearboxEndName = (side: GearboxEndSide, rodDiameter: number) =>
  partName(`axis-motor-end-gearbox-${side}`, rodDiameter)

/** The universal axis as the layout and the loads on its carriages see it. */
export const AXIS_CONTRACT: AxisContract = {
  thickness: AXIS.thickness,
  rodSpacing: AXIS.rodSpacing,
  motorEndLength: AXIS.motorEndLength,
  idlerEndLength: AXIS.idlerEndLength,
  idlerRodDepth: AXIS.idlerRodDepth,
  carriageLength: AXIS.carriageLength,
  carriageLoadFace: [AXIS.carriageLength / 2, 0, AXIS.thickness],
  carriageBoltRow: AXIS.carriageBoltSquare / 2,
  beltOverTwiceLength,
  motorEndParts: (rodDiameter, reduction = 1) =>
    reduction === 1
      ? [partName('axis-motor-end-half', rodDiameter)]
      : GEARBOX_END_SIDES.map((side) => gearboxEndName(side, rodDiameter)),
}
