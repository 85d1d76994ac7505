import { describe, expect, it } from 'vitest'
import {
  bedAreaLoad,
  bedHeating,
  bedSag,
  longestSpan,
  overhangSag,
  plateRigidity,
  rodDeflection,
  stripSag,
} from './dimensions.js'

const PLATE = 3.175
/** 1/8 in steel's own weight: 7.85 g/cm3 x 3.175 mm = 0.024924 g/mm2, x 9.80665e-3 N/g = 2.4442e-4 N/mm2. */
const STEEL_ONLY = 2.4442e-4

describe('the bed plate between its supports', () => {
  it("gives a plate's rigidity and a strip's sag: 1/8 in steel over 776 mm sags 1.97 mm", () => {
    // D = E t^3 / (12 (1 - nu^2)) = 200000 x 32.00598 / 10.92 = 586190 N mm.
    expect(plateRigidity(PLATE)).toBeCloseTo(586190, -1)
    // 5 w L^4 / (384 D) = 5 x 2.4442e-4 x 776^4 (3.62616e11) / (384 x 586190) = 1.9687 mm.
    expect(stripSag(776, PLATE, STEEL_ONLY)).toBeCloseTo(1.9687, 3)
    // w L^4 / (8 D) = 2.4442e-4 x 100^4 / (8 x 586190) = 0.0052 mm.
    expect(overhangSag(100, PLATE, STEEL_ONLY)).toBeCloseTo(0.00521, 5)
  })

  it('finds the longest span that sags 0.1 mm: 368 mm of 1/8 in steel', () => {
    // (384 D s / (5 w))^(1/4) = (384 x 586190 x 0.1 / (5 x 2.4442e-4))^(1/4) = (1.8419e10)^(1/4) = 368.4 mm.
    expect(longestSpan(0.1, PLATE, STEEL_ONLY)).toBeCloseTo(368.4, 1)
    expect(stripSag(longestSpan(0.1, PLATE, STEEL_ONLY), PLATE, STEEL_ONLY)).toBeCloseTo(0.1, 9)
  })

  it('loads the plate with its heater and cork: 2.881e-4 N/mm2 on 1/8 in steel', () => {
    // (7.85 x 3.175 + 1.3 x 1.5 + 0.25 x 10) x 1e-3 = 0.029374 g/mm2, x 9.80665e-3 N/g.
    expect(bedAreaLoad(PLATE)).toBeCloseTo(2.8806e-4, 8)
  })

  it('bends a rod simply supported at its ends under point loads and its own weight', () => {
    // 8 mm rod, 1000 mm: EI = 200000 x pi 8^4 / 64 = 4.0212e7 N mm2; own weight 7.85e-3 x 50.265
    // x 9.80665e-3 = 3.8695e-3 N/mm. 10 N at the middle: P L^3 / (48 EI) = 5.1809, own weight
    // 5 w L^4 / (384 EI) = 1.2530: 6.434 mm.
    expect(rodDeflection(8, 1000, [{ at: 500, force: 10 }], 500)).toBeCloseTo(6.434, 2)
    // At 250 mm: P b x (L^2 - b^2 - x^2) / (6 EI L) = 10 x 500 x 250 x 687500 / 2.41272e11 = 3.5619,
    // w x (L^3 - 2 L x^2 + x^3) / (24 EI) = 0.96738 x 8.90625e8 / 9.65088e8 = 0.8927: 4.4546 mm.
    expect(rodDeflection(8, 1000, [{ at: 500, force: 10 }], 250)).toBeCloseTo(4.4546, 2)
    // A load at 250 bends the rod at 750 as much as a load at 750 bends it at 250.
    expect(rodDeflection(8, 1000, [{ at: 250, force: 10 }], 750)).toBeCloseTo(
      rodDeflection(8, 1000, [{ at: 750, force: 10 }], 250),
      9,
    )
  })

  it("adds the worst strip along X, along Y and the rods' uneven bending", () => {
    const supports = (rows: number[]) => ({
      thickness: PLATE,
      x: { plate: [0, 200] as const, supports: [50, 150] },
      y: { plate: [0, 800] as const, supports: rows },
      rod: { diameter: 8, rests: [-50, 850] as const },
    })
    const sag = bedSag(supports([12, 788]))
    // Y: 776 mm at 2.8806e-4 N/mm2 = 1.9687 x 2.8806 / 2.4442 = 2.3202 mm (the 12 mm overhangs: nothing).
    expect(sag.y).toBeCloseTo(2.3202, 3)
    // X: 100 mm between the rods, 5 x 2.8806e-4 x 1e8 / (384 x 586190) = 6.40e-4 mm, more than
    // the 50 mm overhangs' 2.8806e-4 x 6.25e6 / (8 x 586190) = 3.84e-4 mm.
    expect(sag.x).toBeCloseTo(6.4e-4, 5)
    // Two rows placed alike on the rods bend them alike.
    expect(sag.rods).toBeCloseTo(0, 9)
    expect(sag.total).toBeCloseTo(sag.x + sag.y, 12)
    // A middle row: the rod bends more there than at the ends, and that counts.
    const three = bedSag(supports([12, 400, 788]))
    expect(three.y).toBeCloseTo(stripSag(388, PLATE, bedAreaLoad(PLATE)), 9)
    expect(three.rods).toBeGreaterThan(1)
  })

  it("needs 5/8 in of plate to carry the 1 m cube's 800 mm bed on its rods alone", () => {
    // Its rows 776 mm apart, its inner rods 444 mm apart (122 mm past the outer rods): a strip each way.
    const sag = (t: number) => stripSag(776, t, bedAreaLoad(t)) + stripSag(444, t, bedAreaLoad(t))
    expect(sag(PLATE)).toBeCloseTo(2.569, 3)
    expect(sag(12.7)).toBeGreaterThan(0.1)
    // 15.875 mm: w = (7.85 x 15.875 + 4.45) x 9.80665e-6 = 1.2657e-3 N/mm2, D = 200000 x 4000.6
    // / 10.92 = 7.3272e7 N mm: 5 w (776^4 + 444^4) / 384 D = 5 x 1.2657e-3 x 4.0148e11 / 2.81364e10 = 0.0903 mm.
    expect(sag(15.875)).toBeCloseTo(0.0903, 3)
  })
})

