import type { AxisContract } from '../../src/parts/contracts.js'
import { partName } from '../../src/parts/names.js'
import { AXIS } from './dimensions.js'

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
  motorEndPart: (rodDiameter) => partName('axis-motor-end-half', rodDiameter),
}
