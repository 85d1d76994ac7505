import type { Vec3 } from '../../kernel/matrix.js'
import { boardOf } from '../klipper/boards.js'
import {
  BED_FUSE_MARGIN,
  BELT_ROTATION_DISTANCE,
  EXTRUDER_DRIVE,
  FULL_STEPS,
  HEATERS,
  MESH_SPACING,
  MICROSTEPS,
  MOTION,
  PROBE_EDGE_MARGIN,
  runCurrent,
  Z_HOP,
  Z_LEVELLING,
} from '../klipper/drive.js'
import { nozzleReach, type Range, secondToolOffset, zPivots } from '../klipper/geometry.js'
import type { Board } from '../klipper/octopus.js'
import {
  type Area,
  fanOutputs,
  meshArea,
  meshCount,
  type PrinterCfgInputs,
  zHomeNozzle,
  zOffset,
  zTravelMax,
} from '../klipper/printer-cfg.js'
import { RAMPS_14 } from '../klipper/ramps.js'
import { inward, num } from '../klipper/render.js'
import { travelLimits } from '../klipper/steppers.js'
import { type MarlinMotor, marlinMotors, RAMPS_UART_PINS, y2Endstop } from './sockets.js'

/** A #define: its value (none for a switch), or `off` for one to comment out; where it comes from. */
interface Define {
  readonly name: string
  readonly value?: string
  readonly off?: boolean
  readonly from: string
}

/** A group of #defines, and the Marlin file they belong in. */
interface Block {
  readonly file: 'Configuration.h' | 'Configuration_adv.h'
  readonly title: string
  readonly defines: readonly Define[]
}

/** Marlin's BED_OVERSHOOT, C: Marlin's default 10 would leave ABS's 100 C bed out of M140's reach under our max_temp. */
const BED_OVERSHOOT = 5

/** The Marlin release whose config/default files these lines are written for. */
export const MARLIN_RELEASE = '2.1.2.4'

const KLIPPER = 'the Klipper config'
const def = (name: string, value: string | number | undefined, from: string): Define => ({
  name,
  ...(value === undefined ? {} : { value: typeof value === 'number' ? num(value) : value }),
  from,
})
const off = (name: string, from: string): Define => ({ name, off: true, from })
const list = (values: readonly (string | number)[]) =>
  `{ ${values.map((v) => (typeof v === 'number' ? num(v) : v)).join(', ')} }`
const points = (xy: readonly (readonly [number, number])[]) => list(xy.map(([x, y]) => list([x, y])))

/** Steps per mm: full steps x microsteps x gear ratio / rotation distance (Klipper's Rotation_Distance.md). */
export const stepsPerMm = (rotationDistance: number, gearRatio = 1) =>
  (FULL_STEPS * MICROSTEPS * gearRatio) / rotationDistance

/** Marlin's PROBING_MARGIN_LEFT, _RIGHT, _FRONT and _BACK: how far in from its bed's edges the probe stays. */
export interface Margins {
  readonly left: number
  readonly right: number
  readonly front: number
  readonly back: number
}

/**
 * Where Marlin's probe reaches (G29's mesh, G34's points: probe.can_reach), as Marlin reckons it:
 * its bed, from 0 to X_BED_SIZE and Y_BED_SIZE, less the margins, within the travel plus the
 * probe's offset (Marlin's probe.h, _min_x() to _max_y()).
 */
export function marlinProbeArea(bed: Range, travel: { x: Range; y: Range }, probe: Vec3, m: Margins): Area {
  return {
    x: [Math.max(m.left, travel.x[0] + probe[0]), Math.min(bed[0] - m.right, travel.x[1] + probe[0])],
    y: [Math.max(m.front, travel.y[0] + probe[1]), Math.min(bed[1] - m.back, travel.y[1] + probe[1])],
  }
}

