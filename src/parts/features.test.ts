import { describe, expect, it } from 'vitest'
import { bounds, evaluate, type Solid, segmentsFor } from '../kernel/index.js'
import { bore, clearanceHole, nutSlot, nutTrap } from './features.js'
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
})
