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
import { FITS } from '../../src/parts/fits.js'
import type { AssemblyNode, PrintedPart } from '../../src/parts/types.js'
import { presetNames } from '../../src/spec/presets.js'
import { inside } from '../../test/geometry.js'
import { machineOf } from '../../test/machines.js'
import { LM8UU, LM10UU } from '../vitamins/bearings.js'
import { GT2_IDLER, GT2_PULLEY } from '../vitamins/belt-drive.js'
import { LOW_HEAD_M6, METRIC } from '../vitamins/fasteners.js'
import { carriageHalf } from './carriage.js'
import { AXIS_CONTRACT } from './contract.js'
import { AXIS, BELT, bearingSeats, IDLER, MOTOR } from './dimensions.js'
import { idlerCarrier } from './idler-carrier.js'
import { carrierChannel, idlerEndHalf } from './idler-end.js'
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
    beltLength: 2 * length + AXIS_CONTRACT.beltOverTwiceLength,
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
    carrier: idlerCarrier(),
  }
  const meshes: Record<string, TriangleMesh> = {}
  beforeAll(async () => {
    for (const [key, part] of Object.entries(parts)) meshes[key] = await evaluate(part.solid())
  })

  it('are closed 2-manifolds with positive volume that lie flat on the bed', () => {
    for (const key of Object.keys(parts)) {
      const report = checkManifold(meshes[key])
      expect(report, key).toMatchObject({ ok: true, badEdges: 0, degenerateTriangles: 0 })
      expect(report.volume, key).toBeGreaterThan(key === 'carrier' ? 5000 : 30000)
      expect(bounds(meshes[key]).min[2], key).toBeCloseTo(0, 6)
      expect(bedContactArea(meshes[key]), key).toBeGreaterThan(key === 'carrier' ? 150 : 3000)
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
    close(size('carrier'), [IDLER.carrier.thickness, IDLER.carrier.width, IDLER.carrier.back + IDLER.carrier.front])
  })

  it('keep their features: holes, grooves, pockets, traps and clamp teeth are where they belong', () => {
    const probes: Record<string, [P, boolean][]> = {
      motorEnd: [
        [[29.75, 0, 6], false], // motor boss hole
        [[51.67, 0, 6], false], // motor screw on the u line
        [[51.67, 0, 3.1], true], // the sacrificial layer over its head recess
        [[7.83, 2.5, 1.5], false], // its head recess
        [[7.83, 2.5, 4.5], true], // above the recess
        [[50, 22, 2], false], // M6 trap
        [[50, 22, 7], true], // above the trap
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
        [[30, 5, 6], false], // tensioner channel
        [[30, 5, 1.5], true], // its floor
        [[30, 7, 6], true], // beside its narrow part
        [[20, 7.8, 6], false], // where the idler's flanges pass
        [[51, 0, 11.5], false], // tension screw's bore in the end wall
        [[51, 2.2, 11.5], true], // beside it
        [[53.5, 2.5, 11], false], // its head's counterbore
        [[48, 28, 11], false], // rod groove
        [[51, 28, 11], true], // past the rod's end
        [[14.75, 17.5, 8], false], // M6 through hole
        [[14.75, 17.5 + 5.2, 5.5], false], // the trap by its flat
        [[14.75, 17.5 + 5.2, 5.7], true], // its 45 degree roof there
        [[14.75, 17.5 + 4, 6.5], false], // under the roof, 4 mm off the axis
        [[14.75, 17.5 + 4, 7], true], // over it
        [[40, 15, 11], false], // end-face bolt hole
        [[35, 15, 11], true], // past its end
        [[29, 16, 0.5], false], // the window beside the channel, through the outer face
        [[29, 16, 11.5], false], // and the split face
        [[29, 9, 6], true], // the channel's wall
        [[29, 22.5, 6], true], // the rod groove's wall
        [[22.5, 16, 6], true], // round the M6 trap
        [[35.5, 16, 6], true], // before the end-face bolt
      ],
      carriage: [
        [[15, 34, 11], false], // LM8UU groove
        [[35, 34, 11], true], // the rib between a rod's two grooves
        [[35, 28, 10], false], // the rod's clearance through the rib
        [[15, 28, 12 - LM8UU.outside / 2 + 0.02], true], // its floor, clamping: above the bearing's bottom
        [[15, 28, 12 - LM8UU.outside / 2 + 0.25], false], // and not much above it
        [[1.5, 34, 11], true], // pocket end wall
        [[1.5, 28, 10], false], // rod clearance through the end wall
        [[35, BELT.pulleyTeethTips + 0.3, 11], true], // clamp tooth
        [[36, BELT.pulleyTeethTips + 0.3, 11], false], // between teeth
        [[35, BELT.pulleyTeethTips + 1.2, 11], false], // slot past the tooth tip
        [[35, BELT.pulleyTeethTips + 0.3, 8], true], // under the slot
        [[35, -BELT.pitchLine, 10], false], // free strand channel
        [[35, 0, 8], false], // centre M6 hole
        [[20, 15, 8], false], // corner M6 hole
        [[35, 15, 6], false], // hex key hole
      ],
      carrier: [
        [[IDLER.carrier.thickness / 2, 0, IDLER.carrier.back + 2], false], // the idler's slot
        [[1, 0, IDLER.carrier.back + 2.5], false], // the axle's teardrop
        [[1, 0, IDLER.carrier.back - 3.5], true], // below it
        [[IDLER.carrier.thickness / 2, 0, 1], false], // tension screw's bore
        [[IDLER.carrier.thickness / 2, 0, IDLER.carrier.back - IDLER.carrier.nutFrom + 0.1], true], // sacrificial layer
        [[IDLER.carrier.thickness / 2, 0, IDLER.carrier.back - IDLER.carrier.nutFrom + 1], false], // the bore beyond it
        [[IDLER.carrier.thickness / 2, 5, IDLER.carrier.back - IDLER.carrier.nutFrom - 1], false], // its nut's slot
        [[IDLER.carrier.thickness / 2, 5, 1], true], // the back wall the nut pulls on
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

describe('universal axis printed parts for 10 mm rods', () => {
  const parts: Record<string, PrintedPart> = {
    motorEnd: motorEndHalf(10),
    idlerEnd: idlerEndHalf(10),
    carriage: carriageHalf(10),
  }
  const meshes: Record<string, TriangleMesh> = {}
  beforeAll(async () => {
    for (const [key, part] of Object.entries(parts)) meshes[key] = await evaluate(part.solid())
  })
  const v = AXIS.rodSpacing / 2

  it("are closed 2-manifolds of the 8 mm parts' outside sizes, named for their rods", () => {
    for (const key of Object.keys(parts)) {
      expect(checkManifold(meshes[key]), key).toMatchObject({ ok: true, badEdges: 0, degenerateTriangles: 0 })
      expect(parts[key].name, key).toMatch(/-rod10$/)
    }
    const size = (key: string) => bounds(meshes[key]).max.map((x, k) => x - bounds(meshes[key]).min[k])
    for (const [key, length, width] of [
      ['motorEnd', AXIS.motorEndLength, AXIS.endWidth],
      ['idlerEnd', AXIS.idlerEndLength, AXIS.endWidth],
      ['carriage', AXIS.carriageLength, AXIS.carriageWidth],
    ] as const)
      for (const [k, x] of [length, width, AXIS.halfThickness].entries()) expect(size(key)[k], key).toBeCloseTo(x, 4)
  })

  it('clamp the 10 mm rods in grooves 0.2 shallower than their radius, along the whole end piece', () => {
    for (const [key, u] of [
      ['motorEnd', 45],
      ['idlerEnd', 30],
    ] as const) {
      const mesh = meshes[key]
      for (const side of [-1, 1]) {
        // Air just inside the rod at the split face; plastic 0.2 above its bottom and just outside it.
        expect(inside(mesh, [u, side * (v + 4.8), 11.9]), key).toBe(false)
        expect(inside(mesh, [u, side * v, 12 - 5 + FITS.rodClamp - 0.1]), key).toBe(true)
        expect(inside(mesh, [u, side * v, 12 - 5 + FITS.rodClamp + 0.1]), key).toBe(false)
        expect(inside(mesh, [u, side * (v + 5.3), 11.9]), key).toBe(true)
      }
    }
  })

  it('hold a plain motor by the two screws on the u line: the v line pair would meet the rods', () => {
    const r = MOTOR.screwRadius
    expect(r + FITS.screwHole.M3 / 2).toBeGreaterThan(v - 5)
    expect(r + FITS.screwHole.M3 / 2).toBeLessThan(v - 4)
    for (const side of [-1, 1]) {
      expect(inside(meshes.motorEnd, [AXIS.motorAt + side * r, 0, 6])).toBe(false)
      expect(inside(meshes.motorEnd, [AXIS.motorAt, side * r, 6])).toBe(true)
    }
  })

  it('keep 2.5 mm of floor under each LM10UU pocket and a 2.3 mm wall outside it', () => {
    const { pitch } = bearingSeats(LM10UU)
    const floor = AXIS.halfThickness + FITS.linearBearing.clamp - LM10UU.outside / 2
    expect(floor).toBeCloseTo(2.55, 9)
    const outer = AXIS.carriageWidth / 2 - v - (LM10UU.outside + FITS.linearBearing.diameter) / 2
    expect(outer).toBeCloseTo(2.3, 9)
    for (const u of [AXIS.carriageLength / 2 - pitch / 2, AXIS.carriageLength / 2 + pitch / 2]) {
      expect(inside(meshes.carriage, [u, v, floor - 0.05])).toBe(true)
      expect(inside(meshes.carriage, [u, v, floor + 0.05])).toBe(false)
      expect(inside(meshes.carriage, [u, v + 9.5, 11.9])).toBe(false)
      expect(inside(meshes.carriage, [u, v + 9.7 + outer - 0.1, 11.9])).toBe(true)
    }
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
    expect([...short.keys()].sort()).toEqual([
      'axis-carriage-half',
      'axis-idler-carrier',
      'axis-idler-end-half',
      'axis-motor-end-half',
    ])
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
    expect(printed).toEqual({
      'axis-motor-end-half': 2,
      'axis-idler-end-half': 2,
      'axis-idler-carrier': 1,
      'axis-carriage-half': 2,
    })
    expect(countBought(node)).toEqual({
      'nema17-40': 1,
      'gt2-pulley-20t-5mm': 1,
      'gt2-idler-20t-3mm': 1,
      lm8uu: 4,
      'm3x25-cap-screw': 4,
      'm3x16-cap-screw': 1,
      'm3x20-cap-screw': 1,
      'm3-hex-nut': 2,
      'm6x20-low-head-screw': 7,
      'm6x20-cap-screw': 2,
      'm6-hex-nut': 9,
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
    const [motorA, motorB, idlerA, idlerB, , carriageA, carriageB] = halves.map((h) => h.transform)
    expect(applyToPoint(motorA, [1, 2, 3])).toEqual([1, 2, 3])
    expect(applyToPoint(motorB, [1, 2, 3])).toEqual([1, -2, 21])
    expect(applyToPoint(idlerA, [AXIS.idlerEndLength, 0, 0])[0]).toBeCloseTo(l.length, 9)
    expect(applyToPoint(idlerB, [AXIS.idlerEndLength, 2, 3])).toEqual([l.length, -2, 21])
    expect(applyToPoint(carriageA, [0, 0, 0])[0]).toBeCloseTo(l.carriageAt, 9)
    expect(applyToPoint(carriageB, [0, 2, 3])).toEqual([l.carriageAt + AXIS.carriageLength, 2, 21])
  })

  it.each([
    [8, 15],
    [10, 13],
  ])('puts every screw through a hole of the pieces it passes (%d mm rods: %d screws)', async (rodDiameter, count) => {
    const node = universalAxis(layout(350), { ...options, rodDiameter })
    const halves = printedLeaves(node)
    const meshByName = new Map<string, TriangleMesh>()
    for (const { part } of halves)
      if (!meshByName.has(part.name)) meshByName.set(part.name, await evaluate(part.solid()))
    const screws = inAxis(node).filter((l) => l.kind === 'bought' && /screw$/.test(l.part.id))
    expect(screws).toHaveLength(count)
    for (const screw of screws) {
      // Points on the shank every 2 mm from under the head into the pieces, up to its length or 18 mm.
      const length = screw.kind === 'bought' ? Number(/x(\d+)-/.exec(screw.part.id)?.[1]) : 0
      for (let z = 1; z < Math.min(18, length); z += 2) {
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
      inAxis(node).filter((l) => l.kind === 'bought' && /m6x\d+-(cap|low-head)-screw/.test(l.part.id)).length
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
    // The three holes taken and the end pieces' four through bolts.
    expect(bolts(plain) - bolts(loaded)).toBe(3 + 4)
    const gantry = universalAxis(layout(350), { ...options, gantryRow: -1 })
    const carriage = inAxis(gantry).filter((l) => l.kind === 'bought' && l.part.id === 'm6x35-low-head-screw')
    expect(carriage.map((l) => applyToPoint(l.transform, [0, 0, 0])[1])).toEqual([-15, -15])
    // Each runs 16.4 into the X end face beyond the carriage's inner face, into the captive nut,
    // its low head sunk in the outer trap, below the carriage's outer face (w = 0).
    for (const l of carriage) {
      expect(applyToPoint(l.transform, [0, 0, 35])[2]).toBeCloseTo(AXIS.thickness + 16.4, 6)
      expect(applyToPoint(l.transform, [0, 0, -LOW_HEAD_M6.headHeight])[2]).toBeGreaterThan(0)
    }
  })

  it('carries a second carriage where the layout puts one, moving with the first', () => {
    const l = { ...layout(350), secondCarriageAt: layout(350).carriageAt + 64 }
    const node = universalAxis(l, options)
    expect(node.children.map((c) => c.name)).toEqual(['carriage', 'carriage-2'])
    expect(node.children[1].transform[12] - node.children[0].transform[12]).toBeCloseTo(64, 9)
    expect(node.children[1].motion).toEqual(node.children[0].motion)
  })
})

/** The axis nodes of a machine, wherever they hang. */
function axisNodes(node: AssemblyNode): AssemblyNode[] {
  const own = node.module === 'axis' && node.leaves.some((l) => l.kind === 'stock') ? [node] : []
  return [...own, ...node.children.flatMap(axisNodes)]
}
const uOf = (m: Mat4) => m[12]
const boughtLeaf = (node: AssemblyNode, id: string) => {
  const found = inAxis(node).filter((l) => l.kind === 'bought' && l.part.id === id)
  expect(found, id).toHaveLength(1)
  return found[0]
}

const BEARINGS = [
  [8, LM8UU],
  [10, LM10UU],
] as const

describe.each(BEARINGS)('the bearing base on %d mm rods', (rodDiameter, bearing) => {
  it('holds each rod in two bearings inside the carriage, each pocket 2.8 mm from its end face (LM8UU: 40 apart)', () => {
    const carriage = universalAxis(layout(350), { rodDiameter, motorBodyLength: 40 }).children[0]
    const bearings = carriage.leaves.filter((l) => l.kind === 'bought' && l.part.id === bearing.part.id)
    // The catalogue's bearing runs along its local z; its centre is half its length along it.
    const centres = bearings.map((l) => applyToPoint(l.transform, [0, 0, bearing.length / 2]))
    const pocket = bearing.length + FITS.linearBearing.length
    for (const side of [-1, 1]) {
      const us = centres.filter((c) => Math.sign(c[1]) === side).map((c) => c[0])
      expect(us).toHaveLength(2)
      expect(Math.abs(us[1] - us[0])).toBeCloseTo(bearingSeats(bearing).pitch, 9)
      if (bearing === LM8UU) expect(Math.abs(us[1] - us[0])).toBeGreaterThanOrEqual(40)
      for (const u of us) {
        expect(Math.min(u - pocket / 2, AXIS.carriageLength - u - pocket / 2)).toBeCloseTo(2.8, 9)
      }
    }
  })
})

describe.each(BEARINGS)('the bearing clamp on %d mm rods', (rodDiameter, bearing) => {
  const carriage = universalAxis(layout(350), { rodDiameter, motorBodyLength: 40 }).children[0]
  const halves = carriage.leaves.flatMap((l) => (l.kind === 'printed' ? [l] : []))
  const bearings = carriage.leaves.filter((l) => l.kind === 'bought' && l.part.id === bearing.part.id)
  let mesh: TriangleMesh
  beforeAll(async () => {
    mesh = await evaluate(halves[0].part.solid())
  })
  /**
   * Each bearing in each half's print frame (both halves are the one part): its axis's ends,
   * sorted along u. The axis lies on the split face (z = 12), the half below it.
   */
  const inHalves = () =>
    halves.flatMap((half) =>
      bearings.map((b) =>
        [0, bearing.length]
          .map((z) => toLocal(half.transform, applyToPoint(b.transform, [0, 0, z])))
          .sort((p, q) => p[0] - q[0]),
      ),
    )
  const R = bearing.outside / 2
  /** Between the rod's clearance and the bearing's outside: where its shoulders are. */
  const shoulder = ((rodDiameter + FITS.bore.passThrough) / 2 + R) / 2

  it('has four bearings, two per rod, on the split face', () => {
    expect(bearings).toHaveLength(4)
    for (const [a, b] of inHalves()) {
      expect(a[2]).toBeCloseTo(AXIS.halfThickness, 9)
      expect(b[0] - a[0]).toBeCloseTo(bearing.length, 9)
    }
  })

  it("holds each bearing between shoulders: it slides at most its pocket's end room either way", () => {
    const room = FITS.linearBearing.length / 2 + 0.05
    for (const [a, b] of inHalves()) {
      const [, v, w] = a
      // Past each end, on the ring between the rod's clearance and the bearing's outside: plastic.
      for (const u of [a[0] - room, b[0] + room])
        for (const deg of [-45, 0, 45]) {
          const t = (deg * Math.PI) / 180
          const p: P = [u, v + shoulder * Math.sin(t), w - shoulder * Math.cos(t)]
          expect(inside(mesh, p), `shoulder at ${p}`).toBe(true)
        }
      // Along the bearing, just inside its outside: room for it.
      for (let u = a[0] + 0.1; u < b[0]; u += 2)
        expect(inside(mesh, [u, v, w - (R - 0.1)]), `pocket at ${u}`).toBe(false)
    }
  })

  it('squeezes each bearing by at most 0.1 mm on its diameter, the halves standing apart on it until tightened', () => {
    let tightest = 0
    for (const [a, b] of inHalves()) {
      const u = (a[0] + b[0]) / 2
      for (let deg = -60; deg <= 60; deg += 5) {
        const t = (deg * Math.PI) / 180
        const at = (r: number): P => [u, a[1] + r * Math.sin(t), a[2] - r * Math.cos(t)]
        // The groove's wall along this ray from the bearing's axis: air at R - 0.5, plastic at R + 0.5.
        let [air, solid] = [R - 0.5, R + 0.5]
        expect(inside(mesh, at(air))).toBe(false)
        expect(inside(mesh, at(solid))).toBe(true)
        while (solid - air > 1e-5) {
          const mid = (air + solid) / 2
          if (inside(mesh, at(mid))) solid = mid
          else air = mid
        }
        tightest = Math.max(tightest, R - air)
      }
    }
    // Each half's groove reaches into the bearing by `tightest`: the two halves squeeze it by
    // twice that, and stand that far apart on it before their bolts pull them together.
    expect(2 * tightest).toBeLessThanOrEqual(0.1 + 1e-4)
    expect(2 * tightest).toBeGreaterThan(0.05)
  })

  it('opens each groove at the split face at least as wide as the bearing, so it drops in', () => {
    for (const [a, b] of inHalves())
      for (const side of [-1, 1]) {
        const p: P = [(a[0] + b[0]) / 2, a[1] + side * R, AXIS.halfThickness - 0.01]
        expect(inside(mesh, p), `${p}`).toBe(false)
      }
  })

  it('sinks the heads of its own bolts in their traps and passes each nut by 1 mm', () => {
    const screws = carriage.leaves.filter((l) => l.kind === 'bought' && /^m6x\d+-low-head-screw$/.test(l.part.id))
    const nuts = carriage.leaves.filter((l) => l.kind === 'bought' && l.part.id === 'm6-hex-nut')
    expect(screws).toHaveLength(5)
    for (const screw of screws) {
      const length = Number(/x(\d+)-/.exec(screw.kind === 'bought' ? screw.part.id : '')?.[1])
      const headTop = applyToPoint(screw.transform, [0, 0, -LOW_HEAD_M6.headHeight])
      const tip = applyToPoint(screw.transform, [0, 0, length])
      // The outer face is w = 0: the head lies below it.
      expect(headTop[2]).toBeGreaterThanOrEqual(0)
      const nut = nuts.find((n) => {
        const c = applyToPoint(n.transform, [0, 0, 0])
        return Math.abs(c[0] - tip[0]) < 1e-6 && Math.abs(c[1] - tip[1]) < 1e-6
      })!
      const nutTop = applyToPoint(nut.transform, [0, 0, METRIC.M6.nutThickness])[2]
      expect(tip[2]).toBeGreaterThanOrEqual(nutTop + 1 - 1e-9)
    }
  })
})

describe('the belt tensioner', () => {
  const node = universalAxis(layout(350), { rodDiameter: 8, motorBodyLength: 40 })
  const leaves = printedLeaves(node)
  const carrier = leaves.find((l) => l.part.name === 'axis-idler-carrier')!
  const idlerHalves = leaves.filter((l) => l.part.name === 'axis-idler-end-half')
  const shifts = [IDLER.travel.from - AXIS.idlerAt, IDLER.travel.to - AXIS.idlerAt]

  it('moves the idler at least 10 mm', () => {
    expect(shifts[1] - shifts[0]).toBeGreaterThanOrEqual(10)
  })

  it('slides the carrier and turns the idler clear of the idler end over its whole travel', async () => {
    const carrierMesh = await evaluate(carrier.part.solid())
    const endMesh = await evaluate(idlerHalves[0].part.solid())
    const { min, max } = bounds(carrierMesh)
    const points: P[] = []
    for (let x = min[0] + 0.3; x < max[0]; x += 1.5)
      for (let y = min[1] + 0.3; y < max[1]; y += 1.5)
        for (let z = min[2] + 0.3; z < max[2]; z += 1.5) if (inside(carrierMesh, [x, y, z])) points.push([x, y, z])
    expect(points.length).toBeGreaterThan(500)
    const idler = boughtLeaf(node, GT2_IDLER.part.id).transform
    const flange = Array.from({ length: 24 }, (_, i): P => {
      const a = (i * Math.PI) / 12
      return [(GT2_IDLER.flangeDiameter / 2) * Math.cos(a), (GT2_IDLER.flangeDiameter / 2) * Math.sin(a), 0.5]
    })
    for (const shift of shifts) {
      const moved = [
        ...points.map((p) => applyToPoint(carrier.transform, p)),
        ...flange.flatMap((p) => [applyToPoint(idler, p), applyToPoint(idler, [p[0], p[1], GT2_IDLER.width - 0.5])]),
      ].map(([u, v, w]): P => [u + shift, v, w])
      for (const half of idlerHalves)
        for (const p of moved) expect(inside(endMesh, toLocal(half.transform, p)), `${p} at ${shift}`).toBe(false)
    }
  })

  it("bears on the idler's inner race alone, by bosses: its flanges run FITS.tensioner.idler clear of the cheeks", async () => {
    const carrierMesh = await evaluate(carrier.part.solid())
    const idler = boughtLeaf(node, GT2_IDLER.part.id).transform
    const clearance = FITS.tensioner.idler
    const hits = (r: number, offset: number) =>
      [0, GT2_IDLER.width].flatMap((face) =>
        Array.from({ length: 24 }, (_, i) => {
          const a = (i * Math.PI) / 12
          const z = face === 0 ? -offset : face + offset
          const p = toLocal(carrier.transform, applyToPoint(idler, [r * Math.cos(a), r * Math.sin(a), z]))
          return inside(carrierMesh, p)
        }),
      )
    const count = (list: boolean[]) => list.filter(Boolean).length
    // On the inner race, a hair off each face: the bosses, broken only where the axle's teardrop points.
    expect(count(hits(2, 0.02))).toBeGreaterThanOrEqual(32)
    // Outside the inner race nothing comes nearer either face than the clearance...
    for (let r = IDLER.axleBoss.innerRace / 2; r <= GT2_IDLER.flangeDiameter / 2; r += 0.25)
      for (const offset of [0.02, clearance / 2, clearance - 0.02])
        expect(count(hits(r, offset)), `${r} ${offset}`).toBe(0)
    // ... and the cheeks stand just beyond it.
    expect(count(hits(4, clearance + 0.02))).toBe(48)
  })

  it("passes the idler's axle through its nut by a full thread, its tip inside the carrier", async () => {
    const carrierMesh = await evaluate(carrier.part.solid())
    const axle = boughtLeaf(node, `m3x${IDLER.axleLength}-cap-screw`).transform
    const nut = inAxis(node).find((l) => l.kind === 'bought' && l.part.id === 'm3-hex-nut' && l.transform[10] > 0.5)!
    const tip = applyToPoint(axle, [0, 0, IDLER.axleLength])[2]
    const nutSeat = applyToPoint(nut.transform, [0, 0, 0])[2]
    const nutOuter = applyToPoint(nut.transform, [0, 0, METRIC.M3.nutThickness])[2]
    expect(tip - nutOuter).toBeGreaterThanOrEqual(IDLER.axleThreadPitch - 1e-9)
    expect(tip).toBeLessThanOrEqual(AXIS.halfThickness + IDLER.carrier.thickness / 2)
    // The nut seats on its trap's floor: plastic just under its face, air just over it.
    const [x, y] = applyToPoint(nut.transform, [0, 0, 0])
    expect(inside(carrierMesh, toLocal(carrier.transform, [x + 2.5, y, nutSeat - 0.05]))).toBe(true)
    expect(inside(carrierMesh, toLocal(carrier.transform, [x + 2.5, y, nutSeat + 0.05]))).toBe(false)
  })

  it('keeps the tension screw in its nut when slack and its tip clear of the idler when tight', () => {
    const screw = inAxis(node).find(
      (l) => l.kind === 'bought' && l.part.id === `m3x${IDLER.tensionScrewLength}-cap-screw`,
    )!
    const tip = applyToPoint(screw.transform, [0, 0, IDLER.tensionScrewLength])
    // Its head is sunk in the outer end face, where a hex key reaches it along u.
    const headTop = applyToPoint(screw.transform, [0, 0, -METRIC.M3.headHeight])
    expect(headTop[0]).toBeLessThanOrEqual(layout(350).length + 1e-9)
    // The tension screw's nut is the M3 nut turned along -u (the axle's runs along w).
    const nut = inAxis(node).find((l) => l.kind === 'bought' && l.part.id === 'm3-hex-nut' && l.transform[8] < -0.5)!
    const nutInner = applyToPoint(nut.transform, [0, 0, METRIC.M3.nutThickness])[0]
    const idlerU = uOf(boughtLeaf(node, GT2_IDLER.part.id).transform)
    expect(tip[0] + 1).toBeLessThanOrEqual(nutInner + shifts[0] + 1e-9)
    expect(tip[0]).toBeGreaterThanOrEqual(idlerU + shifts[1] + GT2_IDLER.flangeDiameter / 2 + 0.5)
    // And the channel the carrier runs in ends where the fully tightened carrier does, short of the head.
    expect(carrierChannel().end).toBeLessThan(AXIS.idlerEndLength - IDLER.screwHeadDepth)
  })
})

describe('the belt', () => {
  /** Parallel strands: the two pitch circles' radii differ by at most this, mm (ours). */
  const PARALLEL = 0.05

  it('runs in parallel strands: the idler has the pulley pitch diameter, both on the axis line', () => {
    expect(Math.abs(GT2_IDLER.pitchDiameter - GT2_PULLEY.pitchDiameter) / 2).toBeLessThanOrEqual(PARALLEL)
    const node = universalAxis(layout(350), { rodDiameter: 8, motorBodyLength: 40 })
    for (const id of [GT2_PULLEY.part.id, GT2_IDLER.part.id]) {
      const [, v] = applyToPoint(boughtLeaf(node, id).transform, [0, 0, 0])
      expect(Math.abs(v)).toBeLessThanOrEqual(PARALLEL)
    }
    // The carriage's clamp holds the belt on the same line as the strand leaving the pulley.
    expect(BELT.pulleyTeethTips).toBeCloseTo(BELT.pitchLine - 0.254 - BELT.toothHeight, 9)
  })

  it('is, on every axis of every preset, its path round pulley and idler to the clamps at mid travel plus the allowance', () => {
    for (const preset of presetNames()) {
      const { machine } = machineOf(preset)
      const axes = axisNodes(machine)
      expect(axes.length, preset).toBeGreaterThanOrEqual(5)
      for (const node of axes) {
        const pulley = uOf(boughtLeaf(node, GT2_PULLEY.part.id).transform)
        const idler = uOf(boughtLeaf(node, GT2_IDLER.part.id).transform)
        const carriage = uOf(node.children[0].transform)
        const wraps = (Math.PI * (GT2_PULLEY.pitchDiameter + GT2_IDLER.pitchDiameter)) / 2
        const free = idler - pulley
        const toClamps = carriage - pulley + (idler - (carriage + AXIS.carriageLength))
        const belt = inAxis(node).flatMap((l) =>
          l.kind === 'stock' && l.piece.item.startsWith('gt2-belt') ? [l.piece] : [],
        )
        expect(belt, `${preset} ${node.name}`).toHaveLength(1)
        expect(belt[0].length, `${preset} ${node.name}`).toBeCloseTo(
          wraps + free + toClamps + 2 * BELT.clampAllowance,
          6,
        )
      }
    }
  })
})

describe('the tension screw on a built machine', () => {
  it('is reached by a hex key along its axis from outside: 60 mm past its head clear of every part and stock piece', async () => {
    for (const preset of ['d3d-12in', 'd3d-16in']) {
      const leaves = placedLeaves(machineOf(preset).machine)
      // The axes' own screws of that size (the tool head uses the same screw for its hot end clamp).
      const screws = leaves.filter(
        (l) =>
          l.leaf.kind === 'bought' &&
          l.leaf.part.id === `m3x${IDLER.tensionScrewLength}-cap-screw` &&
          l.path.length === 2,
      )
      expect(screws, preset).toHaveLength(5)
      // Every printed part and stock piece (rods, belts, steel), each evaluated once per shape.
      const meshes = new Map<string, Promise<TriangleMesh>>()
      const solids = leaves.flatMap(({ leaf, world }) => {
        if (leaf.kind === 'bought') return []
        const key = leaf.kind === 'printed' ? leaf.part.name : `${leaf.piece.item}:${leaf.piece.length}`
        if (!meshes.has(key))
          meshes.set(key, evaluate(leaf.kind === 'printed' ? leaf.part.solid() : leaf.piece.shape()))
        return [{ mesh: meshes.get(key)!, world }]
      })
      for (const screw of screws) {
        for (let d = METRIC.M3.headHeight + 0.5; d < 60; d += 1) {
          const p = applyToPoint(screw.world, [0, 0, -d])
          for (const s of solids)
            expect(inside(await s.mesh, toLocal(s.world, p)), `${preset} ${screw.path.join('/')} ${d} mm out`).toBe(
              false,
            )
        }
      }
    }
  })
})
