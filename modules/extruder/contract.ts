import type { ToolHeadContract } from '../../src/parts/contracts.js'
import { NEMA17 } from '../vitamins/motors.js'
import { EXTRUDER } from '../vitamins/tool-head.js'
import { NOZZLE_BELOW_CARRIAGE, TOOL_HEAD } from './dimensions.js'

/** The extruder head: a V6-class hot end under the X carriage, a direct-drive extruder on top, an inductive probe. */
export const EXTRUDER_HEAD: ToolHeadContract = {
  kind: 'extruder',
  toolBelowCarriage: NOZZLE_BELOW_CARRIAGE,
  probeOffset: TOOL_HEAD.probeOffset,
  motors: 1,
  sideBySidePitch: TOOL_HEAD.secondCarriagePitch,
  // The extruder's motor, its shaft level with the extruder's, on top of the mount.
  heightAboveCarriage: TOOL_HEAD.mount.max[2] + EXTRUDER.shaft[1] + NEMA17.square / 2,
}