/** The margins that make Marlin's probe reach Klipper's mesh: each side of the mesh from Marlin's bed's edge. */
export const marginsFor = (mesh: Area, bed: Range): Margins => ({
  left: mesh.x[0],
  right: round2(bed[0] - mesh.x[1]),
  front: mesh.y[0],
  back: round2(bed[1] - mesh.y[1]),
})
const round2 = (v: number) => Math.round(v * 100) / 100

/**
 * Marlin 2.1 Configuration.h and Configuration_adv.h lines for the machine: the values of the
 * Klipper config (src/export/klipper), from the same functions, each with its source.
 */
export function marlinOverrides(inputs: PrinterCfgInputs): string {
  const { spec, layout } = inputs
  const board = inputs.board ?? boardOf(spec)
  const probe = layout.toolHeads.probeOffset
  const area = layout.toolHeads.probeableArea
  if (!probe || !area) throw new Error('the Marlin overrides need a tool head with a probe')
  const zNames = [...layout.axes.z.front, ...layout.axes.z.rear].map((a) => a.name)
  const motors = marlinMotors(zNames, layout.tools, board)
  const y2 = motors.find((m) => m.name === 'Y2')
  if (!y2) throw new Error('the machine has no right Y motor')
  const travel = {
    x: travelLimits(nozzleReach(layout, inputs.carriageLength, 0)),
    y: travelLimits(nozzleReach(layout, inputs.carriageLength, 1)),
  }
  const bed: Range = [inward(layout.bed.printable.x[1], 'max'), inward(layout.bed.printable.y[1], 'max')]
  const header = [
    `Marlin ${MARLIN_RELEASE} Configuration overrides for ${spec.name ?? 'this d3dkit printer'}, on the ${board.name} (${board.part}).`,
    `Not validated: checked only that it says the same as ${KLIPPER} (firmware/klipper/printer.cfg), which Klipper itself accepts.`,
    "Written by d3dkit from the machine's layout and parts: each line says where its value comes from.",
    `Use: in Marlin ${MARLIN_RELEASE}'s config/default files, set each line below in place of the line of the same name in the`,
    'file its block names (uncomment it where it is commented out; comment it out where it is written commented out here).',
    "X and Y are the nozzle's, from the bed's front-left corner; Z is the nozzle's height over the bed.",
    `Motors and sockets, as Marlin's pin map of the ${board.name} fixes them: the same as the Klipper config and wiring.md give them.`,
    ...motors.map((m) => `  ${m.name} (${m.moves}) on ${m.socket.name}`),
    ...(motors.length < zNames.length + layout.tools + 3
      ? [`  Z drives both Z motors, wired in series on the Z socket's headers (docs/design.md, "Firmware").`]
      : []),
    `DIAG jumpers for sensorless homing: on ${motors
      .filter((m) => ['X', 'Y', 'Y2'].includes(m.name))
      .map((m) => m.socket.name)
      .join(', ')} only.`,
    'Then, before printing: set INVERT_*_DIR where a motor turns the wrong way, tune the stall sensitivities (G28 X, G28 Y),',
    'set the probe Z offset (M851 or the Z probe wizard), run M303 for the PID, and save with M500.',
  ]
  const blocks: Block[] = [
    { file: 'Configuration.h', title: 'board and drivers', defines: boardDefines(board, motors) },
    { file: 'Configuration.h', title: 'extruders and heaters', defines: heaterDefines(inputs) },
    { file: 'Configuration.h', title: 'motion', defines: motionDefines(inputs) },
    {
      file: 'Configuration.h',
      title: 'endstops, probe and travel',
      defines: probeDefines(inputs, board, { probe, area, travel, bed }),
    },
    {
      file: 'Configuration_adv.h',
      title: 'probing margins',
      defines: marginDefines(meshArea(area, layout.bed), bed),
    },
    {
      file: 'Configuration_adv.h',
      title: 'dual Y and multi-Z',
      defines: alignDefines(inputs, motors, { area, y2, y2Endstop: y2Endstop(y2.socket, board) }),
    },
    { file: 'Configuration_adv.h', title: 'Trinamic drivers and homing', defines: driverDefines(inputs, motors) },
    { file: 'Configuration_adv.h', title: 'fans and idle', defines: fanAndIdleDefines(inputs, board) },
  ]
  return render(header, blocks)
}

