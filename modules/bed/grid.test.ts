import { describe, expect, it } from 'vitest'
import { type PlacedLeaf, placedLeaves } from '../../src/assembly/collect.js'
import { applyToPoint, multiply } from '../../src/kernel/matrix.js'
import type { StockPiece } from '../../src/parts/types.js'
import { machineOf } from '../../test/machines.js'
import { BED_HEATER, BED_INSULATION } from '../vitamins/bed.js'
import { EARTH_BOND } from '../vitamins/electronics.js'
import { METRIC } from '../vitamins/fasteners.js'
import { beamDeflection, bedAreaLoad, bedSag, MAX_BED_SAG } from './dimensions.js'
import {
  ALUMINIUM_MODULUS,
  GRID,
  type GridSupports,
  gridSag,
  plateGrowth,
  tubeGrowth,
  tubeSection,
  tubeWeight,
} from './grid.js'
import { crossRows, gridCrossCount, gridSupports } from './grid-bed.js'
import { gridBedSag, gridFrame } from './grid-frame.js'
import { bedSupports, chooseBedSupport } from './index.js'
import { BRACKET_TO_PRINT } from './parts.js'

describe('the grid model', () => {
  it("gives a tube's section on edge: 50 x 20 x 2 has 264 mm2 and 78,552 mm4", () => {
    // (20 x 50 - 16 x 46) and (20 x 50^3 - 16 x 46^3) / 12 = (2,500,000 - 1,557,376) / 12.
    expect(tubeSection(GRID.yTube).area).toBeCloseTo(264, 9)
    expect(tubeSection(GRID.yTube).inertia).toBeCloseTo(78_552, 6)
    // 30 x 20 x 2: (540,000 - 281,216) / 12.
    expect(tubeSection(GRID.crossTube).inertia).toBeCloseTo(21_565.33, 2)
  })

  it('bends a beam as the textbook: F L^3 / 48 EI for a load at mid-span, 5 w L^4 / 384 EI for its own weight', () => {
    const EI = ALUMINIUM_MODULUS * 78_552
    // 20 N in the middle of 867 mm: 20 x 867^3 / (48 x 5.42e9) = 0.0501 mm.
    expect(beamDeflection(EI, 0, 867, [{ at: 433.5, force: 20 }], 433.5)).toBeCloseTo(0.0501, 4)
    // 0.007 N/mm over 867 mm: 5 x 0.007 x 867^4 / (384 x 5.42e9) = 0.00950 mm.
    expect(beamDeflection(EI, 0.007, 867, [], 433.5)).toBeCloseTo(0.0095, 4)
  })

  it('loads the plate: 2.5 mm steel, its heater and cork, 2.361e-4 N/mm2', () => {
    // (7.85 x 2.5 + 1.3 x 1.5 + 0.25 x 10) mg/mm2 = 24.075 mg/mm2, times g.
    expect(bedAreaLoad(2.5)).toBeCloseTo(2.361e-4, 7)
  })

  const m = machineOf('d3d-1m', ['bedSupport=grid'])

  it("keeps the 1 m cube's 800 mm plate within 0.1 mm on 4 cross tubes, where 3 would not", () => {
    expect(gridCrossCount(m.layout)).toBe(4)
    // The plate's strips over 200 mm: 5 x 2.361e-4 x 200^4 / (384 x 286,172 N mm) = 0.0172 mm.
    const four = gridSag(gridSupports(m.layout, 4))
    expect(four.plate).toBeCloseTo(0.0172, 4)
    expect(four.total).toBeLessThan(MAX_BED_SAG)
    expect(four.total).toBeCloseTo(four.plate + four.cross + four.tubes, 12)
    expect(gridSag(gridSupports(m.layout, 3)).total).toBeGreaterThan(MAX_BED_SAG)
    // The same plate on its rods sags 2.57 mm.
    expect(bedSag(bedSupports(m.layout, 8, 2)).total).toBeCloseTo(2.57, 2)
    expect(crossRows(m.layout, 4)).toEqual([200, 400, 600, 800].map((y) => expect.closeTo(y, 9)))
  })

  it('solves the grid as a frame: one cross tube on one Y tube bends it as the textbook, P L^3 / 48 EI and its own weight', () => {
    const base = gridSupports(m.layout, 4)
    const [start, end] = base.rests
    const lone: GridSupports = {
      ...base,
      x: { plate: [0, 800], supports: [400] },
      y: { plate: [0, 200], supports: [(start + end) / 2] },
    }
    const frame = gridFrame(lone)
    const middle = frame.x.findIndex((x) => Math.abs(x - 400) < 1e-9)
    const force = (bedAreaLoad(2.5) * 200 + tubeWeight(GRID.crossTube)) * 800
    const EI = ALUMINIUM_MODULUS * tubeSection(GRID.yTube).inertia
    const L = end - start
    expect(frame.rows[0][middle]).toBeCloseTo(
      beamDeflection(EI, tubeWeight(GRID.yTube), L, [{ at: L / 2, force }], L / 2),
      6,
    )
  })

  it("keeps a pair's Y tubes bending together: the cross tubes over them share the plate, so they tilt little", () => {
    const frame = gridFrame(gridSupports(m.layout, 4))
    const at = (x: number) => frame.x.findIndex((v) => Math.abs(v - x) < 1e-9)
    // The middle rows: the outer tube (122 mm) 0.069 mm down, the inner (178 mm) 0.074, the
    // plate's edge 0.059; by tributary widths alone (150 and 250 mm) they would be 0.033 apart.
    const row = frame.rows[1]
    expect(row[at(178)] - row[at(122)]).toBeCloseTo(0.0053, 4)
    expect(row[at(122)] - row[at(0)]).toBeCloseTo(0.01, 3)
    const all = frame.rows.flat()
    const sag = gridBedSag(gridSupports(m.layout, 4))
    expect(sag.frame).toBeCloseTo(Math.max(...all) - Math.min(...all), 12)
    expect(sag.frame).toBeCloseTo(0.0606, 4)
    // The bounds of gridSag hold more: they stand.
    expect(sag.total).toBeCloseTo(sag.plate + sag.cross + sag.tubes, 12)
  })

  it('takes the grid where rods would let the plate sag, the rods elsewhere, and what the spec pins', () => {
    expect(chooseBedSupport(m.spec, m.layout)).toBe('grid')
    const small = machineOf('d3d-12in')
    expect(chooseBedSupport(small.spec, small.layout)).toBe('rods')
    expect(chooseBedSupport({ ...small.spec, bedSupport: 'grid' }, small.layout)).toBe('grid')
    expect(chooseBedSupport({ ...m.spec, bedSupport: 'rods' }, m.layout)).toBe('rods')
  })
})

