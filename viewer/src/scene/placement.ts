import type { SceneData } from '../protocol.js'

/** How far a leaf spreads from its own node's centre, against how far the nodes spread from theirs. */
const LEAF_SPREAD = 0.6

/** "machine/frame", "machine/y-left": a node's names from the root, which stay put when the machine is rebuilt. */
export function nodePaths(scene: SceneData): string[] {
  const paths: string[] = []
  for (const node of scene.nodes) paths.push(node.parent < 0 ? node.name : `${paths[node.parent]}/${node.name}`)
  return paths
}

/** The nodes from the root down to each node, as indices. */
function ancestry(scene: SceneData): number[][] {
  const chains: number[][] = []
  for (const [i, node] of scene.nodes.entries()) chains.push(node.parent < 0 ? [i] : [...chains[node.parent], i])
  return chains
}

/**
 * Per instance, how far it moves when the machine is fully exploded: every node moves away
 * from its parent's centre by the distance between their centres, and each leaf away from its
 * node's centre by LEAF_SPREAD of theirs. Centres are those of the bounding boxes.
 */
export function explodeOffsets(scene: SceneData): Float32Array {
  const { instances, nodes } = scene
  const chains = ancestry(scene)
  const min = nodes.map(() => [Infinity, Infinity, Infinity])
  const max = nodes.map(() => [-Infinity, -Infinity, -Infinity])
  for (let i = 0; i < instances.count; i++) {
    for (const n of chains[instances.node[i]]) {
      for (let k = 0; k < 3; k++) {
        const c = instances.centres[i * 3 + k]
        min[n][k] = Math.min(min[n][k], c)
        max[n][k] = Math.max(max[n][k], c)
      }
    }
  }
  const centre = (n: number, k: number) => (Number.isFinite(min[n][k]) ? (min[n][k] + max[n][k]) / 2 : 0)
  const offsets = new Float32Array(instances.count * 3)
  for (let i = 0; i < instances.count; i++) {
    const chain = chains[instances.node[i]]
    const own = chain[chain.length - 1]
    for (let k = 0; k < 3; k++) {
      let offset = LEAF_SPREAD * (instances.centres[i * 3 + k] - centre(own, k))
      for (let level = 1; level < chain.length; level++) offset += centre(chain[level], k) - centre(chain[level - 1], k)
      offsets[i * 3 + k] = offset
    }
  }
  return offsets
}

export interface Visibility {
  /** Paths of hidden nodes: everything under them is hidden. */
  readonly hidden: ReadonlySet<string>
  /** When set, only what is under this node path shows. */
  readonly isolated?: string
}

/** Whether each instance shows, by the hidden and isolated nodes above it. */
export function visibleInstances(scene: SceneData, visibility: Visibility): Uint8Array {
  const paths = nodePaths(scene)
  const under = (path: string, node: string) => path === node || path.startsWith(`${node}/`)
  const showsNode = paths.map(
    (path) =>
      ![...visibility.hidden].some((hidden) => under(path, hidden)) &&
      (visibility.isolated === undefined || under(path, visibility.isolated)),
  )
  const visible = new Uint8Array(scene.instances.count)
  for (let i = 0; i < visible.length; i++) visible[i] = showsNode[scene.instances.node[i]] ? 1 : 0
  return visible
}

/** The instance matrices to draw: moved by `explode` times their offsets; hidden ones shrunk to nothing. */
export function placedMatrices(
  scene: SceneData,
  offsets: Float32Array,
  explode: number,
  visible: Uint8Array,
): Float32Array {
  const out = new Float32Array(scene.instances.matrices)
  for (let i = 0; i < scene.instances.count; i++) {
    if (!visible[i]) {
      out.fill(0, i * 16, i * 16 + 16)
      continue
    }
    for (let k = 0; k < 3; k++) out[i * 16 + 12 + k] += explode * offsets[i * 3 + k]
  }
  return out
}

/** Which instances lie under a node path (the node itself included): what highlighting it marks. */
export function instancesUnder(scene: SceneData, path: string): Uint8Array {
  const paths = nodePaths(scene)
  const marked = new Uint8Array(scene.instances.count)
  for (let i = 0; i < marked.length; i++) {
    const p = paths[scene.instances.node[i]]
    marked[i] = p === path || p.startsWith(`${path}/`) ? 1 : 0
  }
  return marked
}
