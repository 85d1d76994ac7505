import type { TriangleMesh } from './mesh.js'

const HEADER = 'binary STL written by d3dkit'

/**
 * Binary STL: 80-byte header, triangle count, then 50 bytes a triangle (normal, 3 corners,
 * attribute). Written here rather than through a serializer so that the vertices are exactly
 * the mesh's own (no snapping) and the bytes depend only on the mesh.
 */
export function toBinaryStl(mesh: TriangleMesh): Uint8Array {
  const count = mesh.triangles.length / 3
  const bytes = new Uint8Array(84 + count * 50)
  const view = new DataView(bytes.buffer)
  for (let i = 0; i < HEADER.length; i++) bytes[i] = HEADER.charCodeAt(i)
  view.setUint32(80, count, true)
  const p = mesh.positions
  const t = mesh.triangles
  let offset = 84
  for (let i = 0; i < t.length; i += 3) {
    const [a, b, c] = [t[i] * 3, t[i + 1] * 3, t[i + 2] * 3]
    const u = [p[b] - p[a], p[b + 1] - p[a + 1], p[b + 2] - p[a + 2]]
    const v = [p[c] - p[a], p[c + 1] - p[a + 1], p[c + 2] - p[a + 2]]
    const n = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]]
    const length = Math.hypot(n[0], n[1], n[2]) || 1
    for (const value of [...n.map((x) => x / length)]) {
      view.setFloat32(offset, value, true)
      offset += 4
    }
    for (const corner of [a, b, c]) {
      for (let k = 0; k < 3; k++) {
        view.setFloat32(offset, p[corner + k], true)
        offset += 4
      }
    }
    offset += 2
  }
  return bytes
}

/** Reads a binary STL back into an indexed mesh, merging corners with identical coordinates. */
export function fromBinaryStl(bytes: Uint8Array): TriangleMesh {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const count = view.getUint32(80, true)
  if (bytes.byteLength !== 84 + count * 50) {
    throw new Error(`STL size ${bytes.byteLength} does not match its ${count} triangles`)
  }
  const index = new Map<string, number>()
  const positions: number[] = []
  const triangles = new Uint32Array(count * 3)
  for (let i = 0; i < count; i++) {
    for (let corner = 0; corner < 3; corner++) {
      const at = 84 + i * 50 + 12 + corner * 12
      const xyz = [view.getFloat32(at, true), view.getFloat32(at + 4, true), view.getFloat32(at + 8, true)]
      const key = xyz.join(',')
      let id = index.get(key)
      if (id === undefined) {
        id = positions.length / 3
        index.set(key, id)
        positions.push(...xyz)
      }
      triangles[i * 3 + corner] = id
    }
  }
  return { positions: new Float32Array(positions), triangles }
}
