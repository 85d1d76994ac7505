import { type PlacedLeaf, placedLeaves } from '../../assembly/collect.js'
import type { ModuleSet } from '../../assembly/index.js'
import type { AssemblyNode } from '../../parts/types.js'

/** What a module does in the machine; a module the set does not name counts as an accessory. */
export type Role = 'axis' | 'frame' | 'mounts' | 'bed' | 'tool-head' | 'accessory' | 'control'

export function rolesOf(modules: ModuleSet): (module: string) => Role {
  const roles = new Map<string, Role>([
    [modules.frame.name, 'frame'],
    [modules.axis.name, 'axis'],
    ...(modules.railAxis ? [[modules.railAxis.name, 'axis'] as [string, Role]] : []),
    [modules.mounts.name, 'mounts'],
    [modules.bed.name, 'bed'],
    [modules.control.name, 'control'],
    ...[...modules.toolHeads.values()].map((h): [string, Role] => [h.name, 'tool-head']),
    ...modules.accessories.map((a): [string, Role] => [a.name, 'accessory']),
  ])
  return (module) => roles.get(module) ?? 'accessory'
}

/** A node with its place in the tree and its own placed leaves. */
export interface NodeInfo {
  readonly node: AssemblyNode
  /** Names below the machine joined by "/", e.g. "x/carriage". */
  readonly path: string
  readonly leaves: readonly PlacedLeaf[]
  /** Its children, in tree order. */
  readonly children: readonly NodeInfo[]
}

/**
 * A sub-assembly a builder makes as one: a node whose module differs from its parent's, with
 * every node below it of the same module (an axis with its carriages; a tool head on a carriage
 * is a unit of its own).
 */
export interface Unit {
  readonly root: NodeInfo
  readonly module: string
  /** Its nodes, each after the nodes below it (a carriage before its axis). */
  readonly nodes: readonly NodeInfo[]
  /** The unit it is carried by or mounted on, if any (a tool head's axis). */
  readonly parent?: string
}

/** The machine's units in tree order. */
export function unitsOf(machine: AssemblyNode): Unit[] {
  const placed = placedLeaves(machine)
  let next = 0
  const info = (node: AssemblyNode, path: string): NodeInfo => {
    const leaves = placed.slice(next, next + node.leaves.length)
    next += node.leaves.length
    const here = path ? `${path}/${node.name}` : node.name
    return { node, path: here, leaves, children: node.children.map((c) => info(c, here)) }
  }
  const root: NodeInfo = {
    node: machine,
    path: '',
    leaves: placed.slice(0, machine.leaves.length),
    children: [],
  }
  next = machine.leaves.length
  const top = machine.children.map((c) => info(c, ''))
  if (root.leaves.length > 0) throw new Error('the machine node holds leaves of its own: no step would build them')
  const units: Unit[] = []
  const collect = (start: NodeInfo, parent?: string) => {
    const nodes: NodeInfo[] = []
    const inner: NodeInfo[] = []
    const walk = (n: NodeInfo) => {
      for (const child of n.children) {
        if (child.node.module === start.node.module) walk(child)
        else inner.push(child)
      }
      nodes.push(n)
    }
    walk(start)
    units.push({ root: start, module: start.node.module, nodes, ...(parent === undefined ? {} : { parent }) })
    for (const child of inner) collect(child, start.path)
  }
  for (const n of top) collect(n)
  return units
}

/** A leaf's id as nestings name it: printed part name, bought part id or stock item. */
export const leafId = (p: PlacedLeaf): string =>
  p.leaf.kind === 'printed' ? p.leaf.part.name : p.leaf.kind === 'bought' ? p.leaf.part.id : p.leaf.piece.item

/** What a leaf is, with its size for stock, to tell equal sub-assemblies apart. */
export const leafKey = (p: PlacedLeaf): string =>
  p.leaf.kind === 'stock'
    ? `${p.leaf.piece.item}|${Math.round(p.leaf.piece.length * 10)}|${Math.round((p.leaf.piece.width ?? 0) * 10)}`
    : `${leafId(p)}|${p.leaf.kind === 'bought' ? p.leaf.quantity : 1}`

/** A unit's leaves in tree order. */
export const unitLeaves = (unit: Unit): PlacedLeaf[] => {
  const out: PlacedLeaf[] = []
  const walk = (n: NodeInfo) => {
    out.push(...n.leaves)
    for (const c of n.children) if (c.node.module === unit.module) walk(c)
  }
  walk(unit.root)
  return out
}
