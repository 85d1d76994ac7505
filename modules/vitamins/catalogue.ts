import type { BoughtPart } from '../../src/assembly/types.js'
import { box, cylinder, difference, hexPrism, hole, union } from '../../src/kernel/index.js'

/**
 * Every bought part ("vitamin") the modules use, with its real outer dimensions (sources in
 * ../shared/reference/d3d-design-facts.md and docs/design.md). Shapes sit in the part's own
 * frame: shafts, bores and screw axes along +Z, mounting face or head underside on z = 0.
 */

/** NEMA17 stepper: 42.3 square body below z = 0, boss and 5 mm shaft above it. */
export function nema17(bodyLength: number): BoughtPart {
  return {
    id: `nema17-${round(bodyLength)}`,
    description: `NEMA17 stepper motor, ${round(bodyLength)} mm body, 5 mm shaft, 1.8 deg`,
    shape: () =>
      union(
        box([-21.15, -21.15, -bodyLength], [21.15, 21.15, 0]),
        cylinder({ axis: 'z', center: [0, 0, 1], length: 2, diameter: 22 }),
        cylinder({ axis: 'z', center: [0, 0, 12], length: 24, diameter: 5 }),
      ),
  }
}

export const NEMA17 = { square: 42.3, holePitch: 31, bossDiameter: 22, bossHeight: 2, shaftLength: 24 } as const

/** GT2 pulley, 20 teeth, 5 mm bore: pitch diameter 40 / pi. */
export const gt2Pulley20: BoughtPart = {
  id: 'gt2-pulley-20t-5mm',
  description: 'GT2 pulley, 20 teeth, 5 mm bore, for 6 mm belt, with M3 grub screws',
  shape: () =>
    union(
      cylinder({ axis: 'z', center: [0, 0, 3.5], length: 7, diameter: 16 }),
      cylinder({ axis: 'z', center: [0, 0, 11.5], length: 9, diameter: 12.22 }),
      cylinder({ axis: 'z', center: [0, 0, 16.5], length: 1, diameter: 16 }),
    ),
}

export const GT2 = { pitch: 2, beltWidth: 6, beltThickness: 1.38, pulleyPitchDiameter: 40 / Math.PI } as const

/** 626 ball bearing, 6 x 19 x 6: two stacked make the belt idler on an M6 axle. */
export const bearing626: BoughtPart = {
  id: 'bearing-626-2rs',
  description: 'Ball bearing 626-2RS, 6 x 19 x 6 mm (belt idler)',
  shape: () => tube(19, 6, 6),
}

export const BEARING_626 = { bore: 6, outside: 19, width: 6 } as const

/** LM8UU linear ball bearing: 15 x 24, 8 mm bore; shape along +Z from 0 to 24. */
export const lm8uu: BoughtPart = {
  id: 'lm8uu',
  description: 'Linear ball bearing LM8UU, 8 mm bore, 15 mm outside, 24 mm long',
  shape: () => tube(15, 8, 24),
}

export const LM8UU = { outside: 15, bore: 8, length: 24 } as const

/** Metric screw sizes: clearance hole, cap head, nut across flats and thickness. */
export const METRIC = {
  M3: { diameter: 3, clearance: 3.4, headDiameter: 5.5, headHeight: 3, nutAcrossFlats: 5.5, nutThickness: 2.4 },
  M6: { diameter: 6, clearance: 6.6, headDiameter: 10, headHeight: 6, nutAcrossFlats: 10, nutThickness: 5.2 },
} as const

export type MetricSize = keyof typeof METRIC

const STANDARD_LENGTHS = [6, 8, 10, 12, 16, 20, 25, 30, 35, 40, 45, 50, 55, 60, 70, 80, 90, 100]

/** The shortest standard screw length that reaches at least `needed` mm. */
export function standardScrewLength(needed: number): number {
  const length = STANDARD_LENGTHS.find((l) => l >= needed - 1e-9)
  if (length === undefined) throw new Error(`no standard screw is ${needed} mm long`)
  return length
}

/** Socket head cap screw (ISO 4762), head below z = 0, shank along +Z. */
export function capScrew(size: MetricSize, length: number): BoughtPart {
  const m = METRIC[size]
  return {
    id: `${size.toLowerCase()}x${length}-cap-screw`,
    description: `Socket head cap screw ${size} x ${length} mm (ISO 4762)`,
    shape: () =>
      union(
        cylinder({ axis: 'z', center: [0, 0, -m.headHeight / 2], length: m.headHeight, diameter: m.headDiameter }),
        cylinder({ axis: 'z', center: [0, 0, length / 2], length, diameter: m.diameter }),
      ),
  }
}

/** Hex nut (ISO 4032) from z = 0 to its thickness. */
export function hexNut(size: MetricSize): BoughtPart {
  const m = METRIC[size]
  return {
    id: `${size.toLowerCase()}-hex-nut`,
    description: `Hex nut ${size} (ISO 4032)`,
    shape: () =>
      difference(
        hexPrism({
          axis: 'z',
          center: [0, 0, m.nutThickness / 2],
          length: m.nutThickness,
          acrossFlats: m.nutAcrossFlats,
        }),
        hole({ axis: 'z', center: [0, 0, m.nutThickness / 2], length: m.nutThickness + 1, diameter: m.diameter }),
      ),
  }
}

/** Flat washer (ISO 7089), from z = 0. */
export function washer(size: MetricSize): BoughtPart {
  const m = METRIC[size]
  const outside = size === 'M3' ? 7 : 12
  const thickness = size === 'M3' ? 0.5 : 1.6
  return {
    id: `${size.toLowerCase()}-washer`,
    description: `Flat washer ${size}, ${outside} mm outside (ISO 7089)`,
    shape: () =>
      difference(
        cylinder({ axis: 'z', center: [0, 0, thickness / 2], length: thickness, diameter: outside }),
        hole({ axis: 'z', center: [0, 0, thickness / 2], length: thickness + 1, diameter: m.clearance }),
      ),
  }
}

/** A ring or sleeve along +Z from z = 0: bearings. */
function tube(outside: number, bore: number, length: number) {
  return difference(
    cylinder({ axis: 'z', center: [0, 0, length / 2], length, diameter: outside }),
    hole({ axis: 'z', center: [0, 0, length / 2], length: length + 1, diameter: bore }),
  )
}

function round(x: number): number {
  return Math.round(x * 100) / 100
}