function boardDefines(board: Board, motors: readonly MarlinMotor[]): Define[] {
  const ramps = board.part === RAMPS_14.part
  return [
    def('MOTHERBOARD', board.marlin, `the catalogue's ${board.part} (${board.name}); Marlin's boards.h`),
    def('SERIAL_PORT', -1, `USB, as ${KLIPPER}'s [mcu] (Marlin: -1 is the USB serial port)`),
    ...motors.map((m) =>
      def(
        `${m.name}_DRIVER_TYPE`,
        'TMC2209',
        `stepper-driver-tmc2209 on ${m.socket.name}${m.name === 'Y2' ? ": Marlin 2.1's Y2_DRIVER_TYPE is the old Y_DUAL_STEPPER_DRIVERS" : ''}`,
      ),
    ),
    ...(ramps ? motors.flatMap((m) => rampsUart(m)) : []),
  ]
}

/**
 * A RAMPS socket's TMC UART: its jumper's pin as both TX and RX (one wire, as Klipper's uart_pin);
 * the right Y's through its E1 socket's pins, which Marlin's pins_postprocess.h gives Y2.
 */
function rampsUart(m: MarlinMotor): Define[] {
  const pin = RAMPS_UART_PINS[m.socket.name]
  const prefix = m.name === 'Y2' ? m.socket.name : m.name
  const from = `${m.socket.name}'s UART jumper (${m.socket.uartVia}): one wire, ${KLIPPER}'s uart_pin; TX = RX is TMCStepper's half-duplex mode on AVR, on a pin-change-interrupt pin as SoftwareSerial needs (pins_RAMPS.h's RX pins)`
  return [def(`${prefix}_SERIAL_TX_PIN`, pin, from), def(`${prefix}_SERIAL_RX_PIN`, pin, from)]
}

function heaterDefines(inputs: PrinterCfgInputs): Define[] {
  const tools = Array.from({ length: inputs.layout.tools }, (_, i) => i)
  const sensor =
    "Klipper's Generic 3950: Marlin's table 11 is the 100k NTC of beta 3950 on a 4.7k pull-up, as on the Octopus and the RAMPS (builder rules sections 4, 6)"
  return [
    def('EXTRUDERS', inputs.layout.tools, `tools (spec), as ${KLIPPER}'s extruder sections`),
    def('DEFAULT_NOMINAL_FILAMENT_DIA', EXTRUDER_DRIVE.filamentDiameter, 'the hot end (hotend-e3d-v6)'),
    ...(inputs.layout.tools > 1
      ? [
          def(
            'HOTEND_OFFSET_X',
            list([0, secondToolOffset(inputs.layout)]),
            `the second nozzle from the first along X (src/layout: axes.x secondCarriageAt), as ${KLIPPER}'s T1`,
          ),
        ]
      : []),
    ...tools.map((i) => def(`TEMP_SENSOR_${i}`, 11, sensor)),
    def('TEMP_SENSOR_BED', 11, sensor),
    ...tools.map((i) =>
      def(
        `HEATER_${i}_MAXTEMP`,
        HEATERS.hotEndMaxTemp,
        `${KLIPPER}'s max_temp: the PTFE liner in the heat break (docs/design.md, "Firmware"); Marlin lets M104 ask at most this less HOTEND_OVERSHOOT`,
      ),
    ),
    def(
      'BED_MAXTEMP',
      HEATERS.bedMaxTemp,
      `${KLIPPER}'s max_temp: ${BED_FUSE_MARGIN} C under the mat's thermal fuse at its lowest, 115 C (docs/design.md, "Firmware")`,
    ),
    def(
      'BED_OVERSHOOT',
      BED_OVERSHOOT,
      `M140 asks at most BED_MAXTEMP less this: ${num(HEATERS.bedMaxTemp - BED_OVERSHOOT)} C, ABS's bed (builder rules section 6); the bed's bang-bang swings BED_HYSTERESIS 2 C`,
    ),
  ]
}

