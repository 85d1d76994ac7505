import { beforeAll, describe, expect, it } from 'vitest'
import { printability } from '../../check/overhangs.js'
import { countBought, countPrinted, placedLeaves } from '../../src/assembly/collect.js'
import { findCollisions } from '../../src/assembly/collisions.js'
import { REGISTERED } from '../../src/assembly/index.js'
import { buildMachine } from '../../src/assembly/machine.js'
import { bounds, checkManifold, evaluate, type TriangleMesh } from '../../src/kernel/index.js'
import { applyToPoint, frame, identity } from '../../src/kernel/matrix.js'
import type { AxisLayout } from '../../src/layout/types.js'
import type { AssemblyNode, Leaf } from '../../src/parts/types.js'
import { inside } from '../../test/geometry.js'
import { machineOf } from '../../test/machines.js'
import { GT2, GT2_PULLEY_8MM } from '../vitamins/belt-drive.js'
import { NEMA17, NEMA17_GEARBOX } from '../vitamins/motors.js'
import { AXIS_CONTRACT } from './contract.js'
import { AXIS, MOTOR } from './dimensions.js'
import { universalAxis } from './index.js'
import { gearboxMotorEndHalves, motorEndHalf } from './motor-end.js'

type P = [number, number, number]

const T = AXIS.thickness
const m = AXIS.motorAt
const r = MOTOR.gearboxScrewRadius

/** A Z axis of 400 mm rods, as the layout places one (its motor end at the top). */
function zLayout(): AxisLayout {
  const rodLength = 400
  const rodStart = AXIS.motorEndLength / 2
  const length = rodStart + rodLength + AXIS.idlerEndLength - AXIS.idlerRodDepth
  const travel = length - AXIS.motorEndLength - AXIS.idlerEndLength - AXIS.carriageLength
  return {
    name: 'z-test',
    direction: 'z',
    placement: frame([0, 0, 500], [0, 0, -1], [1, 0, 0], [0, -1, 0]),
    length,
    rodLength,
    rodStart,
    travel,
    carriageAt: AXIS.motorEndLength + travel / 2,
    beltLength: 2 * length + AXIS_CONTRACT.beltOverTwiceLength,
  }
}

/** Every leaf of an axis node, placed in the axis's own u/v/w frame. */
const inAxis = (node: AssemblyNode): Leaf[] =>
  placedLeaves({ ...node, transform: identity }).map((p) => ({ ...p.leaf, transform: p.world }))

describe('the motor end of a Z axis with a gearbox on its motor', () => {
  const [face, back] = gearboxMotorEndHalves(8)
  const meshes = new Map<string, TriangleMesh>()
  beforeAll(async () => {
    for (const part of [face, back]) meshes.set(part.name, await evaluate(part.solid()))
  })

  it("is two closed halves of the plain half's size, named apart from it and from each other", () => {
    expect(new Set([face.name, back.name, motorEndHalf(8).name]).size).toBe(3)
    // The names the spool holder's uprights nest in.
    expect(AXIS_CONTRACT.motorEndParts(8, 27)).toEqual([face.name, back.name])
    expect(AXIS_CONTRACT.motorEndParts(8)).toEqual([motorEndHalf(8).name])
    expect(gearboxMotorEndHalves(12).map((h) => h.name)).toEqual([
      'axis-motor-end-gearbox-face-rod12',
      'axis-motor-end-gearbox-back-rod12',
    ])
    for (const part of [face, back]) {
      const mesh = meshes.get(part.name) as TriangleMesh
      expect(checkManifold(mesh), part.name).toMatchObject({ ok: true, badEdges: 0, degenerateTriangles: 0 })
      const { min, max } = bounds(mesh)
      const size = max.map((x, k) => x - min[k])
      for (const [k, x] of [AXIS.motorEndLength, AXIS.endWidth, AXIS.halfThickness].entries())
        expect(size[k], part.name).toBeCloseTo(x, 4)
    }
  })

  it('prints without support as it lies, each half on its outer face', () => {
    for (const part of [face, back])
      expect(printability(meshes.get(part.name) as TriangleMesh).unsupportedArea, part.name).toBe(0)
  })

  it("takes the gearbox's pilot in the face half and the screw heads in closed recesses in the back half", () => {
    const pilotEdge = NEMA17_GEARBOX.pilotDiameter / 2 + 0.2
    const pulleyEdge = GT2_PULLEY_8MM.flangeDiameter / 2 + 0.2
    const probes: [string, P, boolean][] = [
      [face.name, [m + pilotEdge, 0, 1], false], // the pilot's hole, at the gearbox's face
      [back.name, [m + pilotEdge, 0, 6], true], // the back half only passes the pulley
      [back.name, [m + pulleyEdge, 0, 6], false],
      [face.name, [m + r, 0, 6], false], // a gearbox screw through the face half
      [face.name, [m + r + 2.5, 0, 1.5], true], // no recess there: the gearbox's face bears on it
      [back.name, [m + r + 2.5, 0, 1.5], false], // the head's recess in the back half
      [back.name, [m + r - 2.5, 0, 1.5], false],
      [back.name, [m + r - 3.6, 0, 1.5], true], // plastic all round the recess, towards the axis too
      [back.name, [m + r, 0, 3.1], true], // the sacrificial layer the screw opens
      [back.name, [m, r, 6], false], // the screw on the v line
    ]
    for (const [name, p, solid] of probes)
      expect(inside(meshes.get(name) as TriangleMesh, p), `${name} at ${p}`).toBe(solid)
  })
})

