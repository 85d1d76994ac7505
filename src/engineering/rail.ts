// A carriage on a profile rail bolted along a steel tube, the tube simply supported at the axis's
// end faces: how far it sags and how fast the carriage rings on it.

import { DENSITY, GRAVITY, STEEL } from '../../modules/vitamins/mass.js'
import { MGN12H, SQUARE_TUBE, tubeSection } from '../../modules/vitamins/rails.js'
import type { RodPairFigures } from './rods.js'
import { BEAM_EFFECTIVE_MASS } from './rods.js'

/** The rail's guide as the model reads it: the tube's section, and what a millimetre of tube and rail weighs. */
export const RAIL_BEAM = (() => {
  const section = tubeSection(SQUARE_TUBE)
  return {
    inertia: section.inertia,
    /** Tube and rail, kg per mm. */
    kgPerMm: section.area * DENSITY.steel * 1e-6 + MGN12H.rail.gramsPerMm / 1000,
  }
})()

export interface RailBeam {
  /** Between the supports, mm: the axis's end faces (the Y mounts, or the Y carriages for X). */
  readonly span: number
  /** Mass the carriage carries (itself and its load), kg. */
  readonly load: number
}

/**
 * Sag F L^3 / (48 E I) under a mass at mid-span and 5 w L^4 / (384 E I) under the tube's and
 * rail's own weight; frequency sqrt(k / m) / 2 pi with k = 48 E I / L^3 and m the load plus 17/35
 * of the tube and rail over the span. The rail's own bending stiffness (an MGN12 rail's I is under
 * 1 % of the tube's) is left out.
 */
export function railBeam({ span, load }: RailBeam): RodPairFigures {
  const ei = STEEL.modulus * RAIL_BEAM.inertia
  const stiffness = (48 * ei) / span ** 3
  const beamMass = RAIL_BEAM.kgPerMm * span
  const mass = load + BEAM_EFFECTIVE_MASS * beamMass
  return {
    loadSag: (load * GRAVITY) / stiffness,
    ownWeightSag: (5 * ((beamMass * GRAVITY) / span) * span ** 4) / (384 * ei),
    frequency: Math.sqrt((stiffness * 1000) / mass) / (2 * Math.PI),
  }
}
