import { describe, expect, it } from 'vitest'
import { expectClosedBetween } from './expect-shape.js'
import { METRIC } from './fasteners.js'
import { NEMA17 } from './motors.js'

describe('NEMA17', () => {
  const m = NEMA17
  const holeRadius = METRIC.M3.diameter / 2

  it('has its screw holes inside the square and its rounded corners, clear of the boss', () => {
    const holeFromAxis = m.holePitch / Math.SQRT2
    expect(m.holePitch / 2 + holeRadius).toBeLessThan(m.square / 2)
    expect(m.bodyDiameter).toBeGreaterThan(m.square)
    expect(m.bodyDiameter).toBeLessThan(m.square * Math.SQRT2)
    expect(holeFromAxis + holeRadius).toBeLessThan(m.bodyDiameter / 2)
    expect(m.bossDiameter / 2).toBeLessThan(holeFromAxis - holeRadius)
    expect(m.shaftDiameter).toBeLessThan(m.bossDiameter)
    expect(m.shaftLength).toBeGreaterThan(m.bossHeight)
  })

  it('is named by its body length, to 0.01 mm', () => {
    expect(m.part(40).id).toBe('nema17-40')
    expect(m.part(47.333).id).toBe('nema17-47.33')
  })

  it('is a closed solid from the back of its body to the end of its shaft, as wide as its square', async () => {
    for (const bodyLength of [34, 40, 48]) {
      const half = m.square / 2
      await expectClosedBetween(m.part(bodyLength), [-half, -half, -bodyLength], [half, half, m.shaftLength])
    }
  })
})
