import jscad from '@jscad/modeling'
import type { Manifold, ManifoldToplevel } from 'manifold-3d'
import { loadManifold } from './manifold.js'
import type { TriangleMesh } from './mesh.js'
import type { Solid } from './solid.js'

const { geometries } = jscad

/** JSCAD polygons to a manifold: vertices merged by their float32 position, polygons fanned. */
function leafToManifold(wasm: ManifoldToplevel, solid: Extract<Solid, { kind: 'leaf' }>): Manifold {
  // Keyed by x, then y, then z (numbers: +0 and -0 are one key), faster than a string key.
  const index = new Map<number, Map<number, Map<number, number>>>()
  const positions: number[] = []
  const triangles: number[] = []
  const f32 = new Float32Array(3)
  const vertexIndex = (v: readonly number[]): number => {
    f32[0] = v[0]
    f32[1] = v[1]
    f32[2] = v[2]
    let byY = index.get(f32[0])
    if (!byY) {
      byY = new Map()
      index.set(f32[0], byY)
    }
    let byZ = byY.get(f32[1])
    if (!byZ) {
      byZ = new Map()
      byY.set(f32[1], byZ)
    }
    let i = byZ.get(f32[2])
    if (i === undefined) {
      i = positions.length / 3
      byZ.set(f32[2], i)
      positions.push(f32[0], f32[1], f32[2])
    }
    return i
  }
  for (const polygon of geometries.geom3.toPolygons(solid.geom)) {
    const ids = polygon.vertices.map(vertexIndex)
    for (let k = 1; k + 1 < ids.length; k++) {
      if (ids[0] !== ids[k] && ids[k] !== ids[k + 1] && ids[0] !== ids[k + 1]) {
        triangles.push(ids[0], ids[k], ids[k + 1])
      }
    }
  }
  const mesh = new wasm.Mesh({
    numProp: 3,
    vertProperties: new Float32Array(positions),
    triVerts: new Uint32Array(triangles),
  })
  const manifold = new wasm.Manifold(mesh)
  const status = manifold.status()
  if (status !== 'NoError') {
    manifold.delete()
    throw new Error(`a primitive did not convert to a closed solid: ${status}`)
  }
  return manifold
}

function toManifold(wasm: ManifoldToplevel, solid: Solid): Manifold {
  if (solid.kind === 'leaf') return leafToManifold(wasm, solid)
  if (solid.kind === 'transform') {
    const child = toManifold(wasm, solid.child)
    child.numTri() // evaluates the child's booleans here, before the move
    const moved = child.transform(solid.matrix as Parameters<Manifold['transform']>[0])
    child.delete()
    return moved
  }
  const inputs =
    solid.kind === 'difference'
      ? [toManifold(wasm, solid.base), ...solid.cutters.map((c) => toManifold(wasm, c))]
      : solid.children.map((c) => toManifold(wasm, c))
  const { Manifold } = wasm
  const result =
    solid.kind === 'union'
      ? Manifold.union(inputs)
      : solid.kind === 'difference'
        ? Manifold.difference(inputs)
        : Manifold.intersection(inputs)
  // Booleans are lazy and keep their own references; the handles can go now.
  for (const m of inputs) m.delete()
  return result
}

/** Evaluates a CSG tree to a manifold-3d solid, for further booleans; the caller deletes it. */
export async function evaluateManifold(solid: Solid): Promise<Manifold> {
  const wasm = await loadManifold()
  const manifold = toManifold(wasm, solid)
  const status = manifold.status()
  if (status !== 'NoError') {
    manifold.delete()
    throw new Error(`boolean failed: ${status}`)
  }
  return manifold
}

/** Evaluates a CSG tree to a closed triangle mesh. */
export async function evaluate(solid: Solid): Promise<TriangleMesh> {
  const wasm = await loadManifold()
  const manifold = toManifold(wasm, solid)
  try {
    const status = manifold.status()
    if (status !== 'NoError') throw new Error(`boolean failed: ${status}`)
    const mesh = manifold.getMesh()
    const positions = new Float32Array(mesh.numVert * 3)
    for (let v = 0; v < mesh.numVert; v++) {
      for (let k = 0; k < 3; k++) positions[v * 3 + k] = mesh.vertProperties[v * mesh.numProp + k]
    }
    return { positions, triangles: Uint32Array.from(mesh.triVerts) }
  } finally {
    manifold.delete()
  }
}
