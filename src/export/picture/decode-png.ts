import { inflateSync } from 'node:zlib'

/** CRC-32 as PNG defines it (ISO 3309), bit by bit: its own, so that reading back does not trust the writer's. */
function crc(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const byte of bytes) {
    c ^= byte
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  }
  return (c ^ 0xffffffff) >>> 0
}

const SIGNATURE = '137,80,78,71,13,10,26,10'

/**
 * The size and RGB pixels of a PNG as encodePng writes it (8-bit RGB, one IDAT, filter None):
 * how tests look at a picture. Anything else, or a chunk whose CRC is wrong, throws.
 */
export function decodePng(png: Uint8Array): { width: number; height: number; rgb: Uint8Array } {
  if (png.subarray(0, 8).join(',') !== SIGNATURE) throw new Error('not a PNG: wrong signature')
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  const chunks = new Map<string, Uint8Array>()
  const order: string[] = []
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at)
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8))
    if (view.getUint32(at + 8 + length) !== crc(png.subarray(at + 4, at + 8 + length)))
      throw new Error(`the ${type} chunk's CRC is wrong`)
    chunks.set(type, png.subarray(at + 8, at + 8 + length))
    order.push(type)
    at += 12 + length
  }
  if (order.join() !== 'IHDR,IDAT,IEND') throw new Error(`chunks ${order.join()}, not IHDR,IDAT,IEND`)
  const header = chunks.get('IHDR')!
  const size = new DataView(header.buffer, header.byteOffset, 8)
  const [width, height] = [size.getUint32(0), size.getUint32(4)]
  if (header.subarray(8).join() !== '8,2,0,0,0') throw new Error(`not 8-bit RGB: ${header.subarray(8).join()}`)
  const raw = inflateSync(chunks.get('IDAT')!)
  const stride = width * 3
  if (raw.length !== height * (stride + 1)) throw new Error(`${raw.length} bytes of rows for ${width} x ${height}`)
  const rgb = new Uint8Array(height * stride)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]
    if (filter !== 0) throw new Error(`row ${y} has filter ${filter}, not None`)
    rgb.set(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)), y * stride)
  }
  return { width, height, rgb }
}
