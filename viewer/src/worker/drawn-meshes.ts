// The meshes the presets are drawn with (printed and catalogue parts simplified as the scene draws
// them, and the presets' cuts of stock), made when the viewer is built and shipped with it, so that
// a first load does not evaluate and simplify them in the worker.
import type { TriangleMesh } from '../../../src/index.js'
import { differenceArray, Writer } from './compact-models.js'

const MAGIC = 'd3dkit drawn meshes 1\n'

const bytesOf = (array: ArrayBufferView) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength)

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
  for (const [, { positions, triangles: t }] of entries) {
    const differences = new (differenceArray(positions.length / 3))(t.length)
    for (let i = 0; i < t.length; i++) differences[i] = t[i] - (i >= 3 ? t[i - 3] : 0)
    out.put(bytesOf(differences))
  }
  return out.done()
}

/** The meshes of a pack, by geometry key. Throws on anything but a whole pack of this format. */
export function unpackDrawn(buffer: ArrayBuffer): [string, TriangleMesh][] {
  const bytes = new Uint8Array(buffer)
  if (new TextDecoder().decode(bytes.subarray(0, MAGIC.length)) !== MAGIC) throw new Error('not a pack of drawn meshes')
  const view = new DataView(buffer)
  let at = MAGIC.length
  const take = (length: number) => {
    at += length
    if (at > bytes.length) throw new Error('the pack of drawn meshes is cut short')
    return bytes.subarray(at - length, at)
  }
  const u32 = () => view.getUint32(take(4).byteOffset, true)
  const heads = Array.from({ length: u32() }, () => {
    const [keyLength, vertices, triangles] = [u32(), u32(), u32()]
    return { key: new TextDecoder().decode(take(keyLength)), vertices, triangles }
  })
  const positions = heads.map((head) => new Float32Array(take(head.vertices * 12).slice().buffer))
  const meshes = heads.map((head, m): [string, TriangleMesh] => {
    const Differences = differenceArray(head.vertices)
    const differences = new Differences(take(head.triangles * 3 * Differences.BYTES_PER_ELEMENT).slice().buffer)
    const triangles = new Uint32Array(differences.length)
    for (let i = 0; i < triangles.length; i++) triangles[i] = differences[i] + (i >= 3 ? triangles[i - 3] : 0)
    return [head.key, { positions: positions[m], triangles }]
  })
  if (at !== bytes.length) throw new Error('the pack of drawn meshes has bytes after its last mesh')
  return meshes
}