describe('the bed heater', () => {
  it('covers the printable area and 10 mm round it within the plate less 5 mm, on mains at 0.6 W/cm2 (the 8 in bed)', () => {
    const h = bedHeating({ x: 203.2, y: 203.2, printable: { x: [0, 203.2], y: [0, 200.35] } })
    // The printable area grown 10 mm a side, cut to 5-198.2: 193.2 x 193.2 mm = 373.26 cm2.
    expect(h.area).toEqual({ x: [5, 198.2], y: [5, 198.2] })
    // 24 V at 0.4 W/cm2 would be 150 W, more than the 75 W budget: mains, 0.6 x 373.26 = 224 -> 220 W.
    expect(h).toMatchObject({ supply: 'mains', watts: 220, volts: 120, relayNeedsHeatSink: false })
    expect(h.amps).toBeCloseTo(1.8333, 4)
    expect(h.wattsPerCm2).toBeCloseTo(220 / 373.2624, 9)
    // 193.2 x 193.2 of 203.2 x 200.35 mm.
    expect(h.coverage).toBeCloseTo(37326.24 / 40711.12, 9)
  })

  it('heats a small bed from 24 V, and caps a large one at what the outlet allows, on a relay with a heat sink', () => {
    // 100 x 100 mm = 100 cm2 at 0.4 W/cm2 = 40 W, within 45 W.
    expect(bedHeating({ x: 110, y: 110, printable: { x: [0, 110], y: [0, 110] } })).toMatchObject({
      supply: 'dc',
      watts: 40,
      volts: 24,
      relayNeedsHeatSink: false,
      coverage: 100 ** 2 / 110 ** 2,
    })
    // 130 x 130 mm: 67.6 -> 70 W, over 45 W: mains at 0.6 W/cm2, 101.4 -> 100 W.
    expect(bedHeating({ x: 140, y: 140, printable: { x: [0, 140], y: [0, 140] } })).toMatchObject({
      supply: 'mains',
      watts: 100,
    })
    // 790 x 790 mm = 6241 cm2 at 0.6 W/cm2 = 3745 W, capped at 1300 W: 10.8 A at 120 V, over 4 A.
    const big = bedHeating({ x: 800, y: 800, printable: { x: [0, 800], y: [0, 800] } })
    expect(big).toMatchObject({ supply: 'mains', watts: 1300, relayNeedsHeatSink: true })
    expect(big.wattsPerCm2).toBeCloseTo(1300 / 6241, 9)
  })

  it('heats only what the nozzle reaches and the margin round it on a bed larger than that', () => {
    const h = bedHeating({ x: 300, y: 300, printable: { x: [50, 250], y: [40, 260] } })
    expect(h.area).toEqual({ x: [40, 260], y: [30, 270] })
    expect(h.coverage).toBe(1)
  })
})