describe('the bed on a grid', () => {
  const { machine, layout } = machineOf('d3d-1m', ['bedSupport=grid'])
  const leaves = placedLeaves(machine, { z: 10 })
  const bed = leaves.filter((p) => p.path.at(-1) === 'bed')
  const pieces = (notes: RegExp) =>
    bed.filter((p) => p.leaf.kind === 'stock' && notes.test(p.leaf.piece.notes)) as (PlacedLeaf & {
      leaf: { piece: StockPiece }
    })[]
  const top = layout.bed.topAsDrawn - 10

  it('stacks plate, heater, cork, cross tubes and Y tubes, each on the one below', () => {
    const plate = pieces(/^bed plate/)
    expect(plate).toHaveLength(1)
    expect(plate[0].leaf.piece.item).toBe('plate-2.5')
    const corkUnder = top - GRID.plateThickness - BED_HEATER.thickness - BED_INSULATION.thickness
    const cross = pieces(/^bed cross tube/)
    const tubes = pieces(/^bed tube/)
    expect([cross.length, tubes.length]).toEqual([4, 4])
    for (const c of cross) {
      expect(applyToPoint(c.world, [0, 0, GRID.crossTube.height])[2]).toBeCloseTo(corkUnder, 9)
      expect(c.leaf.piece.length).toBeCloseTo(layout.bed.x, 9)
    }
    for (const t of tubes) {
      expect(applyToPoint(t.world, [0, 0, GRID.yTube.height])[2]).toBeCloseTo(corkUnder - GRID.crossTube.height, 9)
      // The rods' length less the pockets' end walls, the play at the front and the room at the rear.
      expect(t.leaf.piece.length).toBeCloseTo(
        layout.bed.rodLength - 2 * GRID.endWall - GRID.pocketPlay - GRID.endRoom,
        9,
      )
    }
  })

  it("rests each Y tube's ends on the floor of a bracket's pocket, the play off its front end wall and the room off its rear", () => {
    // From a 15 C workshop to the cork's underside's 63 C a tube grows 0.96 mm: the room is twice
    // that, and the rear pin's 6.6 mm hole gives its M4 1.3 mm along the tube.
    const grows = tubeGrowth(pieces(/^bed tube/)[0].leaf.piece.length)
    expect(grows).toBeCloseTo(0.96, 2)
    expect(GRID.endRoom / grows).toBeGreaterThan(2)
    expect((6.6 - 4) / 2 / grows).toBeGreaterThan(1.3)
    const brackets = leaves.filter((p) => p.leaf.kind === 'printed' && p.leaf.part.name === 'bed-tube-bracket')
    expect(brackets).toHaveLength(4)
    const seats = brackets.map((b) => {
      const { reach, seat } = b.leaf.kind === 'printed' ? b.leaf.part.params : {}
      // The pocket's end wall, on the floor.
      const wall = (reach as number) + GRID.endWall
      return applyToPoint(multiply(b.world, BRACKET_TO_PRINT), [0, wall, seat as number])
    })
    for (const t of pieces(/^bed tube/)) {
      const length = t.leaf.piece.length
      // The tube's underside along its middle, at both ends.
      const ends = [0, length].map((x) => applyToPoint(t.world, [x, GRID.yTube.width / 2, 0]))
      for (const [end, gap] of [
        [ends[0], GRID.pocketPlay],
        [ends[1], GRID.endRoom],
      ] as const) {
        const seat = seats.find(
          (s) => Math.abs(Math.abs(s[1] - end[1]) - gap) < 1e-6 && Math.abs(Math.abs(s[0] - end[0]) - 28) < 1e-6,
        )
        expect(seat, `${end}`).toBeDefined()
        expect(end[2]).toBeCloseTo(seat![2], 6)
      }
    }
  })

  it('bolts every cross tube to every Y tube and screws the plate to the cross tubes, with holes to match', () => {
    const count = (id: string) => bed.filter((p) => p.leaf.kind === 'bought' && p.leaf.part.id === id).length
    expect(count('m6x90-cap-screw')).toBe(16)
    expect([count('m6-hex-nut'), count('m6-washer')]).toEqual([16, 16])
    expect(count('m3x50-countersunk-screw')).toBe(12)
    expect([count('m3-hex-nut'), count('m3-washer')]).toEqual([12, 13])
    // Each Y tube pinned at both ends: an M4 through its side walls into a nut in the riser.
    expect([count('m4x30-cap-screw'), count('m4-washer'), count('m4-hex-nut')]).toEqual([8, 8, 8])
    // The plate at 110 C on a grid at 15 C grows past the screws 0.00114 mm per mm: the middle
    // rows' middle screws, 100 mm out, by 0.114 mm, within the 3.4 mm hole's 0.2 mm; the others
    // (the corners 456 mm out: 0.52 mm) slide in 5 mm holes.
    const notes = pieces(/^bed cross tube/).map((c) => c.leaf.piece.notes)
    const outer =
      /drill 3 holes 5 mm at 56, 400, 744 mm for the plate's screws .*and 4 holes 6\.6 mm for its bolts at 122, 178, 622, 678 mm from its left end/
    const inner = /drill 1 hole 3\.4 mm at 400 mm and 2 holes 5 mm at 56, 744 mm for the plate's screws/
    expect(notes.map((n) => (outer.test(n) ? 'outer' : inner.test(n) ? 'inner' : n))).toEqual([
      'outer',
      'inner',
      'inner',
      'outer',
    ])
    expect(plateGrowth(Math.hypot(344, 300)) + METRIC.M3.diameter / 2).toBeLessThan(GRID.freeHole / 2)
    const plate = pieces(/^bed plate/)[0].leaf.piece
    expect(plate.notes).toMatch(/^bed plate, 800 x 800 mm: drill 12 holes 3\.4 mm countersunk to 6 mm/)
    // The earth bond stays: the bed runs on mains.
    expect(count(EARTH_BOND.ringTerminal.part.id)).toBe(1)
    expect(plate.notes).toMatch(/1 hole 2\.5 mm at \(8, 8\) for its earth bond, tapped M3/)
    // Its cap screw's tip ends inside the 2.5 mm plate, 1.9 mm into its thread (a flat washer
    // under its head): 0.6 mm under the top, for the screw's length tolerance and the star washers.
    const screw = bed.find((p) => p.leaf.kind === 'bought' && /^m3x[\d.]+-cap-screw$/.test(p.leaf.part.id))!
    const length = Number(/^m3x([\d.]+)-/.exec(screw.leaf.kind === 'bought' ? screw.leaf.part.id : '')![1])
    const underside = top - GRID.plateThickness
    const tip = applyToPoint(screw.world, [0, 0, length])[2]
    expect(tip).toBeCloseTo(underside + 1.9, 9)
    expect(tip).toBeLessThanOrEqual(top - 0.6 + 1e-9)
  })
})
