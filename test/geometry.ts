import type { TriangleMesh } from '../src/kernel/index.js'

type P = readonly [number, number, number]

/** Ray parity: is the point inside the closed mesh? The ray's odd direction misses edges. */
export function inside(mesh: TriangleMesh, p: P): boolean {
  const d = [1, 0.0123, 0.0071]
  const q = mesh.positions
  const t = mesh.triangles
  let crossings = 0
  for (let i = 0; i < t.length; i += 3) {
    const [a, b, c] = [t[i] * 3, t[i + 1] * 3, t[i + 2] * 3]
    const e1 = [q[b] - q[a], q[b + 1] - q[a + 1], q[b + 2] - q[a + 2]]
    const e2 = [q[c] - q[a], q[c + 1] - q[a + 1], q[c + 2] - q[a + 2]]
    const h = [d[1] * e2[2] - d[2] * e2[1], d[2] * e2[0] - d[0] * e2[2], d[0] * e2[1] - d[1] * e2[0]]
    const det = e1[0] * h[0] + e1[1] * h[1] + e1[2] * h[2]
    if (Math.abs(det) < 1e-12) continue
    const s = [p[0] - q[a], p[1] - q[a + 1], p[2] - q[a + 2]]
    const u = (s[0] * h[0] + s[1] * h[1] + s[2] * h[2]) / det
    if (u < 0 || u > 1) continue
    const r = [s[1] * e1[2] - s[2] * e1[1], s[2] * e1[0] - s[0] * e1[2], s[0] * e1[1] - s[1] * e1[0]]
    const v = (d[0] * r[0] + d[1] * r[1] + d[2] * r[2]) / det
    if (v < 0 || u + v > 1) continue
    if ((e2[0] * r[0] + e2[1] * r[1] + e2[2] * r[2]) / det > 0) crossings++
  }
  return crossings % 2 === 1
}
