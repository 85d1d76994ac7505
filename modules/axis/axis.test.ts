import { beforeAll, describe, expect, it } from 'vitest'
import { placedLeaves } from '../../src/assembly/collect.js'
import {
  bedContactArea,
  bounds,
  checkManifold,
  evaluate,
  placeOnBed,
  type TriangleMesh,
  toBinaryStl,
} from '../../src/kernel/index.js'
import { applyToPoint, frame, identity, type Mat4 } from '../../src/kernel/matrix.js'
import type { AxisLayout } from '../../src/layout/types.js'
import type { AssemblyNode, PrintedPart } from '../../src/parts/types.js'
import { inside } from '../../test/geometry.js'
import { carriageHalf } from './carriage.js'
import { AXIS, BELT } from './dimensions.js'
import { idlerEndHalf } from './idler-end.js'
import { universalAxis } from './index.js'
import { motorEndHalf } from './motor-end.js'

type P = [number, number, number]

function layout(rodLength: number): AxisLayout {
  const length = rodLength + AXIS.idlerEndLength - AXIS.idlerRodDepth
  const travel = length - AXIS.motorEndLength - AXIS.idlerEndLength - AXIS.carriageLength
  return {
    name: 'x',
    direction: 'x',
    placement: frame([0, 0, 400], [1, 0, 0], [0, -1, 0], [0, 0, -1]),
    length,
    rodLength,
    rodStart: 0,
    travel,
    carriageAt: AXIS.motorEndLength + travel / 2,
    beltLength: 2 * length + 127,
  }
}

/** A machine point in the local frame of a rigid placement: the columns are orthonormal. */
function toLocal(m: Mat4, p: P): P {
  const d = [p[0] - m[12], p[1] - m[13], p[2] - m[14]]
  const column = (k: number) => m[4 * k] * d[0] + m[4 * k + 1] * d[1] + m[4 * k + 2] * d[2]
  return [column(0), column(1), column(2)]
}

/** Every leaf of an axis node, placed in the axis's own u/v/w frame. */
const inAxis = (node: AssemblyNode) =>
  placedLeaves({ ...node, transform: identity }).map((p) => ({ ...p.leaf, transform: p.world }))
const printedLeaves = (node: AssemblyNode) => inAxis(node).flatMap((l) => (l.kind === 'printed' ? [l] : []))

function countBought(node: AssemblyNode): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const l of inAxis(node)) if (l.kind === 'bought') counts[l.part.id] = (counts[l.part.id] ?? 0) + l.quantity
  return counts
}

