import { bedHeating } from '../../../modules/bed/dimensions.js'
import type { Vec3 } from '../../kernel/matrix.js'
import type { Layout } from '../../layout/index.js'
import type { Spec } from '../../spec/schema.js'
import { HEATERS, MESH_POINTS, MICROSTEPS, MOTION } from './drive.js'
import { nozzleReach, type Range, secondToolOffset, zPivots } from './geometry.js'
import { type Board, type DriverSocket, OCTOPUS_V11 } from './octopus.js'
import { inward, num, option, outward, render, type Section } from './render.js'
import { driver, extraStepper, extruderDrive, gearRatio, homedAxis, motorsOf, socketsFor } from './steppers.js'

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
  readonly board?: Board
}

const LAYOUT = 'src/layout'

/** Klipper's printer.cfg for the machine: every value from the layout, the catalogue or a cited rule, with its source. */
export function printerCfg(inputs: PrinterCfgInputs): string {
  const { spec, layout } = inputs
  const board = inputs.board ?? OCTOPUS_V11
  const probe = layout.toolHeads.probeOffset
  const area = layout.toolHeads.probeableArea
  if (!probe || !area) throw new Error('printer.cfg needs a tool head with a probe')
  const zNames = [...layout.axes.z.front, ...layout.axes.z.rear].map((a) => a.name)
  const motors = motorsOf(zNames, layout.tools)
  const sockets = socketsFor(motors, board, zNames.length, layout.tools)
  const socketOf = (section: string) => sockets[motors.findIndex((m) => m.section === section)]
  const body = spec.motor.bodyLength
  const reach = { x: nozzleReach(layout, inputs.carriageLength, 0), y: nozzleReach(layout, inputs.carriageLength, 1) }

  const sections: Section[] = [
    {
      name: 'mcu',
      options: [
        option('serial', '/dev/serial/by-id/usb-Klipper_stm32f446xx_CHANGE-ME-if00', 'yours: ls /dev/serial/by-id/'),
      ],
    },
    {
      name: 'printer',
      options: [
        option('kinematics', 'cartesian', 'X on top, Y on the sides, the bed on Z (docs/design.md)'),
        option(
          'max_velocity',
          MOTION.maxVelocity,
          "Klipper's Octopus pin map; tune with its Resonance_Compensation.md",
        ),
        option('max_accel', MOTION.maxAccel, "Klipper's Octopus pin map; what the belt checks assume (report.md)"),
        option('max_z_velocity', MOTION.maxZVelocity, "Klipper's Octopus pin map"),
        option('max_z_accel', MOTION.maxZAccel, "Klipper's Octopus pin map"),
      ],
    },
    homedAxis(
      'stepper_x',
      { reach: reach.x, socket: socketOf('stepper_x') },
      `the first nozzle's reach along X (${LAYOUT}: axes.x)`,
    ),
    homedAxis(
      'stepper_y',
      { reach: reach.y, socket: socketOf('stepper_y') },
      `the nozzle's reach along Y (${LAYOUT}: axes.y)`,
    ),
    {
      ...extraStepper('stepper_y1', socketOf('stepper_y1'), [
        option(
          'endstop_pin',
          'tmc2209_stepper_y1:virtual_endstop',
          'its own stall: each side homes to its end piece, squaring the gantry',
        ),
      ]),
      about: ['The right Y motor, on its own socket and endstop, so that homing squares the X axis across the Y axes.'],
    },
    ...zSteppers(inputs, motors, socketOf),
    ...motors.map((m) =>
      driver(m.section, socketOf(m.section), body, m.section === 'stepper_x' || m.section.startsWith('stepper_y')),
    ),
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
      ],
    },
    bedMesh(area),
    zTilt(inputs, area, probe),
    ...fans(layout.tools, board),
    idleTimeout(inputs.zHeldUnpowered),
    ...toolChanges(layout),
  ]
  const header = [
    `Klipper config for ${spec.name ?? 'this d3dkit printer'}, on the ${board.name} (${board.part}).`,
    "Written by d3dkit from the machine's layout and parts: each value says where it comes from.",
    "X and Y are the nozzle's, from the bed's front-left corner; Z is the nozzle's height over the bed.",
    `Motors and sockets: ${motors.map((m) => `${m.section} (${m.moves}) on ${socketOf(m.section).name}`).join(', ')}.`,
  ]
  return render(header, sections)
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
  motors: readonly { section: string }[],
  socketOf: (section: string) => DriverSocket,
): Section[] {
  const reduction = gearRatio(inputs.zReduction ?? 1)
  const zSections = motors.filter((m) => m.section.startsWith('stepper_z')).map((m) => m.section)
  return zSections.map((section, i) =>
    i === 0
      ? {
          ...extraStepper(section, socketOf(section), [
            ...reduction,
            option('endstop_pin', 'probe:z_virtual_endstop', 'Z homes on the probe'),
            option('position_min', 0, 'the nozzle on the bed'),
            option(
              'position_max',
              zTravelMax(inputs.layout),
              `the Z travel reached (${LAYOUT}: buildVolume.reached.z)`,
            ),
          ]),
          about: ['Each Z axis on its own socket, so that z_tilt can level the bed.'],
        }
      : extraStepper(section, socketOf(section), reduction),
  )
}