describe('a Z axis with a gearbox on its motor', () => {
  const options = { rodDiameter: 8, motorBodyLength: 48, endsMounted: true, reduction: 27 }
  const node = universalAxis(zLayout(), options)
  const leaves = inAxis(node)
  const bought = (pattern: RegExp) => leaves.filter((l) => l.kind === 'bought' && pattern.test(l.part.id))

  it('holds the gearmotor and the 8 mm bore pulley instead of the plain motor and its pulley', () => {
    const ids = leaves.flatMap((l) => (l.kind === 'bought' ? [l.part.id] : []))
    expect(ids).toContain(NEMA17_GEARBOX.part(48, 27).id)
    expect(ids).toContain(GT2_PULLEY_8MM.part.id)
    expect(ids.filter((id) => id === NEMA17.part(48).id || id === 'gt2-pulley-20t-5mm')).toEqual([])
    expect(() => universalAxis(zLayout(), { ...options, reduction: 10 })).toThrow(/ratio 10/)
  })

  it("drives its four screws into the gearbox's holes, no deeper than they go", () => {
    const screws = bought(/^m3x\d+-cap-screw$/).filter(
      (l) => applyToPoint(l.transform, [0, 0, 0])[0] < AXIS.motorEndLength,
    )
    expect(screws).toHaveLength(4)
    for (const screw of screws) {
      const length = Number(/x(\d+)-/.exec(screw.kind === 'bought' ? screw.part.id : '')?.[1])
      const [u, v, w] = applyToPoint(screw.transform, [0, 0, length])
      // The gearbox's face is the face half's outer face, w = 0; its holes are on the 28 mm circle.
      expect(Math.hypot(u - m, v)).toBeCloseTo(NEMA17_GEARBOX.holeCircle / 2, 6)
      expect(-w).toBeGreaterThanOrEqual(MOTOR.screwEngagement)
      expect(-w).toBeLessThanOrEqual(NEMA17_GEARBOX.holeDepth)
    }
  })

  it("runs its pulley's teeth across the belt, on the gearbox's shaft", () => {
    const [pulley] = bought(/^gt2-pulley-20t-8mm$/)
    const p = GT2_PULLEY_8MM
    const [u, v, w] = applyToPoint(pulley.transform, [0, 0, 0])
    expect([u, v]).toEqual([m, 0])
    const belt = [AXIS.halfThickness - GT2.beltWidth / 2, AXIS.halfThickness + GT2.beltWidth / 2]
    expect(w + p.hubHeight).toBeLessThanOrEqual(belt[0])
    expect(w + p.hubHeight + p.toothHeight).toBeGreaterThanOrEqual(belt[1])
    // The shaft reaches through the pulley's bore, and both stay inside the pieces.
    expect(NEMA17_GEARBOX.shaftLength).toBeGreaterThanOrEqual(w + p.hubHeight + p.toothHeight + p.flangeThickness)
    expect(NEMA17_GEARBOX.shaftLength).toBeLessThan(T)
  })
})

describe('a machine whose Z motors hold the bed', () => {
  const { spec, layout, machine: plain } = machineOf('d3d-12in')
  const geared = buildMachine(spec, layout, REGISTERED, 27)
  const zAxes = layout.axes.z.front.length + layout.axes.z.rear.length
  const counts = (root: AssemblyNode) =>
    new Map(countPrinted(root).map((c) => [`${c.item.name} ${JSON.stringify(c.item.params)}`, c.quantity]))

  it('changes only the Z motor ends, motors and pulleys', () => {
    const before = counts(plain)
    const after = counts(geared)
    const half = `${motorEndHalf(8).name} ${JSON.stringify(motorEndHalf(8).params)}`
    expect(after.get(half)).toBe((before.get(half) ?? 0) - 2 * zAxes)
    for (const part of gearboxMotorEndHalves(8))
      expect(after.get(`${part.name} ${JSON.stringify(part.params)}`)).toBe(zAxes)
    for (const [key, quantity] of before) if (key !== half) expect(after.get(key), key).toBe(quantity)

    const boughtBefore = new Map(countBought(plain).map((c) => [c.item.id, c.quantity]))
    const boughtAfter = new Map(countBought(geared).map((c) => [c.item.id, c.quantity]))
    const motor = NEMA17.part(spec.motor.bodyLength).id
    const changed = [
      motor,
      'gt2-pulley-20t-5mm',
      NEMA17_GEARBOX.part(spec.motor.bodyLength, 27).id,
      GT2_PULLEY_8MM.part.id,
    ]
    expect(changed.map((id) => (boughtAfter.get(id) ?? 0) - (boughtBefore.get(id) ?? 0))).toEqual([
      -zAxes,
      -zAxes,
      zAxes,
      zAxes,
    ])
    for (const [id, quantity] of boughtBefore) if (!changed.includes(id)) expect(boughtAfter.get(id), id).toBe(quantity)
  })

  it('has no two solids overlapping but where one nests in the other, the spool uprights in the geared ends too', async () => {
    const report = await findCollisions(geared)
    expect(report.overlaps).toEqual([])
  }, 240_000)
})
