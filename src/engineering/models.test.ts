import { describe, expect, it } from 'vitest'
import { heatUp } from './heat-up.js'
import { RAIL_BEAM, railBeam } from './rail.js'
import { longestSpan, longestSpanFor, rodPair, roundInertia, sagAtFrequency } from './rods.js'
import { zDrive } from './z-drive.js'
import { zHold, zMotors } from './z-motor.js'

describe('a carriage on two rods', () => {
  // Worked by hand: 0.5 kg on two 8 mm steel rods spanning 400 mm.
  //   I = pi 8^4 / 64 = 201.06 mm4; E I = 200 000 x 201.06 = 4.0212e7 N mm2
  //   k = 2 x 48 E I / L^3 = 96 x 4.0212e7 / 6.4e7 = 60.32 N/mm
  //   load sag = 0.5 x 9.80665 / 60.32 = 0.0813 mm
  //   each rod: 7.85e-6 kg/mm3 x 50.27 mm2 x 400 mm = 0.1578 kg, w = 0.1578 x 9.80665 / 400 = 0.003870 N/mm
  //   own-weight sag = 5 w L^4 / (384 E I) = 5 x 0.003871 x 2.56e10 / (384 x 4.0212e7) = 0.0321 mm
  //   moving mass = 0.5 + 2 x 17/35 x 0.1578 = 0.6533 kg
  //   f = sqrt(60 320 N/m / 0.6533 kg) / 2 pi = 48.4 Hz
  const figures = rodPair({ diameter: 8, span: 400, load: 0.5 })

  it('has the second moment of area of a round rod', () => {
    expect(roundInertia(8)).toBeCloseTo(201.06, 2)
  })

  it('sags under its load and its own weight as the beam formulas say', () => {
    expect(figures.loadSag).toBeCloseTo(0.0813, 4)
    expect(figures.ownWeightSag).toBeCloseTo(0.0321, 4)
  })

  it('rings at the frequency of its stiffness and its moving mass', () => {
    expect(figures.frequency).toBeCloseTo(48.4, 1)
  })

  it('stiffens with the fourth power of the diameter and softens with the cube of the span', () => {
    const thicker = rodPair({ diameter: 16, span: 400, load: 0.5 })
    expect(thicker.loadSag).toBeCloseTo(figures.loadSag / 16, 6)
    const longer = rodPair({ diameter: 8, span: 800, load: 0.5 })
    expect(longer.loadSag).toBeCloseTo(figures.loadSag * 8, 6)
  })

  it('finds the longest span that keeps a frequency', () => {
    const span = longestSpan(8, 0.5, 48.4)
    expect(span).toBeGreaterThan(399)
    expect(span).toBeLessThan(401)
    expect(rodPair({ diameter: 8, span, load: 0.5 }).frequency).toBeGreaterThanOrEqual(48.4)
  })

  it('turns a frequency into the static sag of the same spring and mass', () => {
    // 9806.65 / (2 pi 35)^2 = 9806.65 / 48 361.06 = 0.202780 mm
    expect(sagAtFrequency(35)).toBeCloseTo(0.20278, 5)
  })
})

describe('the bed on its Z belts', () => {
  // Worked by hand: 1.9 kg on 2 motors through a 20-tooth GT2 pulley (pitch radius 6.366 mm):
  //   1.9 x 9.80665 / 2 = 9.32 N per motor; x 0.006366 m = 0.0593 N m
  //   holding 0.34 N m: 5.73x; detent 0.022 N m: 0.371x
  const drive = { load: 1.9, motors: 2, pulleyRadius: 40 / Math.PI / 2, holdingTorque: 0.34, detentTorque: 0.022 }

  it("needs the torque of the bed's weight at the pulley", () => {
    const z = zDrive(drive)
    expect(z.loadTorque).toBeCloseTo(0.0593, 4)
    expect(z.onMargin).toBeCloseTo(5.73, 2)
    expect(z.offMargin).toBeCloseTo(0.371, 3)
  })

  it('holds through a gearbox by its detent times the ratio, and its holding torque up to what the gearbox carries', () => {
    // 40 mm motor: 0.40 N m x 0.85 run current = 0.34 N m plain; detent 0.022.
    // 5.18:1 (57/11): 0.34 x 5.18 x 0.8 = 1.409 N m; detent 0.022 x 5.18 = 0.114 N m
    // 26.85:1: 0.34 x 26.85 x 0.8 = 7.30, capped at the gearbox's 3 N m; detent 0.591 N m
    const [plain, pg5, , , pg27] = zMotors(40)
    expect(plain).toMatchObject({ nominal: 1, ratio: 1 })
    expect(plain.holdingTorque).toBeCloseTo(0.34, 6)
    expect(pg5.nominal).toBe(5)
    expect(pg5.holdingTorque).toBeCloseTo(1.409, 3)
    expect(pg5.detentTorque).toBeCloseTo(0.114, 3)
    expect(pg27.holdingTorque).toBe(3)
    expect(pg27.detentTorque).toBeCloseTo(0.591, 3)
    // 1.9 kg on two: 0.0593 N m at each pulley; 0.114 / 0.0593 = 1.92x with the motors off.
    expect(zHold(pg5, 1.9, 2).offMargin).toBeCloseTo(1.92, 2)
  })
})

