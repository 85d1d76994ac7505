import { describe, expect, it } from 'vitest'
import { type PlacedLeaf, placedLeaves } from '../../src/assembly/collect.js'
import { type CollisionReport, findCollisions } from '../../src/assembly/collisions.js'
import { box, cylinder, difference } from '../../src/kernel/index.js'
import type { AssemblyNode, BoughtPart, Leaf } from '../../src/parts/types.js'
import { machineOf } from '../../test/machines.js'
import { METRIC, type MetricSize } from '../vitamins/fasteners.js'
import { EXTRUDER, HOT_END } from '../vitamins/tool-head.js'

/** How far past the head the key's straight path is checked. */
const KEY_REACH = 60
const CAP_SCREW_ID = /^(m\d)x\d+-cap-screw$/

/**
 * The room a straight hex key needs: a cylinder round its across-corners width, from the head's
 * outer face out along the screw's axis (the screw's frame: head below z = 0, shank along +z).
 */
function keyPath(size: MetricSize, index: number): BoughtPart {
  const diameter = METRIC[size].hexKey / Math.cos(Math.PI / 6)
  const head = METRIC[size].headHeight
  return {
    id: `key-${index}-${size}`,
    description: 'hex key path',
    grams: 0,
    shape: () => cylinder({ axis: 'z', center: [0, 0, -head - KEY_REACH / 2], length: KEY_REACH, diameter }),
  }
}

const screwSize = (leaf: Leaf) => {
  if (leaf.kind !== 'bought') return undefined
  const match = CAP_SCREW_ID.exec(leaf.part.id)
  return match ? (match[1].toUpperCase() as MetricSize) : undefined
}

/** The extruder's screws go in on the bench, before its mount goes onto the carriage. */
const onBench = (leaf: Leaf) => screwSize(leaf) === 'M3' && (leaf.nests ?? []).includes('extruder-mount')

/** The hot end as it is when the M6 go in: its heatsink fan is clipped on after them. */
const HOT_END_WITHOUT_FAN: BoughtPart = {
  ...HOT_END.part,
  id: 'hotend-without-fan',
  shape: () => difference(HOT_END.part.shape(), box(HOT_END.fan.min, HOT_END.fan.max)),
}
const withoutFan = (leaf: Leaf): Leaf =>
  leaf.kind === 'bought' && leaf.part.id === HOT_END.part.id ? { ...leaf, part: HOT_END_WITHOUT_FAN } : leaf

/** The tree with a key path beside every tool head cap screw that `fitted` selects. */
function withKeys(node: AssemblyNode, fitted: (leaf: Leaf) => boolean, count = { n: 0 }): AssemblyNode {
  const keys: Leaf[] =
    node.module === 'extruder'
      ? node.leaves.flatMap((leaf) => {
          const size = screwSize(leaf)
          if (!size || !fitted(leaf)) return []
          return [{ kind: 'bought', part: keyPath(size, count.n++), quantity: 1, transform: leaf.transform }]
        })
      : []
  return {
    ...node,
    leaves: [...node.leaves.map(withoutFan), ...keys],
    children: node.children.map((child) => withKeys(child, fitted, count)),
  }
}

/**
 * The keys that are blocked in every position checked (as drawn and at every travel end): the
 * builder can run the machine to any of them to reach a screw. What moves with a key is checked
 * as drawn only, and blocks it everywhere. Keys crossing each other do not count (one key at a time).
 */
function blockedKeys(tree: AssemblyNode, report: CollisionReport): string[] {
  const motions = new Map(placedLeaves(tree).map((p) => [leafName(p), p.motions.join('>')]))
  const isKey = (leaf: string) => /:key-/.test(leaf)
  const blockedAt = new Map<string, Set<string>>()
  for (const o of report.overlaps) {
    if (isKey(o.a) === isKey(o.b)) continue
    const [key, other] = isKey(o.a) ? [o.a, o.b] : [o.b, o.a]
    const at = blockedAt.get(key) ?? new Set<string>()
    for (const position of motions.get(key) === motions.get(other) ? report.positions : [o.at]) at.add(position)
    blockedAt.set(key, at)
  }
  return [...blockedAt].filter(([, at]) => at.size === report.positions.length).map(([key]) => key)
}

/** A leaf as the collision report names it. */
const leafName = (p: PlacedLeaf) =>
  `${p.path.slice(1).join('/') || p.path[0]}:${p.leaf.kind === 'printed' ? p.leaf.part.name : p.leaf.kind === 'bought' ? p.leaf.part.id : p.leaf.piece.item}`

describe('tool head fasteners', () => {
  it("leave a straight hex key's path clear, in the order the mount's description gives", async () => {
    const { machine } = machineOf('d3d-12in')
    const keyed = withKeys(machine, (leaf) => !onBench(leaf))
    const report = await findCollisions(keyed)
    expect(blockedKeys(keyed, report)).toEqual([])

    // On the bench: the mount, the extruder and its motor, the two screws and their keys.
    const head = (function find(node: AssemblyNode): AssemblyNode | undefined {
      return node.module === 'extruder' ? node : node.children.map(find).find(Boolean)
    })(machine)!
    const bench: AssemblyNode = {
      ...head,
      leaves: head.leaves.filter(
        (leaf) =>
          onBench(leaf) ||
          (leaf.kind === 'printed' && leaf.part.name === 'extruder-mount') ||
          (leaf.kind === 'bought' && (leaf.part.id === EXTRUDER.part.id || leaf.part.id.startsWith('nema17'))),
      ),
      children: [],
    }
    expect(bench.leaves).toHaveLength(5)
    const benchKeyed = withKeys(bench, onBench)
    expect(blockedKeys(benchKeyed, await findCollisions(benchKeyed))).toEqual([])
  }, 600_000)
})
