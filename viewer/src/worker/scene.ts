import {
  type AssemblyNode,
  bounds,
  countBought,
  evaluate,
  identity,
  type Kit,
  type Leaf,
  type Mat4,
  modelKey,
  multiply,
  type PartResult,
  placedLeaves,
  printRecordOf,
  sameCutKey,
  type TriangleMesh,
  translation,
} from '../../../src/index.js'
import type { Box3, GeometryData, Instances, PartInfo, SceneData, TreeNode } from '../protocol.js'
import { movedBox, sizeOf, trimmedBox } from './boxes.js'
import type { ShapeCache } from './shape-cache.js'
import { DRAWN_TOLERANCE, simplified } from './simplify.js'

/** The scene without what only the worker's caller knows (the resolved spec, derived values, timings). */
export type KitScene = Omit<SceneData, 'resolved' | 'derived' | 'timings'>

const printedKey = (result: PartResult) => `printed:${modelKey(result.part)}`

/** One cut (item, length and width, as the cut list has it) is drawn with one shape. */
export const stockKey = (piece: Parameters<typeof sameCutKey>[0]) => `stock:${sameCutKey(piece)}`

/** What one leaf draws and which distinct part it is. */
interface LeafDrawing {
  readonly geometryKey: string
  readonly partKey: string
  readonly mesh: () => Promise<TriangleMesh>
  /** From the mesh's coordinates to the leaf's own. */
  readonly local: Mat4
}

function drawingOf(leaf: Leaf, printed: ReadonlyMap<string, PartResult>, shapes: ShapeCache): LeafDrawing {
  if (leaf.kind === 'printed') {
    const result = printed.get(leaf.part.name)
    if (!result) throw new Error(`printed part ${leaf.part.name} is not in the kit`)
    const shift = result.bedShift
    const geometryKey = printedKey(result)
    return {
      geometryKey,
      partKey: `printed:${result.part.name}`,
      mesh: () => shapes.mesh(geometryKey, () => simplified(result.mesh, DRAWN_TOLERANCE)),
      // The kit's mesh lies on the print bed; the leaf places the part as modelled.
      local: translation([-shift[0], -shift[1], -shift[2]]),
    }
  }
  if (leaf.kind === 'bought') {
    const key = `bought:${leaf.part.id}`
    const mesh = () => shapes.mesh(key, async () => simplified(await evaluate(leaf.part.shape()), DRAWN_TOLERANCE))
    return { geometryKey: key, partKey: key, mesh, local: identity }
  }
  const key = stockKey(leaf.piece)
  return {
    geometryKey: key,
    partKey: key,
    mesh: () => shapes.mesh(key, () => evaluate(leaf.piece.shape())),
    local: identity,
  }
}

/** The nodes in placedLeaves' order (a node's leaves, then its children), each with its parent. */
function flattenTree(root: AssemblyNode): { nodes: TreeNode[]; leafNode: number[] } {
  const nodes: TreeNode[] = []
  const leafNode: number[] = []
  const walk = (node: AssemblyNode, parent: number) => {
    const index = nodes.length
    nodes.push({ name: node.name, module: node.module, parent })
    for (let i = 0; i < node.leaves.length; i++) leafNode.push(index)
    for (const child of node.children) walk(child, index)
  }
  walk(root, -1)
  return { nodes, leafNode }
}

/** Share of the instances, at each end of each axis, that the focus box leaves out. */
const FOCUS_TRIM = 0.02

/**
 * Everything the page draws for a kit: each leaf of the assembly with its world matrix, node and
 * part, and the meshes the page does not have yet (`have` lists the geometry keys it keeps).
 */
