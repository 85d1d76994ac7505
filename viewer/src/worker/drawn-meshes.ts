// The meshes the presets are drawn with (printed and catalogue parts simplified as the scene draws
// them, and the presets' cuts of stock), made when the viewer is built and shipped with it, so that
// a first load does not evaluate and simplify them in the worker.
import type { TriangleMesh } from '../../../src/index.js'
import { bytesOf, Reader, triangleDifferences, Writer } from './compact-models.js'

const MAGIC = 'd3dkit drawn meshes 1\n'

/**
 * The meshes, sorted by geometry key: a header per mesh (key, vertices, triangles), then every
 * mesh's corners (float32), then every mesh's triangles as differences from the same corner of
 * the triangle before, as the pack of models stores them.
 */
export function packDrawn(meshes: Iterable<readonly [string, TriangleMesh]>): Uint8Array {
  const entries = [...meshes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const out = new Writer()
  out.put(new TextEncoder().encode(MAGIC))
  out.u32(entries.length)
  for (const [key, mesh] of entries) {
    const keyBytes = new TextEncoder().encode(key)
    for (const length of [keyBytes.length, mesh.positions.length / 3, mesh.triangles.length / 3]) out.u32(length)
    out.put(keyBytes)
  }
  for (const [, mesh] of entries) out.put(bytesOf(mesh.positions))
  for (const [, mesh] of entries) out.put(triangleDifferences(mesh.positions.length / 3, mesh.triangles))
  return out.done()
}

/** The meshes of a pack, by geometry key. Throws on anything but a whole pack of this format. */
export function unpackDrawn(buffer: ArrayBuffer): [string, TriangleMesh][] {
  const pack = new Reader(buffer, MAGIC, 'pack of drawn meshes')
  const heads = Array.from({ length: pack.u32() }, () => {
    const [keyLength, vertices, triangles] = [pack.u32(), pack.u32(), pack.u32()]
    return { key: pack.text(keyLength), vertices, triangles }
  })
  const positions = heads.map((head) => new Float32Array(pack.take(head.vertices * 12).slice().buffer))
  const meshes = heads.map((head, m): [string, TriangleMesh] => [
    head.key,
    { positions: positions[m], triangles: pack.triangles(head.vertices, head.triangles) },
  ])
  pack.end('mesh')
  return meshes
}
