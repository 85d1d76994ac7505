import { bedHeating } from '../../../modules/bed/dimensions.js'
import type { Vec3 } from '../../kernel/matrix.js'
import type { Layout } from '../../layout/index.js'
import type { Spec } from '../../spec/schema.js'
import { boardOf } from './boards.js'
import {
  BED_FUSE_MARGIN,
  HEATERS,
  MESH_SPACING,
  MOTION,
  meshPoints,
  PROBE_EDGE_MARGIN,
  Z_HOP,
  Z_LEVELLING,
} from './drive.js'
import { nozzleReach, type Range, secondToolOffset, zPivots } from './geometry.js'
import type { Board, DriverSocket } from './octopus.js'
import { inward, num, option, outward, render, type Section } from './render.js'
import {
  drivenMotors,
  driver,
  extraStepper,
  extruderDrive,
  gearRatio,
  homedAxis,
  homedByStall,
  type Motor,
  motorsOf,
  pins,
  socketsFor,
} from './steppers.js'

export interface PrinterCfgInputs {
  readonly spec: Spec
  readonly layout: Layout
  /** The axis contract's carriage length and load face: where a carriage's middle and load point lie. */
  readonly carriageLength: number
  readonly carriageLoadFace: Vec3
  /** Whether the Z motors hold the bed with their current off (the engineering check z-hold-motors-off). */
  readonly zHeldUnpowered: boolean
  /** Motor turns per Z pulley turn: 1 with the pulley on the motor's shaft. */
  readonly zReduction?: number
  /** The spec's controller's board unless given. */
  readonly board?: Board
}

const LAYOUT = 'src/layout'

/** Klipper's printer.cfg for the machine: every value from the layout, the catalogue or a cited rule, with its source. */
export function printerCfg(inputs: PrinterCfgInputs): string {
  const { spec, layout } = inputs
  const board = inputs.board ?? boardOf(spec)
  const probe = layout.toolHeads.probeOffset
  const area = layout.toolHeads.probeableArea
  if (!probe || !area) throw new Error('printer.cfg needs a tool head with a probe')
  const zNames = [...layout.axes.z.front, ...layout.axes.z.rear].map((a) => a.name)
  const motors = motorsOf(zNames, layout.tools)
  const sockets = socketsFor(motors, board, zNames.length, layout.tools)
  const socketOf = (section: string) => sockets[motors.findIndex((m) => m.section === section)]
  const driven = drivenMotors(motors, sockets)
  const zDrivers = driven.filter((m) => m.section.startsWith('stepper_z')).length
  const body = spec.motor.bodyLength
  const reach = { x: nozzleReach(layout, inputs.carriageLength, 0), y: nozzleReach(layout, inputs.carriageLength, 1) }

  const sections: Section[] = [
    {
      name: 'mcu',
      options: [option('serial', board.serial, 'yours: ls /dev/serial/by-id/')],
    },
    {
      name: 'printer',
      options: [
        option('kinematics', 'cartesian', 'X on top, Y on the sides, the bed on Z (docs/design.md)'),
        option('max_velocity', MOTION.maxVelocity, `${board.map}; tune with Klipper's Resonance_Compensation.md`),
        option('max_accel', MOTION.maxAccel, `${board.map}; what the belt checks assume (report.md)`),
        option('max_z_velocity', MOTION.maxZVelocity, board.map),
        option('max_z_accel', MOTION.maxZAccel, board.map),
      ],
    },
    homedAxis(
      'stepper_x',
      { reach: reach.x, socket: socketOf('stepper_x'), board },
      `the first nozzle's reach along X (${LAYOUT}: axes.x)`,
    ),
    homedAxis(
      'stepper_y',
      { reach: reach.y, socket: socketOf('stepper_y'), board },
      `the nozzle's reach along Y (${LAYOUT}: axes.y)`,
    ),
    {
      ...extraStepper('stepper_y1', socketOf('stepper_y1'), board, [
        option(
          'endstop_pin',
          'tmc2209_stepper_y1:virtual_endstop',
          'its own stall: each side homes to its end piece, squaring the gantry',
        ),
      ]),
      about: ['The right Y motor, on its own socket and endstop, so that homing squares the X axis across the Y axes.'],
    },
    ...zSteppers(inputs, driven, board, socketOf),
    ...driven.map((m) => driver(m.section, socketOf(m.section), body, homedByStall(m.section))),
    ...extruders(layout.tools, board, socketOf),
    bedHeater(layout, board),
    probeSection(probe, board),
    {
      name: 'safe_z_home',
      about: [
        "Z homes on the probe, with the probe over the bed's centre (the nozzle = centre less the probe's offset).",
      ],
      options: [
        option(
          'home_xy_position',
          zHomeNozzle(layout, probe).map(num).join(', '),
          `bed centre (${LAYOUT}: bed) less the probe offset (tool head contract)`,
        ),
        option('z_hop', Z_HOP, `lift before homing, nozzle and probe clear of the bed (Voron's Octopus config)`),
        option('z_hop_speed', MOTION.maxZVelocity, 'max_z_velocity'),
      ],
    },
    bedMesh(area, layout),
    ...(zDrivers > 1 ? [zTilt(inputs, area, probe)] : []),
    ...fans(layout.tools, board),
    idleTimeout(inputs.zHeldUnpowered),
    ...toolChanges(layout),
  ]
  const header = [
    `Klipper config for ${spec.name ?? 'this d3dkit printer'}, on the ${board.name} (${board.part}).`,
    "Written by d3dkit from the machine's layout and parts: each value says where it comes from.",
    "X and Y are the nozzle's, from the bed's front-left corner; Z is the nozzle's height over the bed.",
    `Motors and sockets: ${motors.map((m) => `${motorName(m, driven, socketOf)} on ${socketOf(m.section).name}`).join(', ')}.`,
  ]
  return render(header, sections)
}

