import { describe, expect, it } from 'vitest'
import { decodePng } from './decode-png.js'
import { encodePng } from './png.js'

describe('encodePng', () => {
  it('writes pixels that decode to themselves, the same bytes each time', () => {
    const [width, height] = [7, 5]
    const rgb = Uint8Array.from({ length: width * height * 3 }, (_, i) => (i * 37 + (i >> 4)) & 255)
    const png = encodePng(rgb, width, height)
    expect(decodePng(png)).toEqual({ width, height, rgb })
    expect(encodePng(rgb.slice(), width, height)).toEqual(png)
  })

  it('refuses pixels of another size', () => {
    expect(() => encodePng(new Uint8Array(10), 2, 2)).toThrow(/not 2 x 2/)
  })
})

describe('decodePng', () => {
  it('finds a damaged chunk by its CRC', () => {
    const png = encodePng(new Uint8Array(12).fill(200), 2, 2)
    png[20] ^= 1 // a byte of the width, in IHDR
    expect(() => decodePng(png)).toThrow(/IHDR chunk's CRC/)
  })
})
