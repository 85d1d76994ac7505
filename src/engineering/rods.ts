// A carriage on two smooth rods, each simply supported between the axis's end pieces: how far
// the rods sag and how fast the carriage rings on them.

import { DENSITY, GRAVITY, STEEL } from '../../modules/vitamins/mass.js'
import type { AxisLayout } from '../layout/index.js'

/** Standard gravity in mm/s2. */
const G_MM = GRAVITY * 1000
/** Steel's density, kg/mm3. */
const STEEL_KG_PER_MM3 = DENSITY.steel * 1e-6
/**
 * A simply supported beam's own mass, in a vibration about a mass at its middle, acts as 17/35 of
 * it at the middle (Rayleigh's method; e.g. Thomson, Theory of Vibration with Applications, 2.3).
 */
export const BEAM_EFFECTIVE_MASS = 17 / 35

/** The rods the axes take, least first: 8 mm on LM8UU, 10 mm on LM10UU (modules/vitamins/bearings.ts). */
export const ROD_DIAMETERS = [8, 10] as const

/** An axis's rods' free span, mm: its carriage's travel plus the carriage. */
export const rodSpan = (axis: AxisLayout, carriageLength: number): number => axis.travel + carriageLength

export interface RodPair {
  /** Rod diameter, mm. */
  readonly diameter: number
  /** Free span between the supports, mm. */
  readonly span: number
  /** Mass the carriage carries (itself and its load), kg, shared by the two rods. */
  readonly load: number
}

export interface RodPairFigures {
  /** Sag at mid-span under the carriage's weight, mm (both rods together). */
  readonly loadSag: number
  /** Each rod's sag at mid-span under its own weight, mm. */
  readonly ownWeightSag: number
  /** First natural frequency of the carriage on the rods, Hz. */
  readonly frequency: number
}

/** Second moment of area of a round rod, mm4. */
export const roundInertia = (diameter: number): number => (Math.PI * diameter ** 4) / 64

/**
 * Sag F L^3 / (48 E I) under a mass at mid-span, shared by the two rods; own-weight sag
 * 5 w L^4 / (384 E I); frequency sqrt(k / m) / 2 pi with k = 2 x 48 E I / L^3 and m the load
 * plus 17/35 of both rods' span.
 */
export function rodPair({ diameter, span, load }: RodPair): RodPairFigures {
  const ei = STEEL.modulus * roundInertia(diameter)
  const stiffness = (2 * 48 * ei) / span ** 3
  const rodMass = STEEL_KG_PER_MM3 * ((Math.PI * diameter ** 2) / 4) * span
  const weightPerMm = (rodMass * GRAVITY) / span
  const mass = load + 2 * BEAM_EFFECTIVE_MASS * rodMass
  return {
    loadSag: (load * GRAVITY) / stiffness,
    ownWeightSag: (5 * weightPerMm * span ** 4) / (384 * ei),
    frequency: Math.sqrt((stiffness * 1000) / mass) / (2 * Math.PI),
  }
}

/** Static sag, mm, of a spring-mass system of this natural frequency: g / (2 pi f)^2. */
export const sagAtFrequency = (frequency: number): number => G_MM / (2 * Math.PI * frequency) ** 2

/**
 * The longest span at which a frequency, falling as the span grows, stays at or above a limit, mm
 * (bisection to a tenth of a millimetre).
 */
export function longestSpanFor(frequencyAt: (span: number) => number, limit: number): number {
  let [short, long] = [1, 10_000]
  while (long - short > 0.1) {
    const middle = (short + long) / 2
    if (frequencyAt(middle) >= limit) short = middle
    else long = middle
  }
  return short
}

/** The longest span over which two rods of this diameter keep a carriage of this load at or above a frequency, mm. */
export const longestSpan = (diameter: number, load: number, frequency: number): number =>
  longestSpanFor((span) => rodPair({ diameter, span, load }).frequency, frequency)
