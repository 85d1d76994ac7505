import { describe, expect, it } from 'vitest'
import { countBought, placedLeaves, stockPieces } from '../../src/assembly/collect.js'
import { layoutOf } from '../../src/assembly/index.js'
import { gaugeFor } from '../../src/engineering/electrical.js'
import { powerOf } from '../../src/export/wiring.js'
import { bounds, checkManifold, evaluate, shellCount } from '../../src/kernel/index.js'
import { applyToPoint, invertRigid } from '../../src/kernel/matrix.js'
import { InputError } from '../../src/spec/errors.js'
import { applyOverrides } from '../../src/spec/overrides.js'
import { parseSpec } from '../../src/spec/parse.js'
import { readPreset } from '../../src/spec/presets.js'
import { machineOf, worldBox } from '../../test/machines.js'
import { bedHeating } from '../bed/dimensions.js'
import {
  CONTACTOR,
  E_STOP,
  FAN_4010,
  GROMMET,
  IEC_INLET_C14,
  IEC_INLET_C20,
  JUNCTION_BOX_GLANDS,
  junctionBox,
  POWER_SUPPLY,
  relayHeatSinkKPerW,
  SSR,
  SSR_HEAT_SINK,
  START_BUTTON,
  STEPPER_DRIVER,
  STOP_BOX,
} from '../vitamins/electronics.js'
import { METRIC, STANDARD_SCREW_LENGTHS } from '../vitamins/fasteners.js'
import {
  EARTH_STUD_HOLE,
  EARTH_STUD_NODE,
  earthPointRings,
  earthStudLength,
  earthStudPlace,
  junctionBoxClear,
  junctionBoxContents,
  junctionBoxFor,
  mainsWire,
  PANEL,
  PSU_HOOD,
  PSU_HOOD_AHEAD,
  PSU_HOOD_HEIGHT,
  PSU_SCREW_REACH,
  panelInlet,
  switchedByContactor,
} from './dimensions.js'
import { fanBracket } from './fan-bracket.js'
import { CONTROL_MODULE, driverCount, LEAST_CONTROL_HEIGHT } from './index.js'
import { PSU_HOOD_BOSSES, PSU_HOOD_NOTCH, psuHood } from './psu-hood.js'

/** The circle round 3 equal round wires in a bundle, in wire diameters (1 + 2 / sqrt 3). */
const THREE_ROUND = 1 + 2 / Math.sqrt(3)

