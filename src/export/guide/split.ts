import type { PlacedLeaf } from '../../assembly/collect.js'
import { worldBox } from '../../assembly/collisions.js'
import { originOf } from '../../kernel/matrix.js'
import { leafId } from './units.js'

export type Box = { readonly min: readonly number[]; readonly max: readonly number[] }

/** Boxes closer than this meet (mm): the halves of a clamshell touch face to face. */
const TOUCH = 0.5
/** A leaf whose origin lies this close to a printed part's box sits in it (mm). */
const INSIDE = 1

/** A node's leaves sorted into what a builder puts together at one bench step. */
export interface NodeSplit {
  /** Printed parts that touch, with what sits in them, keyed by their part names. */
  readonly groups: readonly { readonly key: string; readonly leaves: readonly PlacedLeaf[] }[]
  /**
   * Leaves that join two groups (rods between the ends, a belt round the pieces), by their id;
   * `spans`: how many parts they nest in, so that what runs through fewer goes in first.
   */
  readonly joins: readonly { readonly id: string; readonly spans: number; readonly leaves: readonly PlacedLeaf[] }[]
  /** Leaves outside every printed part: they fasten the node to something else. */
  readonly loose: readonly PlacedLeaf[]
}

const meet = (a: Box, b: Box, grow: number) =>
  [0, 1, 2].every((k) => a.min[k] - grow <= b.max[k] && b.min[k] - grow <= a.max[k])
const holds = (box: Box, p: readonly number[]) =>
  [0, 1, 2].every((k) => box.min[k] - INSIDE <= p[k] && p[k] <= box.max[k] + INSIDE)
const volume = (b: Box) => (b.max[0] - b.min[0]) * (b.max[1] - b.min[1]) * (b.max[2] - b.min[2])

/**
 * Splits one node's leaves. Printed parts whose boxes touch are one group; a leaf that nests in
 * printed parts of two groups or more joins them; another leaf goes with the group it nests in,
 * or with the joining leaf it nests in, or with the group of the bought part it nests in, or with the smallest printed part whose box
 * holds its origin; what is left is loose. `printedBox` gives a printed part's box in its own frame.
 */
export function splitNode(leaves: readonly PlacedLeaf[], printedBox: (p: PlacedLeaf) => Box): NodeSplit {
  const printed = leaves.filter((p) => p.leaf.kind === 'printed')
  const boxes = printed.map((p) => worldBox(printedBox(p), p.world))
  const parent = printed.map((_, i) => i)
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i]
    return i
  }
  for (let i = 0; i < printed.length; i++)
    for (let j = i + 1; j < printed.length; j++) if (meet(boxes[i], boxes[j], TOUCH)) parent[find(j)] = find(i)
  const groupOf = new Map<PlacedLeaf, number>(printed.map((p, i) => [p, find(i)]))
  const namesOf = (root: number) => new Set(printed.filter((_, i) => find(i) === root).map(leafId))
  const groupsByName = new Map<string, Set<number>>()
  for (const [i, p] of printed.entries())
    groupsByName.set(leafId(p), (groupsByName.get(leafId(p)) ?? new Set()).add(find(i)))

  const joins = new Map<string, { spans: number; leaves: PlacedLeaf[] }>()
  const loose: PlacedLeaf[] = []
  const others = leaves.filter((p) => p.leaf.kind !== 'printed')
  // Nests in printed parts first; nests in bought parts once those have their group.
  const pending: PlacedLeaf[] = []
  for (const p of others) {
    const nested = new Set((p.leaf.nests ?? []).flatMap((n) => [...(groupsByName.get(n) ?? [])]))
    if (nested.size >= 2) {
      const join = joins.get(leafId(p)) ?? { spans: (p.leaf.nests ?? []).length, leaves: [] }
      join.leaves.push(p)
      joins.set(leafId(p), join)
    } else if (nested.size === 1) groupOf.set(p, [...nested][0])
    else pending.push(p)
  }
  for (const p of pending) {
    // What nests only in a joining leaf (a rail on its tube, the tube's bolts) goes in with it.
    const joining = (p.leaf.nests ?? []).find((n) => joins.has(n))
    if (joining !== undefined) {
      joins.get(joining)?.leaves.push(p)
      continue
    }
    const host = others.find((o) => groupOf.has(o) && (p.leaf.nests ?? []).includes(leafId(o)))
    const at = originOf(p.world)
    const inside = printed
      .map((_, i) => i)
      .filter((i) => holds(boxes[i], at))
      .sort((a, b) => volume(boxes[a]) - volume(boxes[b]))
    if (host) groupOf.set(p, groupOf.get(host) as number)
    else if (inside.length > 0) groupOf.set(p, find(inside[0]))
    else loose.push(p)
  }
  const roots = [...new Set(printed.map((_, i) => find(i)))]
  return {
    groups: roots.map((root) => ({
      key: [...namesOf(root)].sort().join('+'),
      leaves: leaves.filter((p) => groupOf.get(p) === root),
    })),
    joins: [...joins].map(([id, j]) => ({ id, ...j })),
    loose,
  }
}
