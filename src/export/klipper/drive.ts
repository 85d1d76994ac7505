import { BED_HEATER } from '../../../modules/vitamins/bed.js'
import { GT2, GT2_PULLEY } from '../../../modules/vitamins/belt-drive.js'
import { ratedAmps } from '../../../modules/vitamins/motors.js'
import { INDUCTIVE_PROBE } from '../../../modules/vitamins/tool-head.js'
import { LIMITS } from '../../engineering/index.js'

/**
 * The firmware's figures for the drives and heaters that the catalogue's parts do not carry as
 * numbers, each with its source (docs/design.md, "Firmware").
 */

/** mm of belt per motor turn: GT2's pitch times the pulley's teeth (2 mm x 20 = 40; Klipper's Rotation_Distance.md). */
export const BELT_ROTATION_DISTANCE = GT2.pitch * GT2_PULLEY.teeth

/** Microsteps per full step: the value Klipper's Octopus and RAMPS pin maps give every socket. */
export const MICROSTEPS = 16

/** Full steps per motor turn: the catalogue's NEMA17s step 1.8 deg (modules/vitamins/motors.ts), Klipper's default 200. */
export const FULL_STEPS = 360 / 1.8

/**
 * The bed mesh's largest spacing between probe points, mm (ours: a 200 mm plate gets 5 x 5, the
 * 1 m plate's sag curve gets a point every 50 mm), and its fewest points a side (Klipper's
 * bed_mesh: at least 3).
 */
export const MESH_SPACING = 50
const MESH_MIN_POINTS = 3

/** Probe points along a mesh side of `span` mm: no two more than MESH_SPACING apart, at least 3. */
export const meshPoints = (span: number): number => Math.max(MESH_MIN_POINTS, Math.ceil(span / MESH_SPACING) + 1)

/**
 * The driver current, A RMS: the motor's rated current (the catalogue's NEMA17) times the share
 * the engineering checks count on (Duet: at most 85 %).
 */
export const runCurrent = (bodyLength: number): number => ratedAmps(bodyLength) * LIMITS.runCurrentShare

/**
 * How far the probe points stay in from the plate's edges, mm: the full side of the standard
 * target of IEC 60947-5-2 (mild steel, square, its side the sensing face's diameter or 3 times the
 * rated sensing distance, whichever is more: the M8 probe's 8 mm against 3 x 2 mm), so that a
 * standard target centred under the probe has half its side of steel to spare on every side.
 * Ours: an inductive probe's field spreads past its face, and near an edge it sees less steel and
 * switches late, reading the edge low; half a side (the face just on steel) is not enough.
 */
export const PROBE_EDGE_MARGIN = Math.max(INDUCTIVE_PROBE.diameter, 3 * INDUCTIVE_PROBE.sensingDistance)

/**
 * How far Z lifts before homing, mm, and at what speed: Voron's Octopus config's [safe_z_home]
 * z_hop (builder rules [V2CFG]), so that the nozzle and the probe (its tip 1 mm over the nozzle)
 * clear the bed while X and Y home; at the machine's max_z_velocity.
 */
export const Z_HOP = 10

/**
 * Bed levelling by the Z motors (Klipper's z_tilt, Marlin's G34): retries after the first round,
 * Voron's Octopus config's 5 (builder rules [V2CFG]); done when the probed points lie within
 * 0.02 mm, Marlin's default Z_STEPPER_ALIGN_ACC (Configuration_adv.h; Voron's 0.0075 is for its
 * Omron probe, finer than the generic M8's repeatability).
 */
export const Z_LEVELLING = { retries: 5, tolerance: 0.02 } as const

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

/** Ours: 10 C under the fuse, the gap Marlin's default BED_OVERSHOOT keeps between the highest target and its limit. */
export const BED_FUSE_MARGIN = 10

/**
 * Heater limits, degrees C: the V6's PTFE liner reaches into the heat break, and PTFE in the hot
 * zone is held safe up to 250 (TH3D's PTFE safety note); the bed BED_FUSE_MARGIN under the mat's
 * thermal fuse at its lowest rating (115 C: builder rules section 5, [VDE]), so that a target
 * and its overshoot trip the firmware's limit before the fuse: 105, which keeps ABS's 100 C bed
 * reachable (builder rules section 6) and stays under glued sheets' 110 (section 5). Both
 * thermistors "Generic 3950" (builder rules sections 4 and 6: the 100k NTC of such heaters).
 */
export const HEATERS = {
  hotEndMaxTemp: 250,
  bedMaxTemp: BED_HEATER.thermalFuse[0] - BED_FUSE_MARGIN,
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
