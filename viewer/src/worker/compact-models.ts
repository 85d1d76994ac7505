// The printed parts' models as the viewer ships them: the mesh, the STL's normals and the numbers,
// and not the STL itself, which is the mesh's corners again (50 bytes a triangle). Its bytes are
// put back together from the mesh and the normals, bit for bit: `packCompact` refuses any model
// whose STL is not exactly that, so a pack it writes always gives back the CLI's bytes.
import type { ModelledPart } from '../../../src/index.js'

const MAGIC = 'd3dkit compact models 1\n'
const STL_HEADER = 80
const STL_TRIANGLE = 50
const HASH_BYTES = 32
const SCALARS = 7 // bedShift (3), volume, size (3): float64 each

const bytesOf = (array: ArrayBufferView) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength)
const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')
const unhex = (text: string) => Uint8Array.from(text.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16))

/**
 * The STL the mesh and these normals make: header, count, then per triangle its normal, its three
 * corners (the mesh's own floats) and a zero attribute, as `toBinaryStl` writes it. Copied in
 * 16-bit words: every field of a binary STL starts at an even offset.
 */
function stlOf(header: Uint8Array, positions: Float32Array, triangles: Uint32Array, normals: Uint8Array): Uint8Array {
  const count = triangles.length / 3
  const stl = new Uint8Array(STL_HEADER + 4 + count * STL_TRIANGLE)
  stl.set(header)
  new DataView(stl.buffer).setUint32(STL_HEADER, count, true)
  const out = new Uint16Array(stl.buffer)
  const corners = new Uint16Array(positions.buffer, positions.byteOffset, positions.length * 2)
  const normal = new Uint16Array(normals.slice().buffer)
  let at = (STL_HEADER + 4) / 2
  for (let t = 0; t < count; t++) {
    for (let k = 0; k < 6; k++) out[at++] = normal[t * 6 + k]
    for (let c = 0; c < 3; c++) {
      const from = triangles[t * 3 + c] * 6
      for (let k = 0; k < 6; k++) out[at++] = corners[from + k]
    }
    at += 1
  }
  return stl
}

/**
 * Each corner of each triangle less the same corner of the triangle before, in 16 bits where the
 * mesh has at most 32,768 vertices (every difference then fits), else 32. Typed arrays are in the
 * platform's byte order: little-endian wherever this runs.
 */
export const differenceArray = (vertices: number) => (vertices <= 0x8000 ? Int16Array : Int32Array)

/** Growable bytes, written in order. */
export class Writer {
  private bytes = new Uint8Array(1 << 16)
  length = 0
  private room(extra: number) {
    if (this.length + extra <= this.bytes.length) return
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + extra))
    grown.set(this.bytes.subarray(0, this.length))
    this.bytes = grown
  }
  put(bytes: Uint8Array) {
    this.room(bytes.length)
    this.bytes.set(bytes, this.length)
    this.length += bytes.length
  }
  u32(value: number) {
    const word = new Uint8Array(4)
    new DataView(word.buffer).setUint32(0, value, true)
    this.put(word)
  }
  f64(value: number) {
    const word = new Uint8Array(8)
    new DataView(word.buffer).setFloat64(0, value, true)
    this.put(word)
  }
  done = () => this.bytes.slice(0, this.length)
}

/**
 * The models, sorted by key: a header per model, then every model's corners (float32, as they
 * are: brotli packs them better than quantised deltas or meshopt's vertex codec), every model's
 * STL normals, and every model's triangles as differences (brotli packs them into 70 % of the
 * indices, and they are read back in one pass).
 */
export function packCompact(models: Iterable<readonly [string, ModelledPart]>): Uint8Array {
  const entries = [...models].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const out = new Writer()
  out.put(new TextEncoder().encode(MAGIC))
  out.u32(entries.length)
  const normals: Uint8Array[] = []
  for (const [key, model] of entries) {
    const { positions, triangles } = model.mesh
    const count = triangles.length / 3
    const normalBytes = new Uint8Array(count * 12)
    for (let t = 0; t < count; t++) {
      normalBytes.set(model.stl.subarray(STL_HEADER + 4 + t * STL_TRIANGLE, STL_HEADER + 16 + t * STL_TRIANGLE), t * 12)
    }
    const header = model.stl.subarray(0, STL_HEADER)
    const again = stlOf(header, positions, triangles, normalBytes)
    if (again.length !== model.stl.length || !again.every((byte, i) => byte === model.stl[i])) {
      throw new Error(`the STL of ${key} is not its mesh's corners with normals: it cannot be packed without it`)
    }
    normals.push(normalBytes)
    const keyBytes = new TextEncoder().encode(key)
    for (const length of [keyBytes.length, positions.length / 3, count]) out.u32(length)
    for (const value of [...model.bedShift, model.volume, ...model.size]) out.f64(value)
    out.put(unhex(model.sha256))
    out.put(header)
    out.put(keyBytes)
  }
  for (const [, model] of entries) out.put(bytesOf(model.mesh.positions))
  for (const bytes of normals) out.put(bytes)
  for (const [, { mesh }] of entries) {
    const t = mesh.triangles
    const differences = new (differenceArray(mesh.positions.length / 3))(t.length)
    for (let i = 0; i < t.length; i++) differences[i] = t[i] - (i >= 3 ? t[i - 3] : 0)
    out.put(bytesOf(differences))
  }
  return out.done()
}

/** The models of a compact pack, by model key. Throws on anything but a whole pack of this format. */
export function unpackCompact(buffer: ArrayBuffer): [string, ModelledPart][] {
  const bytes = new Uint8Array(buffer)
  if (new TextDecoder().decode(bytes.subarray(0, MAGIC.length)) !== MAGIC) throw new Error('not a pack of models')
  const view = new DataView(buffer)
  let at = MAGIC.length
  const take = (length: number) => {
    at += length
    if (at > bytes.length) throw new Error('the pack of models is cut short')
    return bytes.subarray(at - length, at)
  }
  const u32 = () => view.getUint32(take(4).byteOffset, true)
  const f64 = () => view.getFloat64(take(8).byteOffset, true)
  const heads = Array.from({ length: u32() }, () => {
    const [keyLength, vertices, triangles] = [u32(), u32(), u32()]
    const scalars = Array.from({ length: SCALARS }, f64)
    const sha256 = hex(take(HASH_BYTES))
    const stlHeader = take(STL_HEADER)
    const key = new TextDecoder().decode(take(keyLength))
    return { key, vertices, triangles, scalars, sha256, stlHeader }
  })
  const positions = heads.map((head) => new Float32Array(take(head.vertices * 12).slice().buffer))
  const normals = heads.map((head) => take(head.triangles * 12))
  const models = heads.map((head, m): [string, ModelledPart] => {
    const Differences = differenceArray(head.vertices)
    const differences = new Differences(take(head.triangles * 3 * Differences.BYTES_PER_ELEMENT).slice().buffer)
    const triangles = new Uint32Array(differences.length)
    for (let i = 0; i < triangles.length; i++) triangles[i] = differences[i] + (i >= 3 ? triangles[i - 3] : 0)
    const mesh = { positions: positions[m], triangles }
    const [x, y, z, volume, ...size] = head.scalars
    return [
      head.key,
      {
        mesh,
        bedShift: [x, y, z],
        stl: stlOf(head.stlHeader, mesh.positions, triangles, normals[m]),
        sha256: head.sha256,
        volume,
        size: size as [number, number, number],
      },
    ]
  })
  if (at !== bytes.length) throw new Error('the pack of models has bytes after its last model')
  return models
}
