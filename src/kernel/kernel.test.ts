import { describe, expect, it } from 'vitest'
import {
  bedContactArea,
  bounds,
  box,
  checkManifold,
  difference,
  evaluate,
  fromBinaryStl,
  hexPrism,
  hole,
  mirror,
  placeOnBed,
  prism,
  rotate,
  shellCount,
  toBinaryStl,
  translate,
  union,
} from './index.js'

describe('kernel', () => {
  const block = () =>
    difference(
      box([0, 0, 0], [40, 30, 20]),
      hole({ axis: 'z', center: [10, 15, 10], length: 22, diameter: 6.6 }),
      hexPrism({ axis: 'z', center: [10, 15, 2], length: 4.2, acrossFlats: 10.74 }),
      hole({ axis: 'x', center: [20, 15, 10], length: 42, diameter: 8 }),
    )

  it('evaluates a block with holes and a nut trap to a closed 2-manifold', async () => {
    const mesh = await evaluate(block())
    const report = checkManifold(mesh)
    expect(report).toMatchObject({ ok: true, badEdges: 0, degenerateTriangles: 0 })
    // Block minus the holes: less than the full 24000 mm3, more than the block minus generous holes.
    expect(report.volume).toBeLessThan(24000 - Math.PI * 3.3 ** 2 * 20)
    expect(report.volume).toBeGreaterThan(24000 - Math.PI * 3.5 ** 2 * 20 - Math.PI * 4.2 ** 2 * 40 - 110 * 4)
  })

  it('sizes hole cutters so that the flats of the facets lie on the nominal diameter', async () => {
    const mesh = await evaluate(hole({ axis: 'z', center: [0, 0, 0], length: 1, diameter: 10, segments: 16 }))
    // A regular 16-gon with inradius 5 has area 16 * 5^2 * tan(pi/16).
    expect(checkManifold(mesh).volume).toBeCloseTo(16 * 25 * Math.tan(Math.PI / 16), 3)
  })

  it('round-trips through binary STL without losing closedness, and writes the same bytes twice', async () => {
    const mesh = placeOnBed(await evaluate(block()))
    const bytes = toBinaryStl(mesh)
    expect(bytes.byteLength).toBe(84 + (mesh.triangles.length / 3) * 50)
    expect(checkManifold(fromBinaryStl(bytes)).ok).toBe(true)
    expect(toBinaryStl(placeOnBed(await evaluate(block())))).toEqual(bytes)
    expect(bedContactArea(mesh)).toBeGreaterThan(1000)
  })

  it('moves and mirrors a finished solid as a whole, keeping it closed and its volume', async () => {
    const original = checkManifold(await evaluate(block()))
    const moved = await evaluate(translate(rotate(block(), [90, 0, 45]), [100, -3, 7]))
    const mirrored = await evaluate(mirror(block(), [1, -1, 0]))
    for (const mesh of [moved, mirrored]) {
      const report = checkManifold(mesh)
      expect(report.ok).toBe(true)
      expect(report.volume).toBeCloseTo(original.volume, 1)
    }
    expect(bounds(moved).min[0]).toBeGreaterThan(50)
  })

  it('counts shells, and builds a prism from a clockwise outline as from a counter-clockwise one', async () => {
    const square: [number, number][] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
    ]
    const ccw = await evaluate(prism(square, 0, 5))
    const cw = await evaluate(prism([...square].reverse(), 0, 5))
    expect(checkManifold(cw).volume).toBeCloseTo(500, 6)
    expect(checkManifold(ccw).volume).toBeCloseTo(500, 6)
    expect(shellCount(cw)).toBe(1)
    const two = await evaluate(union(box([0, 0, 0], [1, 1, 1]), box([5, 0, 0], [6, 1, 1])))
    expect(shellCount(two)).toBe(2)
  })

  it('builds a prism with holes through it, whichever way its outlines wind', async () => {
    const square = (min: number, max: number): [number, number][] => [
      [min, min],
      [max, min],
      [max, max],
      [min, max],
    ]
    for (const [outer, inner] of [
      [square(0, 10), square(2, 8)],
      [square(0, 10).reverse(), square(2, 8).reverse()],
    ]) {
      const ring = await evaluate(prism(outer, 0, 5, [inner]))
      const report = checkManifold(ring)
      expect(report.ok).toBe(true)
      expect(report.volume).toBeCloseTo((100 - 36) * 5, 6)
      expect(shellCount(ring)).toBe(1)
    }
  })

  it('reports open edges on a mesh with a missing triangle', () => {
    const positions = new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1])
    const closed = new Uint32Array([0, 2, 1, 0, 1, 3, 1, 2, 3, 0, 3, 2])
    expect(checkManifold({ positions, triangles: closed }).ok).toBe(true)
    const open = checkManifold({ positions, triangles: closed.slice(0, 9) })
    expect(open.ok).toBe(false)
    expect(open.badEdges).toBe(3)
  })
})
