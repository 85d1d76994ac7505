import { box } from '../../src/kernel/index.js'
import type { BoughtPart } from '../../src/parts/types.js'
import { hundredths } from './hundredths.js'

/**
 * Heated bed parts, as bought. Each is one object: its real dimensions (sources in
 * ../shared/reference/d3d-design-facts.md and docs/design.md) and `part`, its BOM line and its
 * shape in its own frame, or the function of its size that gives them.
 */

/**
 * Silicone heater mat under the bed plate, mains voltage (switched by the SSR); `part` takes its
 * size and lies from the origin along +X and +Y, on z = 0.
 */
export const BED_HEATER = {
  thickness: 1.5,
  /** 0.4 W/cm2. */
  wattsPerMm2: 0.004,
  part: (x: number, y: number): BoughtPart => {
    const watts = Math.round((x * y * BED_HEATER.wattsPerMm2) / 10) * 10
    return {
      id: `bed-heater-${hundredths(x)}x${hundredths(y)}`,
      description: `Silicone heater mat ${hundredths(x)} x ${hundredths(y)} mm, about ${watts} W, 120/230 V AC, self-adhesive, with 100k thermistor and thermal fuse`,
      shape: () => box([0, 0, 0], [x, y, BED_HEATER.thickness]),
    }
  },
} as const

/** Insulation under the heater: self-adhesive cork, 10 mm, placed as the heater. */
export const BED_INSULATION = {
  thickness: 10,
  part: (x: number, y: number): BoughtPart => ({
    id: `bed-insulation-${hundredths(x)}x${hundredths(y)}`,
    description: `Insulation sheet, cork, ${hundredths(x)} x ${hundredths(y)} x ${BED_INSULATION.thickness} mm, self-adhesive`,
    shape: () => box([0, 0, 0], [x, y, BED_INSULATION.thickness]),
  }),
} as const