function motionDefines(inputs: PrinterCfgInputs): Define[] {
  const [driven, driving] = EXTRUDER_DRIVE.gearRatio
  const steps = [
    stepsPerMm(BELT_ROTATION_DISTANCE),
    stepsPerMm(BELT_ROTATION_DISTANCE),
    stepsPerMm(BELT_ROTATION_DISTANCE, inputs.zReduction ?? 1),
    stepsPerMm(EXTRUDER_DRIVE.rotationDistance, driven / driving),
  ]
  return [
    def(
      'DEFAULT_AXIS_STEPS_PER_UNIT',
      list(steps),
      `${FULL_STEPS} full steps x ${MICROSTEPS} microsteps x gear_ratio / rotation_distance, from ${KLIPPER} (X, Y, Z belts ${num(BELT_ROTATION_DISTANCE)} mm a turn, Z through ${num(inputs.zReduction ?? 1)}:1; E the BMG drive)`,
    ),
    def(
      'DEFAULT_MAX_FEEDRATE',
      list([MOTION.maxVelocity, MOTION.maxVelocity, MOTION.maxZVelocity, 25]),
      `${KLIPPER}'s max_velocity and max_z_velocity; E Marlin's default (Klipper sets none)`,
    ),
    def(
      'DEFAULT_MAX_ACCELERATION',
      list([MOTION.maxAccel, MOTION.maxAccel, MOTION.maxZAccel, 10000]),
      `${KLIPPER}'s max_accel and max_z_accel, what the belt checks assume (report.md); E Marlin's default`,
    ),
    def('DEFAULT_ACCELERATION', MOTION.maxAccel, `${KLIPPER}'s max_accel`),
    def('DEFAULT_TRAVEL_ACCELERATION', MOTION.maxAccel, `${KLIPPER}'s max_accel`),
  ]
}

interface ProbeFigures {
  readonly probe: Vec3
  readonly area: Area
  readonly travel: { readonly x: Range; readonly y: Range }
  readonly bed: Range
}

