import { describe, expect, it } from 'vitest'
import { type PlacedLeaf, placedLeaves } from '../../src/assembly/collect.js'
import { layoutOf } from '../../src/assembly/index.js'
import { applyToPoint, multiply } from '../../src/kernel/matrix.js'
import { axisList } from '../../src/layout/index.js'
import { parseSpec } from '../../src/spec/parse.js'
import { machineOf, worldBox } from '../../test/machines.js'
import { AXIS } from '../axis/dimensions.js'
import { BED_HEATER, BED_INSULATION } from '../vitamins/bed.js'
import { EARTH_BOND } from '../vitamins/electronics.js'
import { LOW_HEAD_M6, METRIC } from '../vitamins/fasteners.js'
import { BED, bedSag, MAX_BED_SAG } from './dimensions.js'
import { bedBracketNode, bedModule, bedRows, bedSupports, mostBedRows } from './index.js'
import { BRACKET_TO_PRINT } from './parts.js'

const bedPlate = (leaves: PlacedLeaf[]) =>
  leaves.find((p) => p.leaf.kind === 'stock' && p.leaf.piece.notes.startsWith('bed plate'))!

describe('bed', () => {
  it("bolts the bracket with low heads sunk in the carriage's outer traps, below its outer face", () => {
    const node = bedBracketNode(layoutOf(parseSpec({ frame: { size: '12in' } })), 8)
    const bolts = node.leaves.filter((l) => l.kind === 'bought' && /^m6x\d+-low-head-screw$/.test(l.part.id))
    expect(bolts).toHaveLength(3)
    // The bracket's frame: y from the carriage's load face into the machine; its outer face at y = -24.
    for (const bolt of bolts) {
      expect(applyToPoint(bolt.transform, [0, 0, -LOW_HEAD_M6.headHeight])[1]).toBeGreaterThan(-AXIS.thickness)
    }
  })

  const { layout, machine } = machineOf('d3d-12in')
  const z = axisList(layout.axes).find((a) => a.direction === 'z')!

  it('brings its top to the nozzle at the top of the Z travel, level, and down by the travel at the bottom', () => {
    for (const [offset, top] of [
      [-z.travel / 2, layout.nozzleZ],
      [z.travel / 2, layout.nozzleZ - z.travel],
    ]) {
      const plate = bedPlate(placedLeaves(machine, { z: offset }))
      const piece = plate.leaf.kind === 'stock' ? plate.leaf.piece : undefined!
      const corners = [
        [0, 0],
        [piece.length, 0],
        [0, piece.width!],
        [piece.length, piece.width!],
      ].map(([x, y]) => applyToPoint(plate.world, [x, y, BED.plateThickness])[2])
      for (const c of corners) expect(c).toBeCloseTo(top, 6)
    }
  })

  it('rests two rods per pair of Z axes in the risers of the brackets, their ends flush with the risers', () => {
    for (const [preset, sets, pairs] of [
      ['d3d-12in', [], 1],
      ['d3d-1m', [], 2],
    ] as const) {
      const m = machineOf(preset, [...sets])
      const leaves = placedLeaves(m.machine, { z: 10 })
      const rods = leaves.filter(
        (p) => p.path.includes('bed') && p.leaf.kind === 'stock' && /bed rod/.test(p.leaf.piece.notes),
      )
      expect(rods).toHaveLength(2 * pairs)
      const risers = leaves.filter((p) => p.leaf.kind === 'printed' && p.leaf.part.name === 'bed-bracket')
      expect(risers).toHaveLength(2 * pairs)
      const faces = risers.map((r) => {
        const reach = r.leaf.kind === 'printed' ? (r.leaf.part.params.reach as number) : 0
        return applyToPoint(multiply(r.world, BRACKET_TO_PRINT), [0, reach, 0])
      })
      for (const rod of rods) {
        const length = rod.leaf.kind === 'stock' ? rod.leaf.piece.length : 0
        expect(length).toBeCloseTo(m.layout.bed.rodLength, 9)
        for (const end of [applyToPoint(rod.world, [0, 0, 0]), applyToPoint(rod.world, [length, 0, 0])]) {
          // Each end lies on a riser's outer face, 28 mm beside the bracket's middle.
          expect(
            faces.some(
              (f) => Math.abs(f[1] - end[1]) < 1e-6 && Math.abs(Math.abs(f[0] - end[0]) - BED.rodOffset) < 1e-6,
            ),
          ).toBe(true)
        }
      }
    }
  })

  it('names the plate to cut and drill, and the heater and cork under it with holes for its screws', () => {
    const leaves = placedLeaves(machine)
    const plate = bedPlate(leaves)
    expect(plate.leaf.kind === 'stock' && plate.leaf.piece.notes).toMatch(
      /^bed plate, 203\.2 x 203\.2 mm: drill 4 holes 3\.4 mm countersunk to 6 mm, .*, and 1 hole 2\.5 mm at \(8, 8\) for its earth bond, tapped M3/,
    )
    const bought = leaves.flatMap((p) => (p.leaf.kind === 'bought' ? [p.leaf.part] : []))
    // 203.2 less 5 mm a side; 220 W mains (bedHeating's worked example in dimensions.test.ts).
    const heater = bought.find((b) => b.id.startsWith('bed-heater-'))!
    expect(heater.id).toMatch(/^bed-heater-193\.2x193\.2-220w-120v-5h[0-9a-f]{8}$/)
    expect(heater.description).toMatch(
      /, 4 holes 4 mm at .* and 1 hole 16 mm at \(3, 3\) mm .*; switched by the SSR-25DA \(1\.8 A at 120 V, no heat sink needed\)$/,
    )
    expect(bought.find((b) => b.id.startsWith('bed-insulation-'))!.id).toMatch(
      /^bed-insulation-193\.2x193\.2-5h[0-9a-f]{8}$/,
    )
  })

  it('earths a bed on mains: a screw from below into a thread at its front left corner, star washers, the ring terminal', async () => {
    const leaves = placedLeaves(machine)
    const plate = bedPlate(leaves)
    const piece = plate.leaf.kind === 'stock' ? plate.leaf.piece : undefined!
    const bond = piece.drilled!.faces[0].holes.filter((h) => h.purpose.startsWith('the earth bond'))
    const { inset, tapDrill, sheetHole } = BED.earthBond
    expect(bond).toEqual([expect.objectContaining({ x: inset, y: inset, diameter: tapDrill, marked: true })])
    expect(bond[0].countersink).toBeUndefined()
    const hole = applyToPoint(plate.world, [bond[0].x, bond[0].y, 0])
    const bed = leaves.filter((p) => p.path.at(-1) === 'bed' && p.leaf.kind === 'bought')
    const at = (id: string) =>
      bed
        .filter((p) => p.leaf.kind === 'bought' && p.leaf.part.id === id)
        .map((p) => ({ p, o: applyToPoint(p.world, [0, 0, 0]) }))
        .filter(({ o }) => Math.abs(o[0] - hole[0]) < 1e-6 && Math.abs(o[1] - hole[1]) < 1e-6)
    const under = [...at(EARTH_BOND.starWasher.part.id), ...at(EARTH_BOND.ringTerminal.part.id)]
    expect(under).toHaveLength(3)
    const underside = hole[2]
    const stack = 2 * EARTH_BOND.starWasher.thickness + EARTH_BOND.ringTerminal.thickness
    for (const { o } of under) expect(o[2]).toBeLessThan(underside)
    // No nut: a cap screw up from below, its head under the stack, its tip inside the plate (under the PEI).
    expect(at('m3-hex-nut')).toHaveLength(0)
    const screws = bed.filter((p) => p.leaf.kind === 'bought' && /^m3x[\d.]+-cap-screw$/.test(p.leaf.part.id))
    expect(screws).toHaveLength(1)
    const screw = screws[0]
    const length = Number(/^m3x([\d.]+)-/.exec(screw.leaf.kind === 'bought' ? screw.leaf.part.id : '')![1])
    const head = applyToPoint(screw.world, [0, 0, 0])
    const tip = applyToPoint(screw.world, [0, 0, length])
    expect([head[0], head[1]]).toEqual([expect.closeTo(hole[0], 6), expect.closeTo(hole[1], 6)])
    expect(head[2]).toBeCloseTo(underside - stack, 6)
    expect(tip[2]).toBeGreaterThan(underside + 2.4 - 1e-6)
    expect(tip[2]).toBeLessThan(underside + BED.plateThickness)
    // The head and the stack sit in the heater's and the cork's notch, which opens past their
    // edges; the head stays within the cork's thickness.
    for (const id of ['bed-heater-', 'bed-insulation-']) {
      const sheet = bed.find((p) => p.leaf.kind === 'bought' && p.leaf.part.id.startsWith(id))!
      const box = await worldBox(sheet)
      expect(head[0] - box.min[0]).toBeLessThan(sheetHole / 2)
      expect(head[1] - box.min[1]).toBeLessThan(sheetHole / 2)
      if (id === 'bed-insulation-') expect(box.min[2]).toBeLessThan(head[2] - METRIC.M3.headHeight)
    }

    // A 24 V bed has none of it.
    const small = placedLeaves(machineOf('d3d-12in', ['bed={"x":100,"y":100}']).machine)
    const smallPlate = bedPlate(small)
    const drilled = smallPlate.leaf.kind === 'stock' ? smallPlate.leaf.piece.drilled! : undefined!
    expect(drilled.faces[0].holes.some((h) => h.purpose.startsWith('the earth bond'))).toBe(false)
    expect(small.some((p) => p.leaf.kind === 'bought' && p.leaf.part.id === EARTH_BOND.starWasher.part.id)).toBe(false)
  })

  it('keeps every printed part of the bed below the cork, off the hot plate and heater', async () => {
    const leaves = placedLeaves(machine)
    const plate = bedPlate(leaves)
    const underCork = applyToPoint(plate.world, [0, 0, 0])[2] - BED_HEATER.thickness - BED_INSULATION.thickness
    const printedTops = await Promise.all(
      leaves
        .filter((p) => p.leaf.kind === 'printed' && p.leaf.part.module === 'bed')
        .map(async (p) => (await worldBox(p)).max[2]),
    )
    // 2 brackets, 4 blocks, the junction box's 2 clamps.
    expect(printedTops).toHaveLength(2 + 4 + 2)
    for (const top of printedTops) expect(top).toBeLessThanOrEqual(underCork + 1e-6)
    // The blocks bear on the cork.
    expect(Math.max(...printedTops)).toBeCloseTo(underCork, 6)
  })

  it('sets rows of blocks along each rod, evenly spaced, each with its screw through the plate', () => {
    for (const rows of [2, 3, 5]) {
      const leaves = placedLeaves(bedModule(layout, 8, rows))
      const blocks = leaves.filter((p) => p.leaf.kind === 'printed' && p.leaf.part.name === 'bed-block')
      expect(blocks).toHaveLength(2 * rows)
      const ys = [...new Set(blocks.map((b) => Math.round(applyToPoint(b.world, [0, 0, 0])[1] * 1e6) / 1e6))].sort(
        (a, b) => a - b,
      )
      expect(ys).toHaveLength(rows)
      const gaps = ys.slice(1).map((y, i) => y - ys[i])
      for (const gap of gaps) expect(gap).toBeCloseTo(gaps[0], 6)
      const plate = bedPlate(leaves)
      expect(plate.leaf.kind === 'stock' && plate.leaf.piece.notes).toContain(`drill ${2 * rows} holes`)
    }
    expect(() => bedModule(layout, 8, 1)).toThrow(/bed rows: 1 is not a whole number from 2 to 6/)
    expect(() => bedModule(layout, 8, mostBedRows(layout) + 1)).toThrow(/bed rows/)
  })

  it('asks for the fewest rows that keep the sag within 0.1 mm, or two where more rows would bend the rods more than the plate sags', () => {
    for (const preset of ['d3d-12in', 'd3d-18in', 'd3d-1m']) {
      const m = machineOf(preset)
      expect(bedRows(m.layout, 8)).toBe(2)
    }
    // A narrow, deep bed (50 x 378 mm) on light rods: 0.1005 mm with 2 rows, 0.075 with 3.
    const deep = layoutOf(parseSpec({ buildVolume: { x: 50, y: 378, z: '2in' }, frame: { profile: { width: 28 } } }))
    expect(bedSag(bedSupports(deep, 8, 2)).total).toBeGreaterThan(MAX_BED_SAG)
    expect(bedRows(deep, 8)).toBe(3)
    expect(bedSag(bedSupports(deep, 8, 3)).total).toBeLessThan(MAX_BED_SAG)
    const small = machineOf('d3d-12in').layout
    expect(bedSag(bedSupports(small, 8, 2)).total).toBeLessThan(MAX_BED_SAG)
    // The 1 m cube's 800 mm plate sags 2.3 mm between its end rows; a middle row on an 8 mm rod
    // that spans 867 mm between its risers bends that rod far more.
    const big = machineOf('d3d-1m').layout
    const two = bedSag(bedSupports(big, 8, 2))
    expect(two.y).toBeGreaterThan(2)
    expect(two.rods).toBeCloseTo(0, 9)
    const three = bedSag(bedSupports(big, 8, 3))
    expect(three.y).toBeLessThan(two.y)
    expect(three.rods).toBeGreaterThan(two.y)
  })
})
