import { describe, expect, it } from 'vitest'
import { AXIS_CONTRACT } from '../../modules/axis/contract.js'
import { bedHeating, HEATING } from '../../modules/bed/dimensions.js'
import { POWER_SUPPLY } from '../../modules/vitamins/electronics.js'
import { machineOf } from '../../test/machines.js'
import { countBought } from '../assembly/collect.js'
import { CHASSIS_AMPACITY, powerDesign } from '../engineering/electrical.js'
import { InputError } from '../spec/errors.js'
import { applyOverrides } from '../spec/overrides.js'
import { parseSpec } from '../spec/parse.js'
import { readPreset } from '../spec/presets.js'
import { makeKit } from './kit.js'
import { runCurrent } from './klipper/drive.js'
import { printerCfg } from './klipper/index.js'
import { wiringBom, wiringOf, wiringTable } from './wiring.js'
import { safetyBom, safetyText } from './wiring-safety.js'

const PRESETS = ['d3d-12in', 'd3d-16in', 'd3d-18in', 'd3d-1m', 'd3d-tall-2m']

const build = (preset: string, sets: string[] = []) => {
  const kit = machineOf(preset, sets)
  const wiring = wiringOf(kit)
  const heating = bedHeating(kit.layout.bed)
  const bom = new Map(
    [...wiringBom(wiring), ...safetyBom(wiring, kit.layout, heating)].map(([id, d, q]) => [id, { d, q }]),
  )
  for (const c of countBought(kit.machine)) bom.set(c.item.id, { d: c.item.description, q: c.quantity })
  return { ...kit, wiring, heating, bom, table: wiringTable(wiring) }
}

