import { formatMm } from '../spec/units.js'

/**
 * The name of a printed part that holds a rod: "axis-carriage-half", with "-rod7.938" when the
 * rod is not 8 mm (the parts for 8 mm rods keep the plain name).
 */
export function partName(base: string, rodDiameter: number): string {
  return rodDiameter === 8 ? base : `${base}-rod${formatMm(rodDiameter)}`
}
