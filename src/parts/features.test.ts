import { describe, expect, it } from 'vitest'
import { bounds, checkManifold, evaluate, type Solid, segmentsFor, type TriangleMesh, volume } from '../kernel/index.js'
import {
  bore,
  bridgedNutSlot,
  clearanceHole,
  nutSlot,
  nutTrap,
  SLOT_CEILING_CHAMFER,
  teardropClearanceHole,
  teardropHole,
} from './features.js'
import { FITS } from './fits.js'

const M3_NUT = { nutAcrossFlats: 5.5, nutThickness: 2.4 }
const M6_NUT = { nutAcrossFlats: 10, nutThickness: 5.2 }

/** The cutter's size along x, y and z. */
async function size(solid: Solid): Promise<number[]> {
  const { min, max } = bounds(await evaluate(solid))
  return max.map((m, k) => m - min[k])
}

/** The diameter on which a round cutter's flats lie (its corners lie further out). */
async function flatsDiameter(solid: Solid, nominal: number): Promise<number> {
  const [width] = await size(solid)
  return width * Math.cos(Math.PI / segmentsFor(nominal / 2))
}

const alongZ = { axis: 'z', center: [0, 0, 0], length: 10 } as const

describe('printed features', () => {
  it('a clearance hole is the size the table gives the screw', async () => {
    for (const screw of ['M3', 'M4', 'M6', 'M8'] as const) {
      const d = FITS.screwHole[screw]
      expect(await flatsDiameter(clearanceHole(screw, alongZ), d)).toBeCloseTo(d, 5)
    }
  })

  it('a bore is the part and its fit', async () => {
    const d = 8 + FITS.bore.sliding
    expect(await flatsDiameter(bore(8, FITS.bore.sliding, alongZ), d)).toBeCloseTo(d, 5)
  })

  it("a nut trap is the nut's across flats and the fit", async () => {
    expect((await size(nutTrap(M3_NUT, alongZ)))[1]).toBeCloseTo(5.5 + FITS.nut.acrossFlats, 5)
    expect((await size(nutTrap(M6_NUT, alongZ, FITS.nut.oseAcrossFlats)))[1]).toBeCloseTo(10.74, 5)
  })

  it('a nut slot is the nut and its fits, from past its far corner to past the open face', async () => {
    const slot = nutSlot(M6_NUT, {
      axis: 'z',
      seat: [0, 0, 2],
      allowance: FITS.nut.thickness.loose,
      slide: 'y',
      open: 20,
    })
    const width = 10 + FITS.nut.acrossFlats
    const { min, max } = bounds(await evaluate(slot))
    expect(max[0] - min[0]).toBeCloseTo(width, 5)
    expect(min[2]).toBeCloseTo(2, 5)
    expect(max[2]).toBeCloseTo(2 + 5.2 + FITS.nut.thickness.loose, 5)
    expect(min[1]).toBeCloseTo(-width / Math.sqrt(3), 5)
    expect(max[1]).toBeCloseTo(21, 5)
  })

  it('a teardrop hole is the round hole up to 45 degree flanks and a flat top, pointing up', async () => {
    for (const axis of ['x', 'y'] as const) {
      const mesh = await evaluate(teardropHole(8, { axis, center: [1, 2, 3], length: 10 }))
      expect(checkManifold(mesh).ok).toBe(true)
      const { min, max } = bounds(mesh)
      const across = axis === 'x' ? 1 : 0
      const along = 1 - across
      const r = (max[across] - min[across]) / 2
      expect(r * Math.cos(Math.PI / segmentsFor(4))).toBeCloseTo(4, 5)
      expect(max[along] - min[along]).toBeCloseTo(10, 5)
      expect(min[2]).toBeCloseTo(3 - r, 5)
      expect(max[2]).toBeCloseTo(3 + r, 5)
      // Its up-facing faces are the part's ceilings: none flatter than 45 degrees but the top,
      // which is 2r(sqrt 2 - 1) wide.
      for (const { normal, corners } of faces(mesh)) {
        if (normal[2] <= Math.SQRT1_2 + 1e-6) continue
        expect(normal[2]).toBeCloseTo(1, 6)
        for (const c of corners) {
          expect(c[2]).toBeCloseTo(3 + r, 5)
          expect(Math.abs(c[across] - [1, 2, 3][across])).toBeLessThanOrEqual(r * (Math.SQRT2 - 1) + 1e-5)
        }
      }
    }
  })

  it('a bridged nut slot is the slot less a 45 degree chamfer along both edges of its ceiling', async () => {
    const spec = { axis: 'z', seat: [0, 0, 2], allowance: FITS.nut.thickness.loose, slide: 'y', open: 20 } as const
    for (const ceiling of ['seat', 'far'] as const) {
      const plain = await evaluate(nutSlot(M6_NUT, spec))
      const bridged = await evaluate(bridgedNutSlot(M6_NUT, { ...spec, ceiling }))
      const { min, max } = bounds(plain)
      expect(bounds(bridged)).toEqual({ min, max })
      const c = SLOT_CEILING_CHAMFER
      expect(volume(plain) - volume(bridged)).toBeCloseTo(c * c * (max[1] - min[1]), 4)
      // The chamfers lie at the ceiling's end: the slot's other face keeps its full width.
      const faceZ = ceiling === 'seat' ? min[2] : max[2]
      const otherZ = ceiling === 'seat' ? max[2] : min[2]
      const widthAt = (z: number) => {
        const xs = faces(bridged).flatMap((f) => f.corners.filter((p) => Math.abs(p[2] - z) < 1e-5).map((p) => p[0]))
        return Math.max(...xs) - Math.min(...xs)
      }
      expect(widthAt(faceZ)).toBeCloseTo(10.4 - 2 * c, 5)
      expect(widthAt(otherZ)).toBeCloseTo(10.4, 5)
    }
  })

  it('a pointed teardrop runs its 45 degree flanks up to where they meet, r sqrt 2 over the centre', async () => {
    const mesh = await evaluate(teardropHole(8, { axis: 'y', center: [0, 0, 0], length: 10, pointed: true }))
    expect(checkManifold(mesh).ok).toBe(true)
    const r = bounds(mesh).max[0]
    expect(bounds(mesh).max[2]).toBeCloseTo(r * Math.SQRT2, 5)
    for (const { normal } of faces(mesh)) expect(normal[2]).toBeLessThanOrEqual(Math.SQRT1_2 + 1e-6)
  })

  it('turns a teardrop to point along the direction that prints as up', async () => {
    const mesh = await evaluate(
      teardropHole(8, { axis: 'z', center: [0, 0, 0], length: 10, up: [1, 0, 0], pointed: true }),
    )
    const { min, max } = bounds(mesh)
    expect(max[0]).toBeCloseTo(-min[0] * Math.SQRT2, 5)
    expect(max[1]).toBeCloseTo(-min[1], 5)
    expect(() => teardropHole(8, { axis: 'z', center: [0, 0, 0], length: 10, up: [0, 0, 1] })).toThrow(
      /cannot point along/,
    )
  })

  it('a teardrop clearance hole is the size the table gives the screw', async () => {
    const d = FITS.screwHole.M3
    const [width] = await size(teardropClearanceHole('M3', { axis: 'y', center: [0, 0, 0], length: 5 }))
    expect(width * Math.cos(Math.PI / segmentsFor(d / 2))).toBeCloseTo(d, 5)
  })
})

/** Each triangle's unit normal and corners. */
function faces(mesh: TriangleMesh): { normal: number[]; corners: number[][] }[] {
  const p = mesh.positions
  const t = mesh.triangles
  return Array.from({ length: t.length / 3 }, (_, i) => {
    const corners = [0, 1, 2].map((k) => Array.from(p.subarray(t[3 * i + k] * 3, t[3 * i + k] * 3 + 3)))
    const u = corners[1].map((x, k) => x - corners[0][k])
    const v = corners[2].map((x, k) => x - corners[0][k])
    const n = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]]
    const length = Math.hypot(...n)
    return { normal: n.map((x) => x / length), corners }
  })
}