function probeDefines(inputs: PrinterCfgInputs, board: Board, f: ProbeFigures): Define[] {
  const { probe, travel, bed } = f
  const home = zHomeNozzle(inputs.layout, probe).map((v, k) => v + probe[k])
  const mesh = meshArea(f.area, inputs.layout.bed)
  const g29 = marlinProbeArea(bed, travel, probe, marginsFor(mesh, bed))
  const count = meshCount(mesh)
  const onZMin = board.part === RAMPS_14.part
  return [
    onZMin
      ? def(
          'Z_MIN_PROBE_USES_Z_MIN_ENDSTOP_PIN',
          undefined,
          `the probe is on the ${board.ports.probe} (${board.probe}), as Klipper's [probe] pin`,
        )
      : off(
          'Z_MIN_PROBE_USES_Z_MIN_ENDSTOP_PIN',
          `the probe has its own input (Z_MIN_PROBE_PIN), as Klipper's [probe] pin`,
        ),
    ...(onZMin
      ? []
      : [
          def(
            'Z_MIN_PROBE_PIN',
            board.probe,
            `the probe on the ${board.ports.probe} (${board.probe}, E3DET in Marlin's Octopus map) through its diode, as Klipper's [probe] pin; the map's PB7 is the probe port, which reads PNP switches only`,
          ),
        ]),
    def('USE_PROBE_FOR_Z_HOMING', undefined, `Z homes on the probe, as ${KLIPPER}'s probe:z_virtual_endstop`),
    def(
      'Z_MIN_PROBE_ENDSTOP_INVERTING',
      'true',
      "probe-inductive-m8, NPN normally open: low when it sees the bed, on Marlin's pull-ups (ENDSTOPPULLUPS), as Klipper's ^!",
    ),
    def('FIX_MOUNTED_PROBE', undefined, 'the inductive probe is fixed to the tool head'),
    def(
      'NOZZLE_TO_PROBE_OFFSET',
      list([probe[0], probe[1], -zOffset(probe)]),
      `${KLIPPER}'s x_offset, y_offset and -z_offset (tool head contract; Marlin's Z is the trigger point below the nozzle); M851 and the Z probe wizard set Z`,
    ),
    def(
      'PROBING_MARGIN',
      PROBE_EDGE_MARGIN,
      `in from the plate's edges, where the probe reads low (docs/design.md, "Firmware"); each side's own in Configuration_adv.h: G29 and G34 probe X ${num(g29.x[0])} to ${num(g29.x[1])}, Y ${num(g29.y[0])} to ${num(g29.y[1])}, ${KLIPPER}'s bed_mesh`,
    ),
    def(
      'X_BED_SIZE',
      bed[0],
      'the bed every nozzle reaches along X, from its front-left corner (src/layout: bed.printable)',
    ),
    def(
      'Y_BED_SIZE',
      bed[1],
      'the bed every nozzle reaches along Y, from its front-left corner (src/layout: bed.printable)',
    ),
    def('X_MIN_POS', travel.x[0], `${KLIPPER}'s stepper_x position_min: the first nozzle's reach, 0.01 mm outward`),
    def('X_MAX_POS', travel.x[1], `${KLIPPER}'s stepper_x position_max`),
    def('Y_MIN_POS', travel.y[0], `${KLIPPER}'s stepper_y position_min: the nozzle's reach, 0.01 mm outward`),
    def('Y_MAX_POS', travel.y[1], `${KLIPPER}'s stepper_y position_max`),
    def('Z_MIN_POS', 0, 'the nozzle on the bed'),
    def('Z_MAX_POS', zTravelMax(inputs.layout), `${KLIPPER}'s stepper_z position_max: the Z travel reached`),
    def('AUTO_BED_LEVELING_BILINEAR', undefined, `G29 probes a mesh, as ${KLIPPER}'s bed_mesh`),
    def('GRID_MAX_POINTS_X', count.x, `${KLIPPER}'s bed_mesh probe_count: at most ${MESH_SPACING} mm apart`),
    def('GRID_MAX_POINTS_Y', count.y, `${KLIPPER}'s bed_mesh probe_count: at most ${MESH_SPACING} mm apart`),
    def('Z_SAFE_HOMING', undefined, `${KLIPPER}'s safe_z_home`),
    def(
      'Z_CLEARANCE_FOR_HOMING',
      Z_HOP,
      `${KLIPPER}'s safe_z_home z_hop (Voron's Octopus config); Marlin 2.0's name: Z_HOMING_HEIGHT`,
    ),
    def(
      'Z_SAFE_HOMING_X_POINT',
      home[0],
      `the probe over the bed's centre: Marlin moves the probe there, ${KLIPPER}'s home_xy_position plus the probe offset`,
    ),
    def(
      'Z_SAFE_HOMING_Y_POINT',
      home[1],
      `the bed's centre along Y: ${KLIPPER}'s home_xy_position plus the probe offset`,
    ),
    def(
      'HOMING_FEEDRATE_MM_M',
      `{ (${num(BELT_ROTATION_DISTANCE / 2)}*60), (${num(BELT_ROTATION_DISTANCE / 2)}*60), (4*60) }`,
      `X, Y: ${KLIPPER}'s homing_speed, a motor turn every two seconds (Klipper's TMC_Drivers.md); Z Marlin's default`,
    ),
  ]
}

