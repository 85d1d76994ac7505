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

export const bytesOf = (array: ArrayBufferView) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength)
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
const differenceArray = (vertices: number) => (vertices <= 0x8000 ? Int16Array : Int32Array)

/** A mesh's triangles as the packs store them: each corner less the same corner of the triangle before. */
export function triangleDifferences(vertices: number, triangles: Uint32Array): Uint8Array {
  const differences = new (differenceArray(vertices))(triangles.length)
  for (let i = 0; i < triangles.length; i++) differences[i] = triangles[i] - (i >= 3 ? triangles[i - 3] : 0)
  return bytesOf(differences)
}

/** Reads a pack in order: its magic first; any read past its end, or bytes left at its end, is an error. */
export class Reader {
  private readonly bytes: Uint8Array
  private readonly view: DataView
  private at: number
  constructor(
    buffer: ArrayBuffer,
    magic: string,
    private readonly what: string,
  ) {
    this.bytes = new Uint8Array(buffer)
    this.view = new DataView(buffer)
    if (new TextDecoder().decode(this.bytes.subarray(0, magic.length)) !== magic) throw new Error(`not a ${what}`)
    this.at = magic.length
  }
  take(length: number): Uint8Array {
    this.at += length
    if (this.at > this.bytes.length) throw new Error(`the ${this.what} is cut short`)
    return this.bytes.subarray(this.at - length, this.at)
  }
  u32 = () => this.view.getUint32(this.take(4).byteOffset, true)
  f64 = () => this.view.getFloat64(this.take(8).byteOffset, true)
  text = (length: number) => new TextDecoder().decode(this.take(length))
  /** A mesh's triangles, from their differences. */
  triangles(vertices: number, count: number): Uint32Array {
    const Differences = differenceArray(vertices)
    const differences = new Differences(this.take(count * 3 * Differences.BYTES_PER_ELEMENT).slice().buffer)
    const triangles = new Uint32Array(differences.length)
    for (let i = 0; i < triangles.length; i++) triangles[i] = differences[i] + (i >= 3 ? triangles[i - 3] : 0)
    return triangles
  }
  /** Ends the reading: the pack must hold nothing more. */
  end(last: string): void {
    if (this.at !== this.bytes.length) throw new Error(`the ${this.what} has bytes after its last ${last}`)
  }
}

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
  for (const [, { mesh }] of entries) out.put(triangleDifferences(mesh.positions.length / 3, mesh.triangles))
  return out.done()
}

/** The models of a compact pack, by model key. Throws on anything but a whole pack of this format. */
export function unpackCompact(buffer: ArrayBuffer): [string, ModelledPart][] {
  const pack = new Reader(buffer, MAGIC, 'pack of models')
  const { u32, f64 } = pack
  const heads = Array.from({ length: u32() }, () => {
    const [keyLength, vertices, triangles] = [u32(), u32(), u32()]
    const scalars = Array.from({ length: SCALARS }, f64)
    const sha256 = hex(pack.take(HASH_BYTES))
    const stlHeader = pack.take(STL_HEADER)
    const key = pack.text(keyLength)
    return { key, vertices, triangles, scalars, sha256, stlHeader }
  })
  const positions = heads.map((head) => new Float32Array(pack.take(head.vertices * 12).slice().buffer))
  const normals = heads.map((head) => pack.take(head.triangles * 12))
  const models = heads.map((head, m): [string, ModelledPart] => {
    const triangles = pack.triangles(head.vertices, head.triangles)
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
  pack.end('model')
  return models
}
