import { describe, expect, it } from 'vitest'
import { printability } from '../../../check/overhangs.js'
import { placedLeaves } from '../../../src/assembly/collect.js'
import { findCollisions, ShapeStore } from '../../../src/assembly/collisions.js'
import { ModelStore } from '../../../src/export/models.js'
import { frame, originOf } from '../../../src/kernel/matrix.js'
import type { AxisLayout } from '../../../src/layout/types.js'
import type { AssemblyNode, StockPiece } from '../../../src/parts/types.js'
import { METRIC } from '../../vitamins/fasteners.js'
import { MGN12H, SQUARE_TUBE } from '../../vitamins/rails.js'
import { AXIS_CONTRACT } from '../contract.js'
import { AXIS } from '../dimensions.js'
import { AXIS_MODULE, universalAxis } from '../index.js'
import { railCarriageHalf } from './carriage.js'
import { RAIL_AXIS, SADDLE_THICKNESS } from './dimensions.js'
import { RAIL_AXIS_MODULE, railAxis, railLength } from './index.js'
import { tubeSaddle } from './saddle.js'

/** An X axis of this length, as the layout places one (the 1 m cube's is 1107.1 mm). */
function layout(length: number): AxisLayout {
  const travel = length - AXIS.motorEndLength - AXIS.idlerEndLength - AXIS.carriageLength
  return {
    name: 'x',
    direction: 'x',
    placement: frame([0, 0, 400], [1, 0, 0], [0, -1, 0], [0, 0, -1]),
    length,
    rodLength: length - (AXIS.idlerEndLength - AXIS.idlerRodDepth),
    rodStart: 0,
    travel,
    carriageAt: AXIS.motorEndLength + travel / 2,
    beltLength: 2 * length + AXIS_CONTRACT.beltOverTwiceLength,
  }
}

const options = { rodDiameter: 8, motorBodyLength: 40 }
const stockOf = (node: AssemblyNode, item: string): StockPiece[] =>
  placedLeaves(node).flatMap(({ leaf }) => (leaf.kind === 'stock' && leaf.piece.item === item ? [leaf.piece] : []))
const boughtIds = (node: AssemblyNode): string[] =>
  placedLeaves(node).flatMap(({ leaf }) => (leaf.kind === 'bought' ? [leaf.part.id] : []))
const count = (ids: string[], id: string) => ids.filter((i) => i === id).length

