import { describe, expect, it } from 'vitest'
import { AXIS_CONTRACT } from '../../modules/axis/contract.js'
import { bedHeating, HEATING } from '../../modules/bed/dimensions.js'
import { CORD_GLAND_CLAMPS } from '../../modules/bed/junction.js'
import {
  dcBoxContents,
  EARTH_STUD_NODE,
  earthPointRings,
  junctionBoxContents,
  PANEL,
  switchedByContactor,
} from '../../modules/control/dimensions.js'
import { BOND_RINGS } from '../../modules/frame/angle-frame.js'
import { RAMPS_EXTRAS } from '../../modules/vitamins/controller-ramps.js'
import {
  BOX_FOOTPRINTS,
  CONTACTOR,
  FUSE_TERMINAL,
  POWER_SUPPLY,
  START_BUTTON,
} from '../../modules/vitamins/electronics.js'
import { standardScrewLength } from '../../modules/vitamins/fasteners.js'
import { PROBE_DIODE } from '../../modules/vitamins/tool-head.js'
import { machineOf } from '../../test/machines.js'
import { countBought, placedLeaves } from '../assembly/collect.js'
import { CHASSIS_AMPACITY, powerDesign } from '../engineering/electrical.js'
import { JUNCTIONS, SECOND_STOP_NODE, SERVICE_ALLOWANCE } from '../engineering/electrical-cables.js'
import { applyToPoint } from '../kernel/matrix.js'
import { InputError } from '../spec/errors.js'
import { applyOverrides } from '../spec/overrides.js'
import { parseSpec } from '../spec/parse.js'
import { readPreset } from '../spec/presets.js'
import { makeKit } from './kit.js'
import { runCurrent } from './klipper/drive.js'
import { printerCfg } from './klipper/index.js'
import {
  boardSetupText,
  CORD_OUTER,
  HEAT_SHRINK_PIECE,
  LINK_LENGTH,
  SPIRAL_WRAP,
  SPLICE_24,
  type WiringRow,
  wireKind,
  wiringBom,
  wiringOf,
  wiringTable,
} from './wiring.js'
import { ESTOP_CONTACT_AMPS, safetyBom, safetyText } from './wiring-safety.js'

const PRESETS = ['d3d-12in', 'd3d-16in', 'd3d-18in', 'd3d-1m', 'd3d-tall-2m']

const build = (preset: string, sets: string[] = []) => {
  const kit = machineOf(preset, sets)
  const wiring = wiringOf(kit)
  const heating = bedHeating(kit.layout.bed)
  const bom = new Map([...wiringBom(wiring), ...safetyBom(wiring, kit.layout)].map(([id, d, q]) => [id, { d, q }]))
  for (const c of countBought(kit.machine)) bom.set(c.item.id, { d: c.item.description, q: c.quantity })
  return { ...kit, wiring, heating, bom, table: wiringTable(wiring) }
}