describe('universal axis printed parts', () => {
  const parts: Record<string, PrintedPart> = {
    motorEnd: motorEndHalf(8),
    idlerEnd: idlerEndHalf(8),
    carriage: carriageHalf(8),
  }
  const meshes: Record<string, TriangleMesh> = {}
  beforeAll(async () => {
    for (const [key, part] of Object.entries(parts)) meshes[key] = await evaluate(part.solid())
  })

  it('are closed 2-manifolds with positive volume that lie flat on the bed', () => {
    for (const key of Object.keys(parts)) {
      const report = checkManifold(meshes[key])
      expect(report, key).toMatchObject({ ok: true, badEdges: 0, degenerateTriangles: 0 })
      expect(report.volume, key).toBeGreaterThan(30000)
      expect(bounds(meshes[key]).min[2], key).toBeCloseTo(0, 6)
      expect(bedContactArea(meshes[key]), key).toBeGreaterThan(3000)
    }
  })

  it('have the sizes of the design', () => {
    const size = (key: string) => {
      const { min, max } = bounds(meshes[key])
      return max.map((x, k) => x - min[k])
    }
    const close = (actual: number[], expected: number[]) => {
      for (const [k, x] of actual.entries()) expect(x).toBeCloseTo(expected[k], 4)
    }
    close(size('motorEnd'), [AXIS.motorEndLength, AXIS.endWidth, AXIS.halfThickness])
    close(size('idlerEnd'), [AXIS.idlerEndLength, AXIS.endWidth, AXIS.halfThickness])
    close(size('carriage'), [AXIS.carriageLength, AXIS.carriageWidth, AXIS.halfThickness])
  })

  it('keep their features: holes, grooves, pockets, traps and clamp teeth are where they belong', () => {
    const probes: Record<string, [P, boolean][]> = {
      motorEnd: [
        [[29.75, 0, 6], false], // motor boss hole
        [[51.67, 0, 6], false], // motor screw on the u line
        [[7.83, 2.5, 1.5], false], // its head recess
        [[7.83, 2.5, 4.5], true], // above the recess
        [[44.75, 22, 2], false], // M6 trap
        [[44.75, 22, 7], true], // above the trap
        [[10, 28, 11], false], // rod groove
        [[10, 28, 7], true], // under the groove
        [[55, 7, 10], false], // belt channel
        [[55, 7, 7], true], // under the channel
        [[15, 15, 11], false], // end-face bolt hole
        [[19.5, 15, 11], true], // past its end
        [[8.8, 19.5, 9], false], // captive nut pocket
        [[4, 19.5, 9], true], // in front of the pocket
      ],
      idlerEnd: [
        [[30, 9, 6], false], // idler cavity
        [[30, 9, 3], true], // its floor
        [[30, 4.5, 1], false], // axle nut trap
        [[30, 4.5, 3.4], true], // between trap and cavity
        [[48, 28, 11], false], // rod groove
        [[51, 28, 11], true], // past the rod's end
        [[10, 10.5, 10], false], // belt channel
        [[14.75, 17.5, 6], false], // M6 through hole
        [[40, 15, 11], false], // end-face bolt hole
        [[35, 15, 11], true], // past its end
      ],
      carriage: [
        [[26, 34, 11], false], // LM8UU pocket
        [[0.5, 34, 11], true], // pocket end wall
        [[0.5, 28, 10], false], // rod clearance through the end wall
        [[26, BELT.pulleyTeethTips + 0.3, 11], true], // clamp tooth
        [[27, BELT.pulleyTeethTips + 0.3, 11], false], // between teeth
        [[26, BELT.pulleyTeethTips + 1.2, 11], false], // slot past the tooth tip
        [[26, BELT.pulleyTeethTips + 0.3, 8], true], // under the slot
        [[26, -8, 10], false], // free strand channel
        [[26, 0, 6], false], // centre M6 hole
        [[11, 15, 6], false], // corner M6 hole
      ],
    }
    for (const [key, list] of Object.entries(probes)) {
      for (const [point, solid] of list) expect(inside(meshes[key], point), `${key} at ${point}`).toBe(solid)
    }
  })

  it('are symmetric so that the second half, turned over, mates with the first', () => {
    let seed = 12345
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed / 2 ** 31
    }
    const cases: [string, number, number, (p: P) => P][] = [
      ['motorEnd', AXIS.motorEndLength, AXIS.endWidth, ([u, v, w]) => [u, -v, w]],
      ['idlerEnd', AXIS.idlerEndLength, AXIS.endWidth, ([u, v, w]) => [u, -v, w]],
      ['carriage', AXIS.carriageLength, AXIS.carriageWidth, ([u, v, w]) => [AXIS.carriageLength - u, v, w]],
    ]
    for (const [key, length, width, mirror] of cases) {
      for (let i = 0; i < 300; i++) {
        const p: P = [random() * length, (random() - 0.5) * width, random() * AXIS.halfThickness]
        expect(inside(meshes[key], mirror(p)), `${key} at ${p}`).toBe(inside(meshes[key], p))
      }
    }
  })

  it('are named for 8 mm rods plainly and for other rods with a suffix', () => {
    expect([motorEndHalf(8), idlerEndHalf(8), carriageHalf(8)].map((p) => p.name)).toEqual([
      'axis-motor-end-half',
      'axis-idler-end-half',
      'axis-carriage-half',
    ])
    const inch = [motorEndHalf(7.9375), idlerEndHalf(7.9375), carriageHalf(7.9375)]
    expect(inch.map((p) => p.name)).toEqual([
      'axis-motor-end-half-rod7.938',
      'axis-idler-end-half-rod7.938',
      'axis-carriage-half-rod7.938',
    ])
    for (const p of inch) expect(p.params.rodDiameter).toBe(7.9375)
  })
})