describe('control panels', () => {
  it('carry a driver per motor, each Y motor on its own, on one 8-socket board', () => {
    const count = (sets: string[]) => {
      const { machine, layout } = machineOf('d3d-18in', sets)
      const drivers = countBought(machine).find((c) => c.item.id === 'stepper-driver-tmc2209')?.quantity
      expect(drivers).toBe(driverCount(layout))
      return drivers
    }
    expect(count([])).toBe(6)
    expect(count(['zAxes=4'])).toBe(8)
    expect(count(['tools=2'])).toBe(7)
  })

  it('hold the power supply, the relay and the controller, and say where to drill the sheets', () => {
    const { machine } = machineOf('d3d-12in')
    const ids = countBought(machine).map((c) => c.item.id)
    expect(ids).toEqual(expect.arrayContaining(['psu-24v-150w', 'ssr-25da', 'controller-8-drivers']))
    const sheets = stockPieces(machine).filter((s) => s.piece.item === 'sheet-aluminium-3')
    expect(sheets.map((s) => s.piece.notes)).toEqual([
      expect.stringMatching(
        /^control panel, power supply, emergency stop, mains inlet, junction box and relay, 298\.45 x 125 mm: drill 4 holes 6\.6 mm .* and 10 holes 3\.4 mm .* and 1 hole 22\.3 mm .* and 2 holes 4\.5 mm .* and 3 holes 16 mm .*, and cut 1 opening 27\.2 x 47 mm centred at .* \(the mains inlet\), .*; the power supply's case starts 24 mm before its first hole: .*; countersink the junction box's 2 holes/,
      ),
      expect.stringMatching(
        /^control panel, controller and 24 V box, 298\.45 x 125 mm: drill 4 holes 6\.6 mm .* and 6 holes 4\.5 mm .* and 2 holes 3\.4 mm .* and 1 hole 16 mm/,
      ),
    ])
  })

  it('draw each sheet as one closed solid, drilled through with the holes its notes name', async () => {
    const { machine } = machineOf('d3d-12in')
    for (const { piece } of stockPieces(machine).filter((s) => s.piece.item === 'sheet-aluminium-3')) {
      const mesh = await evaluate(piece.shape())
      const report = checkManifold(mesh)
      expect(report.ok).toBe(true)
      expect(shellCount(mesh)).toBe(1)
      const { min, max } = bounds(mesh)
      expect([...min, ...max]).toEqual([0, 0, 0, piece.length, piece.width!, 3].map((v) => expect.closeTo(v, 4)))
      // "drill 4 holes 6.6 mm ... and 1 hole 22.3 mm ... and cut 1 opening 27.2 x 47 mm": each takes at least its area out.
      const area = (n: string, d: string) => Number(n) * Math.PI * (Number(d) / 2) ** 2
      const holes = [...piece.notes.matchAll(/(\d+) holes? ([\d.]+) mm/g)].reduce((s, [, n, d]) => s + area(n, d), 0)
      const openings = [...piece.notes.matchAll(/(\d+) openings? ([\d.]+) x ([\d.]+) mm/g)].reduce(
        (s, [, n, w, h]) => s + Number(n) * Number(w) * Number(h),
        0,
      )
      const drilled = (holes + openings) * 3
      const missing = piece.length * piece.width! * 3 - report.volume
      expect(missing).toBeGreaterThan(drilled)
      expect(missing).toBeLessThan(drilled * 1.05)
    }
  })

  it('screw the power supply with the longest catalogue screw that stays within its threads', () => {
    const { machine } = machineOf('d3d-12in')
    const leaves = placedLeaves(machine)
    const psu = leaves.find((p) => p.leaf.kind === 'bought' && p.leaf.part.id === 'psu-24v-150w')!
    const face = applyToPoint(psu.world, [0, 0, 0])
    const up = applyToPoint(psu.world, [0, 0, 1]).map((v, k) => v - face[k])
    const depths = leaves.flatMap((p) => {
      if (p.leaf.kind !== 'bought' || !p.path.join('/').includes('control-panel-right')) return []
      const length = Number(p.leaf.part.id.match(/^m3x(\d+)-cap-screw$/)?.[1])
      const o = applyToPoint(p.world, [0, 0, 0])
      const dir = applyToPoint(p.world, [0, 0, 1]).map((v, k) => v - o[k])
      // The supply's screws point into it from the frame's side; the relay's point the other way.
      if (!length || dir.reduce((sum, v, k) => sum + v * up[k], 0) < 0.99) return []
      return [{ length, depth: o.reduce((sum, v, k) => sum + (v + length * dir[k] - face[k]) * up[k], 0) }]
    })
    expect(depths).toHaveLength(POWER_SUPPLY.holes.length)
    for (const { length, depth } of depths) {
      expect(depth).toBeGreaterThan(0)
      expect(depth).toBeLessThanOrEqual(PSU_SCREW_REACH + 1e-9)
      // The next length in the catalogue would reach too far.
      const next = STANDARD_SCREW_LENGTHS.find((l) => l > length)!
      expect(depth + next - length).toBeGreaterThan(PSU_SCREW_REACH)
    }
  })

  it('refuses a side too small for them, naming the size it needs', () => {
    const problems = (raw: unknown) => {
      try {
        layoutOf(parseSpec(raw))
      } catch (error) {
        if (error instanceof InputError) return error.problems
      }
      throw new Error('expected an InputError')
    }
    expect(problems({ frame: { size: 280 } })).toEqual([
      expect.stringMatching(
        /^frame\.size: 280 mm along Y leaves no room for the control panels .* at least 305 mm along Y$/,
      ),
      expect.stringMatching(/^frame\.size: 280 mm along Z leaves no room .* at least 299 mm along Z$/),
    ])
    expect(problems({ frame: { size: { x: 280, y: 310, z: 290 } } })).toEqual([
      expect.stringMatching(/^frame\.size\.z: 290 mm along Z leaves no room .* at least 299 mm along Z$/),
    ])
  })
})

