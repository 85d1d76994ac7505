export { type AxisLoad, type Check, type CheckInputs, horizontalLoads, machineChecks, zLoad } from './checks.js'
export { LIMITS } from './limits.js'
export { massOf, movingNodes, type PrintedGrams } from './loads.js'
export { RAIL_BEAM, railBeam } from './rail.js'
export {
  chooseGuides,
  type GuideCandidates,
  type GuideChoice,
  guideCandidates,
  guideFigures,
  guideHolds,
  guideSpan,
  type LoadsOn,
  rodsHold,
} from './rod-choice.js'
export { ROD_DIAMETERS, type RodPair, rodPair, rodSpan, roundInertia, sagAtFrequency } from './rods.js'
export { type ZDrive, zDrive } from './z-drive.js'
export { chooseZMotor, type ZMotor, zMotors } from './z-motor.js'