/** Each side's probing margin: Marlin's probe then reaches just Klipper's mesh, from Marlin's bed (the printable area). */
function marginDefines(mesh: Area, bed: Range): Define[] {
  const m = marginsFor(mesh, bed)
  const from = (edge: string) =>
    `${KLIPPER}'s bed_mesh ${edge}, from the edge of Marlin's bed (X_BED_SIZE, Y_BED_SIZE): at least ${PROBE_EDGE_MARGIN} mm in from the plate's`
  return [
    def('PROBING_MARGIN_LEFT', m.left, from('mesh_min X')),
    def('PROBING_MARGIN_RIGHT', m.right, from('mesh_max X')),
    def('PROBING_MARGIN_FRONT', m.front, from('mesh_min Y')),
    def('PROBING_MARGIN_BACK', m.back, from('mesh_max Y')),
  ]
}

/** With the right Y motor and Marlin's name of the endstop its stall signal is wired to. */
function alignDefines(
  inputs: PrinterCfgInputs,
  motors: readonly MarlinMotor[],
  { area, y2, y2Endstop }: { area: Area; y2: MarlinMotor; y2Endstop: string },
): Define[] {
  const pivots = zPivots(inputs.layout, inputs.carriageLoadFace)
  const zDrivers = motors.filter((m) => m.name.startsWith('Z')).length
  const a = meshArea(area, inputs.layout.bed)
  const clamp = (v: number, r: Range) => Math.min(Math.max(v, r[0]), r[1])
  // The probe point nearest each Z axis: Marlin's G34 probes one point per Z stepper.
  const probePoints = pivots.map(([x, y]) => [clamp(x, a.x), clamp(y, a.y)] as const)
  return [
    def(
      'Y_DUAL_ENDSTOPS',
      undefined,
      `each Y motor homes to its own stall, squaring the gantry (${KLIPPER}'s stepper_y1 with its own endstop)`,
    ),
    y2Endstop.startsWith('_E')
      ? def(
          'Y2_USE_ENDSTOP',
          y2Endstop,
          `Y2's stall signal: ${y2.socket.name}'s DIAG jumper (${y2.socket.diag}), the DIAG pin Marlin's Octopus map gives that E socket; Marlin takes it as Y2's endstop with no USE_*_PLUG (pins_postprocess.h)`,
        )
      : def('Y2_USE_ENDSTOP', y2Endstop, `Y2's stall signal: ${y2.socket.diagVia} (${y2.socket.diag})`),
    ...(y2Endstop.startsWith('_E')
      ? []
      : [
          def(
            `USE_${y2Endstop.replaceAll('_', '')}_PLUG`,
            undefined,
            "Marlin's SanityCheck.h asks for the plug of the endstop Y2 uses",
          ),
        ]),
    ...(zDrivers < 2 ? [] : zAlign(pivots, probePoints)),
  ]
}

/** G34 with each Z motor on its own driver: Marlin's counterpart of Klipper's z_tilt. */
function zAlign(
  pivots: readonly (readonly [number, number])[],
  probePoints: readonly (readonly [number, number])[],
): Define[] {
  return [
    def(
      'Z_STEPPER_AUTO_ALIGN',
      undefined,
      `G34 levels the bed with its ${pivots.length} Z motors, as ${KLIPPER}'s z_tilt (Z homes on the probe, so no Z_MULTI_ENDSTOPS)`,
    ),
    def(
      'Z_STEPPER_ALIGN_XY',
      points(probePoints),
      "the probe points nearest each Z axis's load point, in the bed mesh's bounds, in Z, Z2, ... order (Marlin probes these with the probe)",
    ),
    def(
      'Z_STEPPER_ALIGN_ITERATIONS',
      Z_LEVELLING.retries + 1,
      `${KLIPPER}'s z_tilt: its first round and its ${Z_LEVELLING.retries} retries`,
    ),
    def('Z_STEPPER_ALIGN_ACC', Z_LEVELLING.tolerance, `${KLIPPER}'s z_tilt retry_tolerance (Marlin's default)`),
    ...(pivots.length >= 3
      ? [
          def(
            'Z_STEPPER_ALIGN_STEPPER_XY',
            points(pivots),
            `${KLIPPER}'s z_tilt z_positions: each Z carriage's load point (src/layout: axes.z, axis contract carriageLoadFace)`,
          ),
        ]
      : []),
  ]
}