describe('the wiring table', () => {
  it('lands each motor on the socket printer.cfg gives it', () => {
    for (const sets of [[], ['zAxes=4'], ['tools=2']]) {
      const { spec, layout, table } = build('d3d-18in', sets)
      const cfg = printerCfg({
        spec,
        layout,
        carriageLength: AXIS_CONTRACT.carriageLength,
        carriageLoadFace: AXIS_CONTRACT.carriageLoadFace,
        zHeldUnpowered: false,
      })
      // Every heater, thermistor, fan and probe pin of the table is one printer.cfg uses.
      for (const row of table.rows) {
        const pin = /\((P[A-G]\d+)\)$/.exec(String(row[7]))?.[1]
        if (pin) expect(cfg, `${row[0]} ${row[2]}`).toMatch(new RegExp(`[: ,!^]${pin}\\b`))
      }
      const header = cfg.split('\n').find((l) => l.includes('Motors and sockets'))!
      const motors = table.rows.filter((r) => r[0] === 'motor')
      expect(motors).toHaveLength(layout.tools + 3 + layout.axes.z.front.length + layout.axes.z.rear.length)
      for (const row of motors) {
        const [, socket, section] = /^(Driver\d) \((\w+)\)$/.exec(String(row[7]))!
        const given = new RegExp(`[:,] ${section} \\(.*?\\) on (Driver\\d)`).exec(header)?.[1]
        expect(given, section).toBe(socket)
      }
    }
  })

  it('has every connector and wire of the table in the BOM, with the same count', () => {
    for (const preset of PRESETS) {
      const { table, bom } = build(preset)
      const counts = new Map<string, number>()
      const metres = new Map<string, number>()
      for (const row of table.rows) {
        for (const part of String(row[3]).split(' + ')) {
          const [n, id] = part.split(' x ')
          counts.set(id, (counts.get(id) ?? 0) + Number(n))
        }
        const kind = String(row[0])
        const wire = kind.includes('earth') ? '-earth' : kind.startsWith('mains') ? '-mains' : ''
        const awg = `wire-${String(row[4]).split(' ')[0]}awg${wire}`
        metres.set(awg, (metres.get(awg) ?? 0) + (Number(row[5]) * Number(row[6])) / 1000)
      }
      for (const [id, n] of counts) expect(bom.get(id)?.q, `${preset} ${id}`).toBe(n)
      for (const [id, m] of metres) {
        // The table rounds each cable up to the mm; the BOM gives the total to 0.01 m, and orders whole metres.
        const stated = Number(/([\d.]+) m in all/.exec(bom.get(id)!.d)![1])
        expect(Math.abs(stated - m), `${preset} ${id}`).toBeLessThan(0.01 + 0.001 * table.rows.length * 4)
        expect(bom.get(id)!.q).toBe(Math.ceil(stated))
      }
    }
  })

  it('never gives a mains bed without inlet, fuses, earth bonds, relay, heat sink where needed and thermal fuse', () => {
    for (const preset of PRESETS) {
      const { bom, heating } = build(preset)
      expect(heating.supply).toBe('mains')
      const ids = [...bom.keys()]
      for (const id of [
        'iec-inlet-',
        'fuse-5x20-',
        'earth-bond-frame',
        'ring-terminal-m3-bed-earth',
        'ssr-25da',
        'estop-',
      ])
        expect(
          ids.some((i) => i.startsWith(id)),
          `${preset} ${id}`,
        ).toBe(true)
      expect(ids.includes('ssr-heat-sink'), preset).toBe(heating.relayNeedsHeatSink)
      const heater = ids.find((i) => i.startsWith('bed-heater-'))!
      expect(bom.get(heater)!.d).toMatch(/ 115-125 C thermal fuse in series with the heater/)
      expect(ids.some((i) => i.startsWith('wire-') && i.endsWith('-earth'))).toBe(true)
    }
  })

  it('heats a small bed from 24 V: no relay fuse, no bed earth wire, and safety.md says so', () => {
    const { bom, heating, wiring } = build('d3d-12in', ['bed={"x":100,"y":100}'])
    expect(heating.supply).toBe('dc')
    const ids = [...bom.keys()]
    expect(ids.filter((i) => i.startsWith('earth-bond-'))).toEqual(['earth-bond-frame-m6'])
    expect(wiring.rows.map((r) => r.cable.kind).filter((k) => k.includes('earth'))).toEqual([
      'earth, inlet to frame',
      'earth, supply to frame',
    ])
    expect(wiring.rows.find((r) => r.cable.kind === 'bed heater')?.cable.from).toBe('controller board')
    expect(safetyText(wiring, heating, 't')).toMatch(/24 V DC/)
    expect(safetyText(build('d3d-12in').wiring, build('d3d-12in').heating, 't')).toMatch(/plate is earthed/)
  })

  it('wires the mains from the inlet through the stop to the supply and relay, and earths frame, supply and bed', () => {
    for (const preset of PRESETS) {
      const { wiring, layout } = build(preset)
      const rows = new Map(wiring.rows.map((r) => [r.cable.kind, r]))
      const inletFuse = wiring.power.inletFuse
      for (const kind of ['mains, inlet to stop', 'mains, stop to supply', 'mains, stop to relay'] as const) {
        const row = rows.get(kind)!
        // Each carries the inlet's fuse rating in free air and is at least 18 AWG.
        expect(row.awg, `${preset} ${kind}`).toBeLessThanOrEqual(18)
        expect(CHASSIS_AMPACITY.find(([awg]) => awg === row.awg)![1]).toBeGreaterThanOrEqual(inletFuse)
        expect(row.conductors).toBe(2)
        // On the power panel: as long as it at most, plus the allowances.
        expect(row.cable.route).toBeLessThanOrEqual(layout.frame.outer.y)
      }
      const earth = ['earth, inlet to frame', 'earth, supply to frame', 'bed earth'].map((k) => rows.get(k as never)!)
      for (const row of earth) expect(row.connectors.some((c) => c.id.startsWith('ring-terminal-m6-'))).toBe(true)
      // The bed's earth runs from the frame's earth point down the moving bed: longer than the supply's.
      expect(earth[2].cable.length).toBeGreaterThan(earth[1].cable.length)
      expect(earth[2].cable.motions).toEqual(['z'])
      expect(rows.get('controller fan')!.cable.toPart).toBe('fan-4010-24v')
    }
  })

  it('is refused by makeKit before any part is modelled', async () => {
    const spec = parseSpec(applyOverrides(readPreset('d3d-18in'), ['tools=2', 'motor.bodyLength=48']))
    const onPart = () => {
      throw new Error('a part was modelled')
    }
    await expect(makeKit(spec, { onPart })).rejects.toThrow(/^tools: 2 makes a 24 V load/)
  })

  it('leaves the largest 24 V bed room on the panel supply beside one tool, two Z axes and 40 mm motors', () => {
    const small = build('d3d-12in', ['bed={"x":100,"y":100}'])
    const base = { motors: 6, motorAmps: runCurrent(40), motorBodyLength: 40, hotEnds: 1 }
    const largest = { watts: HEATING.dc.maxWatts, volts: HEATING.dc.volts, supply: 'dc' as const }
    expect(powerDesign({ ...base, bed: largest }).supply.id).toBe(POWER_SUPPLY.part.id)
    // 5 W more would not fit: the limit is the supply's, not a number of its own.
    expect(powerDesign({ ...base, bed: { ...largest, watts: largest.watts + 5 } }).supply.id).not.toBe(
      POWER_SUPPLY.part.id,
    )
    expect(small.wiring.power.supply.id).toBe(POWER_SUPPLY.part.id)
  })

  it('refuses a load the panel supply cannot carry, naming the field', () => {
    expect(() => build('d3d-18in', ['tools=2', 'motor.bodyLength=48'])).toThrow(InputError)
    expect(() => build('d3d-18in', ['tools=2', 'motor.bodyLength=48'])).toThrow(
      /^tools: 2 makes a 24 V load of [\d.]+ W, .* the 350.4 W supply .* for at most 124.8 W of load\); use 1 tool/,
    )
  })
})
