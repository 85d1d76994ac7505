/** An indexed triangle mesh: 3 floats a vertex, 3 indices a triangle, counter-clockwise outside. */
export interface TriangleMesh {
  readonly positions: Float32Array
  readonly triangles: Uint32Array
}

export interface Bounds {
  readonly min: [number, number, number]
  readonly max: [number, number, number]
}

export function triangleCount(mesh: TriangleMesh): number {
  return mesh.triangles.length / 3
}

export function bounds(mesh: TriangleMesh): Bounds {
  const min: [number, number, number] = [Infinity, Infinity, Infinity]
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity]
  const p = mesh.positions
  for (let i = 0; i < p.length; i += 3) {
    for (let k = 0; k < 3; k++) {
      if (p[i + k] < min[k]) min[k] = p[i + k]
      if (p[i + k] > max[k]) max[k] = p[i + k]
    }
  }
  return { min, max }
}

/** Signed volume by the divergence theorem; positive for an outward-facing closed mesh. */
export function volume(mesh: TriangleMesh): number {
  const p = mesh.positions
  const t = mesh.triangles
  let sum = 0
  for (let i = 0; i < t.length; i += 3) {
    const a = t[i] * 3
    const b = t[i + 1] * 3
    const c = t[i + 2] * 3
    sum +=
      p[a] * (p[b + 1] * p[c + 2] - p[b + 2] * p[c + 1]) -
      p[a + 1] * (p[b] * p[c + 2] - p[b + 2] * p[c]) +
      p[a + 2] * (p[b] * p[c + 1] - p[b + 1] * p[c])
  }
  return sum / 6
}

export interface ManifoldReport {
  readonly ok: boolean
  /** Edges not matched by exactly one edge running the other way. */
  readonly badEdges: number
  readonly degenerateTriangles: number
  readonly volume: number
}

/**
 * Checks a closed 2-manifold: every edge is used by exactly two triangles, once in each
 * direction, no triangle repeats a vertex, and the enclosed volume is positive.
 */
export function checkManifold(mesh: TriangleMesh): ManifoldReport {
  const t = mesh.triangles
  const directed = new Map<string, number>()
  let degenerateTriangles = 0
  for (let i = 0; i < t.length; i += 3) {
    const tri = [t[i], t[i + 1], t[i + 2]]
    if (tri[0] === tri[1] || tri[1] === tri[2] || tri[0] === tri[2]) degenerateTriangles++
    for (let k = 0; k < 3; k++) {
      const key = `${tri[k]},${tri[(k + 1) % 3]}`
      directed.set(key, (directed.get(key) ?? 0) + 1)
    }
  }
  let badEdges = 0
  for (const [key, count] of directed) {
    const [a, b] = key.split(',')
    if (count !== 1 || directed.get(`${b},${a}`) !== 1) badEdges++
  }
  const v = volume(mesh)
  return { ok: badEdges === 0 && degenerateTriangles === 0 && v > 0, badEdges, degenerateTriangles, volume: v }
}

/** The move that stands a mesh on z = 0, centred on the origin in X and Y (what placeOnBed applies). */
export function bedShift(mesh: TriangleMesh): [number, number, number] {
  const { min, max } = bounds(mesh)
  return [-(min[0] + max[0]) / 2, -(min[1] + max[1]) / 2, -min[2]]
}

/** Moves a mesh so that it stands on z = 0, centred on the origin in X and Y. */
export function placeOnBed(mesh: TriangleMesh): TriangleMesh {
  const shift = bedShift(mesh)
  const positions = new Float32Array(mesh.positions.length)
  for (let i = 0; i < positions.length; i++) positions[i] = mesh.positions[i] + shift[i % 3]
  return { positions, triangles: mesh.triangles }
}

/** Area of the faces that lie on z = 0 and face down: what touches the print bed. */
export function bedContactArea(mesh: TriangleMesh, tolerance = 1e-4): number {
  const p = mesh.positions
  const t = mesh.triangles
  let area = 0
  for (let i = 0; i < t.length; i += 3) {
    const [a, b, c] = [t[i] * 3, t[i + 1] * 3, t[i + 2] * 3]
    if (Math.abs(p[a + 2]) > tolerance || Math.abs(p[b + 2]) > tolerance || Math.abs(p[c + 2]) > tolerance) continue
    const cross = (p[b] - p[a]) * (p[c + 1] - p[a + 1]) - (p[b + 1] - p[a + 1]) * (p[c] - p[a])
    if (cross < 0) area += -cross / 2
  }
  return area
}

/**
 * A position shared by two vertices, if any. That means surfaces touching along an edge or at a
 * point: closed in manifold's bookkeeping, but an STL (which knows only positions) opens there.
 */
export function touchingVertex(mesh: TriangleMesh): string | undefined {
  const p = mesh.positions
  const seen = new Set<string>()
  for (let i = 0; i < p.length; i += 3) {
    const key = `${p[i]},${p[i + 1]},${p[i + 2]}`
    if (seen.has(key)) return key
    seen.add(key)
  }
  return undefined
}

/** How many separate closed shells the mesh is made of (triangles joined through shared vertices). */
export function shellCount(mesh: TriangleMesh): number {
  const parent = new Uint32Array(mesh.positions.length / 3).map((_, i) => i)
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]]
      i = parent[i]
    }
    return i
  }
  const t = mesh.triangles
  for (let i = 0; i < t.length; i += 3) {
    parent[root(t[i + 1])] = root(t[i])
    parent[root(t[i + 2])] = root(t[i])
  }
  const roots = new Set<number>()
  for (let i = 0; i < t.length; i++) roots.add(root(t[i]))
  return roots.size
}
