import type { Mat4 } from '../../kernel/matrix.js'
import type { TriangleMesh } from '../../kernel/mesh.js'
import { packNormal } from './raster.js'

/**
 * A mesh placed and seen by a camera: its vertices in camera mm (x right, y up, z toward the
 * camera, 3 each), per triangle its normal packed by packNormal (0: it faces away, and is not
 * drawn), and the box of its vertices. The same for every picture with this view, placement and
 * shift; only the framing differs.
 */
export interface Viewed {
  readonly points: Float64Array
  readonly triangles: Uint32Array
  readonly normals: Int32Array
  readonly min: readonly [number, number, number]
  readonly max: readonly [number, number, number]
}

/** `mesh` moved by `m` (to camera mm). */
export function viewMesh(mesh: TriangleMesh, m: Mat4): Viewed {
  const { positions, triangles } = mesh
  const points = new Float64Array(positions.length)
  const min: [number, number, number] = [Infinity, Infinity, Infinity]
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity]
  for (let v = 0; v < positions.length; v += 3) {
    const x = positions[v]
    const y = positions[v + 1]
    const z = positions[v + 2]
    for (let k = 0; k < 3; k++) {
      const p = m[k] * x + m[4 + k] * y + m[8 + k] * z + m[12 + k]
      points[v + k] = p
      if (p < min[k]) min[k] = p
      if (p > max[k]) max[k] = p
    }
  }
  const normals = new Int32Array(triangles.length / 3)
  for (let t = 0; t < triangles.length; t += 3) {
    const a = triangles[t] * 3
    const b = triangles[t + 1] * 3
    const c = triangles[t + 2] * 3
    const e1x = points[b] - points[a]
    const e1y = points[b + 1] - points[a + 1]
    const e1z = points[b + 2] - points[a + 2]
    const e2x = points[c] - points[a]
    const e2y = points[c + 1] - points[a + 1]
    const e2z = points[c + 2] - points[a + 2]
    const nz = e1x * e2y - e1y * e2x
    // Counter-clockwise seen from outside: a face toward the camera has a normal with z > 0.
    if (!(nz > 0)) continue
    const nx = e1y * e2z - e1z * e2y
    const ny = e1z * e2x - e1x * e2z
    const length = Math.sqrt(nx * nx + ny * ny + nz * nz)
    normals[t / 3] = packNormal(
      Math.round((127 * nx) / length),
      Math.round((127 * ny) / length),
      Math.round((127 * nz) / length),
    )
  }
  return { points, triangles, normals, min, max }
}
