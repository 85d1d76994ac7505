import { box, difference, intersection, type Solid, transform, union } from '../../src/kernel/index.js'
import { multiply, rotation, translation } from '../../src/kernel/matrix.js'
import type { BoughtPart } from '../../src/parts/types.js'
import { METRIC } from './fasteners.js'
import { hundredths } from './hundredths.js'
import { circleArea, DENSITY, gramsOf, interpolate } from './mass.js'
import { OVERRUN, zCylinder, zHole } from './solids.js'

/**
 * Stepper motors, as bought. Each is one object: its real dimensions (sources in
 * ../shared/reference/d3d-design-facts.md and docs/design.md) and `part`, its BOM line and its
 * shape in its own frame, or the function of its size that gives them.
 */

/**
 * NEMA17 stepper: 42.3 square body with rounded corners (53.6 across, NopSCADlib) below z = 0,
 * boss and 5 mm shaft above it, M3 holes 4.5 deep; `part` takes the body's length.
 */
export const NEMA17 = {
  square: 42.3,
  bodyDiameter: 53.6,
  holePitch: 31,
  holeDepth: 4.5,
  bossDiameter: 22,
  bossHeight: 2,
  shaftDiameter: 5,
  shaftLength: 24,
  /**
   * Mass, g, by body length, mm: 34 mm 230 g (a 26 N cm motor's data sheet), 40 mm 280 g
   * (17HS4401's), 48 mm 390 g (StepperOnline 17HS19-2004S1's); other lengths along these.
   */
  gramsByLength: [
    [34, 230],
    [40, 280],
    [48, 390],
  ],
  /**
   * Holding torque at rated current, N m, by body length, mm, from the same data sheets: 34 mm
   * 0.26, 40 mm 0.40 (17HS4401), 48 mm 0.59 (17HS19-2004S1); other lengths along these.
   */
  holdingTorqueByLength: [
    [34, 0.26],
    [40, 0.4],
    [48, 0.59],
  ],
  /**
   * Detent torque, N m, what holds the shaft with no current: 17HS4401's 2.2 N cm, the one data
   * sheet that gives it; taken for every length (longer bodies have somewhat more).
   */
  detentTorque: 0.022,
  /**
   * Rated phase current, A, by body length, mm: 40 mm 1.7 A (17HS4401's data sheet), 48 mm 2.0 A
   * (StepperOnline 17HS19-2004S1's), the data sheets of the torques above; see ratedAmps.
   */
  ratedAmpsByLength: [
    [40, 1.7],
    [48, 2.0],
  ],
  part: (bodyLength: number): BoughtPart => ({
    id: `nema17-${hundredths(bodyLength)}`,
    description: `NEMA17 stepper motor, ${hundredths(bodyLength)} mm body, ${NEMA17.shaftDiameter} mm shaft, 1.8 deg`,
    grams: interpolate(NEMA17.gramsByLength, bodyLength),
    shape: () => nema17Shape(bodyLength),
  }),
} as const

/**
 * A NEMA17's rated phase current, A: a body length between two of the catalogue's takes the
 * shorter's figure (the lesser current, never over a real motor's), one outside them the nearer's.
 */
export function ratedAmps(bodyLength: number): number {
  const table = NEMA17.ratedAmpsByLength
  return [...table].reverse().find(([length]) => bodyLength >= length)?.[1] ?? table[0][1]
}

function nema17Shape(bodyLength: number): Solid {
  const m = NEMA17
  const half = m.square / 2
  const p = m.holePitch / 2
  const holes = [
    [-p, -p],
    [-p, p],
    [p, -p],
    [p, p],
  ] as const
  return union(
    difference(
      intersection(box([-half, -half, -bodyLength], [half, half, 0]), zCylinder(-bodyLength, 0, m.bodyDiameter)),
      ...holes.map((at) => zHole(at, -m.holeDepth, OVERRUN, METRIC.M3.diameter)),
    ),
    zCylinder(0, m.bossHeight, m.bossDiameter),
    zCylinder(0, m.shaftLength, m.shaftDiameter),
  )
}

/**
 * A NEMA17 with a planetary gearbox on its face, as StepperOnline sells them (17HS19-1684S-PG5,
 * -PG14, -PG19, -PG27: docs/design.md, "Z drive that holds the bed"). The gearbox's round
 * housing lies below z = 0, its face on z = 0 with eight M3 holes on a 28 mm circle every 45
 * degrees (four of them on the x and y lines), its pilot and 8 mm output shaft above it; the
 * motor's body hangs below the housing, turned 45 degrees (its corners on the x and y lines).
 */
