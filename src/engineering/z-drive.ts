// The bed hanging on the Z axes' belts: the torque each Z drive needs to hold it, with the
// motors on and off.
import { GRAVITY } from '../../modules/vitamins/mass.js'

export interface ZDrive {
  /** What the Z belts carry: the bed, the Z carriages and what they hold, kg. */
  readonly load: number
  readonly motors: number
  /** The drive pulley's pitch radius, mm. */
  readonly pulleyRadius: number
  /** What the drive holds at the pulley, N m: powered (the motor's holding torque through any gearbox) and unpowered (its detent). */
  readonly holdingTorque: number
  readonly detentTorque: number
}

export interface ZDriveFigures {
  /** Torque each drive must give at its pulley to hold the load still, N m. */
  readonly loadTorque: number
  /** Holding torque over load torque: motors on. */
  readonly onMargin: number
  /** Detent torque over load torque: motors off (friction not counted). */
  readonly offMargin: number
}

/** Load torque m g / motors x r at each pulley, against what the drive holds there. */
export function zDrive(d: ZDrive): ZDriveFigures {
  const loadTorque = ((d.load * GRAVITY) / d.motors) * (d.pulleyRadius / 1000)
  return { loadTorque, onMargin: d.holdingTorque / loadTorque, offMargin: d.detentTorque / loadTorque }
}
