import { InputError } from '../../spec/errors.js'
import { BELT_ROTATION_DISTANCE, EXTRUDER_DRIVE, MICROSTEPS, runCurrent } from './drive.js'
import type { Range } from './geometry.js'
import type { Board, DriverSocket } from './octopus.js'
import { RAMPS_14 } from './ramps.js'
import { num, type Option, option, outward, type Section } from './render.js'

/** A motor of the machine and the Klipper section that drives it. */
export interface Motor {
  /** stepper_x, stepper_y, stepper_y1, stepper_z, stepper_z1, ..., extruder, extruder1. */
  readonly section: string
  /** What it moves, in words (the layout's axis name, or the tool). */
  readonly moves: string
}

/** The machine's motors: X, the left and right Y, each Z axis, each tool's extruder. */
export function motorsOf(zAxes: readonly string[], tools: number): Motor[] {
  const suffix = (i: number) => (i === 0 ? '' : String(i))
  return [
    { section: 'stepper_x', moves: 'the X axis' },
    { section: 'stepper_y', moves: 'the left Y axis (y-left)' },
    { section: 'stepper_y1', moves: 'the right Y axis (y-right)' },
    ...zAxes.map((name, i) => ({ section: `stepper_z${suffix(i)}`, moves: `the Z axis ${name}` })),
    ...Array.from({ length: tools }, (_, i) => ({
      section: `extruder${suffix(i)}`,
      moves: `tool ${i + 1}'s extruder`,
    })),
  ]
}

/** The sockets Marlin's Octopus map fixes (pins_BTT_OCTOPUS_V1_common.h): X, Y, Z and the second Z. */
const FIXED_SOCKETS: Readonly<Record<string, number>> = { stepper_x: 0, stepper_y: 1, stepper_z: 2, stepper_z1: 3 }
/** Marlin's E0 socket: the map puts extruder n on Driver(4 + n). */
export const FIRST_EXTRUDER_SOCKET = 4

/**
 * The RAMPS's sockets, the only motors it drives: X, Y, Z, E0 as Marlin's RAMPS map fixes them; both
 * Z motors on the Z socket (its two motor headers, the motors wired in series: docs/design.md,
 * "Firmware"), and the right Y on E1, its own driver and stall, so that homing squares the gantry.
 */
const RAMPS_SOCKETS: Readonly<Record<string, number>> = {
  stepper_x: 0,
  stepper_y: 1,
  stepper_z: 2,
  stepper_z1: 2,
  extruder: 3,
  stepper_y1: 4,
}

/** Each motor's socket on the board; two motors may share one (the RAMPS's two Z). */
export function socketsFor(motors: readonly Motor[], board: Board, zAxes: number, tools: number): DriverSocket[] {
  if (board.part !== RAMPS_14.part) return octopusSockets(motors, board, zAxes, tools)
  if (motors.some((m) => RAMPS_SOCKETS[m.section] === undefined))
    throw new InputError(
      `controller: "ramps" has ${board.sockets.length} driver sockets (X, Y, Z with its two motor headers, E0, E1): at most 6 motors, 2 Z axes and 1 tool; zAxes ${zAxes} and tools ${tools} make ${motors.length} motors; use "octopus" (8 sockets)`,
    )
  return motors.map((m) => board.sockets[RAMPS_SOCKETS[m.section]])
}

/** Whether a motor homes on its driver's stall (X and both Y; Z homes on the probe). */
export const homedByStall = (section: string): boolean => section === 'stepper_x' || section.startsWith('stepper_y')

/** The motors with a driver of their own: the first on each socket (a second Z on the RAMPS shares the first's). */
export const drivenMotors = <M extends Motor>(motors: readonly M[], sockets: readonly DriverSocket[]): M[] =>
  motors.filter((_, i) => sockets.indexOf(sockets[i]) === i)

/**
 * Each motor's socket, the one Marlin's fixed Octopus map forces, so that printer.cfg, the wiring
 * table and Marlin's overrides name the same: X, Y, Z, the second Z on Driver0-3, the extruders from
 * Driver4; the right Y, then the third and fourth Z, on the sockets the extruders leave, in that order
 * (Marlin's pins_postprocess.h). Too few sockets is the spec's error.
 */
function octopusSockets(motors: readonly Motor[], board: Board, zAxes: number, tools: number): DriverSocket[] {
  let free = FIRST_EXTRUDER_SOCKET + tools
  // motorsOf's order hands out the free sockets: the right Y before the third and fourth Z.
  const indexes = motors.map((m) => {
    const extruder = /^extruder(\d*)$/.exec(m.section)
    if (extruder) return FIRST_EXTRUDER_SOCKET + Number(extruder[1] || 0)
    return FIXED_SOCKETS[m.section] ?? free++
  })
  if (indexes.some((i) => i >= board.sockets.length)) {
    const field = tools > 1 ? 'tools' : 'zAxes'
    const fix = tools > 1 ? 'use 1 tool or 2 Z axes' : 'use 2 Z axes'
    throw new InputError(
      `${field}: ${zAxes} Z axes and ${tools} tool${tools > 1 ? 's' : ''} need ${motors.length} stepper drivers (X, 2 Y, ${zAxes} Z, ${tools} extruder${tools > 1 ? 's' : ''}), each on its own socket; the ${board.part} board (${board.name}) has ${board.sockets.length}; ${fix}`,
    )
  }
  return indexes.map((i) => board.sockets[i])
}

