import { describe, expect, it } from 'vitest'
import { expectClosedBetween } from './expect-shape.js'
import { MGN12H, SQUARE_TUBE, tubeSection } from './rails.js'

describe('the rail, its block and its tube', () => {
  it("have HIWIN's MGN12H figures: the block rides the rail with room under its sides, its holes inside it", () => {
    const { rail, block } = MGN12H
    expect(block.height - block.underSide).toBeGreaterThan(rail.height - block.underSide)
    expect(block.width).toBeGreaterThan(rail.width)
    expect(block.holes.across).toBeLessThan(block.width)
    expect(block.holes.along).toBeLessThan(block.length)
    // A cut rail keeps its end distance, at most half a pitch, at each end: a 1000 mm rail's own.
    expect(rail.endDistance).toBeLessThanOrEqual(rail.holePitch / 2)
    expect((1000 - 2 * rail.endDistance) % rail.holePitch).toBe(0)
    expect(rail.counterbore.diameter).toBeGreaterThan(rail.hole)
  })

  it('draws the block as its box over the rail, no more', async () => {
    const { length, width, height, underSide } = MGN12H.block
    await expectClosedBetween(MGN12H.part, [-length / 2, -width / 2, underSide], [length / 2, width / 2, height])
  })

  it("gives the tube EN 10219-2's section: 4.21 cm2 and 9.32 cm4, 3.30 kg/m", () => {
    const { area, inertia } = tubeSection(SQUARE_TUBE)
    expect(area / 100).toBeCloseTo(4.21, 2)
    expect(inertia / 1e4).toBeCloseTo(9.32, 2)
    expect(area * 7.85e-3).toBeCloseTo(3.3, 2)
  })

  it('reads as a square of sharp corners less what rounding them takes', () => {
    const sharp = { ...SQUARE_TUBE, outerRadius: 0, innerRadius: 0 }
    const { size, wall } = SQUARE_TUBE
    expect(tubeSection(sharp).inertia).toBeCloseTo((size ** 4 - (size - 2 * wall) ** 4) / 12, 6)
    expect(tubeSection(SQUARE_TUBE).inertia).toBeLessThan(tubeSection(sharp).inertia)
  })
})