describe('the relay', () => {
  it('is on the panel only where the bed heater runs on mains', () => {
    const ids = (sets: string[]) => countBought(machineOf('d3d-12in', sets).machine).map((c) => c.item.id)
    expect(ids([])).toContain('ssr-25da')
    expect(ids(['bed={"x":100,"y":100}'])).not.toContain('ssr-25da')
  })
})

describe('the power panel', () => {
  const panelOf = (preset: string, sets: string[] = [], panel = 'control-panel-right') => {
    const kit = machineOf(preset, sets)
    const leaves = placedLeaves(kit.machine).filter((p) => p.path.includes(panel))
    const sheet = leaves.find((p) => p.leaf.kind === 'stock')!
    const piece = sheet.leaf.kind === 'stock' ? sheet.leaf.piece : undefined!
    const ids = leaves.flatMap((p) => (p.leaf.kind === 'bought' ? [p.leaf.part.id] : []))
    return { ...kit, leaves, piece, face: piece.drilled!.faces[0], ids }
  }

  it('carries the emergency stop in its 22.3 mm hole above the inlet in its opening, at the front', () => {
    const { face, piece, ids } = panelOf('d3d-12in')
    const stop = face.holes.filter((h) => h.purpose === 'the emergency stop')
    expect(stop).toEqual([expect.objectContaining({ diameter: 22.3, marked: true })])
    // The sheet is within the thickness the stop's mounting takes.
    expect(PANEL.thickness).toBeGreaterThanOrEqual(E_STOP.panel[0])
    expect(PANEL.thickness).toBeLessThanOrEqual(E_STOP.panel[1])
    const [opening] = face.cutouts!
    expect(opening).toMatchObject({ width: 27.2, height: 47, purpose: 'the mains inlet' })
    // The inlet's body passes with room round it.
    expect(opening.width).toBeGreaterThan(IEC_INLET_C14.body.size[0])
    expect(opening.height).toBeGreaterThan(IEC_INLET_C14.body.size[1])
    const screws = face.holes.filter((h) => h.purpose === 'the mains inlet')
    expect(screws.map((h) => [h.x - opening.x, h.y - opening.y, h.diameter])).toEqual([
      [-20, 0, 3.4],
      [20, 0, 3.4],
    ])
    expect(stop[0].x).toBeLessThan(piece.length / 4)
    expect(opening.x).toBeLessThan(piece.length / 4)
    expect(stop[0].y).toBeGreaterThan(opening.y)
    expect(ids).toEqual(expect.arrayContaining([E_STOP.part.id, IEC_INLET_C14.part.id]))
  })

  it("keeps each panel's holes and openings apart, and all that reaches behind it between the frame's vertical steel", async () => {
    for (const [preset, sets, panel] of [
      ['d3d-12in', [], 'control-panel-right'],
      ['d3d-16in', [], 'control-panel-right'],
      ['d3d-18in', [], 'control-panel-right'],
      ['d3d-1m', [], 'control-panel-right'],
      ['d3d-12in', [], 'control-panel-left'],
      ['d3d-12in', ['controller=ramps'], 'control-panel-left'],
      ['d3d-1m', [], 'control-panel-left'],
    ] as [string, string[], string][]) {
      const { face, leaves, layout } = panelOf(preset, sets, panel)
      const boxes = [
        ...face.holes.map((h) => ({ what: h.purpose, x: h.x, y: h.y, w: h.diameter, h: h.diameter })),
        ...(face.cutouts ?? []).map((c) => ({ what: c.purpose, x: c.x, y: c.y, w: c.width, h: c.height })),
      ]
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1)) {
          const apart = Math.abs(a.x - b.x) >= (a.w + b.w) / 2 || Math.abs(a.y - b.y) >= (a.h + b.h) / 2
          expect(apart, `${preset}: ${a.what} at ${a.x}, ${a.y} and ${b.what} at ${b.x}, ${b.y}`).toBe(true)
        }
      const { outer, profile } = layout.frame
      const right = panel === 'control-panel-right'
      for (const p of leaves) {
        if (p.leaf.kind !== 'bought' || /^m6/.test(p.leaf.part.id)) continue
        const box = await worldBox(p)
        const behind = right ? box.min[0] < outer.x - profile.thickness - 1e-6 : box.max[0] > profile.thickness + 1e-6
        if (!behind) continue
        // Behind the sheet: between the front and rear steel (the bars' legs or the panes' borders).
        const what = `${preset} ${sets} ${panel} ${p.leaf.part.id}`
        expect(box.min[1], what).toBeGreaterThan(profile.width + profile.thickness)
        expect(box.max[1], what).toBeLessThan(outer.y - profile.width - profile.thickness)
      }
    }
  })

  it("covers the power supply's terminal end with its hood, screwed through the sheet, the relay ahead of it", async () => {
    for (const preset of ['d3d-12in', 'd3d-16in', 'd3d-18in', 'd3d-1m']) {
      const { leaves, face } = panelOf(preset)
      const boxOf = async (test: (id: string) => boolean) => {
        const idOf = (p: (typeof leaves)[number]) =>
          p.leaf.kind === 'bought' ? p.leaf.part.id : p.leaf.kind === 'printed' ? p.leaf.part.name : ''
        const found = leaves.filter((p) => test(idOf(p)))
        return Promise.all(found.map(worldBox))
      }
      const [psu] = await boxOf((id) => id === 'psu-24v-150w')
      const [hood] = await boxOf((id) => id === 'psu-hood')
      const [relay] = await boxOf((id) => id === 'ssr-25da')
      // The supply's terminal end faces the front (least y): the hood reaches `room` and its wall
      // ahead of it, its front bosses to 1 mm short of the relay (within the bosses' facets).
      expect(hood.min[1], preset).toBeCloseTo(psu.min[1] - PSU_HOOD_AHEAD - PANEL.gap + 1, 1)
      expect(hood.max[1], preset).toBeCloseTo(psu.min[1] + PSU_HOOD.overCase, 1)
      expect(hood.min[2], preset).toBeLessThan(psu.min[2])
      expect(hood.max[2], preset).toBeGreaterThan(psu.max[2])
      expect(hood.max[0] - psu.max[0], preset).toBeCloseTo(PSU_HOOD_HEIGHT - POWER_SUPPLY.size[2], 6)
      expect(relay.max[1], preset).toBeLessThan(hood.min[1])
      // 4 M3 through the hood's bosses and the sheet, nuts inside.
      const screws = await boxOf((id) => id === 'm3x40-cap-screw')
      expect(screws, preset).toHaveLength(4)
      for (const s of screws) {
        expect(s.min[1]).toBeGreaterThan(hood.min[1])
        expect(s.max[1]).toBeLessThan(hood.max[1])
      }
      expect(
        face.holes.filter((h) => h.purpose === "the power supply's hood"),
        preset,
      ).toHaveLength(4)
    }
  })

  it('keeps the mains junctions in a box behind the panel, and lines each hole the mains wires cross with a grommet', async () => {
    for (const preset of ['d3d-12in', 'd3d-18in', 'd3d-1m']) {
      const { leaves, face, layout } = panelOf(preset)
      const mains = bedHeating(layout.bed).supply === 'mains'
      const ids = leaves.flatMap((p) => (p.leaf.kind === 'bought' ? [p.leaf.part.id] : []))
      const count = (id: string) => ids.filter((i) => i === id).length
      // The second stop's box, where there is one, has its own M16; a contactor's poles and coil 2 more.
      const contactor = switchedByContactor(bedHeating(layout.bed))
      const size = junctionBoxFor(junctionBoxContents(bedHeating(layout.bed), contactor))
      const boxId = junctionBox(size).part.id
      expect(count(boxId), preset).toBe(1)
      expect(count('cable-gland-m16'), preset).toBe(
        JUNCTION_BOX_GLANDS.wires.count + count(STOP_BOX.part.id) + (contactor ? 2 : 0),
      )
      expect(count('cable-gland-m20'), preset).toBe(mains ? JUNCTION_BOX_GLANDS.bedCord.count : 0)
      // A grommet in each 16 mm hole (the 24 V leads' one of its own), and its bore takes the supply's 3 mains wires (L, N, earth).
      const holes = face.holes.filter((h) => h.diameter === GROMMET.hole)
      expect(holes, preset).toHaveLength((mains ? 2 : 1) + 1)
      expect(count(GROMMET.part.id), preset).toBe(holes.length)
      expect(THREE_ROUND * mainsWire(bedHeating(layout.bed)).diameter).toBeLessThanOrEqual(GROMMET.bore)
      expect(GROMMET.panel).toBeGreaterThanOrEqual(PANEL.thickness)
      // The box stands behind the sheet, between the supply's screws' heads.
      const box = await worldBox(leaves.find((p) => p.leaf.kind === 'bought' && p.leaf.part.id === boxId)!)
      const { outer, profile } = layout.frame
      expect(box.max[0], preset).toBeCloseTo(outer.x - profile.thickness, 6)
      expect(box.min[0], preset).toBeCloseTo(outer.x - profile.thickness - size[2], 6)
      expect(junctionBoxClear(size[1]), preset).toBeGreaterThanOrEqual(0)
    }
  })

  it('chooses the least catalogue box whose floor holds its junctions and fuse holders', () => {
    // 12 in (mains bed, no contactor): 2 x 221-413, 3 x 221-412, a 5 x 20 holder: 18.7 x 40 x 2 + 13.1 x 40 x 3 + 13 x 55 = 3783 mm2 in 78 x 53 = 4134.
    const small = junctionBoxContents({ supply: 'mains', amps: 2.5 } as never, false)
    expect(small).toEqual({ levers: [3, 3, 2, 2, 2], fuseHolders: ['5x20'] })
    expect(junctionBoxFor(small)).toEqual([83, 58, 33])
    // 1 m (contactor, 10.8 A bed): 2 x 221-413 more and a 6.3 x 32 holder: 5764 mm2, more than 4134, within 95 x 63 = 5985.
    const big = junctionBoxContents({ supply: 'mains', amps: 10.8 } as never, true)
    expect(big).toEqual({ levers: [3, 3, 3, 3, 2, 2, 2], fuseHolders: ['6.3x32'] })
    expect(junctionBoxFor(big)).toEqual([100, 68, 50])
    // Twice as much is more than the catalogue's largest.
    expect(() => junctionBoxFor({ levers: [...big.levers, ...big.levers], fuseHolders: [] })).toThrow(
      /no junction box in the catalogue holds 9128 mm2/,
    )
  })

  it('puts an emergency stop within reach: on the panel of a bench machine, and a second one higher on a floor-standing one', () => {
    for (const [preset, stops] of [
      ['d3d-12in', 1],
      ['d3d-18in', 1],
      ['d3d-1m', 2],
      ['d3d-tall-2m', 2],
    ] as [string, number][]) {
      const { machine, layout } = machineOf(preset)
      const placed = placedLeaves(machine).filter((p) => p.leaf.kind === 'bought' && p.leaf.part.id === E_STOP.part.id)
      expect(placed, preset).toHaveLength(stops)
      const heights = placed.map((p) => applyToPoint(p.world, [0, 0, 0])[2]).sort((a, b) => a - b)
      if (stops === 2) {
        // The panel's is too low for a standing operator; the second is over IEC 60204-1's 0.6 m, within the frame.
        expect(heights[0], preset).toBeLessThan(LEAST_CONTROL_HEIGHT)
        expect(heights[1], preset).toBeGreaterThanOrEqual(LEAST_CONTROL_HEIGHT)
        expect(heights[1], preset).toBeLessThan(layout.frame.outer.z)
        const holes = CONTROL_MODULE.drillings!({ layout, spec: machineOf(preset).spec } as never).filter(
          (d) => d.purpose === 'the second emergency stop',
        )
        expect(holes, preset).toHaveLength(2)
        expect(countBought(machine).find((c) => c.item.id === STOP_BOX.part.id)?.quantity, preset).toBe(1)
        // Its 2 M6 go through the box's base: within its length (less its wall), each side of its middle.
        const box = placedLeaves(machine).find((p) => p.leaf.kind === 'bought' && p.leaf.part.id === STOP_BOX.part.id)!
        const middle = applyToPoint(box.world, [0, 0, 0])[2]
        const inside = STOP_BOX.size[0] / 2 - STOP_BOX.wall
        for (const { at } of holes) expect(Math.abs(at[2] - middle), preset).toBeLessThan(inside)
        expect(holes.map(({ at }) => Math.sign(at[2] - middle)).sort(), preset).toEqual([-1, 1])
      }
    }
  })

  it('prints the hood as one closed solid on its roof, its openings too small for a finger or a probe', async () => {
    const mesh = await evaluate(psuHood().solid())
    expect(checkManifold(mesh).ok).toBe(true)
    expect(shellCount(mesh)).toBe(1)
    const { min, max } = bounds(mesh)
    expect(min[2]).toBeCloseTo(0, 6)
    expect(max[2]).toBeCloseTo(PSU_HOOD_HEIGHT, 4)
    expect(Math.max(max[0] - min[0], max[1] - min[1])).toBeLessThan(200)
    // IEC 60529 IP2X: the 12.5 mm sphere does not pass; the notches end ahead of the supply's end (x = 0).
    const notch = PSU_HOOD_NOTCH
    expect(Math.min(notch.width, notch.depth)).toBeLessThan(12.5)
    expect(notch.from + notch.width).toBeLessThan(0)
    // No boss stands in a notch's way out.
    const notchEnd = notch.from + notch.width
    const half = PSU_HOOD.boss / 2
    for (const [x] of PSU_HOOD_BOSSES) expect(x + half < notch.from || x - half > notchEnd).toBe(true)
    // Room in the notch for the 2 leads of 24 V, and under the roof.
    expect(notch.depth).toBeGreaterThanOrEqual(2 * PSU_HOOD.wire.dc)
    expect(notch.depth).toBeLessThan(PSU_HOOD_HEIGHT - PSU_HOOD.roof)
  })

  it("sizes the hood's notches for each machine's 3 mains wires, at the gauge the wiring gives them", () => {
    for (const [preset, sets] of [
      ['d3d-12in', []],
      ['d3d-18in', []],
      ['d3d-1m', []],
      ['d3d-12in', ['bed={"x":100,"y":100}']],
    ] as [string, string[]][]) {
      const { spec, layout } = machineOf(preset, sets)
      const wire = mainsWire(bedHeating(layout.bed))
      expect(wire.awg, preset).toBe(gaugeFor(powerOf(spec, layout).inletFuse, { bundled: false, mains: true }))
      expect(PSU_HOOD_NOTCH.depth, preset).toBeGreaterThanOrEqual(3 * wire.diameter)
      expect(PSU_HOOD_NOTCH.width, preset).toBeGreaterThanOrEqual(wire.diameter)
    }
    // The 1 m's 14 AWG (2.08 mm2) wires are H07V-K 2.5 mm2, 4.1 mm over their insulation.
    expect(mainsWire(bedHeating(machineOf('d3d-1m').layout.bed))).toEqual({ awg: 14, diameter: 4.1 })
  })

  it('draws the inlet the power design takes, the C14 or the C20, and with the C20 the contactor and its start button', () => {
    for (const [preset, sets] of [
      ['d3d-12in', []],
      ['d3d-12in', ['bed={"x":100,"y":100}']],
      ['d3d-16in', []],
      ['d3d-18in', []],
      ['d3d-1m', []],
    ] as [string, string[]][]) {
      const { spec, layout, ids, face } = panelOf(preset, sets)
      const power = powerOf(spec, layout)
      expect(
        ids.filter((id) => id.startsWith('iec-inlet-')),
        `${preset} ${sets}`,
      ).toEqual([power.inlet.id])
      expect(panelInlet(bedHeating(layout.bed)).part.id).toBe(power.inlet.id)
      // The contactor where the inlet's fuse is over the stop's contacts, with its start button in a 22.3 mm hole and its rail's 2 M4.
      const switched = power.inletFuse > E_STOP.contactAmps
      expect(switchedByContactor(bedHeating(layout.bed)), `${preset} ${sets}`).toBe(switched)
      for (const id of [CONTACTOR.part.id, START_BUTTON.part.id])
        expect(
          ids.filter((i) => i === id),
          `${preset} ${sets} ${id}`,
        ).toHaveLength(switched ? 1 : 0)
      expect(face.holes.filter((h) => h.purpose === 'the start button' && h.diameter === 22.3)).toHaveLength(
        switched ? 1 : 0,
      )
      expect(face.holes.filter((h) => h.purpose === "the contactor's rail" && h.diameter === 4.5)).toHaveLength(
        switched ? 2 : 0,
      )
      const opening = face.cutouts!.find((c) => c.purpose === 'the mains inlet')!
      const inlet = power.inlet.id === IEC_INLET_C14.part.id ? IEC_INLET_C14 : IEC_INLET_C20
      expect([opening.width, opening.height]).toEqual([...inlet.cutout])
    }
    // Across the beds the layout takes, on 24 V and on mains either side of the C14's 10 A, the panel's choice is the power design's.
    const seen = new Set<boolean>()
    for (const side of [150, 250, 350, 450, 550, 650]) {
      const spec = parseSpec(applyOverrides(readPreset('d3d-1m'), [`bed={"x":${side},"y":${side}}`]))
      const layout = layoutOf(spec)
      const c14 = powerOf(spec, layout).inlet.id === IEC_INLET_C14.part.id
      expect(panelInlet(bedHeating(layout.bed)) === IEC_INLET_C14, `${side} mm bed`).toBe(c14)
      seen.add(c14)
    }
    expect(seen.size).toBe(2)
  })

  it('stands the relay on its heat sink where its current needs one, rated for that current', () => {
    const big = panelOf('d3d-18in')
    const heating = bedHeating(big.layout.bed)
    expect(heating.relayNeedsHeatSink).toBe(true)
    const sink = big.leaves.find((p) => p.leaf.kind === 'bought' && p.leaf.part.id === 'ssr-heat-sink')!
    const relay = big.leaves.find((p) => p.leaf.kind === 'bought' && p.leaf.part.id === SSR.part.id)!
    // The relay sits on the sink's base, the sink on the panel.
    const up = (p: typeof sink) => applyToPoint(p.world, [0, 0, 0])
    expect(up(relay)[0] - up(sink)[0]).toBeCloseTo(SSR_HEAT_SINK.size[2], 6)
    const kPerW = Number(
      /at most ([\d.]+) K\/W/.exec(sink.leaf.kind === 'bought' ? sink.leaf.part.description : '')![1],
    )
    expect(kPerW).toBeCloseTo(relayHeatSinkKPerW(heating.amps), 1)
    expect(panelOf('d3d-12in').ids).not.toContain('ssr-heat-sink')
  })
})

