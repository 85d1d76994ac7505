// Printed parts' models in one binary file, so that a program built with this code (the viewer)
// can ship them instead of modelling them again. Everything is kept bit for bit, the STL bytes
// too: writing them again from the mesh took the viewer's worker 50-150 ms, copying them 10.
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js'
import type { ModelledPart } from './parts.js'

const MAGIC = 'd3dkit models 1\n'
const SCALARS = 7 // bedShift (3), volume, size (3): float64 each
const HASH_BYTES = 32
/** Before each model's bytes: its four lengths (key, positions, triangles, STL), scalars and hash. */
const MODEL_HEADER = 4 * 4 + SCALARS * 8 + HASH_BYTES

/** The models, by model key, sorted by key: the same models give the same bytes. */
export function packModels(models: Iterable<readonly [string, ModelledPart]>): Uint8Array {
  const entries = [...models]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, model]) => ({ key: new TextEncoder().encode(key), model }))
  const size = entries.reduce(
    (sum, { key, model }) =>
      sum +
      MODEL_HEADER +
      key.length +
      model.mesh.positions.byteLength +
      model.mesh.triangles.byteLength +
      model.stl.length,
    MAGIC.length + 4,
  )
  const bytes = new Uint8Array(size)
  const view = new DataView(bytes.buffer)
  bytes.set(new TextEncoder().encode(MAGIC))
  let at = MAGIC.length
  view.setUint32(at, entries.length, true)
  at += 4
  const put = (array: ArrayBufferView) => {
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at)
    at += array.byteLength
  }
  for (const { key, model } of entries) {
    const { positions, triangles } = model.mesh
    for (const count of [key.length, positions.length, triangles.length, model.stl.length]) {
      view.setUint32(at, count, true)
      at += 4
    }
    for (const value of [...model.bedShift, model.volume, ...model.size]) {
      view.setFloat64(at, value, true)
      at += 8
    }
    put(hexToBytes(model.sha256))
    put(key)
    // Typed arrays are written in the platform's byte order: little-endian wherever this runs.
    put(positions)
    put(triangles)
    put(model.stl)
  }
  return bytes
}

/** The models of a pack, by model key. Throws on anything but a whole pack of this format. */
export function unpackModels(buffer: ArrayBuffer): [string, ModelledPart][] {
  const bytes = new Uint8Array(buffer)
  if (new TextDecoder().decode(bytes.subarray(0, MAGIC.length)) !== MAGIC) throw new Error('not a pack of models')
  const view = new DataView(buffer)
  let at = MAGIC.length
  const u32 = () => {
    at += 4
    return view.getUint32(at - 4, true)
  }
  const f64 = () => {
    at += 8
    return view.getFloat64(at - 8, true)
  }
  const take = (length: number) => {
    at += length
    if (at > bytes.length) throw new Error('the pack of models is cut short')
    return buffer.slice(at - length, at)
  }
  const models: [string, ModelledPart][] = []
  for (let count = u32(); count > 0; count--) {
    const [keyLength, positionCount, triangleCount, stlLength] = [u32(), u32(), u32(), u32()]
    const bedShift: [number, number, number] = [f64(), f64(), f64()]
    const volume = f64()
    const size: [number, number, number] = [f64(), f64(), f64()]
    const hash = new Uint8Array(take(HASH_BYTES))
    const key = new TextDecoder().decode(take(keyLength))
    const mesh = {
      positions: new Float32Array(take(positionCount * 4)),
      triangles: new Uint32Array(take(triangleCount * 4)),
    }
    models.push([key, { mesh, bedShift, stl: new Uint8Array(take(stlLength)), sha256: bytesToHex(hash), volume, size }])
  }
  if (at !== bytes.length) throw new Error('the pack of models has bytes after its last model')
  return models
}
