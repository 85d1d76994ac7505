import type { Manifold } from 'manifold-3d'
import { evaluateManifold } from '../kernel/index.js'
import { applyToPoint, invertRigid, type Mat4, multiply } from '../kernel/matrix.js'
import { modelKey } from '../parts/model-key.js'
import type { AssemblyNode, Leaf } from '../parts/types.js'
import { type MotionOffsets, type PlacedLeaf, placedLeaves } from './collect.js'

/** Overlaps smaller than this (mm3) are faces that touch, not solids that meet. */
const OVERLAP_TOLERANCE = 1e-3

export interface Overlap {
  /** Where the two leaves are, "node/path:id". */
  readonly a: string
  readonly b: string
  /** mm3 */
  readonly volume: number
  /** The motion offsets at which they overlap, e.g. "x=-120 y=110 z=-74". */
  readonly at: string
}

export interface CollisionReport {
  readonly overlaps: readonly Overlap[]
  /** Motion positions checked: as drawn and every combination of travel ends. */
  readonly positions: readonly string[]
  /** Pairs whose exact overlap was computed (after the bounding-box pass). */
  readonly pairsMeasured: number
}

type Box = { min: [number, number, number]; max: [number, number, number] }

/** A leaf's id, as nestings name it: printed part name, bought part id or stock item. */
function leafId(leaf: Leaf): string {
  return leaf.kind === 'printed' ? leaf.part.name : leaf.kind === 'bought' ? leaf.part.id : leaf.piece.item
}

/**
 * The shapes of leaves, evaluated once for whoever holds the store. Equal printed and bought
 * parts share a shape; a stock piece's shape (holes drilled where its module says) is its own.
 */
export class ShapeStore {
  private readonly shapes = new Map<string, Promise<{ manifold: Manifold; box: Box }>>()
  private readonly stockIds = new WeakMap<object, number>()

  keyOf(leaf: Leaf): string {
    if (leaf.kind === 'printed') return `p|${modelKey(leaf.part)}`
    if (leaf.kind === 'bought') return `b|${leaf.part.id}`
    let id = this.stockIds.get(leaf.piece)
    if (id === undefined) {
      id = this.shapes.size
      this.stockIds.set(leaf.piece, id)
    }
    return `s|${id}`
  }

  shapeOf(leaf: Leaf): Promise<{ manifold: Manifold; box: Box }> {
    const key = this.keyOf(leaf)
    let found = this.shapes.get(key)
    if (!found) {
      const solid =
        leaf.kind === 'printed' ? leaf.part.solid : leaf.kind === 'bought' ? leaf.part.shape : leaf.piece.shape
      found = evaluateManifold(solid()).then((manifold) => {
        const b = manifold.boundingBox()
        return { manifold, box: { min: [...b.min] as Box['min'], max: [...b.max] as Box['max'] } }
      })
      this.shapes.set(key, found)
    }
    return found
  }
}

/** The axis-aligned box, in the frame m maps to, of a box given in its own frame. */
export function worldBox(local: { readonly min: readonly number[]; readonly max: readonly number[] }, m: Mat4): Box {
  const min: Box['min'] = [Infinity, Infinity, Infinity]
  const max: Box['max'] = [-Infinity, -Infinity, -Infinity]
  for (let i = 0; i < 8; i++) {
    const p = applyToPoint(m, [
      i & 1 ? local.max[0] : local.min[0],
      i & 2 ? local.max[1] : local.min[1],
      i & 4 ? local.max[2] : local.min[2],
    ])
    for (let k = 0; k < 3; k++) {
      if (p[k] < min[k]) min[k] = p[k]
      if (p[k] > max[k]) max[k] = p[k]
    }
  }
  return { min, max }
}

const boxesMeet = (a: Box, b: Box) =>
  a.min[0] < b.max[0] &&
  b.min[0] < a.max[0] &&
  a.min[1] < b.max[1] &&
  b.min[1] < a.max[1] &&
  a.min[2] < b.max[2] &&
  b.min[2] < a.max[2]

/** Volume of `a` and `b` in common, `b` placed in `a`'s frame by `relative`. */
function overlapVolume(a: Manifold, b: Manifold, relative: Mat4): number {
  const moved = b.transform(relative as Parameters<Manifold['transform']>[0])
  const common = a.intersect(moved)
  const volume: number = common.volume()
  common.delete()
  moved.delete()
  return volume
}