describe('the controller fan', () => {
  it('stands beside the board on its printed bracket and blows along it, over the row of drivers', async () => {
    for (const sets of [[], ['controller=ramps']]) {
      const leaves = placedLeaves(machineOf('d3d-12in', sets).machine).filter((p) =>
        p.path.includes('control-panel-left'),
      )
      const fan = leaves.find((p) => p.leaf.kind === 'bought' && p.leaf.part.id === FAN_4010.part.id)!
      expect(leaves.filter((p) => p.leaf.kind === 'printed' && p.leaf.part.name === 'fan-bracket')).toHaveLength(1)
      const board = leaves.find(
        (p) => p.leaf.kind === 'bought' && /^controller-|^arduino-mega|^ramps/.test(p.leaf.part.id),
      )!
      const [f, b] = [fan, board].map((p) => applyToPoint(p.world, [0, 0, 0]))
      // Its axis (local z) points from it to the board, along the panel.
      const axis = applyToPoint(fan.world, [0, 0, 1]).map((v, k) => v - f[k])
      expect(Math.abs(axis[1])).toBeCloseTo(1, 9)
      expect(Math.sign(axis[1])).toBe(Math.sign(b[1] - f[1]))
      // The drivers (or the board's top) lie in its 40 x 40 mm face's projection.
      const drivers = leaves.filter((p) => p.leaf.kind === 'bought' && p.leaf.part.id === STEPPER_DRIVER.part.id)
      const fanBox = await worldBox(fan)
      for (const d of drivers.length > 0 ? drivers : [board]) {
        const box = await worldBox(d)
        expect(box.max[0]).toBeGreaterThan(fanBox.min[0])
        expect(box.min[0]).toBeLessThan(fanBox.max[0])
        expect(box.max[2]).toBeGreaterThan(fanBox.min[2])
        expect(box.min[2]).toBeLessThan(fanBox.max[2])
      }
    }
  })

  it('prints its bracket as one closed solid lying flat on the bed', async () => {
    const mesh = await evaluate(fanBracket().solid())
    expect(checkManifold(mesh).ok).toBe(true)
    expect(shellCount(mesh)).toBe(1)
    const { min, max } = bounds(mesh)
    expect(min[2]).toBeCloseTo(0, 6)
    expect(Math.max(max[0] - min[0], max[1] - min[1])).toBeLessThan(200)
  })
})

