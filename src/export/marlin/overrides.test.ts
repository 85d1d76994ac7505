import { describe, expect, it } from 'vitest'
import { AXIS_CONTRACT } from '../../../modules/axis/contract.js'
import { machineOf } from '../../../test/machines.js'
import { presetNames } from '../../spec/presets.js'
import type { Kit } from '../kit.js'
import { printerCfg } from '../klipper/index.js'
import { RAMPS_14 } from '../klipper/ramps.js'
import { sections, value } from '../klipper/read-cfg.js'
import { marlinFiles, marlinOverrides } from './index.js'
import { marlinProbeArea } from './overrides.js'

/** Klipper's full steps per turn when a config gives none (its Config_Reference.md). */
const KLIPPER_FULL_STEPS = 200
/** Marlin's thermistor table of a 100k beta 3950 NTC on a 4.7k pull-up (thermistor_11.h). */
const BETA_3950_TABLE = '11'

const bothOf = (preset: string, sets: string[] = [], extra: { zReduction?: number; zHeldUnpowered?: boolean } = {}) => {
  const { spec, layout } = machineOf(preset, sets)
  const inputs = {
    spec,
    layout,
    carriageLength: AXIS_CONTRACT.carriageLength,
    carriageLoadFace: AXIS_CONTRACT.carriageLoadFace,
    zHeldUnpowered: extra.zHeldUnpowered ?? false,
    zReduction: extra.zReduction ?? 1,
  }
  return { layout, cfg: printerCfg(inputs), marlin: marlinOverrides(inputs) }
}

/** The #defines of the overrides: name to value ('' for a switch); those written commented out, apart. */
function defines(text: string) {
  const on = new Map<string, string>()
  const off = new Set<string>()
  for (const line of text.split('\n')) {
    const m = /^(\/\/)?#define (\w+)(.*?) \/\/ \S/.exec(line)
    if (!m) continue
    if (m[1]) off.add(m[2])
    else on.set(m[2], m[3].trim())
  }
  return { on, off }
}
/** A #define's number, or its list of numbers (nested lists flattened into pairs). */
const numbers = (text: string | undefined) =>
  (text ?? '')
    .replace(/[{}]/g, ' ')
    .split(',')
    .map((v) => Number(v.trim()))
const pairs = (text: string | undefined) => {
  const flat = numbers(text)
  return Array.from({ length: flat.length / 2 }, (_, i) => [flat[2 * i], flat[2 * i + 1]])
}
const xy = (text: string | undefined) => (text ?? '').split(',').map(Number)
const ratio = (text: string | undefined) => {
  if (text === undefined) return 1
  const [a, b] = text.split(':').map(Number)
  return a / b
}

/** Where Marlin's probe reaches, from the overrides' own #defines (Marlin's probe.h). */
function marlinReach(d: Map<string, string>) {
  const n = (name: string) => Number(d.get(name))
  const offset = numbers(d.get('NOZZLE_TO_PROBE_OFFSET'))
  return marlinProbeArea(
    [n('X_BED_SIZE'), n('Y_BED_SIZE')],
    { x: [n('X_MIN_POS'), n('X_MAX_POS')], y: [n('Y_MIN_POS'), n('Y_MAX_POS')] },
    [offset[0], offset[1], 0],
    {
      left: n('PROBING_MARGIN_LEFT'),
      right: n('PROBING_MARGIN_RIGHT'),
      front: n('PROBING_MARGIN_FRONT'),
      back: n('PROBING_MARGIN_BACK'),
    },
  )
}

const CASES: [string, string[]][] = [
  ...presetNames().map((p): [string, string[]] => [p, []]),
  ['d3d-12in', ['tools=2']],
  ['d3d-18in', ['tools=2']],
]