/** A motor as the header names it: its section, or what it moves and the section whose socket it shares. */
function motorName(m: Motor, driven: readonly Motor[], socketOf: (section: string) => DriverSocket): string {
  if (driven.includes(m)) return `${m.section} (${m.moves})`
  const first = driven.find((d) => socketOf(d.section) === socketOf(m.section)) as Motor
  return `${m.moves} (in series with ${first.section}'s motor)`
}

/** Where the nozzle homes Z: the probe over the bed's centre, to 0.01 mm. */
export const zHomeNozzle = (layout: Layout, probe: Vec3): Range => [
  inward(layout.bed.x / 2 - probe[0], 'min'),
  inward(layout.bed.y / 2 - probe[1], 'min'),
]

/** The Z travel's upper limit: the Z travel reached, rounded 0.01 mm outward. */
export const zTravelMax = (layout: Layout) => outward(layout.buildVolume.reached.z, 'max')

function zSteppers(
  inputs: PrinterCfgInputs,
  driven: readonly Motor[],
  board: Board,
  socketOf: (section: string) => DriverSocket,
): Section[] {
  const reduction = gearRatio(inputs.zReduction ?? 1)
  const zSections = driven.filter((m) => m.section.startsWith('stepper_z')).map((m) => m.section)
  const zAxes = inputs.layout.axes.z.front.length + inputs.layout.axes.z.rear.length
  const about =
    zSections.length === zAxes
      ? 'Each Z axis on its own socket, so that z_tilt can level the bed.'
      : `${zAxes === 2 ? 'Both' : `All ${zAxes}`} Z motors on the ${socketOf(zSections[0]).name} socket, wired in series, one current through both (docs/design.md, "Firmware"): no z_tilt; the bed mesh takes out the bed's tilt.`
  return zSections.map((section, i) =>
    i === 0
      ? {
          ...extraStepper(section, socketOf(section), board, [
            ...reduction,
            option('endstop_pin', 'probe:z_virtual_endstop', 'Z homes on the probe'),
            option('position_min', 0, 'the nozzle on the bed'),
            option(
              'position_max',
              zTravelMax(inputs.layout),
              `the Z travel reached (${LAYOUT}: buildVolume.reached.z)`,
            ),
          ]),
          about: [about],
        }
      : extraStepper(section, socketOf(section), board, reduction),
  )
}

function extruders(tools: number, board: Board, socketOf: (section: string) => DriverSocket): Section[] {
  return Array.from({ length: tools }, (_, i) => {
    const section = i === 0 ? 'extruder' : `extruder${i}`
    const s = socketOf(section)
    return {
      name: section,
      options: [
        ...pins(s, board),
        ...extruderDrive(),
        option('heater_pin', board.hotEndHeaters[i], board.ports.hotEndHeaters[i]),
        option('sensor_type', HEATERS.sensorType, "the hot end's 100k NTC (builder rules section 4)"),
        option('sensor_pin', board.hotEndThermistors[i], board.ports.hotEndThermistors[i]),
        option('control', 'pid'),
        option('pid_Kp', HEATERS.hotEndPid.kp, `${board.map}; run PID_CALIBRATE HEATER=${section}`),
        option('pid_Ki', HEATERS.hotEndPid.ki),
        option('pid_Kd', HEATERS.hotEndPid.kd),
        option('min_temp', HEATERS.minTemp, board.map),
        option('max_temp', HEATERS.hotEndMaxTemp, 'the PTFE liner in the heat break (docs/design.md, "Firmware")'),
      ],
    }
  })
}