export const NEMA17_GEARBOX = {
  housingDiameter: 36,
  /** The one housing length we have (kms15/McClintock's); a two-stage housing may be longer. */
  housingLength: 35,
  pilotDiameter: 22,
  pilotHeight: 2,
  holeCircle: 28,
  holeDepth: 4.5,
  shaftDiameter: 8,
  /** From the face, with a 15 mm flat for the pulley's grub screws. */
  shaftLength: 20,
  /** Most torque the output may carry continuously and momentarily, N m (the PG5's and PG27's figures). */
  permissibleTorque: 3,
  momentaryTorque: 5,
  /** Most load on the output shaft, N: radial (the belt's pull) and axial (the PG5's figures). */
  radialLoad: 100,
  axialLoad: 50,
  /** At full load, the PG27's figure. */
  efficiency: 0.8,
  /**
   * The ratios on sale, exact from the gear teeth where known, each with the vendor's suffix:
   * 5.18 (57/11), 14 (its nominal figure), 19.2 (19 + 38/187) and 26.85 (26 + 103/121).
   */
  ratios: [
    { nominal: 5, ratio: 57 / 11, suffix: 'PG5' },
    { nominal: 14, ratio: 14, suffix: 'PG14' },
    { nominal: 19, ratio: 19 + 38 / 187, suffix: 'PG19' },
    { nominal: 27, ratio: 26 + 103 / 121, suffix: 'PG27' },
  ],
  part: (bodyLength: number, nominal: number): BoughtPart => {
    const g = gearboxOf(nominal)
    const housing = NEMA17_GEARBOX.housingLength
    return {
      id: `nema17-${hundredths(bodyLength)}-${g.suffix.toLowerCase()}`,
      description: `NEMA17 stepper motor, ${hundredths(bodyLength)} mm body, with a ${hundredths(g.ratio)}:1 planetary gearbox (${g.suffix}), 8 mm output shaft`,
      // The motor's figure and the housing drawn in steel (ours: an upper bound for the gearbox).
      grams:
        interpolate(NEMA17.gramsByLength, bodyLength) +
        gramsOf(circleArea(NEMA17_GEARBOX.housingDiameter) * housing, DENSITY.steel),
      shape: () => gearmotorShape(bodyLength),
    }
  },
} as const

export type Nema17Gearbox = (typeof NEMA17_GEARBOX.ratios)[number]

/** The gearbox of this nominal ratio; a ratio not on sale is an error that names the ones that are. */
export function gearboxOf(nominal: number): Nema17Gearbox {
  const found = NEMA17_GEARBOX.ratios.find((g) => g.nominal === nominal)
  if (!found) {
    const known = NEMA17_GEARBOX.ratios.map((g) => g.nominal).join(', ')
    throw new Error(`no NEMA17 planetary gearbox of ratio ${nominal}: there are ${known}`)
  }
  return found
}

/**
 * The gearmotors on sale with a motor of this body length, for the engineering model to choose
 * from: each one's nominal and exact ratio, bought id, and torques at the output, N m. Driving,
 * the motor's holding torque through the gearbox, at most what the gearbox may carry (the 48 mm
 * motor the vendor fits, 17HS19-1684S, holds 0.52 N m, a little under the table's 0.59);
 * unpowered, the motor's detent times the ratio, friction not counted.
 */
export function gearmotorChoices(bodyLength: number) {
  const g = NEMA17_GEARBOX
  const holding = interpolate(NEMA17.holdingTorqueByLength, bodyLength)
  return g.ratios.map(({ nominal, ratio }) => ({
    nominal,
    ratio,
    id: g.part(bodyLength, nominal).id,
    holdingTorque: Math.min(holding * ratio * g.efficiency, g.permissibleTorque),
    detentTorque: NEMA17.detentTorque * ratio,
  }))
}

function gearmotorShape(bodyLength: number): Solid {
  const g = NEMA17_GEARBOX
  const r = g.holeCircle / 2
  const holes = Array.from({ length: 8 }, (_, i) => {
    const a = (i * Math.PI) / 4
    return [r * Math.cos(a), r * Math.sin(a)] as const
  })
  return union(
    difference(
      zCylinder(-g.housingLength, 0, g.housingDiameter),
      ...holes.map((at) => zHole(at, -g.holeDepth, OVERRUN, METRIC.M3.diameter)),
    ),
    zCylinder(0, g.pilotHeight, g.pilotDiameter),
    zCylinder(0, g.shaftLength, g.shaftDiameter),
    // The motor's own boss and shaft lie inside the housing; its corners on the x and y lines.
    transform(nema17Shape(bodyLength), multiply(translation([0, 0, -g.housingLength]), rotation([0, 0, 45]))),
  )
}
