import { GT2, GT2_PULLEY } from '../../../modules/vitamins/belt-drive.js'
import { LIMITS } from '../../engineering/index.js'

/**
 * The firmware's figures for the drives and heaters that the catalogue's parts do not carry as
 * numbers, each with its source (docs/design.md, "Firmware").
 */

/** mm of belt per motor turn: GT2's pitch times the pulley's teeth (2 mm x 20 = 40; Klipper's Rotation_Distance.md). */
export const BELT_ROTATION_DISTANCE = GT2.pitch * GT2_PULLEY.teeth

/** Microsteps per full step: the value Klipper's Octopus pin map gives every socket. */
export const MICROSTEPS = 16

/** Full steps per motor turn: the catalogue's NEMA17s step 1.8 deg (modules/vitamins/motors.ts), Klipper's default 200. */
export const FULL_STEPS = 360 / 1.8

/** Probe points along X and along Y of the bed mesh: Klipper's bed_mesh default, 3 x 3. */
export const MESH_POINTS = 3

/**
 * Rated phase current, A, by NEMA17 body length, mm: 40 mm 1.7 A (17HS4401's data sheet), 48 mm
 * 2.0 A (StepperOnline 17HS19-2004S1's): the data sheets docs/design.md takes the motors' torques
 * from. A body length between them takes the shorter's figure, one outside them the nearer's.
 */
const RATED_AMPS: readonly (readonly [number, number])[] = [
  [40, 1.7],
  [48, 2.0],
]

/** The driver current, A RMS: the rated current times the share the engineering checks count on (Duet: at most 85 %). */
export function runCurrent(bodyLength: number): number {
  const rated = [...RATED_AMPS].reverse().find(([length]) => bodyLength >= length)?.[1] ?? RATED_AMPS[0][1]
  return rated * LIMITS.runCurrentShare
}

/**
 * The catalogue's extruder (extruder-dual-drive-bmg): a BMG-type drive, geared 50:17 (not the 3:1
 * it is sold as), whose drive gear moves 22.6789511 mm of filament per turn (builder rules
 * section 4, after Voron's Octopus config: a value to calibrate); the hot end's 0.4 mm nozzle and
 * 1.75 mm filament (the catalogue's hotend-e3d-v6 line).
 */
export const EXTRUDER_DRIVE = {
  /** Driven teeth, driving teeth. */
  gearRatio: [50, 17],
  rotationDistance: 22.6789511,
  nozzleDiameter: 0.4,
  filamentDiameter: 1.75,
} as const

/**
 * Heater limits, degrees C: the V6's PTFE liner reaches into the heat break, and PTFE in the hot
 * zone is held safe up to 250 (TH3D's PTFE safety note); the bed at most 110 (builder rules
 * section 5, after Voron's electrical guide: glued sheets). Both thermistors "Generic 3950"
 * (builder rules sections 4 and 6: the 100k NTC of such heaters).
 */
export const HEATERS = {
  hotEndMaxTemp: 250,
  bedMaxTemp: 110,
  minTemp: 0,
  sensorType: 'Generic 3950',
  /** Klipper's Octopus pin map's starting PID for a hot end; PID_CALIBRATE and SAVE_CONFIG replace it. */
  hotEndPid: { kp: 22.2, ki: 1.08, kd: 114 },
} as const

/**
 * Speeds and accelerations: the [printer] section of Klipper's Octopus pin map, a start for
 * resonance tuning; its 3000 mm/s2 is the acceleration the engineering checks hold the belts to.
 */
export const MOTION = {
  maxVelocity: 300,
  maxAccel: LIMITS.acceleration,
  maxZVelocity: 5,
  maxZAccel: 100,
} as const
