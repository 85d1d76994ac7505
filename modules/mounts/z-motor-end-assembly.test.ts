import type { Manifold } from 'manifold-3d'
import { describe, expect, it } from 'vitest'
import { type PlacedLeaf, placedLeaves } from '../../src/assembly/collect.js'
import { ShapeStore } from '../../src/assembly/collisions.js'
import { REGISTERED } from '../../src/assembly/index.js'
import { buildMachine } from '../../src/assembly/machine.js'
import { evaluateManifold, transform } from '../../src/kernel/index.js'
import { applyToPoint, invertRigid } from '../../src/kernel/matrix.js'
import { axisList } from '../../src/layout/index.js'
import { machineOf } from '../../test/machines.js'
import { AXIS } from '../axis/dimensions.js'
import { LOW_HEAD_M6, METRIC } from '../vitamins/fasteners.js'
import { zCylinder } from '../vitamins/solids.js'

/** Faces that touch, not solids that meet (mm3), as in the collision check. */
const TOUCH = 1e-3
/** How far past its head a key must have straight room. */
const KEY_REACH = 60

/**
 * Each screw's head and the hex key that turns it (across flats), by its part id; a straight key
 * is drawn as its across-corners circle.
 */
function screwOf(id: string) {
  const length = Number(/x(\d+)-/.exec(id)?.[1])
  if (/^m3x\d+-cap-screw$/.test(id))
    return { length, head: METRIC.M3, headHeight: METRIC.M3.headHeight, key: METRIC.M3.hexKey }
  if (/^m6x\d+-cap-screw$/.test(id))
    return { length, head: METRIC.M6, headHeight: METRIC.M6.headHeight, key: METRIC.M6.hexKey }
  if (/^m6x\d+-low-head-screw$/.test(id))
    return { length, head: METRIC.M6, headHeight: LOW_HEAD_M6.headHeight, key: LOW_HEAD_M6.hexKey }
  throw new Error(`no key known for ${id}`)
}

const idOf = (p: PlacedLeaf) => (p.leaf.kind === 'bought' ? p.leaf.part.id : '')

/**
 * What a screw needs outside itself, in its own frame (head below z = 0, shank along +z): the
 * key's path, KEY_REACH out from the head's top; and the head's path as the screw comes out
 * along its axis until its tip has left where the head was (the shank follows in its own hole).
 */
function sweeps(id: string) {
  const s = screwOf(id)
  const top = -s.headHeight
  return {
    key: zCylinder(top - KEY_REACH, top, s.key / Math.cos(Math.PI / 6)),
    withdraw: zCylinder(top - s.length - s.headHeight, 0, s.head.headDiameter),
  }
}

/** Every solid of `present` that a swept solid (in machine coordinates) meets, with the volume. */
async function blockers(store: ShapeStore, swept: Manifold, present: PlacedLeaf[], self: PlacedLeaf) {
  const box = swept.boundingBox()
  const out: string[] = []
  for (const p of present) {
    if (p === self) continue
    const { manifold } = await store.shapeOf(p.leaf)
    const moved = manifold.transform(p.world as Parameters<Manifold['transform']>[0])
    const b = moved.boundingBox()
    const meet = [0, 1, 2].every((k) => b.min[k] < box.max[k] && box.min[k] < b.max[k])
    if (meet) {
      const common = swept.intersect(moved)
      const volume = common.volume()
      common.delete()
      if (volume > TOUCH) out.push(`${p.path.slice(1).join('/')}:${idOf(p) || p.leaf.kind} ${volume.toFixed(2)} mm3`)
    }
    moved.delete()
  }
  return out
}

describe('the top Z motor end and its mount', () => {
  it.each([
    { preset: 'd3d-12in', sets: [], zReduction: 1 },
    { preset: 'd3d-18in', sets: ['zAxes=4'], zReduction: 1 },
    // Z motors with a planetary gearbox, the drive that holds the bed: its own motor end halves.
    { preset: 'd3d-12in', sets: [], zReduction: 27 },
  ])(
    '$preset $sets, Z reduction $zReduction: assemble in order, every screw with a straight key, every screw withdrawable along its axis',
    async ({ preset, sets, zReduction }) => {
      const { spec, layout } = machineOf(preset, sets)
      const machine = buildMachine(spec, layout, REGISTERED, zReduction)
      const leaves = placedLeaves(machine)
      const store = new ShapeStore()
      const zAxes = axisList(layout.axes).filter((a) => a.direction === 'z')
      expect(zAxes.length).toBeGreaterThan(0)
      for (const a of zAxes) {
        const mount = `${a.name}-mount-top`
        const inMount = leaves.filter((p) => p.path.at(-1) === mount)
        const toAxis = invertRigid(a.placement)
        const motorScrews = leaves.filter(
          (p) =>
            p.path.at(-1) === a.name &&
            /^m3x\d+-cap-screw$/.test(idOf(p)) &&
            applyToPoint(toAxis, applyToPoint(p.world, [0, 0, 0]))[0] < AXIS.motorEndLength,
        )
        const endBolts = inMount.filter((p) => /low-head-screw$/.test(idOf(p)))
        const frameBolts = inMount.filter((p) => /^m6x\d+-cap-screw$/.test(idOf(p)))
        expect([motorScrews.length, endBolts.length, frameBolts.length]).toEqual([4, 2, 2])
        // The order: 1. the mount onto the frame, its end bolts' nuts already in its traps;
        // 2. on the bench, the motor onto the motor end; 3. the axis onto its mounts.
        const steps = [
          {
            step: '1 mount on the frame',
            fitted: frameBolts,
            present: leaves.filter((p) => !p.path.includes(a.name) && !endBolts.includes(p)),
          },
          { step: '2 motor on the end', fitted: motorScrews, present: leaves.filter((p) => p.path.includes(a.name)) },
          { step: '3 axis on its mounts', fitted: endBolts, present: leaves },
        ]
        for (const { step, fitted, present } of steps) {
          for (const screw of fitted) {
            for (const [what, solid] of Object.entries(sweeps(idOf(screw)))) {
              const swept = await evaluateManifold(transform(solid, screw.world))
              const found = await blockers(store, swept, present, screw)
              swept.delete()
              expect(found, `${a.name} step ${step}: ${idOf(screw)} ${what}`).toEqual([])
            }
          }
        }
      }
    },
    240_000,
  )
})