/** Does `a` declare that it may overlap `b`? A plain id: b in a's node or below; "node/id": b under that node. */
function nestsIn(a: PlacedLeaf, b: PlacedLeaf): boolean {
  const id = leafId(b.leaf)
  return (a.leaf.nests ?? []).some((entry) => {
    const slash = entry.lastIndexOf('/')
    if (slash < 0) return entry === id && a.path.every((name, i) => b.path[i] === name)
    return entry.slice(slash + 1) === id && b.path.includes(entry.slice(0, slash))
  })
}

const describeLeaf = (p: PlacedLeaf) => `${p.path.slice(1).join('/') || p.path[0]}:${leafId(p.leaf)}`

/** The motions in a tree with their travel, each once. */
function motionsOf(root: AssemblyNode): Map<string, readonly [number, number]> {
  const out = new Map<string, readonly [number, number]>()
  const walk = (node: AssemblyNode) => {
    if (node.motion) {
      const seen = out.get(node.motion.name)
      const t = node.motion.travel
      if (seen && (Math.abs(seen[0] - t[0]) > 1e-9 || Math.abs(seen[1] - t[1]) > 1e-9)) {
        throw new Error(`motion ${node.motion.name} has two travels: ${seen} and ${t}`)
      }
      out.set(node.motion.name, t)
    }
    node.children.forEach(walk)
  }
  walk(root)
  return out
}

/** As drawn, then every combination of each motion's two travel ends. */
function positions(root: AssemblyNode): MotionOffsets[] {
  const motions = motionsOf(root)
  let combos: Record<string, number>[] = [{}]
  for (const [name, [lo, hi]] of motions)
    combos = combos.flatMap((c) => [
      { ...c, [name]: lo },
      { ...c, [name]: hi },
    ])
  return motions.size > 0 ? [{}, ...combos] : [{}]
}

const describePosition = (o: MotionOffsets) =>
  Object.entries(o)
    .map(([k, v]) => `${k}=${Math.round((v as number) * 10) / 10}`)
    .join(' ') || 'as drawn'

/**
 * Checks that no two solids of the machine overlap, except where a leaf declares it nests in
 * the other, as drawn and at every combination of the motions' travel ends (each carriage with
 * what it carries). Pairs that move together are checked once; equal relative placements of
 * the same two shapes are measured once.
 */
export async function findCollisions(root: AssemblyNode, shapes = new ShapeStore()): Promise<CollisionReport> {
  const all = positions(root)
  const overlaps: Overlap[] = []
  const measured = new Map<string, number>()
  const base = placedLeaves(root)
  const local = await Promise.all(base.map((p) => shapes.shapeOf(p.leaf)))
  const group = base.map((p) => p.motions.join('>'))
  for (const [index, offsets] of all.entries()) {
    const placed = index === 0 ? base : placedLeaves(root, offsets)
    const boxes = placed.map((p, i) => worldBox(local[i].box, p.world))
    const order = placed.map((_, i) => i).sort((i, j) => boxes[i].min[0] - boxes[j].min[0])
    for (let oi = 0; oi < order.length; oi++) {
      const i = order[oi]
      for (let oj = oi + 1; oj < order.length; oj++) {
        const j = order[oj]
        if (boxes[j].min[0] >= boxes[i].max[0]) break
        // Leaves that move together keep their relative place: checked as drawn only.
        if (index > 0 && group[i] === group[j]) continue
        if (!boxesMeet(boxes[i], boxes[j])) continue
        if (nestsIn(placed[i], placed[j]) || nestsIn(placed[j], placed[i])) continue
        const relative = multiply(invertRigid(placed[i].world), placed[j].world)
        const key = `${shapes.keyOf(placed[i].leaf)}#${shapes.keyOf(placed[j].leaf)}#${relative.map((v) => Math.round(v * 1e5)).join(',')}`
        let volume = measured.get(key)
        if (volume === undefined) {
          volume = overlapVolume(local[i].manifold, local[j].manifold, relative)
          measured.set(key, volume)
        }
        if (volume > OVERLAP_TOLERANCE) {
          overlaps.push({
            a: describeLeaf(placed[i]),
            b: describeLeaf(placed[j]),
            volume,
            at: describePosition(offsets),
          })
        }
      }
    }
  }
  return { overlaps, positions: all.map(describePosition), pairsMeasured: measured.size }
}
