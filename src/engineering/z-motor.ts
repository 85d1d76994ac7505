// The Z motors: a plain NEMA17, or one with a planetary gearbox, chosen so that the bed holds
// with the motors on and off.
import { GT2_PULLEY } from '../../modules/vitamins/belt-drive.js'
import { interpolate } from '../../modules/vitamins/mass.js'
import { NEMA17, NEMA17_GEARBOX } from '../../modules/vitamins/motors.js'
import { InputError } from '../spec/errors.js'
import type { Spec } from '../spec/schema.js'
import { LIMITS } from './limits.js'
import { type ZDriveFigures, zDrive } from './z-drive.js'

/** One Z motor on sale: its gearbox's nominal and exact ratio (1 without), and what it holds at its output, N m. */
export interface ZMotor {
  readonly nominal: number
  readonly ratio: number
  readonly holdingTorque: number
  readonly detentTorque: number
}

/**
 * The Z motors on sale for a body length, plain first, then by ratio. Powered, the motor's holding
 * torque at its run current, through the gearbox's efficiency, up to what the gearbox may carry;
 * unpowered, its detent torque times the ratio (friction not counted).
 */
export function zMotors(bodyLength: number): ZMotor[] {
  const holding = interpolate(NEMA17.holdingTorqueByLength, bodyLength) * LIMITS.runCurrentShare
  const g = NEMA17_GEARBOX
  return [
    { nominal: 1, ratio: 1, holdingTorque: holding, detentTorque: NEMA17.detentTorque },
    ...g.ratios.map(({ nominal, ratio }) => ({
      nominal,
      ratio,
      holdingTorque: Math.min(holding * ratio * g.efficiency, g.permissibleTorque),
      detentTorque: NEMA17.detentTorque * ratio,
    })),
  ]
}

/** How each Z drive holds a load (kg) on this many motors. */
export function zHold(motor: ZMotor, load: number, motors: number): ZDriveFigures {
  return zDrive({
    load,
    motors,
    pulleyRadius: GT2_PULLEY.pitchDiameter / 2,
    holdingTorque: motor.holdingTorque,
    detentTorque: motor.detentTorque,
  })
}

const holds = (figures: ZDriveFigures) =>
  figures.onMargin >= LIMITS.zHoldingMargin && figures.offMargin >= LIMITS.zDetentMargin

/**
 * The Z motor for a load (kg) on this many motors: the spec's `motor.zReduction` when it gives
 * one, else the least reduction that holds the bed with the motors on and off (the largest there
 * is when none does: the checks then say so).
 */
export function chooseZMotor(spec: Spec, load: number, motors: number): ZMotor & { readonly pinned: boolean } {
  const options = zMotors(spec.motor.bodyLength)
  const pinned = spec.motor.zReduction
  if (pinned !== undefined) {
    const motor = options.find((m) => m.nominal === pinned)
    if (!motor)
      throw new InputError(
        `motor.zReduction: ${pinned} is not a gearbox on sale; use ${options.map((m) => m.nominal).join(', ')} (1: none)`,
      )
    return { ...motor, pinned: true }
  }
  const motor = options.find((m) => holds(zHold(m, load, motors))) ?? options[options.length - 1]
  return { ...motor, pinned: false }
}
