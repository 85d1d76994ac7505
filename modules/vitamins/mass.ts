/**
 * Masses of bought parts and stock, in grams, from their dimensions: the densities of their
 * materials (g/cm3, Engineering ToolBox's tables of metals and of solids) and the volume of the
 * simple solid a part is made of. Parts made of many materials give their mass from a vendor's
 * figure instead, each where it is defined.
 */
export const DENSITY = {
  steel: 7.85,
  aluminium: 2.7,
  ptfe: 2.2,
  silicone: 1.3,
  /** Agglomerated cork board, 0.15 to 0.25: the heavier end. */
  cork: 0.25,
} as const

/** Carbon steel's Young's modulus, N/mm2, and Poisson's ratio (200-210 GPa and 0.3 in any strength-of-materials table). */
export const STEEL = { modulus: 200_000, poisson: 0.3 } as const

/** Standard gravity, m/s2. */
export const GRAVITY = 9.80665

/** g/cm3 times mm3 gives mg: this turns it into grams. */
const MM3_TO_CM3 = 1e-3

/** Grams of a volume (mm3) of a material of this density (g/cm3). */
export const gramsOf = (volumeMm3: number, density: number): number => volumeMm3 * density * MM3_TO_CM3

/** The area (mm2) of a circle of this diameter. */
export const circleArea = (diameter: number): number => (Math.PI / 4) * diameter * diameter

/** The area (mm2) of a regular hexagon this far across its flats. */
export const hexagonArea = (acrossFlats: number): number => (Math.sqrt(3) / 2) * acrossFlats * acrossFlats

/** Linear interpolation in a table of (x, y) points sorted by x, extended along the end segments. */
export function interpolate(table: readonly (readonly [number, number])[], x: number): number {
  const above = table.findIndex(([tx]) => tx >= x)
  const i = above === -1 ? table.length - 1 : Math.max(above, 1)
  const [x0, y0] = table[i - 1]
  const [x1, y1] = table[i]
  return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0)
}