function driverDefines(inputs: PrinterCfgInputs, motors: readonly MarlinMotor[]): Define[] {
  const body = inputs.spec.motor.bodyLength
  const mA = Math.round(runCurrent(body) * 1000)
  const stall = motors.filter((m) => ['X', 'Y', 'Y2'].includes(m.name))
  return [
    def(
      'HOLD_MULTIPLIER',
      1,
      `hold at the run current, as Klipper does without hold_current: the Z hold check counts on it (report.md)`,
    ),
    ...motors.flatMap((m) => [
      def(
        `${m.name}_CURRENT`,
        mA,
        `mA RMS: ${KLIPPER}'s run_current, 85 % of the ${num(body)} mm NEMA17's rated current (docs/design.md, "Firmware")`,
      ),
      def(`${m.name}_MICROSTEPS`, MICROSTEPS, `${KLIPPER}'s microsteps`),
    ]),
    def(
      'SENSORLESS_HOMING',
      undefined,
      `X and Y home on their drivers' stall, as ${KLIPPER}: the design has no end switches`,
    ),
    ...stall.map((m) =>
      def(
        `${m.name}_STALL_SENSITIVITY`,
        255,
        `${KLIPPER}'s driver_SGTHRS: the most sensitive (TMC2209: 0-255, higher is more), to tune before the first G28`,
      ),
    ),
    def(
      'HOMING_BUMP_MM',
      '{ 0, 0, 2 }',
      `X, Y: no second touch with sensorless homing, ${KLIPPER}'s homing_retract_dist 0; Z Marlin's default`,
    ),
  ]
}

function fanAndIdleDefines(inputs: PrinterCfgInputs, board: Board): Define[] {
  const fan = (i: number) => (i === 0 ? 'FAN_PIN' : `FAN${i}_PIN`)
  const outputs = fanOutputs(inputs.layout.tools)
  const held = inputs.zHeldUnpowered
  return [
    // A board with no output for it runs the heatsink fan from the supply, always on (no heater_fan).
    ...outputs.heatsinks.flatMap((i, tool) =>
      board.fans[i] === undefined
        ? []
        : [def(`E${tool}_AUTO_FAN_PIN`, fan(i), `the hot end's heatsink fan on FAN${i}, as ${KLIPPER}'s heater_fan`)],
    ),
    ...(outputs.parts.length > 1
      ? [
          def(
            'REDUNDANT_PART_COOLING_FAN',
            outputs.parts[1],
            `the second part blower (FAN${outputs.parts[1]}) follows FAN0 on M106, as ${KLIPPER}'s multi_pin`,
          ),
        ]
      : []),
    held
      ? def(
          'DISABLE_IDLE_Z',
          undefined,
          `the Z motors hold the bed unpowered (engineering check z-hold-motors-off), so they may go off when idle, as in ${KLIPPER}; Marlin before 2.1.2.2: DISABLE_INACTIVE_Z true`,
        )
      : off(
          'DISABLE_IDLE_Z',
          `keep Z powered when idle: the Z motors do not hold the bed unpowered (z-hold-motors-off), as ${KLIPPER}'s idle_timeout; Marlin before 2.1.2.2: DISABLE_INACTIVE_Z false`,
        ),
  ]
}

/** The file's text: the header, then each block with its file, each #define with its source. */
function render(header: readonly string[], blocks: readonly Block[]): string {
  const out = header.map((line) => `// ${line}`)
  for (const block of blocks) {
    out.push('', `// ---- ${block.file}: ${block.title}`)
    for (const d of block.defines) {
      const line = d.value === undefined ? `#define ${d.name}` : `#define ${d.name} ${d.value}`
      out.push(`${d.off ? '//' : ''}${line} // ${d.off ? 'comment it out: ' : ''}${d.from}`)
    }
  }
  return `${out.join('\n')}\n`
}