describe('the earth point', () => {
  it('is a stud of its own through the front steel, its head clear of the sheet, the four panel bolts alike', () => {
    for (const preset of ['d3d-12in', 'd3d-1m']) {
      const { machine, layout } = machineOf(preset)
      const placed = placedLeaves(machine)
      const m6 = (node: string) =>
        placed.filter((p) => p.path.at(-1) === node && p.leaf.kind === 'bought' && /^m6x\d+-cap/.test(p.leaf.part.id))
      const length = (p: (typeof placed)[number]) =>
        Number(/^m6x(\d+)/.exec(p.leaf.kind === 'bought' ? p.leaf.part.id : '')![1])
      // Taking the panel off (its four bolts, one length) lifts no earth ring.
      const bolts = m6('control-panel-right').map(length)
      expect(bolts, preset).toHaveLength(4)
      expect(new Set(bolts).size, preset).toBe(1)
      const [stud] = m6(EARTH_STUD_NODE)
      expect(stud, preset).toBeDefined()
      const sheet = placed.find((p) => p.path.at(-1) === 'control-panel-right' && p.leaf.kind === 'stock')!
      const [u, v] = applyToPoint(invertRigid(sheet.world), applyToPoint(stud.world, [0, 0, 0]))
      expect([u, v], preset).toEqual(earthStudPlace(layout.frame.profile.width).map((x) => expect.closeTo(x, 6)))
      // The sheet's hole round its head clears the head, and the note says where to drill it.
      const piece = sheet.leaf.kind === 'stock' ? sheet.leaf.piece : undefined
      const hole = piece?.drilled?.faces[0].holes.find((h) => Math.hypot(h.x - u, h.y - v) < 0.01)
      expect(hole?.diameter, preset).toBe(EARTH_STUD_HOLE)
      expect(EARTH_STUD_HOLE).toBeGreaterThan(METRIC.M6.headDiameter)
      expect(piece?.notes, preset).toContain(`${EARTH_STUD_HOLE} mm at (${u}, ${v})`)
      // Through the steel only: its own nut, the rings, the flat washer and their nut.
      expect(length(stud), preset).toBe(
        earthStudLength(layout.frame.profile.thickness, earthPointRings(bedHeating(layout.bed))),
      )
    }
  })
})