describe('a carriage on a rail on a steel tube', () => {
  // Worked by hand: 1 kg on an MGN12 rail bolted along a 40 x 40 x 3 tube spanning 1000 mm.
  //   tube (EN 10219-2, corners 6 outside, 3 inside): A = 420.8 mm2, I = 93 236 mm4 (its table: 4.21 cm2, 9.32 cm4)
  //   E I = 200 000 x 93 236 = 1.8647e10 N mm2; k = 48 E I / L^3 = 895.1 N/mm
  //   load sag = 1 x 9.80665 / 895.1 = 0.01096 mm
  //   tube 420.8 x 7.85e-6 = 3.303 kg/m, rail 0.65 kg/m: 3.953 kg over the span, w = 0.03877 N/mm
  //   own-weight sag = 5 w L^4 / (384 E I) = 5 x 0.03877 x 1e12 / (384 x 1.8647e10) = 0.02707 mm
  //   moving mass = 1 + 17/35 x 3.953 = 2.920 kg; f = sqrt(895 100 / 2.920) / 2 pi = 88.1 Hz
  const figures = railBeam({ span: 1000, load: 1 })

  it("takes the tube's section and the tube's and rail's mass", () => {
    expect(RAIL_BEAM.inertia).toBeCloseTo(93_236, 0)
    expect(RAIL_BEAM.kgPerMm * 1000).toBeCloseTo(3.953, 3)
  })

  it('sags and rings as one beam simply supported at its ends', () => {
    expect(figures.loadSag).toBeCloseTo(0.01096, 5)
    expect(figures.ownWeightSag).toBeCloseTo(0.02707, 5)
    expect(figures.frequency).toBeCloseTo(88.1, 1)
  })

  it('keeps 1 kg at 35 Hz over about 1.65 m, where no free rod the axes take does past 0.6 m', () => {
    // 1500 mm: k = 265.2 N/mm, m = 1 + 17/35 x 5.930 = 3.880 kg: 41.6 Hz. 2000 mm: 111.9 N/mm, 4.840 kg: 24.2 Hz.
    expect(railBeam({ span: 1500, load: 1 }).frequency).toBeCloseTo(41.6, 1)
    expect(railBeam({ span: 2000, load: 1 }).frequency).toBeCloseTo(24.2, 1)
    const longest = longestSpanFor((span) => railBeam({ span, load: 1 }).frequency, 35)
    expect(longest).toBeGreaterThan(1600)
    expect(longest).toBeLessThan(1700)
    expect(longestSpan(10, 1, 35)).toBeLessThan(600)
  })
})

describe('the bed heating up', () => {
  // Worked by hand (the builder rules' example): 300 x 300 x 6 mm steel, 4239 g, 250 W, 25 to 105 C.
  //   heat capacity 4239 x 0.49 = 2077 J/K; to rise 80 K: 166 170 J
  //   loss at the end 11.8 W/(m2 K) x 0.09 m2 x 80 K = 85.0 W; on the way half that, 42.5 W
  //   t = 166 170 / (250 - 42.5) = 800.8 s; first minute 250 / 2077 x 60 = 7.22 K
  const plate = { grams: 4239, area: 300 * 300, rise: 80, lossCoefficient: 11.8 }

  it('takes the heat the plate stores over what the heater gives beyond the loss', () => {
    const bed = heatUp({ ...plate, watts: 250 })
    expect(bed.seconds).toBeCloseTo(800.8, 0)
    expect(bed.firstMinuteRise).toBeCloseTo(7.22, 2)
  })

  it('never gets there when the heater cannot beat the loss', () => {
    expect(heatUp({ ...plate, watts: 40 }).seconds).toBe(Number.POSITIVE_INFINITY)
  })
})
