import { beforeAll, describe, expect, it } from 'vitest'
import { placedLeaves } from '../../src/assembly/collect.js'
import { bounds, evaluate, type TriangleMesh, transform } from '../../src/kernel/index.js'
import { applyToPoint, invertRigid, type Mat4, multiply, translation } from '../../src/kernel/matrix.js'
import type { PrintedPart } from '../../src/parts/types.js'
import { inside } from '../../test/geometry.js'
import { machineOf } from '../../test/machines.js'
import { HOT_END } from '../vitamins/tool-head.js'
import { PROBE_TRIGGER_MARGIN, TOOL_HEAD } from './dimensions.js'
import { NOZZLE_Z } from './hotend-seat.js'
import {
  CARRIAGE_BOLT_COUNTERBORE,
  CARRIAGE_BOLTS,
  CLAMP_TO_PRINT,
  DUCT_AIM,
  DUCT_MOUTH_X,
  DUCT_TO_PRINT,
  fanDuct,
  hotEndClamp,
  jetLineZ,
  PLATE_TO_PRINT,
  toolHeadPlate,
} from './parts.js'

type P = [number, number, number]
const inHead = (part: PrintedPart, toPrint: Mat4) => evaluate(transform(part.solid(), invertRigid(toPrint)))

describe('tool head', () => {
  let plate: TriangleMesh
  let clamp: TriangleMesh
  beforeAll(async () => {
    plate = await inHead(toolHeadPlate(), PLATE_TO_PRINT)
    clamp = await inHead(hotEndClamp(), CLAMP_TO_PRINT)
  })
  const at = (h: number, r: number, degrees: number): P => {
    const a = (degrees * Math.PI) / 180
    return [r * Math.cos(a), r * Math.sin(a), NOZZLE_Z + h]
  }

  it('clamps the hot end by its groove: a tongue in the groove, the collars in their bores', () => {
    const groove = (HOT_END.grooveBottom + HOT_END.grooveTop) / 2
    const collar = (HOT_END.grooveTop + HOT_END.length) / 2
    for (const degrees of [0, 40, -40]) {
      expect(inside(plate, at(groove, 7, degrees)), 'fixed half fills the groove').toBe(true)
      expect(inside(clamp, at(groove, 7, 180 + degrees)), 'cap fills the groove').toBe(true)
      expect(inside(plate, at(collar, 7.9, degrees)), 'collar bore').toBe(false)
      expect(inside(clamp, at(collar, 7.9, 180 + degrees)), 'collar bore').toBe(false)
      expect(inside(plate, at(groove, 5.9, degrees)), 'groove bore').toBe(false)
    }
    // The halves stop 0.25 short of the split, so that the screws pull them onto the groove.
    expect(inside(plate, at(groove, 7, 90))).toBe(false)
  })

  it("bears on the upper collar's lower edge in the fixed half, whose tongue face rises from it at 45 degrees as printed", () => {
    const top = HOT_END.grooveTop
    for (const degrees of [0, 40, -40, 80]) {
      expect(inside(plate, at(top - 0.1, 7.95, degrees)), 'at the collar edge').toBe(true)
      expect(inside(plate, at(top - 0.5, 7, degrees)), 'under the cone').toBe(false)
      expect(inside(plate, at(top - 1.5, 7, degrees)), 'in the tongue').toBe(true)
      expect(inside(clamp, at(top - 0.1, 6.5, 180 + degrees)), "the cap's flat face").toBe(true)
    }
  })

  it('leaves the plate out where nothing hangs from it, with a wall round every counterbore', () => {
    const { wall } = TOOL_HEAD
    const edge = CARRIAGE_BOLT_COUNTERBORE.diameter / 2 + wall
    for (const [x, y] of CARRIAGE_BOLTS) {
      const z = TOOL_HEAD.plate.min[2] + 0.5
      expect(inside(plate, [x, y + Math.sign(y) * (edge - 0.1), z]), `wall past the M6 at ${x}, ${y}`).toBe(true)
      expect(inside(plate, [x - 0.5, y + Math.sign(y) * (edge + 0.1), z]), `cut back past the M6 at ${x}, ${y}`).toBe(
        false,
      )
    }
  })

  it('leaves a clear path down the middle for the filament, and the nozzle where the layout puts it', async () => {
    const { layout, machine } = machineOf('d3d-12in')
    const leaves = placedLeaves(machine)
    const hotEnd = leaves.find((p) => p.leaf.kind === 'bought' && p.leaf.part.id === 'hotend-e3d-v6')!
    expect(applyToPoint(hotEnd.world, [0, 0, 0])[2]).toBeCloseTo(layout.nozzleZ, 6)
    const head = leaves.filter((p) => p.path.includes('carriage') && p.path[1] === 'x' && p.leaf.kind === 'printed')
    const meshes = new Map<string, TriangleMesh>()
    for (const p of head)
      if (p.leaf.kind === 'printed') meshes.set(p.leaf.part.name, await evaluate(p.leaf.part.solid()))
    // The hot end sits at (0, 0, NOZZLE_Z) in the tool head's frame: that frame in the machine.
    const headToWorld = multiply(hotEnd.world, translation([0, 0, -NOZZLE_Z]))
    for (let z = TOOL_HEAD.mount.max[2] - 1; z > TOOL_HEAD.plate.min[2]; z -= 1) {
      const world = applyToPoint(headToWorld, [0, 0, z])
      for (const p of head) {
        if (p.leaf.kind !== 'printed') continue
        const local = applyToPoint(invertRigid(p.world), world)
        expect(inside(meshes.get(p.leaf.part.name)!, local), `${p.leaf.part.name} at z ${z}`).toBe(false)
      }
    }
  })

  it('puts the probe tip behind the nozzle and low enough to switch before the nozzle touches the bed', () => {
    const { machine, layout } = machineOf('d3d-12in', ['tools=2'])
    const leaves = placedLeaves(machine)
    const tip = (id: string) =>
      leaves
        .filter((p) => p.leaf.kind === 'bought' && p.leaf.part.id === id)
        .map((p) => applyToPoint(p.world, [0, 0, 0]))
    const nozzles = tip('hotend-e3d-v6')
    const probes = tip('probe-inductive-m8')
    expect(nozzles).toHaveLength(2)
    expect(probes).toHaveLength(1)
    expect(probes[0].map((v, k) => Math.round((v - nozzles[0][k]) * 1e6) / 1e6)).toEqual([...TOOL_HEAD.probeOffset])
    // Side by side, or further apart where the X carriages are longer than the heads are wide.
    expect(nozzles[1][0] - nozzles[0][0]).toBeCloseTo(layout.toolHeads.pitch, 9)
    expect(layout.toolHeads.pitch).toBeGreaterThanOrEqual(TOOL_HEAD.secondCarriagePitch)
    expect(PROBE_TRIGGER_MARGIN).toBeGreaterThanOrEqual(0.5)
  })

  it('runs the PTFE liner down to the heat break, and leaves the collet free and reachable', () => {
    const { machine } = machineOf('d3d-12in')
    const tube = placedLeaves(machine).find((p) => p.leaf.kind === 'stock' && p.leaf.piece.item === 'ptfe-tube-4x2')!
    const hotEnd = placedLeaves(machine).find((p) => p.leaf.kind === 'bought' && p.leaf.part.id === 'hotend-e3d-v6')!
    expect(applyToPoint(tube.world, [0, 0, 0])[2] - applyToPoint(hotEnd.world, [0, 0, 0])[2]).toBeCloseTo(
      HOT_END.linerSeat,
      6,
    )
    const top = TOOL_HEAD.plate.min[2]
    const { diameter, depth } = TOOL_HEAD.colletRelief
    for (const degrees of [0, 90, 180, 270]) {
      const a = (degrees * Math.PI) / 180
      const r = diameter / 2 - 0.2
      expect(inside(plate, [r * Math.cos(a), r * Math.sin(a), top + depth - 0.2]), 'relief').toBe(false)
    }
    for (let x = TOOL_HEAD.plate.min[0] + 0.2; x < 0; x += 1)
      expect(inside(plate, [x, 0, top + depth / 2]), `window at x ${x}`).toBe(false)
    expect(inside(plate, [0, 0, top + depth + 0.2]), 'plate over the relief').toBe(false)
    expect(inside(plate, [diameter / 2 + 0.5, 0, top + depth + 0.2]), 'plate over the relief').toBe(true)
  })

  it('blows under the heater block at a point below the nozzle tip, and keeps clear of the block', async () => {
    const duct = await inHead(fanDuct(), DUCT_TO_PRINT)
    const { block } = HOT_END
    expect(DUCT_AIM[2]).toBeLessThan(NOZZLE_Z)
    // The jet's upper edge passes under the block's edge on the duct's side.
    expect(jetLineZ(block.max[0], 1.3)).toBeLessThan(NOZZLE_Z + block.min[2] - 0.5)
    // Open along the jet's axis from the mouth into the duct; walls above and below the jet.
    for (let x = DUCT_MOUTH_X - 0.5; x < DUCT_MOUTH_X + 8; x += 0.5) {
      expect(inside(duct, [x, 0, jetLineZ(x, 0)]), `jet axis at x ${x}`).toBe(false)
      expect(inside(duct, [x + 0.1, 0, jetLineZ(x + 0.1, -2)]), `floor at x ${x}`).toBe(x + 0.1 > DUCT_MOUTH_X)
    }
    const { min } = bounds(duct)
    expect(min[0]).toBeGreaterThanOrEqual(block.max[0] + 5 - 1e-4)
    expect(min[2]).toBeCloseTo(NOZZLE_Z + 2, 4)
  })
})