/** A socket's step, dir and enable pins and its microsteps, from the board's pin map. */
export const pins = (s: DriverSocket, board: Board): Option[] => [
  option('step_pin', s.step, `${s.name} (${board.map})`),
  option('dir_pin', s.dir, `${s.name}; add or remove ! if the motor turns the wrong way (Klipper's Config_checks.md)`),
  option('enable_pin', s.enable, s.name),
  option('microsteps', MICROSTEPS, `${board.map}'s value for every socket`),
]

export interface AxisMotion {
  /** The first nozzle's reach, in the printer's coordinates. */
  readonly reach: Range
  readonly socket: DriverSocket
  readonly board: Board
}

/**
 * stepper_x or stepper_y, homed sensorless at its low end: the design has no end switches, and the
 * TMC2209 drivers (the catalogue's stepper-driver-tmc2209) sense the stall of the carriage on the
 * end piece.
 */
export function homedAxis(section: string, motion: AxisMotion, reachFrom: string): Section {
  const [min, max] = travelLimits(motion.reach)
  return {
    name: section,
    about: [
      `${section}: homed sensorless (TMC2209 stall detection on ${motion.socket.name}'s DIAG) against its end piece at the low end:`,
      'the design has no end switches, and the carriage stopping on the end piece is a fixed, repeatable point.',
    ],
    options: [
      ...pins(motion.socket, motion.board),
      option(
        'rotation_distance',
        BELT_ROTATION_DISTANCE,
        'GT2 belt pitch 2 mm x 20-tooth pulley (modules/vitamins/belt-drive.ts)',
      ),
      option('endstop_pin', `tmc2209_${section}:virtual_endstop`, "sensorless homing (Klipper's TMC_Drivers.md)"),
      option('position_endstop', min, 'homes at position_min'),
      option('position_min', min, `${reachFrom}, to 0.01 mm outward`),
      option('position_max', max, `${reachFrom}, to 0.01 mm outward`),
      option(
        'homing_speed',
        BELT_ROTATION_DISTANCE / 2,
        "a motor turn every two seconds: rotation_distance / 2 (Klipper's TMC_Drivers.md)",
      ),
      option('homing_retract_dist', 0, "no second touch with sensorless homing (Klipper's TMC_Drivers.md)"),
    ],
  }
}

/** An axis's travel limits: the reach, each end rounded 0.01 mm outward. */
export const travelLimits = (reach: Range): Range => [outward(reach[0], 'min'), outward(reach[1], 'max')]

/** A second stepper of an axis (stepper_y1, stepper_z1, ...): pins, steps and, for Y, its own stall endstop. */
export function extraStepper(section: string, socket: DriverSocket, board: Board, extra: readonly Option[]): Section {
  return {
    name: section,
    options: [
      ...pins(socket, board),
      option(
        'rotation_distance',
        BELT_ROTATION_DISTANCE,
        'GT2 belt pitch 2 mm x 20-tooth pulley (modules/vitamins/belt-drive.ts)',
      ),
      ...extra,
    ],
  }
}

/** A Z reduction as gear_ratio, omitted when the pulley sits on the motor's shaft. */
export const gearRatio = (reduction: number): Option[] =>
  reduction === 1
    ? []
    : [option('gear_ratio', `${num(reduction)}:1`, "the Z drive's reduction (motor turns per pulley turn)")]

/** The TMC2209 on a socket: its UART pin and current; with `stall`, the DIAG pin and the stall threshold to tune. */
export function driver(section: string, socket: DriverSocket, bodyLength: number, stall: boolean): Section {
  return {
    name: `tmc2209 ${section}`,
    options: [
      option('uart_pin', socket.uart, socket.uartVia),
      option(
        'run_current',
        runCurrent(bodyLength),
        `85 % of the ${num(bodyLength)} mm NEMA17's rated current (docs/design.md, "Firmware")`,
      ),
      ...(stall
        ? [
            option('diag_pin', `^${socket.diag}`, socket.diagVia),
            option(
              'driver_SGTHRS',
              255,
              "most sensitive: where Klipper's TMC_Drivers.md starts the tuning; tune it before the first G28",
            ),
          ]
        : []),
    ],
  }
}

/** The extruder's own options after its pins: drive, nozzle and filament. */
export const extruderDrive = (): Option[] => [
  option(
    'rotation_distance',
    EXTRUDER_DRIVE.rotationDistance,
    'BMG drive gear, a start to calibrate (builder rules section 4)',
  ),
  option('gear_ratio', EXTRUDER_DRIVE.gearRatio.join(':'), 'BMG-type gears (builder rules section 4)'),
  option('nozzle_diameter', EXTRUDER_DRIVE.nozzleDiameter, 'the hot end (hotend-e3d-v6)'),
  option('filament_diameter', EXTRUDER_DRIVE.filamentDiameter, 'the hot end (hotend-e3d-v6)'),
]
