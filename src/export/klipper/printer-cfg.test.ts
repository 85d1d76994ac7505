import { describe, expect, it } from 'vitest'
import { AXIS_CONTRACT } from '../../../modules/axis/contract.js'
import { GT2, GT2_PULLEY } from '../../../modules/vitamins/belt-drive.js'
import { machineOf } from '../../../test/machines.js'
import { InputError } from '../../spec/errors.js'
import type { Kit } from '../kit.js'
import { nozzleReach } from './geometry.js'
import { firmwareFiles, printerCfg } from './index.js'
import { OCTOPUS_V11 } from './octopus.js'

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

/** The sections of a config, by name, each as its option lines without comments. */
function sections(cfg: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>()
  let current: Map<string, string> | undefined
  let key = ''
  for (const raw of cfg.split('\n')) {
    if (raw.startsWith('#') || raw.trim() === '') continue
    const head = /^\[(.+)\]$/.exec(raw)
    if (head) {
      current = new Map()
      out.set(head[1], current)
    } else if (raw.startsWith('    ') && current) current.set(key, `${current.get(key)}\n${raw.trim()}`.trim())
    else if (current) {
      const at = raw.indexOf(':')
      key = raw.slice(0, at)
      current.set(
        key,
        raw
          .slice(at + 1)
          .replace(/ {2}#.*/, '')
          .trim(),
      )
    }
  }
  return out
}
const value = (cfg: string, section: string, key: string) => sections(cfg).get(section)?.get(key)

describe('printer.cfg', () => {
  it('puts every motor on its own socket: X, both Y, each Z, each extruder', () => {
    for (const [preset, sets, steppers] of [
      ['d3d-12in', [], ['stepper_x', 'stepper_y', 'stepper_y1', 'stepper_z', 'stepper_z1', 'extruder']],
      [
        'd3d-1m',
        [],
        ['stepper_x', 'stepper_y', 'stepper_y1', 'stepper_z', 'stepper_z1', 'stepper_z2', 'stepper_z3', 'extruder'],
      ],
      [
        'd3d-12in',
        ['tools=2'],
        ['stepper_x', 'stepper_y', 'stepper_y1', 'stepper_z', 'stepper_z1', 'extruder', 'extruder1'],
      ],
    ] as const) {
      const { cfg } = cfgOf(preset, [...sets])
      const steps = steppers.map((s) => value(cfg, s, 'step_pin'))
      expect(steps).toEqual(OCTOPUS_V11.sockets.slice(0, steppers.length).map((s) => s.step))
      for (const s of steppers) expect(value(cfg, `tmc2209 ${s}`, 'uart_pin')).toBeDefined()
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
    expect(minX).toBeCloseTo(area.x[0], 2)
    expect(minY).toBeCloseTo(area.y[0], 2)
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
