import { describe, expect, it } from 'vitest'
import { AXIS_CONTRACT } from '../../../modules/axis/contract.js'
import { BED_HEATER } from '../../../modules/vitamins/bed.js'
import { GT2, GT2_PULLEY } from '../../../modules/vitamins/belt-drive.js'
import { machineOf } from '../../../test/machines.js'
import { InputError } from '../../spec/errors.js'
import type { Kit } from '../kit.js'
import { MESH_SPACING, PROBE_EDGE_MARGIN } from './drive.js'
import { nozzleReach } from './geometry.js'
import { firmwareFiles, printerCfg } from './index.js'
import { OCTOPUS_V11 } from './octopus.js'
import { RAMPS_14 } from './ramps.js'
import { sections, value } from './read-cfg.js'
import { drivenMotors, homedByStall, motorsOf, socketsFor } from './steppers.js'

const cfgOf = (preset: string, sets: string[] = [], extra: { zReduction?: number; zHeldUnpowered?: boolean } = {}) => {
  const { spec, layout } = machineOf(preset, sets)
  const cfg = printerCfg({
    spec,
    layout,
    carriageLength: AXIS_CONTRACT.carriageLength,
    carriageLoadFace: AXIS_CONTRACT.carriageLoadFace,
    zHeldUnpowered: extra.zHeldUnpowered ?? false,
    ...(extra.zReduction ? { zReduction: extra.zReduction } : {}),
  })
  return { spec, layout, cfg }
}