function bedHeater(layout: Layout, board: Board): Section {
  const heating = bedHeating(layout.bed)
  const how =
    heating.supply === 'mains'
      ? `${heating.watts} W at ${heating.volts} V AC: the bed output drives the SSR (ssr-25da), which switches the mains`
      : `${heating.watts} W at ${heating.volts} V DC, on the bed output`
  return {
    name: 'heater_bed',
    about: [`The bed heater (modules/bed: bedHeating): ${how}.`],
    options: [
      option('heater_pin', board.bedHeater, `${board.ports.bedHeater} (${board.map})`),
      option('sensor_type', HEATERS.sensorType, "the heater mat's 100k thermistor (builder rules section 6)"),
      option('sensor_pin', board.bedThermistor, board.ports.bedThermistor),
      option('control', 'watermark', board.map),
      option('min_temp', HEATERS.minTemp, board.map),
      option(
        'max_temp',
        HEATERS.bedMaxTemp,
        `${BED_FUSE_MARGIN} C under the mat's thermal fuse at its lowest (115 C, builder rules section 5) (docs/design.md, "Firmware")`,
      ),
    ],
  }
}

function probeSection(probe: Vec3, board: Board): Section {
  return {
    name: 'probe',
    about: [
      `The inductive probe (probe-inductive-m8, NPN normally open); its power: ${board.ports.probePower}. Its signal`,
      `goes through the BAT85 (diode-bat85, its band toward the probe) to the ${board.ports.probe}, whose pull-up (^)`,
      'makes the high: low when it sees the bed (builder rules section 5).',
      'Offsets: the probe trigger point less the nozzle tip (tool head contract probeOffset; builder rules section 4).',
    ],
    options: [
      option('pin', `^!${board.probe}`, `the ${board.ports.probe}, through the diode (${board.map})`),
      option('x_offset', probe[0], 'tool head contract'),
      option('y_offset', probe[1], 'tool head contract'),
      option(
        'z_offset',
        zOffset(probe),
        'assured switching distance less the probe tip over the nozzle; PROBE_CALIBRATE sets it',
      ),
    ],
  }
}

/** The nozzle's height over the bed when the probe switches: at its assured distance (1.62 mm) less the tip's height over the nozzle. */
const ASSURED_SWITCHING = 0.81 * 2
export const zOffset = (probe: Vec3) => ASSURED_SWITCHING - probe[2]

export type Area = { readonly x: Range; readonly y: Range }
/**
 * The probe points' bounds: the probeable area, kept PROBE_EDGE_MARGIN in from the plate's edges
 * (an inductive probe reads an edge low), each edge rounded 0.01 mm inward.
 */
export const meshArea = (a: Area, plate: { readonly x: number; readonly y: number }): Area => {
  const inset = (r: Range, size: number): Range => [
    inward(Math.max(r[0], PROBE_EDGE_MARGIN), 'min'),
    inward(Math.min(r[1], size - PROBE_EDGE_MARGIN), 'max'),
  ]
  return { x: inset(a.x, plate.x), y: inset(a.y, plate.y) }
}

const MESH_FROM = `probeable area, at least ${PROBE_EDGE_MARGIN} mm in from the plate's edges, to 0.01 mm inward`

/**
 * The mesh's probe points along X and Y, and whether it needs bicubic interpolation: more than 6 a
 * side, when Klipper asks at least 4 on each side (its bed_mesh.py).
 */
export function meshCount(a: Area): { x: number; y: number; bicubic: boolean } {
  const [x, y] = [meshPoints(a.x[1] - a.x[0]), meshPoints(a.y[1] - a.y[0])]
  const bicubic = Math.max(x, y) > 6
  return bicubic ? { x: Math.max(x, 4), y: Math.max(y, 4), bicubic } : { x, y, bicubic }
}

function bedMesh(area: Area, layout: Layout): Section {
  const a = meshArea(area, layout.bed)
  const count = meshCount(a)
  return {
    name: 'bed_mesh',
    about: [
      'Probe coordinates: the part of the bed the probe reaches (src/layout: toolHeads.probeableArea), at least',
      `${PROBE_EDGE_MARGIN} mm from the plate's edge, where the probe reads low (docs/design.md, "Firmware").`,
    ],
    options: [
      option('mesh_min', `${num(a.x[0])}, ${num(a.y[0])}`, MESH_FROM),
      option('mesh_max', `${num(a.x[1])}, ${num(a.y[1])}`, MESH_FROM),
      option(
        'probe_count',
        `${count.x}, ${count.y}`,
        `at most ${MESH_SPACING} mm apart, at least 3 (docs/design.md, "Firmware")`,
      ),
      ...(count.bicubic
        ? [option('algorithm', 'bicubic', "Klipper's lagrange takes at most 6 points a side (Bed_Mesh.md)")]
        : []),
    ],
  }
}