describe('Marlin Configuration overrides', () => {
  it('give the steps per mm of the Klipper config: full steps x microsteps x gear ratio / rotation distance', () => {
    for (const [preset, sets] of CASES) {
      const { cfg, marlin } = bothOf(preset, sets, { zReduction: 57 / 11 })
      const steps = numbers(defines(marlin).on.get('DEFAULT_AXIS_STEPS_PER_UNIT'))
      const klipper = ['stepper_x', 'stepper_y', 'stepper_z', 'extruder'].map(
        (s) =>
          (KLIPPER_FULL_STEPS * Number(value(cfg, s, 'microsteps')) * ratio(value(cfg, s, 'gear_ratio'))) /
          Number(value(cfg, s, 'rotation_distance')),
      )
      expect(steps).toHaveLength(4)
      for (const [i, s] of steps.entries()) expect(s).toBeCloseTo(klipper[i], 4)
    }
  })

  it("limit the travel as the Klipper config does, within a bed that the travel holds (Marlin's sanity check)", () => {
    for (const [preset, sets] of CASES) {
      const { cfg, marlin } = bothOf(preset, sets)
      const d = defines(marlin).on
      for (const [axis, section] of [
        ['X', 'stepper_x'],
        ['Y', 'stepper_y'],
      ] as const) {
        const min = Number(d.get(`${axis}_MIN_POS`))
        const max = Number(d.get(`${axis}_MAX_POS`))
        expect(min).toBe(Number(value(cfg, section, 'position_min')))
        expect(max).toBe(Number(value(cfg, section, 'position_max')))
        expect(max - min).toBeGreaterThanOrEqual(Number(d.get(`${axis}_BED_SIZE`)))
      }
      expect(Number(d.get('Z_MIN_POS'))).toBe(Number(value(cfg, 'stepper_z', 'position_min')))
      expect(Number(d.get('Z_MAX_POS'))).toBe(Number(value(cfg, 'stepper_z', 'position_max')))
    }
  })

  it('take the probe offsets, the Z homing point and the mesh of the Klipper config', () => {
    for (const [preset, sets] of CASES) {
      const { cfg, marlin } = bothOf(preset, sets)
      const d = defines(marlin).on
      const offset = numbers(d.get('NOZZLE_TO_PROBE_OFFSET'))
      const probe = ['x_offset', 'y_offset', 'z_offset'].map((k) => Number(value(cfg, 'probe', k)))
      expect(offset).toEqual([probe[0], probe[1], -probe[2]])
      // The probe's own input, the Klipper config's pin (STOP_7, not the PNP-only probe port).
      expect(d.get('Z_MIN_PROBE_PIN')).toBe(value(cfg, 'probe', 'pin')?.replace(/^\^!/, ''))
      expect(d.get('Z_MIN_PROBE_PIN')).not.toBe('PB7')
      // Marlin moves the probe to the safe homing point; Klipper the nozzle.
      const home = xy(value(cfg, 'safe_z_home', 'home_xy_position'))
      expect(Number(d.get('Z_SAFE_HOMING_X_POINT')) - probe[0]).toBeCloseTo(home[0], 6)
      expect(Number(d.get('Z_SAFE_HOMING_Y_POINT')) - probe[1]).toBeCloseTo(home[1], 6)
      // Where Marlin's probe reaches, reckoned from its own figures (probe.h), is Klipper's mesh.
      const g29 = marlinReach(d)
      const meshMin = xy(value(cfg, 'bed_mesh', 'mesh_min'))
      const meshMax = xy(value(cfg, 'bed_mesh', 'mesh_max'))
      for (const k of [0, 1] as const) {
        const along = k === 0 ? g29.x : g29.y
        expect(Math.abs(along[0] - meshMin[k]), `${preset} ${k}`).toBeLessThanOrEqual(1e-9)
        expect(Math.abs(along[1] - meshMax[k]), `${preset} ${k}`).toBeLessThanOrEqual(1e-9)
      }
      for (const side of ['LEFT', 'RIGHT', 'FRONT', 'BACK'])
        expect(Number(d.get(`PROBING_MARGIN_${side}`)), side).toBeGreaterThanOrEqual(0)
      const count = xy(value(cfg, 'bed_mesh', 'probe_count'))
      expect([Number(d.get('GRID_MAX_POINTS_X')), Number(d.get('GRID_MAX_POINTS_Y'))]).toEqual(count)
      expect(Number(d.get('Z_CLEARANCE_FOR_HOMING'))).toBe(Number(value(cfg, 'safe_z_home', 'z_hop')))
    }
  })

  it("align the Z motors at the Klipper config's Z positions, one probe point per Z motor within the mesh", () => {
    for (const [preset, sets] of CASES) {
      const { cfg, marlin } = bothOf(preset, sets)
      const d = defines(marlin).on
      const zPositions = (value(cfg, 'z_tilt', 'z_positions') ?? '').split('\n').map(xy)
      const zSteppers = [...sections(cfg).keys()].filter((s) => /^stepper_z\d*$/.test(s))
      expect(zPositions).toHaveLength(zSteppers.length)
      expect(d.has('Z_STEPPER_AUTO_ALIGN')).toBe(true)
      const points = pairs(d.get('Z_STEPPER_ALIGN_XY'))
      expect(points).toHaveLength(zSteppers.length)
      // G34 probes each point only where Marlin's probe reaches it (probe.can_reach).
      const reach = marlinReach(d)
      for (const [x, y] of points) {
        expect(x, `${preset} ${x}`).toBeGreaterThanOrEqual(reach.x[0] - 1e-9)
        expect(x, `${preset} ${x}`).toBeLessThanOrEqual(reach.x[1] + 1e-9)
        expect(y, `${preset} ${y}`).toBeGreaterThanOrEqual(reach.y[0] - 1e-9)
        expect(y, `${preset} ${y}`).toBeLessThanOrEqual(reach.y[1] + 1e-9)
      }
      expect(Number(d.get('Z_STEPPER_ALIGN_ITERATIONS'))).toBe(Number(value(cfg, 'z_tilt', 'retries')) + 1)
      expect(d.get('Z_STEPPER_ALIGN_ACC')).toBe(value(cfg, 'z_tilt', 'retry_tolerance'))
      const meshMin = xy(value(cfg, 'bed_mesh', 'mesh_min'))
      const meshMax = xy(value(cfg, 'bed_mesh', 'mesh_max'))
      for (const p of points)
        for (const k of [0, 1]) {
          expect(p[k]).toBeGreaterThanOrEqual(meshMin[k])
          expect(p[k]).toBeLessThanOrEqual(meshMax[k])
        }
      // Each point is the one nearest its own Z axis: closer to it than to any other.
      points.forEach((p, i) => {
        const dist = zPositions.map((z) => Math.hypot(z[0] - p[0], z[1] - p[1]))
        expect(Math.min(...dist)).toBe(dist[i])
      })
      if (zSteppers.length >= 3) expect(pairs(d.get('Z_STEPPER_ALIGN_STEPPER_XY'))).toEqual(zPositions)
      else expect(d.has('Z_STEPPER_ALIGN_STEPPER_XY')).toBe(false)
    }
  })

  it('drive every motor of the Klipper config with its current, microsteps and stall threshold, each on its own socket', () => {
    for (const [preset, sets] of CASES) {
      const { cfg, marlin } = bothOf(preset, sets)
      const d = defines(marlin).on
      const names: Record<string, string> = { stepper_x: 'X', stepper_y: 'Y', stepper_y1: 'Y2', extruder: 'E0' }
      const zName = (s: string) => (s === 'stepper_z' ? 'Z' : `Z${Number(s.slice(9)) + 1}`)
      const steppers = [...sections(cfg).keys()].filter((s) => /^(stepper_\w+|extruder\d*)$/.test(s))
      const drivers = [...d.keys()].filter((k) => k.endsWith('_DRIVER_TYPE'))
      expect(drivers).toHaveLength(steppers.length)
      for (const s of steppers) {
        const name = names[s] ?? (s.startsWith('stepper_z') ? zName(s) : `E${s.slice(8)}`)
        expect(d.get(`${name}_DRIVER_TYPE`)).toBe('TMC2209')
        expect(Number(d.get(`${name}_CURRENT`))).toBe(
          Math.round(Number(value(cfg, `tmc2209 ${s}`, 'run_current')) * 1000),
        )
        expect(d.get(`${name}_MICROSTEPS`)).toBe(value(cfg, s, 'microsteps'))
        const sgthrs = value(cfg, `tmc2209 ${s}`, 'driver_SGTHRS')
        expect(d.get(`${name}_STALL_SENSITIVITY`)).toBe(sgthrs)
      }
      const sockets = [...marlin.matchAll(/^\/\/ {3}\S+ \(.*\) on (Driver\d)$/gm)].map((m) => m[1])
      expect(sockets).toHaveLength(steppers.length)
      expect(new Set(sockets).size).toBe(sockets.length)
    }
  })

  it('heat, move and idle as the Klipper config does', () => {
    for (const [preset, sets] of CASES)
      for (const zHeldUnpowered of [false, true]) {
        const { cfg, marlin } = bothOf(preset, sets, { zHeldUnpowered })
        const { on, off } = defines(marlin)
        const tools = [...sections(cfg).keys()].filter((s) => /^extruder\d*$/.test(s))
        expect(on.get('EXTRUDERS')).toBe(String(tools.length))
        tools.forEach((s, i) => {
          expect(value(cfg, s, 'sensor_type')).toBe('Generic 3950')
          expect(on.get(`TEMP_SENSOR_${i}`)).toBe(BETA_3950_TABLE)
          expect(on.get(`HEATER_${i}_MAXTEMP`)).toBe(value(cfg, s, 'max_temp'))
        })
        expect(on.get('TEMP_SENSOR_BED')).toBe(BETA_3950_TABLE)
        expect(on.get('BED_MAXTEMP')).toBe(value(cfg, 'heater_bed', 'max_temp'))
        const p = (k: string) => Number(value(cfg, 'printer', k))
        expect(numbers(on.get('DEFAULT_MAX_FEEDRATE')).slice(0, 3)).toEqual([
          p('max_velocity'),
          p('max_velocity'),
          p('max_z_velocity'),
        ])
        expect(numbers(on.get('DEFAULT_MAX_ACCELERATION')).slice(0, 3)).toEqual([
          p('max_accel'),
          p('max_accel'),
          p('max_z_accel'),
        ])
        expect(Number(on.get('DEFAULT_ACCELERATION'))).toBe(p('max_accel'))
        // Klipper's idle gcode without M84 keeps the motors on; Marlin then must not disable Z.
        const keepsZ = value(cfg, 'idle_timeout', 'gcode') !== undefined
        expect(keepsZ).toBe(!zHeldUnpowered)
        expect(off.has('DISABLE_IDLE_Z')).toBe(keepsZ)
        expect(on.has('DISABLE_IDLE_Z')).toBe(!keepsZ)
      }
  })

  it("gives a 2-tool machine 2 extruders and Klipper's second nozzle offset", () => {
    const { cfg, marlin } = bothOf('d3d-12in', ['tools=2'])
    const d = defines(marlin).on
    expect(d.get('EXTRUDERS')).toBe('2')
    expect(d.get('E1_DRIVER_TYPE')).toBe('TMC2209')
    const t1 = /SET_GCODE_OFFSET X=(\S+)/.exec(value(cfg, 'gcode_macro T1', 'gcode') ?? '')
    expect(numbers(d.get('HOTEND_OFFSET_X'))).toEqual([0, -Number(t1?.[1])])
    expect(defines(bothOf('d3d-12in').marlin).on.get('EXTRUDERS')).toBe('1')
  })

  it('gives a 4 Z machine 4 Z steppers', () => {
    const d = defines(bothOf('d3d-1m').marlin).on
    for (const z of ['Z', 'Z2', 'Z3', 'Z4']) expect(d.get(`${z}_DRIVER_TYPE`)).toBe('TMC2209')
    expect(defines(bothOf('d3d-12in').marlin).on.has('Z3_DRIVER_TYPE')).toBe(false)
  })

  it('says on every #define where its value comes from, and that it is not validated', () => {
    const { marlin } = bothOf('d3d-1m')
    expect(marlin).toMatch(/^\/\/ .*\n\/\/ Not validated: checked only that it says the same as the Klipper config/)
    const lines = marlin.split('\n').filter((l) => l.includes('#define'))
    expect(lines.length).toBeGreaterThan(40)
    for (const line of lines) expect(line).toMatch(/^(\/\/)?#define \w+.* \/\/ \S.{10,}$/)
  })

  it('writes firmware/marlin/Configuration-overrides.h for the extruder head, nothing for a pen', () => {
    const { spec, layout } = machineOf('d3d-12in')
    const kit = { spec, layout, checks: [], zMotor: { ratio: 1 } } as unknown as Kit
    expect([...marlinFiles(kit).keys()]).toEqual(['firmware/marlin/Configuration-overrides.h'])
    const pen = { ...kit, layout: { ...layout, toolHeads: { ...layout.toolHeads, kind: 'pen' } } } as Kit
    expect(marlinFiles(pen).size).toBe(0)
  })

  it('is the same text for the same spec', () => {
    expect(bothOf('d3d-18in').marlin).toBe(bothOf('d3d-18in').marlin)
  })

  it("drives the RAMPS as the Klipper config does: its board, one Z driver, the jumpers' UART pins, Y2 on Y-max", () => {
    const { cfg, marlin } = bothOf('d3d-16in', ['controller=ramps'])
    const d = defines(marlin).on
    expect(d.get('MOTHERBOARD')).toBe('BOARD_RAMPS_14_EFB')
    for (const name of ['X', 'Y', 'Y2', 'Z', 'E0']) expect(d.get(`${name}_DRIVER_TYPE`), name).toBe('TMC2209')
    // Both Z motors on one driver: no Z2, no G34 (Klipper has no z_tilt).
    expect(d.has('Z2_DRIVER_TYPE')).toBe(false)
    expect(d.has('Z_STEPPER_AUTO_ALIGN')).toBe(false)
    expect(sections(cfg).has('z_tilt')).toBe(false)
    // Each driver's UART on its jumper's Arduino pin, both ways; Y2's through its E1 socket.
    const arduino = (pin: string) => RAMPS_14.sockets.find((s) => s.uart === pin)?.uartVia.match(/ D(\d+)/)?.[1]
    for (const [name, section] of [
      ['X', 'stepper_x'],
      ['Y', 'stepper_y'],
      ['Z', 'stepper_z'],
      ['E0', 'extruder'],
      ['E1', 'stepper_y1'],
    ]) {
      const pin = arduino(value(cfg, `tmc2209 ${section}`, 'uart_pin') ?? '')
      expect(d.get(`${name}_SERIAL_TX_PIN`), name).toBe(pin)
      expect(d.get(`${name}_SERIAL_RX_PIN`), name).toBe(pin)
    }
    // Y2's stall on Y-max (PJ0, Marlin's Y_MAX_PIN 15), where Klipper's stepper_y1 takes its DIAG.
    expect(d.get('Y2_USE_ENDSTOP')).toBe('_YMAX_')
    expect(d.has('USE_YMAX_PLUG')).toBe(true)
    expect(value(cfg, 'tmc2209 stepper_y1', 'diag_pin')).toBe('^PJ0')
    expect(d.has('Z_MIN_PROBE_USES_Z_MIN_ENDSTOP_PIN')).toBe(true)
    expect(value(cfg, 'probe', 'pin')).toBe('^!PD3')
    // One fan output: the heatsink fan runs always on, with no heater_fan and no E0_AUTO_FAN_PIN.
    expect([...sections(cfg).keys()].some((k) => k.startsWith('heater_fan'))).toBe(false)
    expect(d.has('E0_AUTO_FAN_PIN')).toBe(false)
  })
})
