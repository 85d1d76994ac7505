import { box, cylinder, difference } from '../../src/kernel/index.js'
import type { BoughtPart } from '../../src/parts/types.js'
import { hundredths } from './hundredths.js'
import { DENSITY, gramsOf } from './mass.js'

/**
 * Heated bed parts, as bought. Each is one object: its real dimensions (sources in
 * ../shared/reference/d3d-design-facts.md and docs/design.md) and `part`, its BOM line and its
 * shape in its own frame, or the function of its size that gives them.
 */

/** A hole through a sheet lying on z = 0, at (x, y) from its corner; a third number is its own diameter. */
type Hole = readonly [number, number] | readonly [number, number, number]
const drilled = (x: number, y: number, thickness: number, holes: readonly Hole[], diameter: number) => () =>
  difference(
    box([0, 0, 0], [x, y, thickness]),
    ...holes.map(([hx, hy, d]) =>
      cylinder({ axis: 'z', center: [hx, hy, thickness / 2], length: thickness + 2, diameter: d ?? diameter }),
    ),
  )
const holeList = (holes: readonly Hole[], diameter: number) => {
  const at = (list: readonly Hole[]) => list.map(([x, y]) => `(${hundredths(x)}, ${hundredths(y)})`).join(', ')
  const own = holes.filter((h) => h[2] !== undefined)
  const rest = holes.filter((h) => h[2] === undefined)
  const others = own.map((h) => ` and 1 hole ${hundredths(h[2]!)} mm at ${at([h])}`).join('')
  return `${rest.length} holes ${hundredths(diameter)} mm at ${at(rest)}${others} mm from its front left corner`
}
/**
 * The sheet's holes in its id, so that one id is one shape: their count and a 32-bit FNV-1a hash
 * of their list, in hex.
 */
function holesKey(holes: readonly Hole[], diameter: number): string {
  let hash = 0x811c9dc5
  for (const c of holeList(holes, diameter)) hash = Math.imul(hash ^ c.charCodeAt(0), 0x01000193) >>> 0
  return `${holes.length}h${hash.toString(16).padStart(8, '0')}`
}

/** What the heater is made for: its power and voltage, and a note on how it is switched. */
export interface HeaterRating {
  readonly watts: number
  readonly volts: number
  readonly supply: 'dc' | 'mains'
  readonly switching: string
}

/**
 * Silicone heater mat under the bed plate, made to size with holes for the plate's screws; `part`
 * takes its size, rating and holes and lies from the origin along +X and +Y, on z = 0.
 */
export const BED_HEATER = {
  thickness: 1.5,
  /** Its thermal fuse's rating, C, in series with the heater: 115-125 C (builder-rules.md section 5, [VDE]). */
  thermalFuse: [115, 125] as const,
  part: (x: number, y: number, rating: HeaterRating, holes: readonly Hole[], holeDiameter: number): BoughtPart => ({
    id: `bed-heater-${hundredths(x)}x${hundredths(y)}-${rating.watts}w-${rating.volts}v-${holesKey(holes, holeDiameter)}`,
    description: `Silicone heater mat ${hundredths(x)} x ${hundredths(y)} mm, ${rating.watts} W at ${rating.volts} V ${rating.supply === 'dc' ? 'DC' : 'AC (or at 230 V AC where that is the mains: a 120 V mat on 230 V draws four times its power)'}, self-adhesive, with 100k thermistor and a ${BED_HEATER.thermalFuse.join('-')} C thermal fuse in series with the heater, ${holeList(holes, holeDiameter)}; ${rating.switching}`,
    grams: gramsOf(x * y * BED_HEATER.thickness, DENSITY.silicone),
    shape: drilled(x, y, BED_HEATER.thickness, holes, holeDiameter),
  }),
} as const

/** Insulation under the heater: self-adhesive cork, 10 mm, with the heater's holes; placed as the heater. */
export const BED_INSULATION = {
  thickness: 10,
  part: (x: number, y: number, holes: readonly Hole[], holeDiameter: number): BoughtPart => ({
    id: `bed-insulation-${hundredths(x)}x${hundredths(y)}-${holesKey(holes, holeDiameter)}`,
    description: `Insulation sheet, cork, ${hundredths(x)} x ${hundredths(y)} x ${BED_INSULATION.thickness} mm, self-adhesive, ${holeList(holes, holeDiameter)}`,
    grams: gramsOf(x * y * BED_INSULATION.thickness, DENSITY.cork),
    shape: drilled(x, y, BED_INSULATION.thickness, holes, holeDiameter),
  }),
} as const
