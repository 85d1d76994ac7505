import { difference, hexPrism, type Solid, union } from '../../src/kernel/index.js'
import type { BoughtPart } from '../../src/parts/types.js'
import { circleArea, DENSITY, gramsOf, hexagonArea } from './mass.js'
import { zCylinder, zThrough } from './solids.js'

/**
 * Screws, nuts and washers, as bought. Each is one object: its real dimensions (sources in
 * ../shared/reference/d3d-design-facts.md and docs/design.md) and `part`, its BOM line and its
 * shape in its own frame, or the function of its size that gives them.
 */

/** Metric screw sizes: clearance hole, cap head and the hex key it takes (ISO 4762), nut across flats and thickness. */
export const METRIC = {
  M3: {
    diameter: 3,
    clearance: 3.4,
    headDiameter: 5.5,
    headHeight: 3,
    hexKey: 2.5,
    nutAcrossFlats: 5.5,
    nutThickness: 2.4,
  },
  M4: { diameter: 4, clearance: 4.5, headDiameter: 7, headHeight: 4, hexKey: 3, nutAcrossFlats: 7, nutThickness: 3.2 },
  M6: {
    diameter: 6,
    clearance: 6.6,
    headDiameter: 10,
    headHeight: 6,
    hexKey: 5,
    nutAcrossFlats: 10,
    nutThickness: 5.2,
  },
  M8: {
    diameter: 8,
    clearance: 8.4,
    headDiameter: 13,
    headHeight: 8,
    hexKey: 6,
    nutAcrossFlats: 13,
    nutThickness: 6.5,
  },
} as const

export type MetricSize = keyof typeof METRIC

/** The lengths screws are sold in, mm. */
export const STANDARD_SCREW_LENGTHS = [6, 8, 10, 12, 16, 20, 25, 30, 35, 40, 45, 50, 55, 60, 70, 80, 90, 100] as const

/** The shortest standard screw length that reaches at least `needed` mm. */
export function standardScrewLength(needed: number): number {
  const length = STANDARD_SCREW_LENGTHS.find((l) => l >= needed - 1e-9)
  if (length === undefined) throw new Error(`no standard screw is ${needed} mm long`)
  return length
}

/** A head below z = 0 and the shank along +Z. */
const headAndShank = (headDiameter: number, headHeight: number, diameter: number, length: number): Solid =>
  union(zCylinder(-headHeight, 0, headDiameter), zCylinder(0, length, diameter))

/** Grams of a steel screw drawn as a head and a shank (the thread's roots and the socket left in: a few per cent). */
const screwGrams = (headDiameter: number, headHeight: number, diameter: number, length: number): number =>
  gramsOf(circleArea(headDiameter) * headHeight + circleArea(diameter) * length, DENSITY.steel)

/** Socket head cap screw (ISO 4762), its head from METRIC below z = 0, shank along +Z. */
export const CAP_SCREW = {
  part: (size: MetricSize, length: number): BoughtPart => {
    const m = METRIC[size]
    return {
      id: `${size.toLowerCase()}x${length}-cap-screw`,
      description: `Socket head cap screw ${size} x ${length} mm (ISO 4762)`,
      grams: screwGrams(m.headDiameter, m.headHeight, m.diameter, length),
      shape: () => headAndShank(m.headDiameter, m.headHeight, m.diameter, length),
    }
  },
} as const

/** Low head cap screw (DIN 7984) M6: the cap head's diameter, 4 tall (k max, DIN 7984 table), below z = 0, shank along +Z; a 4 mm key. */
export const LOW_HEAD_M6 = {
  headHeight: 4,
  hexKey: 4,
  part: (length: number): BoughtPart => {
    const m = METRIC.M6
    return {
      id: `m6x${length}-low-head-screw`,
      description: `Low head cap screw M6 x ${length} mm (DIN 7984)`,
      grams: screwGrams(m.headDiameter, LOW_HEAD_M6.headHeight, m.diameter, length),
      shape: () => headAndShank(m.headDiameter, LOW_HEAD_M6.headHeight, m.diameter, length),
    }
  },
} as const

/** Countersunk screw (ISO 10642) M3: head top on z = 0, the 90 degree head drawn as its 6 x 1.7 envelope. */
export const COUNTERSUNK_M3 = {
  diameter: 6,
  head: 1.7,
  part: (length: number): BoughtPart => ({
    id: `m3x${length}-countersunk-screw`,
    description: `Countersunk screw M3 x ${length} mm (ISO 10642)`,
    grams: screwGrams(COUNTERSUNK_M3.diameter, COUNTERSUNK_M3.head / 2, METRIC.M3.diameter, length),
    shape: () =>
      union(zCylinder(0, COUNTERSUNK_M3.head, COUNTERSUNK_M3.diameter), zCylinder(0, length, METRIC.M3.diameter)),
  }),
} as const

/** Set screw (ISO 4026, flat point) M3, along +Z from z = 0. */
export const SET_SCREW_M3 = {
  part: (length: number): BoughtPart => ({
    id: `m3x${length}-set-screw`,
    description: `Set screw M3 x ${length} mm, flat point (ISO 4026)`,
    grams: screwGrams(0, 0, METRIC.M3.diameter, length),
    shape: () => zCylinder(0, length, METRIC.M3.diameter),
  }),
} as const

/** Hex nut (ISO 4032) from METRIC, from z = 0 to its thickness. */
export const HEX_NUT = {
  part: (size: MetricSize): BoughtPart => {
    const m = METRIC[size]
    return {
      id: `${size.toLowerCase()}-hex-nut`,
      description: `Hex nut ${size} (ISO 4032)`,
      grams: gramsOf((hexagonArea(m.nutAcrossFlats) - circleArea(m.diameter)) * m.nutThickness, DENSITY.steel),
      shape: () =>
        difference(
          hexPrism({
            axis: 'z',
            center: [0, 0, m.nutThickness / 2],
            length: m.nutThickness,
            acrossFlats: m.nutAcrossFlats,
          }),
          zThrough([0, 0], 0, m.nutThickness, m.diameter),
        ),
    }
  },
} as const

/** Flat washers (ISO 7089): outside diameter and thickness, from z = 0, the bore METRIC's clearance. */
export const WASHER = {
  M3: { outside: 7, thickness: 0.5 },
  M4: { outside: 9, thickness: 0.8 },
  M6: { outside: 12, thickness: 1.6 },
  M8: { outside: 16, thickness: 1.6 },
  part: (size: MetricSize): BoughtPart => {
    const { outside, thickness } = WASHER[size]
    return {
      id: `${size.toLowerCase()}-washer`,
      description: `Flat washer ${size}, ${outside} mm outside (ISO 7089)`,
      grams: gramsOf((circleArea(outside) - circleArea(METRIC[size].clearance)) * thickness, DENSITY.steel),
      shape: () => difference(zCylinder(0, thickness, outside), zThrough([0, 0], 0, thickness, METRIC[size].clearance)),
    }
  },
} as const
