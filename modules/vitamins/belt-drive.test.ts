import { describe, expect, it } from 'vitest'
import { GT2, GT2_IDLER, GT2_PULLEY } from './belt-drive.js'
import { aboutZ, expectClosedBetween } from './expect-shape.js'
import { METRIC } from './fasteners.js'

describe('GT2 belt and pulley', () => {
  const p = GT2_PULLEY

  it('has the pitch diameter of its teeth at the belt pitch, the teeth inside it, the belt between the flanges', () => {
    expect(p.pitchDiameter).toBeCloseTo((p.teeth * GT2.pitch) / Math.PI, 12)
    expect(GT2.pulleyPitchDiameter).toBe(p.pitchDiameter)
    expect(p.bore).toBeLessThan(p.toothDiameter)
    expect(p.toothDiameter).toBeLessThan(p.pitchDiameter)
    expect(p.pitchDiameter + 2 * GT2.beltThickness).toBeLessThan(p.flangeDiameter)
    expect(p.toothHeight).toBeGreaterThanOrEqual(GT2.beltWidth)
  })

  it('draws the pulley closed, flange to flange', async () => {
    await expectClosedBetween(p.part, ...aboutZ(p.flangeDiameter, 0, p.hubHeight + p.toothHeight + p.flangeThickness))
  })

  it('has an idler of the pitch diameter of the pulley, its teeth inside it, the belt between its flanges', async () => {
    const i = GT2_IDLER
    expect(i.pitchDiameter).toBeCloseTo((i.teeth * GT2.pitch) / Math.PI, 12)
    expect(i.pitchDiameter).toBe(p.pitchDiameter)
    expect(i.toothDiameter).toBeLessThan(i.pitchDiameter)
    // The flanges stand above the belt's pitch line, where its cords run.
    expect(i.flangeDiameter).toBeGreaterThan(i.pitchDiameter)
    expect(i.width - 2 * i.flangeThickness).toBeGreaterThanOrEqual(GT2.beltWidth)
    expect(i.bore).toBe(METRIC.M3.diameter)
    await expectClosedBetween(i.part, ...aboutZ(i.flangeDiameter, 0, i.width))
  })
})