describe('universalAxis', () => {
  const options = { rodDiameter: 8, motorBodyLength: 40 }

  it('makes the same printed parts, byte for byte, whatever the rod length', async () => {
    const stl = async (node: AssemblyNode) => {
      const out = new Map<string, Uint8Array>()
      for (const { part } of printedLeaves(node)) {
        if (!out.has(part.name)) out.set(part.name, toBinaryStl(placeOnBed(await evaluate(part.solid()))))
      }
      return out
    }
    const short = await stl(universalAxis(layout(300), options))
    const long = await stl(universalAxis(layout(700), options))
    expect([...short.keys()].sort()).toEqual(['axis-carriage-half', 'axis-idler-end-half', 'axis-motor-end-half'])
    for (const [name, bytes] of short) expect(Buffer.from(bytes).equals(long.get(name)!), name).toBe(true)
  })

  it('holds every bought part once per place, two rods and a belt; the carriage moves over the travel', () => {
    const l = layout(350)
    const node = universalAxis(l, options)
    expect(node).toMatchObject({ name: 'x', module: 'axis', transform: l.placement })
    expect(node.children.map((c) => [c.name, c.motion])).toEqual([
      ['carriage', { name: 'x', along: [1, 0, 0], travel: [-l.travel / 2, l.travel / 2] }],
    ])
    const printed: Record<string, number> = {}
    for (const { part } of printedLeaves(node)) printed[part.name] = (printed[part.name] ?? 0) + 1
    expect(printed).toEqual({ 'axis-motor-end-half': 2, 'axis-idler-end-half': 2, 'axis-carriage-half': 2 })
    expect(countBought(node)).toEqual({
      'nema17-40': 1,
      'gt2-pulley-20t-5mm': 1,
      'bearing-626-2rs': 2,
      lm8uu: 4,
      'm3x25-cap-screw': 4,
      'm6x20-low-head-screw': 2,
      'm6x20-cap-screw': 7,
      'm6x30-cap-screw': 1,
      'm6-hex-nut': 10,
      'm6-washer': 2,
    })
    const stock = inAxis(node).flatMap((leaf) => (leaf.kind === 'stock' ? [leaf.piece] : []))
    expect(stock.map((s) => [s.item, s.length])).toEqual([
      ['rod-8mm', 350],
      ['rod-8mm', 350],
      ['gt2-belt-6mm', l.beltLength],
    ])
  })

  it('turns the second halves over and puts the idler end and carriage where the layout says', () => {
    const l = layout(350)
    const halves = printedLeaves(universalAxis(l, options))
    const [motorA, motorB, idlerA, idlerB, carriageA, carriageB] = halves.map((h) => h.transform)
    expect(applyToPoint(motorA, [1, 2, 3])).toEqual([1, 2, 3])
    expect(applyToPoint(motorB, [1, 2, 3])).toEqual([1, -2, 21])
    expect(applyToPoint(idlerA, [AXIS.idlerEndLength, 0, 0])[0]).toBeCloseTo(l.length, 9)
    expect(applyToPoint(idlerB, [AXIS.idlerEndLength, 2, 3])).toEqual([l.length, -2, 21])
    expect(applyToPoint(carriageA, [0, 0, 0])[0]).toBeCloseTo(l.carriageAt, 9)
    expect(applyToPoint(carriageB, [0, 2, 3])).toEqual([l.carriageAt + AXIS.carriageLength, 2, 21])
  })

  it('puts every screw through a hole of the pieces it passes', async () => {
    const node = universalAxis(layout(350), options)
    const halves = printedLeaves(node)
    const meshByName = new Map<string, TriangleMesh>()
    for (const { part } of halves)
      if (!meshByName.has(part.name)) meshByName.set(part.name, await evaluate(part.solid()))
    const screws = inAxis(node).filter((l) => l.kind === 'bought' && /screw$/.test(l.part.id))
    expect(screws).toHaveLength(14)
    for (const screw of screws) {
      // Points on the shank every 2 mm from under the head into the pieces.
      for (let z = 1; z < 18; z += 2) {
        const p = applyToPoint(screw.transform, [0, 0, z])
        for (const half of halves) {
          const local = toLocal(half.transform, p)
          expect(inside(meshByName.get(half.part.name)!, local), `${half.part.name} at ${local}`).toBe(false)
        }
      }
    }
  })

  it('leaves the holes a load takes to it, and bolts the upper row of a Y carriage into the X ends', () => {
    const bolts = (node: AssemblyNode) =>
      inAxis(node).filter((l) => l.kind === 'bought' && /m6x\d+-cap-screw/.test(l.part.id)).length
    const plain = universalAxis(layout(350), options)
    const loaded = universalAxis(layout(350), {
      ...options,
      holesTaken: [
        [0, 0],
        [1, -1],
        [1, 1],
      ],
      endsMounted: true,
    })
    expect(bolts(plain) - bolts(loaded)).toBe(3 + 2)
    const gantry = universalAxis(layout(350), { ...options, gantryRow: -1 })
    const carriage = inAxis(gantry).filter((l) => l.kind === 'bought' && l.part.id === 'm6x35-cap-screw')
    expect(carriage.map((l) => applyToPoint(l.transform, [0, 0, 0])[1])).toEqual([-15, -15])
    // Each runs 16.4 into the X end face beyond the carriage's inner face, into the captive nut.
    for (const l of carriage) expect(applyToPoint(l.transform, [0, 0, 35])[2]).toBeCloseTo(AXIS.thickness + 16.4, 6)
  })

  it('carries a second carriage where the layout puts one, moving with the first', () => {
    const l = { ...layout(350), secondCarriageAt: layout(350).carriageAt + 64 }
    const node = universalAxis(l, options)
    expect(node.children.map((c) => c.name)).toEqual(['carriage', 'carriage-2'])
    expect(node.children[1].transform[12] - node.children[0].transform[12]).toBeCloseTo(64, 9)
    expect(node.children[1].motion).toEqual(node.children[0].motion)
  })
})