describe('printer.cfg', () => {
  it('reads the probe through its diode on an endstop input no DIAG jumper shares, in every machine the board takes', () => {
    for (const board of [OCTOPUS_V11, RAMPS_14])
      for (const zAxes of [2, 4])
        for (const tools of [1, 2]) {
          const zNames = Array.from({ length: zAxes }, (_, i) => `z${i}`)
          const motors = motorsOf(zNames, tools)
          const sockets = (() => {
            try {
              return socketsFor(motors, board, zAxes, tools)
            } catch (error) {
              if (error instanceof InputError) return undefined
              throw error
            }
          })()
          if (!sockets) continue
          const stalls = drivenMotors(motors, sockets)
            .filter((m) => homedByStall(m.section))
            .map((m) => sockets[motors.indexOf(m)].diag)
          expect(stalls, `${board.name} ${zAxes} Z ${tools} tools`).not.toContain(board.probe)
        }
    // The Octopus's probe port (PB7) reads PNP switches only: the NPN probe is on STOP_7.
    expect(OCTOPUS_V11.probe).toBe(OCTOPUS_V11.sockets[7].diag)
    const { cfg } = cfgOf('d3d-12in')
    expect(value(cfg, 'probe', 'pin')).toBe('^!PG15')
    expect(cfg).toMatch(/BAT85/)
  })

  it("puts every motor on the socket Marlin's Octopus map fixes, each on its own, stall signals on their DIAG", () => {
    // Marlin's pins_BTT_OCTOPUS_V1_common.h: X, Y, Z, Z2 on Driver0-3, E0 and E1 on Driver4 and 5;
    // pins_postprocess.h: Y2, Z3, Z4 on the E sockets left, in that order.
    for (const [preset, sets, sockets] of [
      ['d3d-12in', [], { stepper_x: 0, stepper_y: 1, stepper_y1: 5, stepper_z: 2, stepper_z1: 3, extruder: 4 }],
      [
        'd3d-1m',
        [],
        {
          stepper_x: 0,
          stepper_y: 1,
          stepper_y1: 5,
          stepper_z: 2,
          stepper_z1: 3,
          stepper_z2: 6,
          stepper_z3: 7,
          extruder: 4,
        },
      ],
      [
        'd3d-12in',
        ['tools=2'],
        { stepper_x: 0, stepper_y: 1, stepper_y1: 6, stepper_z: 2, stepper_z1: 3, extruder: 4, extruder1: 5 },
      ],
    ] as const) {
      const { cfg } = cfgOf(preset, [...sets])
      const steppers = [...sections(cfg).keys()].filter((s) => /^(stepper_\w+|extruder\d*)$/.test(s))
      expect(steppers.sort()).toEqual(Object.keys(sockets).sort())
      for (const [s, n] of Object.entries(sockets)) {
        const socket = OCTOPUS_V11.sockets[n]
        expect(value(cfg, s, 'step_pin'), s).toBe(socket.step)
        expect(value(cfg, `tmc2209 ${s}`, 'uart_pin'), s).toBe(socket.uart)
        const stall = ['stepper_x', 'stepper_y', 'stepper_y1'].includes(s)
        expect(value(cfg, `tmc2209 ${s}`, 'diag_pin'), s).toBe(stall ? `^${socket.diag}` : undefined)
      }
    }
  })

  it('refuses a spec with more motors than the board has sockets, naming the field', () => {
    expect(() => cfgOf('d3d-1m', ['tools=2'])).toThrow(InputError)
    expect(() => cfgOf('d3d-1m', ['tools=2'])).toThrow(/^tools: 4 Z axes and 2 tools need 9 stepper drivers.* has 8/)
  })

  it('moves a belt pitch times the pulley teeth per turn, with the Z reduction as gear_ratio only when there is one', () => {
    const { cfg } = cfgOf('d3d-12in')
    for (const s of ['stepper_x', 'stepper_y', 'stepper_y1', 'stepper_z', 'stepper_z1'])
      expect(Number(value(cfg, s, 'rotation_distance'))).toBe(GT2.pitch * GT2_PULLEY.teeth)
    expect(value(cfg, 'stepper_z', 'gear_ratio')).toBeUndefined()
    const geared = cfgOf('d3d-1m', [], { zReduction: 57 / 11 }).cfg
    for (const s of ['stepper_z', 'stepper_z1', 'stepper_z2', 'stepper_z3'])
      expect(value(geared, s, 'gear_ratio')).toBe('5.181818:1')
    expect(value(geared, 'stepper_x', 'gear_ratio')).toBeUndefined()
  })

  it("limits X and Y to the first nozzle's reach, which holds the reached build volume, and Z to the Z travel", () => {
    for (const preset of ['d3d-12in', 'd3d-16in', 'd3d-1m']) {
      const { cfg, layout } = cfgOf(preset)
      for (const [k, s, printable] of [
        [0, 'stepper_x', layout.bed.printable.x],
        [1, 'stepper_y', layout.bed.printable.y],
      ] as const) {
        const reach = nozzleReach(layout, AXIS_CONTRACT.carriageLength, k)
        const min = Number(value(cfg, s, 'position_min'))
        const max = Number(value(cfg, s, 'position_max'))
        expect(reach[0] - min).toBeGreaterThan(0)
        expect(reach[0] - min).toBeLessThanOrEqual(0.01 + 1e-9)
        expect(max - reach[1]).toBeGreaterThan(0)
        expect(max - reach[1]).toBeLessThanOrEqual(0.01 + 1e-9)
        expect(min).toBeLessThanOrEqual(printable[0])
        expect(max).toBeGreaterThanOrEqual(printable[1])
      }
      expect(Number(value(cfg, 'stepper_z', 'position_max'))).toBeCloseTo(layout.buildVolume.reached.z, 1)
    }
  })

  it("agrees with the layout's own figures where the reach ends on the bed", () => {
    // d3d-12in's nozzle stops short of the bed's back edge, and its probe reaches the bed only past the front one.
    const { cfg, layout } = cfgOf('d3d-12in')
    const area = layout.toolHeads.probeableArea as { y: readonly number[] }
    const probeY = (layout.toolHeads.probeOffset as readonly number[])[1]
    expect(layout.bed.printable.y[1]).toBeLessThan(layout.bed.y)
    expect(Number(value(cfg, 'stepper_y', 'position_max'))).toBeCloseTo(layout.bed.printable.y[1], 1)
    expect(area.y[0]).toBeGreaterThan(0)
    expect(Number(value(cfg, 'stepper_y', 'position_min'))).toBeCloseTo(area.y[0] - probeY, 1)
  })

  it("takes the probe's offsets from the tool head and z_tilt's pivots from the Z axes", () => {
    const { cfg, layout } = cfgOf('d3d-1m')
    const probe = layout.toolHeads.probeOffset as readonly number[]
    expect(Number(value(cfg, 'probe', 'x_offset'))).toBe(probe[0])
    expect(Number(value(cfg, 'probe', 'y_offset'))).toBe(probe[1])
    const pivots = (value(cfg, 'z_tilt', 'z_positions') ?? '').split('\n').map((l) => l.split(',').map(Number))
    expect(pivots).toHaveLength(4)
    // Front pair before the bed's front edge, rear pair past its back edge, left of right in each.
    expect(pivots[0][1]).toBeLessThan(0)
    expect(pivots[2][1]).toBeGreaterThan(layout.bed.y)
    expect(pivots[0][0]).toBeLessThan(pivots[1][0])
    const [minX, minY] = (value(cfg, 'bed_mesh', 'mesh_min') ?? '').split(',').map(Number)
    const area = layout.toolHeads.probeableArea as { x: readonly number[]; y: readonly number[] }
    expect(minX).toBeCloseTo(Math.max(area.x[0], PROBE_EDGE_MARGIN), 2)
    expect(minY).toBeCloseTo(Math.max(area.y[0], PROBE_EDGE_MARGIN), 2)
  })

  it("keeps every probe point the probe's standard target side in from the plate's edges", () => {
    // IEC 60947-5-2's standard target for the M8 probe: 8 mm square (its face; 3 x 2 mm is less).
    expect(PROBE_EDGE_MARGIN).toBe(8)
    for (const [preset, sets] of [
      ['d3d-12in', []],
      ['d3d-1m', []],
      ['d3d-12in', ['controller=ramps']],
    ] as const) {
      const { cfg, layout } = cfgOf(preset, [...sets])
      const probe = layout.toolHeads.probeOffset as readonly number[]
      const points = [
        (value(cfg, 'bed_mesh', 'mesh_min') ?? '').split(',').map(Number),
        (value(cfg, 'bed_mesh', 'mesh_max') ?? '').split(',').map(Number),
        // z_tilt's points are nozzle positions: the probe is at them plus its offset.
        ...(value(cfg, 'z_tilt', 'points') ?? '')
          .split('\n')
          .filter(Boolean)
          .map((l) => l.split(',').map((v, k) => Number(v) + probe[k])),
      ]
      for (const [x, y] of points) {
        expect(Math.min(x, layout.bed.x - x), `${preset} ${x}`).toBeGreaterThanOrEqual(PROBE_EDGE_MARGIN - 1e-9)
        expect(Math.min(y, layout.bed.y - y), `${preset} ${y}`).toBeGreaterThanOrEqual(PROBE_EDGE_MARGIN - 1e-9)
      }
    }
  })

  it('probes a mesh at most 50 mm apart, lifts Z before homing, retries z_tilt, and keeps the bed under its fuse', () => {
    for (const preset of ['d3d-12in', 'd3d-1m']) {
      const { cfg } = cfgOf(preset)
      const [min, max, count] = ['mesh_min', 'mesh_max', 'probe_count'].map((k) =>
        (value(cfg, 'bed_mesh', k) ?? '').split(',').map(Number),
      )
      for (const k of [0, 1]) {
        expect(count[k]).toBeGreaterThanOrEqual(3)
        expect((max[k] - min[k]) / (count[k] - 1), preset).toBeLessThanOrEqual(MESH_SPACING)
      }
      // Klipper's lagrange takes at most 6 points a side.
      if (Math.max(...count) > 6) expect(value(cfg, 'bed_mesh', 'algorithm')).toBe('bicubic')
      expect(Number(value(cfg, 'safe_z_home', 'z_hop'))).toBeGreaterThan(0)
      expect(Number(value(cfg, 'z_tilt', 'retries'))).toBeGreaterThan(0)
      expect(Number(value(cfg, 'heater_bed', 'max_temp'))).toBeLessThan(BED_HEATER.thermalFuse[0])
    }
  })

  it('puts the RAMPS motors on its 5 sockets: both Z in series on Z, the right Y on E1, with jumper UART and DIAG', () => {
    const { cfg } = cfgOf('d3d-12in', ['controller=ramps'])
    const sockets = { stepper_x: 'X', stepper_y: 'Y', stepper_y1: 'E1', stepper_z: 'Z', extruder: 'E0' }
    const steppers = [...sections(cfg).keys()].filter((s) => /^(stepper_\w+|extruder\d*)$/.test(s))
    expect(steppers.sort()).toEqual(Object.keys(sockets).sort())
    for (const [s, name] of Object.entries(sockets)) {
      const socket = RAMPS_14.sockets.find((k) => k.name === name)
      expect(value(cfg, s, 'step_pin'), s).toBe(socket?.step)
      expect(value(cfg, `tmc2209 ${s}`, 'uart_pin'), s).toBe(socket?.uart)
      const stall = ['stepper_x', 'stepper_y', 'stepper_y1'].includes(s)
      expect(value(cfg, `tmc2209 ${s}`, 'diag_pin'), s).toBe(stall ? `^${socket?.diag}` : undefined)
    }
    expect(sections(cfg).has('z_tilt')).toBe(false)
    expect(cfg).toMatch(/Both Z motors on the Z socket, wired in series/)
    expect(value(cfg, 'mcu', 'serial')).toMatch(/Arduino/)
    // The RAMPS has one fan output: the part blower's; the heatsink fan runs from the supply.
    expect([...sections(cfg).keys()].some((s) => s.startsWith('heater_fan'))).toBe(false)
    expect(value(cfg, 'fan', 'pin')).toBe(RAMPS_14.fans[0])
  })

  it('refuses 4 Z axes or 2 tools on the RAMPS, naming the field, the motors, the sockets and the fix', () => {
    for (const sets of [['zAxes=4'], ['tools=2']])
      expect(() => machineOf('d3d-12in', ['controller=ramps', ...sets])).toThrow(
        /controller: "ramps" has 5 driver sockets .* make [78] motors; use "octopus"/,
      )
    expect(() => machineOf('d3d-1m', ['controller=ramps'])).toThrow(InputError)
  })

  it('keeps the motors on at the idle timeout while the Z motors cannot hold the bed unpowered', () => {
    expect(value(cfgOf('d3d-12in').cfg, 'idle_timeout', 'gcode')).toBe('TURN_OFF_HEATERS')
    const held = sections(cfgOf('d3d-12in', [], { zHeldUnpowered: true }).cfg).get('idle_timeout')
    expect(held?.size).toBe(0)
  })

  it('writes firmware/klipper/printer.cfg for the extruder head, nothing for a head it does not know', () => {
    const { spec, layout } = machineOf('d3d-12in')
    const kit = {
      spec,
      layout,
      checks: [{ id: 'z-hold-motors-off', pass: false }],
      zMotor: { ratio: 1 },
    } as unknown as Kit
    expect([...firmwareFiles(kit).keys()]).toEqual(['firmware/klipper/printer.cfg'])
    const pen = { ...kit, layout: { ...layout, toolHeads: { ...layout.toolHeads, kind: 'pen' } } } as Kit
    expect(firmwareFiles(pen).size).toBe(0)
  })

  it('is the same text for the same spec', () => {
    expect(cfgOf('d3d-18in').cfg).toBe(cfgOf('d3d-18in').cfg)
  })
})
