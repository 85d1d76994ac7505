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