function zTilt(inputs: PrinterCfgInputs, area: Area, probe: Vec3): Section {
  const a = meshArea(area, inputs.layout.bed)
  const pivots = zPivots(inputs.layout, inputs.carriageLoadFace)
  // The probeable area's corners, as nozzle positions (z_tilt moves the nozzle to its points).
  const corners = [
    [a.x[0], a.y[0]],
    [a.x[1], a.y[0]],
    [a.x[1], a.y[1]],
    [a.x[0], a.y[1]],
  ].map(([x, y]) => `${num(x - probe[0])}, ${num(y - probe[1])}`)
  return {
    name: 'z_tilt',
    about: ['z_tilt levels the bed with its Z motors, each lifting it at its Z carriage.'],
    options: [
      option(
        'z_positions',
        pivots.map(([x, y]) => `${num(x)}, ${num(y)}`),
        `each Z carriage's load point, in the order of stepper_z, stepper_z1, ... (${LAYOUT}: axes.z, axis contract carriageLoadFace)`,
      ),
      option('points', corners, "the bed mesh's corners less the probe offset"),
      option('retries', Z_LEVELLING.retries, `Voron's Octopus config (docs/design.md, "Firmware")`),
      option('retry_tolerance', Z_LEVELLING.tolerance, `Marlin's Z_STEPPER_ALIGN_ACC (docs/design.md, "Firmware")`),
    ],
  }
}

/** The fan outputs (indexes of FAN0..): each tool's part blower, then each tool's heatsink fan. */
export const fanOutputs = (tools: number) => ({
  parts: Array.from({ length: tools }, (_, i) => i),
  heatsinks: Array.from({ length: tools }, (_, i) => tools + i),
})

function fans(tools: number, board: Board): Section[] {
  const outputs = fanOutputs(tools)
  const parts = outputs.parts.map((i) => board.fans[i])
  const alwaysOn = outputs.heatsinks.some((i) => board.fans[i] === undefined)
  const heatsinks = alwaysOn ? [] : outputs.heatsinks.map((i) => board.fans[i])
  const fanName = (i: number) => board.ports.fans[i]
  const partFan: Section[] =
    tools === 1
      ? [
          {
            name: 'fan',
            about: [
              'The part cooling blower (blower-5015-24v), M106/M107.',
              ...(alwaysOn
                ? [
                    `The hot end's heatsink fan (hotend-e3d-v6) runs whenever the machine is on, from the supply: the ${board.name} has one fan output.`,
                  ]
                : []),
            ],
            options: [option('pin', parts[0], fanName(0))],
          },
        ]
      : [
          {
            name: 'multi_pin part_blowers',
            about: ["Both heads' part cooling blowers (blower-5015-24v), together on M106/M107."],
            options: [option('pins', parts.join(', '), parts.map((_, i) => fanName(i)).join(', '))],
          },
          { name: 'fan', options: [option('pin', 'multi_pin:part_blowers')] },
        ]
  const heatsinkFans = heatsinks.map((pin, i) => ({
    name: `heater_fan heatsink_fan${i === 0 ? '' : i}`,
    about: i === 0 ? ["The hot ends' 30 mm heatsink fans (hotend-e3d-v6), on while the hot end is warm."] : undefined,
    options: [option('pin', pin, fanName(tools + i)), option('heater', i === 0 ? 'extruder' : `extruder${i}`)],
  }))
  return [...partFan, ...heatsinkFans]
}

function idleTimeout(zHeld: boolean): Section {
  if (zHeld)
    return {
      name: 'idle_timeout',
      about: [
        "The Z motors hold the bed unpowered (engineering check z-hold-motors-off): Klipper's default, heaters and motors off.",
      ],
      options: [],
    }
  return {
    name: 'idle_timeout',
    about: [
      "The Z motors do not hold the bed unpowered (engineering check z-hold-motors-off, builder rules section 3): Klipper's",
      'default idle gcode (M84) would let the bed drop. Heaters off, motors kept on, until the Z drive holds it.',
    ],
    options: [option('gcode', ['TURN_OFF_HEATERS'])],
  }
}

/** T0 and T1 on a 2-tool machine: the active extruder and the second nozzle's offset along X. */
function toolChanges(layout: Layout): Section[] {
  if (layout.tools === 1) return []
  const offset = secondToolOffset(layout)
  return [
    {
      name: 'gcode_macro T0',
      options: [option('gcode', ['ACTIVATE_EXTRUDER EXTRUDER=extruder', 'SET_GCODE_OFFSET X=0'])],
    },
    {
      name: 'gcode_macro T1',
      about: [
        `The second nozzle stands ${num(offset)} mm along X from the first (${LAYOUT}: axes.x secondCarriageAt).`,
      ],
      options: [option('gcode', ['ACTIVATE_EXTRUDER EXTRUDER=extruder1', `SET_GCODE_OFFSET X=${num(-offset)}`])],
    },
  ]
}
