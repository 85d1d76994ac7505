import type { Solid } from '../../src/kernel/index.js'
import { tube } from './solids.js'

/**
 * Bearings, as bought. Each is one object: its real dimensions (sources in
 * ../shared/reference/d3d-design-facts.md and docs/design.md) and `part`, its BOM line and its
 * shape in its own frame, or the function of its size that gives them.
 */

/**
 * LM8UU linear ball bearing: 15 x 24, 8 mm bore; along +Z from z = 0 to 24. Its shell is thin
 * steel: the carriage clamps it by FITS.linearBearing.clamp, no more.
 */
export const LM8UU = {
  outside: 15,
  bore: 8,
  length: 24,
  part: {
    id: 'lm8uu',
    description: 'Linear ball bearing LM8UU, 8 mm bore, 15 mm outside, 24 mm long',
    /** THK's linear bushing catalogue, LM 8UU. */
    grams: 16,
    shape: (): Solid => tube(LM8UU.outside, LM8UU.bore, LM8UU.length),
  },
} as const

/** LM10UU linear ball bearing: 19 x 29, 10 mm bore; along +Z from z = 0 to 29. Thin steel shell, as the LM8UU's. */
export const LM10UU = {
  outside: 19,
  bore: 10,
  length: 29,
  part: {
    id: 'lm10uu',
    description: 'Linear ball bearing LM10UU, 10 mm bore, 19 mm outside, 29 mm long',
    /** THK's linear bushing catalogue (504E, A4-40), LM 10UU. */
    grams: 30,
    shape: (): Solid => tube(LM10UU.outside, LM10UU.bore, LM10UU.length),
  },
} as const

export type LinearBearing = typeof LM8UU | typeof LM10UU

/** The linear bearing for a rod: the LM8UU on 8 mm (and 5/16 in, 7.94 mm) rods, the LM10UU on 10 mm. */
export function linearBearingFor(rodDiameter: number): LinearBearing {
  const bearing = [LM8UU, LM10UU].find((b) => Math.abs(b.bore - rodDiameter) < 0.1)
  if (!bearing) throw new Error(`no linear bearing for ${rodDiameter} mm rods`)
  return bearing
}
