import type { PlacedLeaf } from '../../assembly/collect.js'
import { worldBox } from '../../assembly/collisions.js'
import { axisOf, originOf, type Vec3 } from '../../kernel/matrix.js'
import { SCREW, WITH_A_SCREW } from './actions.js'
import type { Box } from './split.js'

/** A nut or washer this close to a screw's axis is on it (mm): one seated on the shank. */
const ON_AXIS = 0.5
/** A washer under the head may stand this far before the head's seat (mm). */
const BEFORE_HEAD = 2
/** What a screw's tip stands past its nut (mm, the screws are chosen 1 mm longer): it clamps nothing there. */
const TIP = 1.5

/** A screw and the nuts and washers on its shank. */
export interface Fastener {
  readonly screw: PlacedLeaf
  readonly on: readonly PlacedLeaf[]
}

/** A screw's length from its catalogue id ("m6x20-cap-screw": 20 mm). */
const lengthOf = (p: PlacedLeaf) => Number(/^m\d+x([\d.]+)-/.exec(p.leaf.kind === 'bought' ? p.leaf.part.id : '')?.[1])

const isScrew = (p: PlacedLeaf) => p.leaf.kind === 'bought' && SCREW.test(p.leaf.part.id)
const isOnAScrew = (p: PlacedLeaf) => p.leaf.kind === 'bought' && WITH_A_SCREW.test(p.leaf.part.id)

/** Where along the screw's shank (mm from the head's seat) a point lies, and how far from its axis. */
export function alongScrew(screw: PlacedLeaf, p: Vec3): { t: number; off: number } {
  const o = originOf(screw.world)
  const z = axisOf(screw.world, 2)
  const d = [p[0] - o[0], p[1] - o[1], p[2] - o[2]]
  const t = d[0] * z[0] + d[1] * z[1] + d[2] * z[2]
  const off = Math.hypot(d[0] - t * z[0], d[1] - t * z[1], d[2] - t * z[2])
  return { t, off }
}

/**
 * The leaves' fasteners: each screw (catalogue ids, fasteners.ts) with every nut and washer whose
 * origin lies on its axis, from just before its head's seat to its tip. The shank runs along the
 * screw's local +z from its origin (modules/vitamins/fasteners.ts).
 */
export function fastenersOf(leaves: readonly PlacedLeaf[]): Fastener[] {
  const screws = leaves.filter(isScrew)
  const loose = leaves.filter(isOnAScrew)
  const taken = new Set<PlacedLeaf>()
  return screws.map((screw) => {
    const length = lengthOf(screw)
    const on = loose.filter((n) => {
      if (taken.has(n)) return false
      const { t, off } = alongScrew(screw, originOf(n.world))
      return off < ON_AXIS && t > -BEFORE_HEAD && t < length
    })
    for (const n of on) taken.add(n)
    return { screw, on }
  })
}

/** Points along a screw's shank, 1 mm apart, from its head's seat to its nut (its tip left out). */
export function shankPoints(screw: PlacedLeaf): Vec3[] {
  const o = originOf(screw.world)
  const z = axisOf(screw.world, 2)
  const length = lengthOf(screw)
  const points: Vec3[] = []
  for (let t = 0.5; t < length - TIP; t += 1) points.push([o[0] + z[0] * t, o[1] + z[1] * t, o[2] + z[2] * t])
  return points
}

/**
 * The printed parts a screw's shank passes through: what it clamps together. A shank in the
 * parting plane of two halves (an end face's bolts) is in both.
 */
export function clampedBy(screw: PlacedLeaf, printed: readonly PlacedLeaf[], boxOf: (p: PlacedLeaf) => Box) {
  const points = shankPoints(screw)
  return printed.filter((p) => {
    const box = worldBox(boxOf(p), p.world)
    return points.some((q) => [0, 1, 2].every((k) => box.min[k] <= q[k] && q[k] <= box.max[k]))
  })
}

/** Whether a point lies in a printed part's box (a nut in its trap). */
export function inBox(p: PlacedLeaf, printed: PlacedLeaf, boxOf: (p: PlacedLeaf) => Box): boolean {
  const box = worldBox(boxOf(printed), printed.world)
  const at = originOf(p.world)
  return [0, 1, 2].every((k) => box.min[k] <= at[k] && at[k] <= box.max[k])
}