/** A row's lever connectors, by their points. */
const leversOf = (r: WiringRow) =>
  r.connectors.flatMap((c) => {
    const points = /^lever-connector-221-41(\d)$/.exec(c.id)?.[1]
    return points ? Array.from({ length: c.count }, () => Number(points)) : []
  })

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
        for (const part of String(row[3])
          .split(' + ')
          .filter((p) => /^\d+ x /.test(p))) {
          const [n, id] = part.split(' x ')
          counts.set(id, (counts.get(id) ?? 0) + Number(n))
        }
        const kind = String(row[0])
        // The bed heater's own leads take no wire; a cord is one cable whatever its cores.
        if (!/^\d+ AWG/.test(String(row[4]))) continue
        const cord = kind === 'bed cord'
        const sheathed = kind.endsWith('(sheathed)')
        const wire = cord
          ? '-cord'
          : sheathed
            ? '-sheathed'
            : /earth|bond/.test(kind)
              ? '-earth'
              : /^(mains|coil)/.test(kind)
                ? '-mains'
                : ''
        const awg = `wire-${String(row[4]).split(' ')[0]}awg${wire}`
        metres.set(awg, (metres.get(awg) ?? 0) + ((cord || sheathed ? 1 : Number(row[5])) * Number(row[6])) / 1000)
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

  it('counts the inlet, the contactor and its start button once, from the tree, and the junction box holds what the rows put in it', () => {
    for (const preset of PRESETS) {
      const { machine, layout, wiring, heating, bom } = build(preset)
      const tree = new Map(countBought(machine).map((c) => [c.item.id, c.quantity]))
      const contactor = switchedByContactor(heating)
      expect(contactor, preset).toBe(wiring.power.inletFuse > ESTOP_CONTACT_AMPS)
      expect(tree.get(wiring.power.inlet.id), preset).toBe(1)
      for (const id of [CONTACTOR.part.id, START_BUTTON.part.id]) {
        expect(tree.get(id), `${preset} ${id}`).toBe(contactor ? 1 : undefined)
        // The rows that land on it name it, and no safety line adds another.
        expect(wiring.rows.some((r) => [r.cable.fromPart, r.cable.toPart].includes(id))).toBe(contactor)
        expect(safetyBom(wiring, layout).some(([i]) => i === id)).toBe(false)
        expect(bom.get(id)?.q).toBe(contactor ? 1 : undefined)
      }
      // The lever connectors of the junctions in the box (each counted on the first row landing on it) and the mains fuse holders.
      const inBox: string[] = [JUNCTIONS.mainsIn, JUNCTIONS.mains, JUNCTIONS.bedPanel]
      const seen = new Set<string>()
      const levers: number[] = []
      for (const r of wiring.rows) {
        const fresh = [r.cable.fromPart, r.cable.toPart].filter((j) => j.startsWith('junction-') && !seen.has(j))
        for (const j of fresh) seen.add(j)
        const sizes = r.connectors.flatMap((c) => {
          const points = /^lever-connector-221-41(\d)$/.exec(c.id)?.[1]
          return points ? Array.from({ length: c.count }, () => Number(points)) : []
        })
        if (sizes.length === 0) continue
        expect(fresh, `${preset} ${r.cable.kind}`).toHaveLength(1)
        if (inBox.includes(fresh[0])) levers.push(...sizes)
      }
      const holders = wiring.rows
        .filter((r) => r.cable.kind.startsWith('mains'))
        .flatMap((r) => r.connectors.flatMap((c) => /^fuse-holder-([\d.x]+)-inline$/.exec(c.id)?.[1] ?? []))
      const contents = junctionBoxContents(heating, contactor)
      expect([...levers].sort(), preset).toEqual([...contents.levers].sort())
      expect(holders, preset).toEqual(contents.fuseHolders)
    }
  })

  it("holds in each drawn box what the rows put in it, by the footprint rule, every preset and the RAMPS's", () => {
    const machines: [string, string[]][] = [
      ...PRESETS.map((p): [string, string[]] => [p, []]),
      ['d3d-12in', ['controller=ramps']],
      ['d3d-1m', ['controller=ramps', 'zAxes=2']],
    ]
    const holdersOf = (r: WiringRow) =>
      r.connectors.flatMap((c) => /^fuse-holder-(5x20|6\.3x32)-inline$/.exec(c.id)?.[1] ?? []) as ('5x20' | '6.3x32')[]
    for (const [preset, sets] of machines) {
      const { machine, wiring, spec } = build(preset, sets)
      const what = `${preset} ${sets}`
      const boxes = countBought(machine).map((c) => c.item.id)
      // Each box's junctions, and the rows whose inline fuse holders lie in it (the RAMPS's bed-input fuse is on its lead, outside).
      const inBoxes: [RegExp, string[], RegExp][] = [
        [/^box-24v-/, [JUNCTIONS.dc], /^dc, supply/],
        [/^junction-box-/, [JUNCTIONS.mainsIn, JUNCTIONS.mains, JUNCTIONS.bedPanel], /^mains/],
      ]
      // Each junction's lever connectors, on the first row that lands on it.
      const leversAt = new Map<string, number[]>()
      for (const r of wiring.rows)
        for (const j of [r.cable.fromPart, r.cable.toPart].filter((p) => p.startsWith('junction-')))
          if (!leversAt.has(j)) leversAt.set(j, leversOf(r))
      for (const [id, junctions, fused] of inBoxes) {
        const box = boxes.find((b) => id.test(b))!
        expect(box, what).toBeDefined()
        const [length, width] = box.replace(id, '').split('x').map(Number)
        const levers = junctions.flatMap((j) => leversAt.get(j) ?? [])
        const holders = wiring.rows.filter((r) => fused.test(r.cable.kind)).flatMap(holdersOf)
        const items = [
          ...levers.map((n) => BOX_FOOTPRINTS.lever[n]),
          ...holders.map((h) => BOX_FOOTPRINTS.fuseHolder[h]),
        ]
        const wall = 2.5
        const floor = (length - 2 * wall) * (width - 2 * wall)
        expect(
          items.reduce((a, [w, l]) => a + w * l, 0),
          `${what} ${box}`,
        ).toBeLessThanOrEqual(floor)
        expect(Math.max(...items.map(([, l]) => l)), `${what} ${box}`).toBeLessThanOrEqual(length - 2 * wall)
        if (id.source.includes('24v')) {
          expect(holders, what).toEqual(['5x20'])
          expect([...levers].sort(), what).toEqual([...dcBoxContents(spec.controller).levers].sort())
        }
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
        'ring-terminal-m3-bed-earth',
        'lever-connector-221-',
        'fuse-holder-',
        'star-washer-m6',
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
      expect(ids.some((i) => i.startsWith('wire-') && i.endsWith('-cord'))).toBe(true)
    }
  })

  it('heats a small bed from 24 V: no relay fuse, no bed earth wire, and safety.md says so', () => {
    const { bom, heating, wiring } = build('d3d-12in', ['bed={"x":100,"y":100}'])
    expect(heating.supply).toBe('dc')
    const ids = [...bom.keys()]
    // The panel's own bolt at the earth point is long enough for its two rings: no earth bolt of its own.
    expect(ids.filter((i) => i.startsWith('earth-bo'))).toEqual([])
    expect(wiring.rows.map((r) => r.cable.kind).filter((k) => k.includes('earth'))).toEqual([
      'earth, inlet to earth point',
      'earth, supply to earth point',
    ])
    expect(wiring.rows.find((r) => r.cable.kind === 'bed heater')?.cable.from).toBe('controller board')
    expect(safetyText(wiring, heating, 't')).toMatch(/24 V DC/)
    expect(safetyText(build('d3d-12in').wiring, build('d3d-12in').heating, 't')).toMatch(/plate is earthed/)
  })

  it('wires every mains, earth and 24 V conductor between two terminals of named parts, splitting only in junctions', () => {
    for (const preset of PRESETS) {
      const { wiring, layout, machine, bom } = build(preset)
      const inletFuse = wiring.power.inletFuse
      for (const row of wiring.rows.filter((r) => r.cable.kind.startsWith('mains'))) {
        // Each carries the inlet's fuse rating in free air and is at least 18 AWG.
        expect(row.awg, `${preset} ${row.cable.kind}`).toBeLessThanOrEqual(18)
        expect(CHASSIS_AMPACITY.find(([awg]) => awg === row.awg)![1]).toBeGreaterThanOrEqual(inletFuse)
        // On the power panel (all but the second stop's cable): as long as it at most, and up and down it through a grommet.
        if (row.cable.at !== SECOND_STOP_NODE)
          expect(row.cable.route).toBeLessThanOrEqual(layout.frame.outer.y + 2 * PANEL.height)
      }
      for (const row of wiring.rows) {
        // One part at each end: "A (L) and B (N)" is two places.
        for (const end of [row.cable.from, row.cable.to])
          expect(end, `${preset} ${row.cable.kind}`).not.toMatch(/\) and /)
        // A fused conductor carries its holder, spliced in with a butt splice on each lead.
        const fused = row.cable.kind.endsWith('(fused)')
        expect(
          row.connectors.some((c) => /^fuse-holder-[\d.x]+-inline$/.test(c.id)),
          row.cable.kind,
        ).toBe(fused)
        if (fused) expect(row.connectors.find((c) => c.id.startsWith('butt-splice-'))?.count).toBe(2)
        // Its holder is of its fuse's size, which the safety lines buy: a 5 x 20 holder up to 10 A.
        const holder = row.connectors.find((c) => c.id.startsWith('fuse-holder-'))?.id
        const amps = row.cable.kind.startsWith('mains') ? wiring.power.bed!.fuse : wiring.power.fuse24
        if (fused) expect(holder, preset).toBe(`fuse-holder-${amps > 10 ? '6.3x32' : '5x20'}-inline`)
      }
      const kinds = wiring.rows.map((r) => r.cable.kind)
      // The bed's moving mains lead is one 3-core cord, moving with Z; the relay feeds its live through the fuse.
      const cord = wiring.rows.find((r) => r.cable.kind === 'bed cord')!
      expect([cord.conductors, cord.cable.motions]).toEqual([3, ['z']])
      expect(kinds).toContain('mains L, relay to bed junction (fused)')
      // Its cross-section is a cord's for the bed fuse (IEC 60335-1 table 11).
      const mm2 = wiring.power.bed!.fuse <= 6 ? '0.75' : wiring.power.bed!.fuse <= 10 ? '1' : '1.5'
      expect(wiringTable(wiring).rows.find((r) => r[0] === 'bed cord')![4]).toMatch(
        new RegExp(`H05VV-F 3G${mm2} \\(${mm2} mm2\\) or SJOOW`),
      )
      // Every earth or bond end at an M6 bolt is a ring with its star washer.
      for (const row of wiring.rows.filter((r) => /earth point|bond/.test(r.cable.kind))) {
        const rings = row.connectors.find((c) => c.id.startsWith('ring-terminal-m6-'))?.count
        expect(rings, row.cable.kind).toBeGreaterThan(0)
        expect(row.connectors.find((c) => c.id === 'star-washer-m6')?.count).toBe(rings)
      }
      // Above the stop's contacts a contactor switches the mains, held in by its own contact beside a start button.
      const contactor = inletFuse > ESTOP_CONTACT_AMPS
      expect(kinds.includes('coil, holding contact to coil'), preset).toBe(contactor)
      if (contactor) {
        const toCoil = wiring.rows.filter((r) => r.cable.to === 'contactor (A1)').map((r) => r.cable.from)
        expect(toCoil.sort()).toEqual(['contactor (14)', 'start button (NO contact, 4)'])
        // The panel stop's contact to the holding contact: directly, or out through the second stop and back.
        const toHold = wiring.rows.find((r) => /contactor \(?13\)?\)$/.test(r.cable.to))
        expect(toHold?.cable.from).toMatch(/^emergency stop/)
        // The coil circuit's live through its own fuse terminal on the contactor's rail, before the stop (EN 60204-1, 7.2.4).
        const live = wiring.rows.find((r) => r.cable.kind === 'coil, live to fuse')
        const fused = wiring.rows.find((r) => r.cable.kind === 'coil, fuse to stop')
        expect([live?.cable.toPart, fused?.cable.fromPart], preset).toEqual([
          FUSE_TERMINAL.part.id,
          FUSE_TERMINAL.part.id,
        ])
        expect(fused?.cable.to).toBe('emergency stop (NC contact, 11)')
        expect(countBought(machine).find((c) => c.item.id === FUSE_TERMINAL.part.id)?.quantity, preset).toBe(1)
        expect(bom.get(`fuse-5x20-t${FUSE_TERMINAL.fuseAmps}a`)?.d, preset).toContain("contactor's coil circuit")
      } else expect(wiring.rows.find((r) => r.cable.kind === 'mains, inlet to stop')?.conductors).toBe(2)
      expect(wiring.rows.find((r) => r.cable.kind === 'controller fan')!.cable.toPart).toBe('fan-4010-24v')
    }
  })

  it("wires a floor-standing frame's second emergency stop in series with the panel's, and a bench frame has none", () => {
    for (const preset of PRESETS) {
      const { wiring, layout, machine, heating, bom } = build(preset)
      const rows = wiring.rows.filter((r) => r.cable.at === SECOND_STOP_NODE)
      const stops = countBought(machine).find((c) => c.item.id === 'estop-22mm-latching')!.quantity
      expect(rows.length, preset).toBe(layout.frame.outer.z >= 900 ? 1 : 0)
      expect(stops, preset).toBe(1 + rows.length)
      if (rows.length === 0) continue
      const [row] = rows
      const contactor = wiring.power.inletFuse > ESTOP_CONTACT_AMPS
      // L and N out and back through it where it cuts the mains; one coil conductor out and back where a contactor does.
      expect(row.cable.kind, preset).toBe(
        contactor ? 'coil, stops in series (sheathed)' : 'mains, stops in series (sheathed)',
      )
      expect(row.conductors).toBe(contactor ? 2 : 4)
      expect(row.cable.from).toMatch(/^emergency stop \(/)
      // Its contacts break what they carry: the mains only where it is within their rating.
      if (!contactor) expect(wiring.power.inletFuse).toBeLessThanOrEqual(ESTOP_CONTACT_AMPS)
      // The same gauge as the other mains rows, and no panel stop straight to the distribution or the holding contact.
      const others = wiring.rows.filter((r) => /^(mains|coil)/.test(r.cable.kind) && r !== row)
      expect(others.every((r) => r.awg === row.awg)).toBe(true)
      expect(wiring.rows.map((r) => r.cable.kind)).not.toContain(
        contactor ? 'coil, stop to holding contact' : 'mains, stop to distribution',
      )
      // Its length from the two stops' places: at least the height between them, plus the allowances.
      const placed = placedLeaves(machine).filter(
        (p) => p.leaf.kind === 'bought' && p.leaf.part.id === 'estop-22mm-latching',
      )
      const [low, high] = placed.map((p) => applyToPoint(p.world, [0, 0, 0])[2]).sort((a, b) => a - b)
      expect(row.cable.length).toBeGreaterThanOrEqual(high - low + 2 * SERVICE_ALLOWANCE)
      // Ferrules at each end of each core it lands in a screw terminal; its wire a line of the BOM.
      const ferrules = row.connectors.find((c) => c.id.startsWith('ferrule-'))?.count
      expect(ferrules).toBe(contactor ? 4 : 6)
      expect(bom.get(`wire-${row.awg}awg-sheathed`)?.q).toBe(Math.ceil(row.cable.length / 1000))
      expect(safetyText(wiring, heating, 't')).toMatch(/second latching 22 mm stop.*in series with the panel's/)
    }
  })

  it("feeds each of the board's power inputs and lists its jumpers", () => {
    const { wiring } = build('d3d-12in')
    const fed = wiring.rows.filter((r) => r.cable.kind === 'board power').map((r) => r.pin)
    expect(fed).toEqual(wiring.setup.powerInputs.map((i) => `${i.label} + and -`))
    const text = boardSetupText(wiring)
    for (const input of wiring.setup.powerInputs) expect(text).toContain(`Power input ${input.label}`)
    // DIAG jumpers only under the sockets homed sensorless: X and both Y.
    const diag = text.split('\n').find((l) => l.startsWith('- Jumper, DIAG'))!
    expect(diag.match(/stepper_\w+/g)).toEqual(['stepper_x', 'stepper_y', 'stepper_y1'])
  })

  it("puts the probe's signal through its diode on the board's probe input, powered from 24 V", () => {
    for (const sets of [[], ['controller=ramps']]) {
      const { wiring, bom } = build('d3d-12in', sets)
      const probe = wiring.rows.find((r) => r.cable.kind === 'probe')!
      expect(probe.pin).toMatch(new RegExp(`through the diode to the .*\\(${wiring.board.probe}\\)$`))
      expect(probe.pin).toMatch(/24 V/)
      expect(probe.connectors.find((c) => c.id === PROBE_DIODE.id)?.count).toBe(1)
      // One diode in the BOM: the wiring's line, or the RAMPS mount's, never both.
      const lines = [...wiringBom(wiring), ...safetyBom(wiring, machineOf('d3d-12in', sets).layout)]
      const inTree = countBought(machineOf('d3d-12in', sets).machine).some((c) => c.item.id === PROBE_DIODE.id)
      expect(lines.some(([id]) => id === PROBE_DIODE.id)).toBe(!inTree)
      expect(bom.get(PROBE_DIODE.id)?.q).toBe(1)
    }
    // On the Octopus, STOP_7 and not the probe port, which reads PNP switches only.
    expect(build('d3d-12in').wiring.rows.find((r) => r.cable.kind === 'probe')!.pin).toMatch(/STOP_7 .*\(PG15\)$/)
  })

  it('gives each conductor at the 24 V distribution a lever point, linking a second connector to a full pole', () => {
    for (const sets of [[], ['controller=ramps']]) {
      const { wiring } = build('d3d-12in', sets)
      const at = (r: (typeof wiring.rows)[number]) =>
        [r.cable.fromPart, r.cable.toPart].filter((p) => p === JUNCTIONS.dc).length * r.conductors +
        (r.junction?.part === JUNCTIONS.dc ? r.junction.conductors : 0)
      const conductors = wiring.rows.reduce((s, r) => s + at(r), 0)
      const levers = wiring.rows
        .find((r) => r.cable.toPart === JUNCTIONS.dc)!
        .connectors.flatMap((c) => {
          const points = /^lever-connector-221-41(\d)$/.exec(c.id)?.[1]
          return points ? [Number(points) * c.count] : []
        })
        .reduce((s, n) => s + n, 0)
      const links = wiring.rows.filter((r) => r.cable.kind === 'dc, distribution link')
      // Each link takes a point of each connector it joins.
      const free = levers - 2 * links.reduce((s, r) => s + r.conductors, 0)
      expect(free, sets.join()).toBeGreaterThanOrEqual(conductors)
      // The RAMPS's + pole alone (supply, 2 board inputs, the controller fan, the heatsink fan and the probe's +: 6)
      // in a 221-415 linked to a 221-413; its 0 V pole's 5 in one 221-415.
      if (sets.length > 0) {
        expect(links.map((r) => [r.conductors, r.cable.length, r.pin])).toEqual([[1, LINK_LENGTH, '+24 V']])
        expect([...leversOf(wiring.rows.find((r) => r.cable.toPart === JUNCTIONS.dc)!)].sort()).toEqual([3, 5, 5])
      } else expect(links).toEqual([])
    }
  })

  it('feeds an always-on heatsink fan from the 24 V distribution, as the controller fan', () => {
    const { wiring } = build('d3d-12in', ['controller=ramps'])
    const fan = wiring.rows.find((r) => r.cable.kind === 'heatsink fan')!
    const controllerFan = wiring.rows.find((r) => r.cable.kind === 'controller fan')!
    expect(fan.cable.fromPart).toBe(controllerFan.cable.fromPart)
    expect(fan.cable.from).toBe(controllerFan.cable.from)
    expect(fan.pin).toMatch(/always on/)
    // On the Octopus it has its own fan output.
    expect(build('d3d-12in').wiring.rows.find((r) => r.cable.kind === 'heatsink fan')!.cable.from).toBe(
      'controller board',
    )
  })

  it('names each RAMPS socket once in the board setup, and each power input by its label', () => {
    const { wiring } = build('d3d-12in', ['controller=ramps'])
    const uart = boardSetupText(wiring)
      .split('\n')
      .find((l) => l.startsWith('- Jumper, UART'))!
    expect(uart.match(/\bZ \(stepper_z\)/g)).toHaveLength(1)
    expect(wiring.rows.filter((r) => r.cable.kind === 'board power').map((r) => r.pin)).toEqual(
      wiring.setup.powerInputs.map((i) => `${i.label} + and -`),
    )
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

  it('sleeves every run of mains single wires behind the panel, once, over its route', () => {
    for (const preset of PRESETS) {
      const { wiring, layout } = build(preset)
      const runs = wiring.rows.filter((r) => wireKind(r.cable.kind) === '-mains' && r.cable.route > 0)
      const lines = safetyBom(wiring, layout).filter(([id]) => id.startsWith('sleeve-pvc-'))
      const named = lines.flatMap(([, d]) => [...d.matchAll(/"([^"]+)"/g)].map((m) => m[1]))
      expect(named.sort(), preset).toEqual(runs.map((r) => r.cable.kind).sort())
      const metres = lines.reduce((s, [, d]) => s + Number(/, ([\d.]+) m in all/.exec(d)![1]), 0)
      const routes = runs.reduce((s, r) => s + Math.ceil(r.cable.length - 2 * SERVICE_ALLOWANCE), 0)
      expect(metres, preset).toBeCloseTo(routes / 1000, 1)
    }
  })

  it('counts the heat-shrink and the wrap from the rows, and clamps the cord in its glands, no P-clips', () => {
    for (const preset of PRESETS) {
      const { table, bom } = build(preset)
      const pieces = { '9.5': 0, '6.4': 0 }
      for (const row of table.rows)
        for (const part of String(row[3])
          .split(' + ')
          .filter((p) => /^\d+ x /.test(p))) {
          const [n, id] = part.split(' x ')
          // 9.5 mm over the butt splices; none over the fully insulated receptacles.
          if (/^butt-splice-/.test(id)) pieces['9.5'] += Number(n)
          if (id === PROBE_DIODE.id) pieces['6.4'] += Number(n)
        }
      for (const [size, n] of Object.entries(pieces)) {
        const shrink = bom.get(`heat-shrink-${size}mm`)!
        expect(shrink.d, preset).toContain(`${n} pieces of ${HEAT_SHRINK_PIECE} mm`)
        expect(shrink.q).toBe(Math.ceil((n * HEAT_SHRINK_PIECE) / 1000))
      }
      const cord = table.rows.find((r) => r[0] === 'bed cord')!
      expect(bom.get(`spiral-wrap-${SPIRAL_WRAP}mm`)!.q).toBe(Math.ceil(Number(cord[6]) / 1000))
      // No P-clips: the glands at the cord's two ends are its strain relief, and they clamp its outside.
      expect([...bom.keys()].filter((id) => id.startsWith('p-clip-'))).toEqual([])
      const outer = CORD_OUTER[Number(/(\d+) AWG/.exec(String(cord[4]))![1])]
      expect(outer, preset).toBeGreaterThanOrEqual(CORD_GLAND_CLAMPS[0])
      expect(outer, preset).toBeLessThanOrEqual(CORD_GLAND_CLAMPS[1])
      // The supply's mains leads on the panel's outside: one sleeve that slides over their bundle and shrinks onto it.
      const sleeve = [...bom.keys()].find((id) => /^heat-shrink-[\d.]+mm-supply-leads$/.test(id))!
      const [, size, bundle] = /Heat-shrink tube 2:1, ([\d.]+) mm, one piece of \d+ mm: .*\(a ([\d.]+) mm bundle\)/
        .exec(bom.get(sleeve)!.d)!
        .map(Number)
      expect(size, preset).toBeGreaterThanOrEqual(bundle + 1)
      expect(size / 2, preset).toBeLessThanOrEqual(bundle)
    }
  })

  it('clamps every earth ring: each bolt a ring lands on reaches through its nut, or the BOM gives a longer one in its place', () => {
    for (const preset of PRESETS) {
      const { wiring, bom, heating } = build(preset)
      // Every M6 ring of the rows lands on a bolt the machine has.
      const rings = wiring.rows
        .flatMap((r) => r.connectors)
        .filter((c) => c.id.startsWith('ring-terminal-m6'))
        .reduce((n, c) => n + c.count, 0)
      expect(
        wiring.ringBolts.reduce((n, b) => n + b.rings, 0),
        preset,
      ).toBe(rings)
      // The panels' bolts are long enough as drawn (the earth point's longer): no earth bolt, none left over.
      const short = wiring.ringBolts.filter((b) => b.length < b.needs)
      expect(short, preset).toEqual([])
      const line = bom.get('earth-bond-frame-m6')
      expect(line?.q ?? 0, preset).toBe(short.length)
      for (const b of short) {
        expect(line?.d, `${preset} ${b.node} ${b.at}`).toContain(`(${b.place?.join(', ')})`)
        const length = Number(/M6 x (\d+) mm/.exec(line!.d)![1])
        expect(length).toBeGreaterThanOrEqual(standardScrewLength(b.needs))
      }
      // The frame's corner bolts are long enough as drawn: at most their allowance of rings each.
      for (const b of wiring.ringBolts.filter((x) => x.node === 'frame')) {
        expect(b.rings).toBeLessThanOrEqual(BOND_RINGS)
        expect(b.length).toBeGreaterThanOrEqual(b.needs)
      }
      // One earth point, named by one place.
      const names = new Set(
        wiring.rows.flatMap((r) => [r.cable.from, r.cable.to]).filter((n) => n.startsWith('frame earth point')),
      )
      expect([...names]).toHaveLength(1)
      expect([...names][0]).toMatch(/earth stud \(M6\) at \([\d.]+, [\d.]+\) mm/)
      // The earth point's rings on the stud alone, none on a panel bolt but the sheet's own jumper.
      const stud = wiring.ringBolts.filter((b) => b.node === EARTH_STUD_NODE)
      expect(
        stud.map((b) => b.rings),
        preset,
      ).toEqual([earthPointRings(heating)])
      for (const b of wiring.ringBolts.filter((x) => x.node.startsWith('control-panel')))
        expect(b.rings, preset).toBe(1)
    }
  })

  it("plugs the RAMPS's pin headers with Dupont housings of their pin count, its D9 fan terminal with ferrules", () => {
    const { wiring, bom } = build('d3d-12in', ['controller=ramps'])
    for (const r of wiring.rows.filter(
      (r) => r.cable.fromPart === RAMPS_EXTRAS.zSeries.id || r.cable.from === 'controller board',
    )) {
      const ids = r.connectors.map((c) => c.id)
      expect(
        ids.filter((id) => id.startsWith('jst-xh') || id === 'crimp-jst-xh'),
        r.cable.kind,
      ).toEqual([])
      const housing = r.connectors.find((c) => /^dupont-\dpin$/.test(c.id))
      if (r.cable.kind === 'motor') expect(housing, r.cable.kind).toEqual({ id: 'dupont-4pin', count: 1 })
      if (/thermistor/.test(r.cable.kind)) expect(housing, r.cable.kind).toEqual({ id: 'dupont-2pin', count: 1 })
      if (r.cable.kind === 'probe') expect(housing).toEqual({ id: 'dupont-3pin', count: 1 })
      if (housing) expect(r.connectors.find((c) => c.id === 'crimp-dupont')?.count).toBeGreaterThan(0)
      if (r.cable.kind === 'part cooling blower') {
        expect(housing).toBeUndefined()
        expect(ids).toContain('ferrule-0.25mm2')
      }
    }
    expect(bom.get('crimp-dupont')?.d).toMatch(/2.54 mm/)
    expect([...bom.keys()].some((id) => id.startsWith('jst-xh'))).toBe(false)
  })

  it('runs the RAMPS Z pair in series through the series adapter, which its row counts', () => {
    const { wiring, bom } = build('d3d-12in', ['controller=ramps'])
    const z = wiring.rows.filter((r) => r.cable.kind === 'motor' && /^z-/.test(r.cable.at))
    expect(z.map((r) => r.cable.from)).toEqual(['series adapter (motor socket A)', 'series adapter (motor socket B)'])
    const plug = wiring.rows.filter((r) => r.cable.kind === 'motor series adapter')
    expect(plug).toHaveLength(1)
    expect(z.map((r) => r.pin)).toEqual([0, 1].map(() => `${plug[0].pin}, through the series adapter`))
    expect(plug[0].connectors).toEqual([{ id: RAMPS_EXTRAS.zSeries.id, count: 1 }])
    expect(bom.get(RAMPS_EXTRAS.zSeries.id)?.q).toBe(1)
    // No two motors straight on one socket.
    const direct = wiring.rows.filter((r) => r.cable.kind === 'motor' && r.cable.from === 'controller board')
    expect(new Set(direct.map((r) => r.pin)).size).toBe(direct.length)
    // The Octopus drives each Z on its own socket.
    expect(build('d3d-12in').wiring.rows.some((r) => r.cable.kind === 'motor series adapter')).toBe(false)
  })

  it("gives every part's cable a real far end: the part's own leads in a solder sleeve each, counted in the BOM", () => {
    for (const sets of [[], ['controller=ramps']]) {
      const { wiring, bom } = build('d3d-12in', sets)
      const parts = wiring.rows.filter((r) =>
        /^(motor|hot end (heater|thermistor)|heatsink fan|part cooling blower|probe|bed thermistor|controller fan)$/.test(
          r.cable.kind,
        ),
      )
      expect(parts.length).toBeGreaterThan(10)
      let sleeves = 0
      for (const r of parts) {
        const n = r.connectors.find((c) => c.id === SPLICE_24)?.count
        expect(n, `${r.cable.kind} ${r.cable.to}`).toBe(r.conductors)
        expect(r.cable.to).toMatch(/: its own leads, each joined by a solder sleeve/)
        // A housing is said to be at the board end; a fan fed from the distribution takes none.
        const housed = r.connectors.some((c) => /^(jst-xh|dupont)-\dpin$/.test(c.id))
        expect(housed, r.cable.to).toBe(
          /housing (at the controller board end|into the series adapter's motor socket [AB])/.test(r.cable.to),
        )
        if (r.cable.fromPart.startsWith('junction-')) expect(housed).toBe(false)
        sleeves += n ?? 0
      }
      expect(bom.get(SPLICE_24)?.q).toBe(sleeves)
    }
  })

  it("puts the RAMPS's inline bed-input fuse in its row, with its splices", () => {
    const { wiring } = build('d3d-12in', ['controller=ramps'])
    const fused = wiring.rows.filter((r) => r.connectors.some((c) => c.id === RAMPS_EXTRAS.bedFuse.id))
    expect(fused.map((r) => r.pin)).toEqual(['11A input (F2, bridged) + and -'])
    expect(fused[0].connectors.find((c) => c.id.startsWith('butt-splice-'))?.count).toBe(2)
    expect(build('d3d-12in').wiring.rows.some((r) => r.connectors.some((c) => c.id === RAMPS_EXTRAS.bedFuse.id))).toBe(
      false,
    )
  })
})
