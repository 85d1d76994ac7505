import { identity, type Mat4, multiply, translation } from '../kernel/matrix.js'
import { modelKey } from '../parts/model-key.js'
import type { AssemblyNode, BoughtPart, Leaf, PrintedPart, StockPiece } from '../parts/types.js'

export interface PlacedLeaf {
  readonly leaf: Leaf
  /** Leaf to machine coordinates. */
  readonly world: Mat4
  /** Names of the nodes from the root down, e.g. ["machine", "y-left"]. */
  readonly path: readonly string[]
  /** The module of the node that holds the leaf. */
  readonly module: string
  /** The motions that move the leaf, from the root down, e.g. ["y", "x"] for the tool head. */
  readonly motions: readonly string[]
}

/** How far each motion is moved from where it is drawn; a motion not named stays as drawn. */
export type MotionOffsets = Readonly<Partial<Record<'x' | 'y' | 'z', number>>>

/** Every leaf of the tree with its machine placement, in tree order, with the motions moved by `offsets`. */
export function placedLeaves(root: AssemblyNode, offsets: MotionOffsets = {}): PlacedLeaf[] {
  const out: PlacedLeaf[] = []
  const walk = (node: AssemblyNode, parent: Mat4, path: readonly string[], motions: readonly string[]) => {
    let here = multiply(parent, node.transform)
    const d = node.motion ? (offsets[node.motion.name] ?? 0) : 0
    if (d !== 0) here = multiply(here, translation(node.motion!.along.map((a) => a * d) as [number, number, number]))
    const nodePath = [...path, node.name]
    const nodeMotions = node.motion ? [...motions, node.motion.name] : motions
    for (const leaf of node.leaves) {
      out.push({
        leaf,
        world: multiply(here, leaf.transform),
        path: nodePath,
        module: node.module,
        motions: nodeMotions,
      })
    }
    for (const child of node.children) walk(child, here, nodePath, nodeMotions)
  }
  walk(root, identity, [], [])
  return out
}

export interface Counted<T> {
  readonly item: T
  readonly quantity: number
  /** Node names that use it, sorted, each once. */
  readonly usedIn: readonly string[]
}

function countBy<T>(entries: { key: string; item: T; quantity: number; where: string }[]): Counted<T>[] {
  const map = new Map<string, { item: T; quantity: number; usedIn: Set<string> }>()
  for (const e of entries) {
    const found = map.get(e.key) ?? { item: e.item, quantity: 0, usedIn: new Set<string>() }
    found.quantity += e.quantity
    found.usedIn.add(e.where)
    map.set(e.key, found)
  }
  return [...map.keys()].sort().map((key) => {
    const { item, quantity, usedIn } = map.get(key)!
    return { item, quantity, usedIn: [...usedIn].sort() }
  })
}

const where = (p: PlacedLeaf) => p.path.slice(1).join('/') || p.path[0]

/** Part names become file names: lower-case letters, digits, dots, dashes and underscores. */
const SAFE_NAME = /^[a-z0-9][a-z0-9._-]{0,99}$/

/** Distinct printed parts with their counts. One name must always mean one geometry. */
export function countPrinted(root: AssemblyNode): Counted<PrintedPart>[] {
  const leaves = placedLeaves(root).flatMap((p) => (p.leaf.kind === 'printed' ? [{ p, part: p.leaf.part }] : []))
  const byName = new Map<string, string>()
  for (const { part } of leaves) {
    if (!SAFE_NAME.test(part.name)) throw new Error(`printed part name "${part.name}" is not a safe file name`)
    const key = modelKey(part)
    const seen = byName.get(part.name)
    if (seen !== undefined && seen !== key)
      throw new Error(`two different printed parts have one name: ${seen} and ${key}`)
    byName.set(part.name, key)
  }
  return countBy(leaves.map(({ p, part }) => ({ key: part.name, item: part, quantity: 1, where: where(p) })))
}

export function countBought(root: AssemblyNode): Counted<BoughtPart>[] {
  return countBy(
    placedLeaves(root).flatMap((p) =>
      p.leaf.kind === 'bought'
        ? [{ key: p.leaf.part.id, item: p.leaf.part, quantity: p.leaf.quantity, where: where(p) }]
        : [],
    ),
  )
}

export interface StockUse {
  readonly piece: StockPiece
  readonly usedIn: string
}

export function stockPieces(root: AssemblyNode): StockUse[] {
  return placedLeaves(root).flatMap((p) => (p.leaf.kind === 'stock' ? [{ piece: p.leaf.piece, usedIn: where(p) }] : []))
}