export async function sceneOf(kit: Kit, have: ReadonlySet<string>, shapes: ShapeCache): Promise<KitScene> {
  const placed = placedLeaves(kit.machine)
  const { nodes, leafNode } = flattenTree(kit.machine)
  if (leafNode.length !== placed.length) throw new Error('the assembly tree and its placed leaves disagree')
  const printed = new Map(kit.parts.map((p) => [p.part.name, p]))
  const boughtCount = new Map(countBought(kit.machine).map((c) => [c.item.id, c.quantity]))

  const geometryKeys: string[] = []
  const geometryIndex = new Map<string, number>()
  const meshes: TriangleMesh[] = []
  const boxes: Box3[] = []
  const parts: PartInfo[] = []
  const partIndex = new Map<string, number>()

  const count = placed.length
  const instances = {
    count,
    geometry: new Uint32Array(count),
    node: new Uint32Array(count),
    part: new Uint32Array(count),
    matrices: new Float32Array(count * 16),
    centres: new Float32Array(count * 3),
  } satisfies Instances
  const boxMins: number[][] = [[], [], []]
  const boxMaxes: number[][] = [[], [], []]

  for (const [i, { leaf, world }] of placed.entries()) {
    const drawing = drawingOf(leaf, printed, shapes)
    let g = geometryIndex.get(drawing.geometryKey)
    if (g === undefined) {
      g = geometryKeys.length
      geometryIndex.set(drawing.geometryKey, g)
      geometryKeys.push(drawing.geometryKey)
      const mesh = await drawing.mesh()
      meshes.push(mesh)
      boxes.push(bounds(mesh))
    }
    let p = partIndex.get(drawing.partKey)
    if (p === undefined) {
      p = parts.length
      partIndex.set(drawing.partKey, p)
      parts.push(partInfo(leaf, { printed, boughtCount, filament: kit.spec.material }, sizeOf(boxes[g])))
    } else if (leaf.kind === 'stock') {
      parts[p] = sameCutAgain(parts[p], leaf.piece.notes)
    }
    const matrix = multiply(world, drawing.local)
    const box = movedBox(boxes[g], matrix)
    instances.geometry[i] = g
    instances.node[i] = leafNode[i]
    instances.part[i] = p
    instances.matrices.set(matrix, i * 16)
    for (let k = 0; k < 3; k++) {
      instances.centres[i * 3 + k] = (box.min[k] + box.max[k]) / 2
      boxMins[k].push(box.min[k])
      boxMaxes[k].push(box.max[k])
    }
  }

  // Copies: the originals stay in the caches, and the copies are transferred to the page.
  const geometries: GeometryData[] = geometryKeys.flatMap((key, g) =>
    have.has(key) ? [] : [{ key, positions: meshes[g].positions.slice(), triangles: meshes[g].triangles.slice() }],
  )
  shapes.keepOnly(new Set(geometryKeys))
  return {
    geometries,
    geometryKeys,
    nodes,
    parts,
    instances,
    bounds: trimmedBox(boxMins, boxMaxes, 0),
    focus: trimmedBox(boxMins, boxMaxes, FOCUS_TRIM),
    cutlist: kit.cutlist,
    checks: kit.checks,
    bom: kit.bom,
  }
}

/** Values the spec leaves to be derived, by field path, as the form shows them beside their fields. */
export function derivedOf(kit: Kit): SceneData['derived'] {
  const { layout } = kit
  return { 'frame.size': layout.frame.outer, buildVolume: layout.buildVolume.reached, bed: layout.bed }
}

/** What the kit says of its parts: printed parts by name, bought counts by id, the filament printed. */
interface KitParts {
  readonly printed: ReadonlyMap<string, PartResult>
  readonly boughtCount: ReadonlyMap<string, number>
  readonly filament: string
}

function partInfo(leaf: Leaf, { printed, boughtCount, filament }: KitParts, size: [number, number, number]): PartInfo {
  if (leaf.kind === 'printed') {
    const result = printed.get(leaf.part.name)!
    const record = printRecordOf(result, filament)
    return {
      kind: 'printed',
      name: result.part.name,
      description: result.part.description,
      module: result.part.module,
      count: result.count,
      size: result.size,
      grams: result.grams,
      // Members left out rather than undefined: a shipped scene (JSON) must be the same object.
      ...(record && { print: { seconds: record.printTimeS, grams: record.filamentGrams } }),
    }
  }
  if (leaf.kind === 'bought') {
    const { id, description } = leaf.part
    return { kind: 'bought', name: id, description, count: boughtCount.get(id) ?? 0, size }
  }
  const { item, material, length, width, notes } = leaf.piece
  return { kind: 'stock', name: item, description: notes, material, length, ...(width && { width }), count: 1, size }
}

/** One more piece of a cut already seen: count it, and add its notes as the cut list does. */
function sameCutAgain(info: PartInfo, notes: string): PartInfo {
  const all = info.description.split('; ')
  const description = all.includes(notes) ? info.description : [...all, notes].join('; ')
  return { ...info, count: info.count + 1, description }
}
