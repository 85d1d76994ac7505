import { describe, expect, it } from 'vitest'
import { FITS } from '../../src/parts/fits.js'
import { LM8UU, LM10UU, linearBearingFor } from './bearings.js'
import { aboutZ, expectClosedBetween } from './expect-shape.js'

describe('bearings', () => {
  it('have a bore inside their outside, the LM8UU on an 8 mm rod, the LM10UU on a 10 mm rod', () => {
    for (const b of [LM8UU, LM10UU]) expect(b.bore).toBeLessThan(b.outside)
    expect(LM8UU.bore).toBe(8)
    expect(LM10UU.bore).toBe(10)
  })

  it('are chosen by the rod: LM8UU on 8 mm and 5/16 in, LM10UU on 10 mm, none on other rods', () => {
    expect(linearBearingFor(8)).toBe(LM8UU)
    expect(linearBearingFor(7.9375)).toBe(LM8UU)
    expect(linearBearingFor(10)).toBe(LM10UU)
    expect(() => linearBearingFor(12)).toThrow(/no linear bearing for 12 mm rods/)
  })

  it.each([LM8UU, LM10UU])('fit the table: the $part.id drops into its pocket, whose halves clamp it', (bearing) => {
    expect(FITS.linearBearing.diameter).toBeGreaterThan(0)
    // Each half's pocket is shallower than the bearing's radius, so the halves clamp it...
    expect(FITS.linearBearing.clamp).toBeGreaterThan(0)
    // ...while the groove, open at the split face, stays wider there than the bearing.
    const r = (bearing.outside + FITS.linearBearing.diameter) / 2
    const rise = FITS.linearBearing.clamp + FITS.linearBearing.diameter / 2
    expect(2 * Math.sqrt(r * r - rise * rise)).toBeGreaterThan(bearing.outside)
  })

  it.each([LM8UU, LM10UU])('are closed rings as wide and long as their data: $part.id', async (bearing) => {
    await expectClosedBetween(bearing.part, ...aboutZ(bearing.outside, 0, bearing.length))
  })

  it('weigh about what a steel ring of their size would: the LM10UU more than the LM8UU', () => {
    const ring = (b: typeof LM8UU | typeof LM10UU) =>
      (Math.PI / 4) * (b.outside ** 2 - b.bore ** 2) * b.length * 7.85e-3
    // Balls and plastic retainer in the ring: the catalogue's mass lies under a solid steel ring's.
    for (const b of [LM8UU, LM10UU]) expect(b.part.grams).toBeLessThan(ring(b))
    expect(LM10UU.part.grams).toBeGreaterThan(LM8UU.part.grams)
  })
})
