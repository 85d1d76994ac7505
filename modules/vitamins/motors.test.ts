import { describe, expect, it } from 'vitest'
import { GT2_PULLEY, GT2_PULLEY_8MM } from './belt-drive.js'
import { aboutZ, expectClosedBetween } from './expect-shape.js'
import { METRIC } from './fasteners.js'
import { gearboxOf, gearmotorChoices, NEMA17, NEMA17_GEARBOX, ratedAmps } from './motors.js'

describe('NEMA17', () => {
  const m = NEMA17
  const holeRadius = METRIC.M3.diameter / 2

  it("is rated by its body's data sheet, a length between two at the shorter's current, never more", () => {
    expect(ratedAmps(40)).toBe(1.7)
    expect(ratedAmps(48)).toBe(2)
    expect(ratedAmps(44)).toBe(1.7)
    expect(ratedAmps(34)).toBe(1.7)
    expect(ratedAmps(60)).toBe(2)
  })

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

describe('NEMA17 with a planetary gearbox', () => {
  const g = NEMA17_GEARBOX
  const holeRadius = METRIC.M3.diameter / 2

  it('has its M3 holes in its face, outside its pilot; its shaft in the pilot; a housing inside the motor', () => {
    expect(g.holeCircle / 2 + holeRadius).toBeLessThan(g.housingDiameter / 2)
    expect(g.pilotDiameter / 2).toBeLessThan(g.holeCircle / 2 - holeRadius)
    expect(g.shaftDiameter).toBeLessThan(g.pilotDiameter)
    expect(g.shaftLength).toBeGreaterThan(g.pilotHeight)
    expect(g.housingDiameter).toBeLessThan(NEMA17.square)
    // The motor's own shaft and boss lie inside the housing.
    expect(NEMA17.shaftLength).toBeLessThan(g.housingLength)
  })

  it('offers ratios from about 5:1 up, each near its nominal figure, in order', () => {
    expect(g.ratios[0].ratio).toBeGreaterThanOrEqual(5)
    for (const [i, r] of g.ratios.entries()) {
      expect(Math.abs(r.ratio - r.nominal) / r.nominal).toBeLessThan(0.05)
      expect(r.suffix).toBe(`PG${r.nominal}`)
      if (i > 0) expect(r.ratio).toBeGreaterThan(g.ratios[i - 1].ratio)
    }
    // A 26.85:1 gearbox: 3249 turns of the motor to 121 of the output.
    expect(gearboxOf(27).ratio * 121).toBeCloseTo(3249, 9)
    expect(() => gearboxOf(10)).toThrow(/ratio 10: there are 5, 14, 19, 27/)
  })

  it('offers each ratio with its id and the torques at its output, holding capped by what the gearbox carries', () => {
    const choices = gearmotorChoices(48)
    expect(choices.map((c) => c.id)).toEqual(['nema17-48-pg5', 'nema17-48-pg14', 'nema17-48-pg19', 'nema17-48-pg27'])
    // 26.85:1 on a 48 mm motor: detent 0.022 x 26.85 = 0.59 N m; holding 0.59 x 26.85 x 0.8 = 12.7, capped at 3.
    const pg27 = choices[3]
    expect(pg27.detentTorque).toBeCloseTo(0.5907, 4)
    expect(pg27.holdingTorque).toBe(3)
    // 5.18:1 on a 40 mm motor: holding 0.40 x 5.18 x 0.8 = 1.66 N m.
    expect(gearmotorChoices(40)[0].holdingTorque).toBeCloseTo(1.658, 3)
    for (const [i, c] of choices.entries())
      if (i > 0) expect(c.detentTorque).toBeGreaterThan(choices[i - 1].detentTorque)
  })

  it('is named by its body length and its gearbox, and weighs more than its motor', () => {
    expect(g.part(48, 27).id).toBe('nema17-48-pg27')
    expect(g.part(40, 5).id).toBe('nema17-40-pg5')
    expect(g.part(48, 5).grams).toBeGreaterThan(NEMA17.part(48).grams)
  })

  it('is a closed solid from the back of its motor to the end of its output shaft', async () => {
    for (const [bodyLength, nominal] of [
      [40, 5],
      [48, 27],
    ]) {
      const housing = g.housingLength
      // The motor turned 45 degrees: its rounded corners reach furthest, on the x and y lines.
      const reach = NEMA17.bodyDiameter / 2
      await expectClosedBetween(
        g.part(bodyLength, nominal),
        [-reach, -reach, -housing - bodyLength],
        [reach, reach, g.shaftLength],
      )
    }
  })

  it("takes a 20-tooth pulley like the plain motor's, on an 8 mm bore", async () => {
    const p = GT2_PULLEY_8MM
    expect(p.bore).toBe(g.shaftDiameter)
    expect(p.pitchDiameter).toBe(GT2_PULLEY.pitchDiameter)
    expect(p.bore).toBeLessThan(p.toothDiameter)
    expect(p.part.id).not.toBe(GT2_PULLEY.part.id)
    expect(p.part.grams).toBeLessThan(GT2_PULLEY.part.grams)
    await expectClosedBetween(p.part, ...aboutZ(p.flangeDiameter, 0, p.hubHeight + p.toothHeight + p.flangeThickness))
  })
})