describe('rail axis', () => {
  it("is registered as the axis on a rail, with the universal axis's contract and carriage holes", () => {
    expect(RAIL_AXIS_MODULE.guide).toBe('rail')
    expect(RAIL_AXIS_MODULE.role).toBe('axis')
    expect(RAIL_AXIS_MODULE.contract).toEqual(AXIS_MODULE.contract)
    expect(RAIL_AXIS_MODULE.carriageHoles).toEqual(AXIS_MODULE.carriageHoles)
  })

  it("puts the tube beside the pieces, clear of the motor, and the block under the carriage's outer face", () => {
    // The motor's corners turned 45 degrees lie 29.9 from its axis; the tube's near side at 32.
    expect(Math.abs(RAIL_AXIS.railV) - SQUARE_TUBE.size / 2).toBe(32)
    expect(RAIL_AXIS.railFootW + MGN12H.block.height).toBe(0)
    // M3 x 20 from the recess in the 24 mm carriage: 3 mm of the block's 3.5 of thread.
    expect(RAIL_AXIS.blockScrewLength - (AXIS.thickness - RAIL_AXIS.blockScrewRecess)).toBe(3)
  })

  it("cuts the rail to the carriage's range and the tube between the saddles, with rods none", () => {
    const l = layout(1107.1)
    const node = railAxis(l, options)
    const [rail] = stockOf(node, 'rail-mgn12')
    const [tube] = stockOf(node, `tube-${SQUARE_TUBE.size}x${SQUARE_TUBE.size}x${SQUARE_TUBE.wall}`)
    // The block's range, 922.6 + 45.4 = 968, made up to 38 pitches and 12.5 mm at each end: one cut from 1000.
    expect(l.travel + MGN12H.block.length).toBeCloseTo(968, 9)
    expect(rail.length).toBe(975)
    expect(railLength(975)).toBe(975)
    expect(railLength(975.1)).toBe(1000)
    // 40.5 from the motor end's outer face to 29.5 into the idler end.
    expect(tube.length).toBeCloseTo(l.length - AXIS.idlerEndLength + 2 * AXIS.endBoltInset - 40.5, 9)
    expect(rail.notes).toMatch(/^x axis: 39 holes, 12.5 mm from each end \(one cut from a 1000 mm rail/)
    // The straightness check and the drilling through the rail with a transfer punch are in the tube's row.
    expect(tube.notes).toMatch(/straightedge .* within 0\.3 mm per metre.*\(EN 10219 allows [\d.]+ mm/)
    expect(tube.notes).toMatch(/transfer punch.* drill press with cutting oil, each hole tapped M3/)
    expect(stockOf(node, 'rod-8mm')).toEqual([])
    const ids = boughtIds(node)
    expect(count(ids, 'm3x8-cap-screw')).toBe(39)
    expect(count(ids, 'mgn12h-block')).toBe(1)
    // The block's four, besides the tensioner's screw the universal axis has too.
    const universal = boughtIds(universalAxis(l, options))
    expect(count(ids, 'm3x20-cap-screw') - count(universal, 'm3x20-cap-screw')).toBe(4)
    // Tube to saddle: one M6 x 70 at each end (a washer, 40 of tube, 13 of saddle, the nut and a thread: 60.8).
    expect(count(ids, 'm6x70-cap-screw')).toBe(2)
    expect(count(ids, 'm6-washer') - count(universal, 'm6-washer')).toBe(2)
    expect(ids.filter((i) => i.includes('linear-bearing') || i.startsWith('lm'))).toEqual([])
  })

  it('runs both carriages of a 2-tool X axis on the rail, over their whole travel', () => {
    // As the layout gives a second carriage: each travels the pitch less, the second a pitch on.
    const one = layout(1107.1)
    const pitch = 90
    const travel = one.travel - pitch
    const carriageAt = one.carriageAt - one.travel / 2 + travel / 2
    const two: AxisLayout = { ...one, travel, carriageAt, secondCarriageAt: carriageAt + pitch }
    const node = railAxis(two, options)
    const rail = placedLeaves(node).find(({ leaf }) => leaf.kind === 'stock' && leaf.piece.item === 'rail-mgn12')
    if (rail?.leaf.kind !== 'stock') throw new Error('no rail')
    const start = originOf(rail.leaf.transform)[0]
    const end = start + rail.leaf.piece.length
    const mid = AXIS.carriageLength / 2
    const blocks = [carriageAt - travel / 2, carriageAt + pitch + travel / 2].map((u) => u + mid)
    expect(start).toBeLessThanOrEqual(blocks[0] - MGN12H.block.length / 2)
    expect(end).toBeGreaterThanOrEqual(blocks[1] + MGN12H.block.length / 2)
    expect(node.children.map((c) => c.name)).toEqual(['carriage', 'carriage-2'])
  })

  it("passes the end pieces' bolts on the rail's side through the saddles, each past its nut by a thread", () => {
    const node = railAxis(layout(700), options)
    const m6 = node.leaves.filter(
      (leaf) => leaf.kind === 'bought' && /^m6x\d+-(cap|low-head)-screw$/.test(leaf.part.id),
    )
    const nuts = node.leaves.filter((leaf) => leaf.kind === 'bought' && leaf.part.id === 'm6-hex-nut')
    const endBolts = m6.filter(
      (leaf) => Math.abs(Math.abs(originOf(leaf.transform)[1]) - AXIS.endBoltSpacing / 2) < 1e-9,
    )
    const [packed, plain] = [
      endBolts.filter((l) => originOf(l.transform)[1] > 0),
      endBolts.filter((l) => originOf(l.transform)[1] < 0),
    ]
    expect([packed.length, plain.length]).toEqual([2, 2])
    for (const screw of packed) {
      const [u, v, w] = originOf(screw.transform)
      // Its head or its nut on the saddle's face, 13 mm out from the pieces' outer face.
      const nut = nuts.find((n) => originOf(n.transform)[0] === u && originOf(n.transform)[1] === v)
      const ends = [w, nut ? originOf(nut.transform)[2] : Number.NaN]
      expect(Math.min(...ends)).toBeCloseTo(-SADDLE_THICKNESS, 9)
      const length = Number(/^m6x(\d+)/.exec(screw.kind === 'bought' ? screw.part.id : '')?.[1])
      expect(length, `${u}`).toBeGreaterThanOrEqual(Math.abs(ends[1] - ends[0]) + METRIC.M6.nutThickness + 1 - 1e-9)
    }
  })

  it('has no two solids overlapping, as drawn and at both ends of its travel', async () => {
    const report = await findCollisions(
      {
        name: 'machine',
        module: 'machine',
        transform: frame([0, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1]),
        leaves: [],
        children: [railAxis(layout(700), options)],
      },
      new ShapeStore(),
    )
    expect(report.overlaps).toEqual([])
  })

  it('prints its carriage and saddles without support', async () => {
    const models = new ModelStore()
    for (const part of [railCarriageHalf(), tubeSaddle('motor'), tubeSaddle('idler')]) {
      const result = printability((await models.modelOf(part)).mesh)
      expect(result.unsupportedArea, part.name).toBe(0)
    }
  })
})
