import { describe, expect, it } from 'vitest'
import { FITS } from '../../src/parts/fits.js'
import { LM8UU } from './bearings.js'
import { aboutZ, expectClosedBetween } from './expect-shape.js'

describe('bearings', () => {
  it('have a bore inside their outside, the LM8UU on an 8 mm rod', () => {
    expect(LM8UU.bore).toBeLessThan(LM8UU.outside)
    expect(LM8UU.bore).toBe(8)
  })

  it('fit the table: the LM8UU drops into its pocket, whose halves clamp it', () => {
    expect(FITS.linearBearing.diameter).toBeGreaterThan(0)
    // Each half's pocket is shallower than the bearing's radius, so the halves clamp it...
    expect(FITS.linearBearing.clamp).toBeGreaterThan(0)
    // ...while the groove, open at the split face, stays wider there than the bearing.
    const r = (LM8UU.outside + FITS.linearBearing.diameter) / 2
    const rise = FITS.linearBearing.clamp + FITS.linearBearing.diameter / 2
    expect(2 * Math.sqrt(r * r - rise * rise)).toBeGreaterThan(LM8UU.outside)
  })

  it('are closed rings as wide and long as their data', async () => {
    await expectClosedBetween(LM8UU.part, ...aboutZ(LM8UU.outside, 0, LM8UU.length))
  })
})