function extruders(tools: number, board: Board, socketOf: (section: string) => DriverSocket): Section[] {
  return Array.from({ length: tools }, (_, i) => {
    const section = i === 0 ? 'extruder' : `extruder${i}`
    const s = socketOf(section)
    return {
      name: section,
      options: [
        option('step_pin', s.step, `${s.name} (Klipper's Octopus pin map)`),
        option('dir_pin', s.dir, s.name),
        option('enable_pin', s.enable, s.name),
        option('microsteps', MICROSTEPS, "Klipper's Octopus pin map"),
        ...extruderDrive(),
        option('heater_pin', board.hotEndHeaters[i], `HE${i}`),
        option('sensor_type', HEATERS.sensorType, "the hot end's 100k NTC (builder rules section 4)"),
        option('sensor_pin', board.hotEndThermistors[i], `T${i}`),
        option('control', 'pid'),
        option('pid_Kp', HEATERS.hotEndPid.kp, `Klipper's Octopus pin map; run PID_CALIBRATE HEATER=${section}`),
        option('pid_Ki', HEATERS.hotEndPid.ki),
        option('pid_Kd', HEATERS.hotEndPid.kd),
        option('min_temp', HEATERS.minTemp, "Klipper's Octopus pin map"),
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
      option('heater_pin', board.bedHeater, `the bed output (Klipper's Octopus pin map)`),
      option('sensor_type', HEATERS.sensorType, "the heater mat's 100k thermistor (builder rules section 6)"),
      option('sensor_pin', board.bedThermistor, 'TB'),
      option('control', 'watermark', "Klipper's Octopus pin map"),
      option('min_temp', HEATERS.minTemp, "Klipper's Octopus pin map"),
      option('max_temp', HEATERS.bedMaxTemp, 'builder rules section 5: a bed at most 110 C'),
    ],
  }
}

function probeSection(probe: Vec3, board: Board): Section {
  return {
    name: 'probe',
    about: [
      'The inductive probe (probe-inductive-m8, NPN normally open): pulled up, low when it sees the bed.',
      'Offsets: the probe trigger point less the nozzle tip (tool head contract probeOffset; builder rules section 4).',
    ],
    options: [
      option('pin', `^!${board.probe}`, "the probe port (Klipper's Octopus pin map)"),
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
/** The probeable area, each edge rounded 0.01 mm inward: the bed mesh's bounds. */
export const meshArea = (a: Area): Area => ({
  x: [inward(a.x[0], 'min'), inward(a.x[1], 'max')] as const,
  y: [inward(a.y[0], 'min'), inward(a.y[1], 'max')] as const,
})

function bedMesh(area: Area): Section {
  const a = meshArea(area)
  return {
    name: 'bed_mesh',
    about: ['Probe coordinates: the part of the bed the probe reaches (src/layout: toolHeads.probeableArea).'],
    options: [
      option('mesh_min', `${num(a.x[0])}, ${num(a.y[0])}`, 'probeable area, to 0.01 mm inward'),
      option('mesh_max', `${num(a.x[1])}, ${num(a.y[1])}`, 'probeable area, to 0.01 mm inward'),
      option('probe_count', `${MESH_POINTS}, ${MESH_POINTS}`, "Klipper's default"),
    ],
  }
}

function zTilt(inputs: PrinterCfgInputs, area: Area, probe: Vec3): Section {
  const a = meshArea(area)
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
      option('points', corners, "the probeable area's corners less the probe offset"),
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
  const heatsinks = outputs.heatsinks.map((i) => board.fans[i])
  const partFan: Section[] =
    tools === 1
      ? [
          {
            name: 'fan',
            about: ['The part cooling blower (blower-5015-24v), M106/M107.'],
            options: [option('pin', parts[0], 'FAN0')],
          },
        ]
      : [
          {
            name: 'multi_pin part_blowers',
            about: ["Both heads' part cooling blowers (blower-5015-24v), together on M106/M107."],
            options: [option('pins', parts.join(', '), parts.map((_, i) => `FAN${i}`).join(', '))],
          },
          { name: 'fan', options: [option('pin', 'multi_pin:part_blowers')] },
        ]
  const heatsinkFans = heatsinks.map((pin, i) => ({
    name: `heater_fan heatsink_fan${i === 0 ? '' : i}`,
    about: i === 0 ? ["The hot ends' 30 mm heatsink fans (hotend-e3d-v6), on while the hot end is warm."] : undefined,
    options: [option('pin', pin, `FAN${tools + i}`), option('heater', i === 0 ? 'extruder' : `extruder${i}`)],
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
