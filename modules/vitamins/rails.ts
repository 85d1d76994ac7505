import { box, type Solid } from '../../src/kernel/index.js'

/**
 * A miniature profile rail and its block, and the steel tube it is bolted along, as bought: the
 * guide of a long X or Y axis, where no free rod keeps its carriage stiff (docs/design.md,
 * "Rails for long axes").
 */

/**
 * HIWIN MGN12 rail with an MGN12H (long) block. Dimensions: HIWIN's MG series catalogue, as
 * NopSCADlib's vitamins/rails.scad tabulates it (rail Wr, Hr, E, P, D, d, h; block L, W, H, H1,
 * C, B); masses: the catalogue's (MGN12H block 0.054 kg, MGN12 rail 0.65 kg/m). The block runs
 * along +X, its base (the rail's foot) on z = 0, its top (where a carriage bolts on) on z = H.
 */
export const MGN12H = {
  name: 'MGN12H',
  rail: {
    width: 12,
    height: 8,
    /**
     * Hole pitch along the rail, and the end distance a cut rail keeps at each end: a 1000 mm
     * rail's own, (1000 - 39 x 25) / 2 (HIWIN's standard lengths, 40 holes), so that a rail cut
     * from one at a whole number of pitches takes one cut and keeps that end distance at both ends.
     */
    holePitch: 25,
    endDistance: 12.5,
    /** Counterbored M3 holes: counterbore diameter and depth, through hole. */
    counterbore: { diameter: 6, depth: 4.5 },
    hole: 3.5,
    screw: 'M3',
    gramsPerMm: 0.65,
  },
  block: {
    length: 45.4,
    width: 27,
    /** Rail foot to block top (H), and the gap under the block's sides (H1). */
    height: 13,
    underSide: 3,
    /** M3 tapped holes on a C x B rectangle (C along the rail), centred on the block. */
    holes: { along: 20, across: 20 },
    screw: 'M3',
    /** Thread the block's tapped holes give a screw, mm (HIWIN's MGN12H: M3 x 3.5). */
    threadDepth: 3.5,
  },
  part: {
    id: 'mgn12h-block',
    description:
      'Linear guide block HIWIN MGN12H (or equal), light preload (Z0), for an MGN12 rail, 4 M3 tapped holes on 20 x 20: slid from its shipping strip onto the rail end to end, never run off the strip or the rail (its balls fall out); greased (lithium grease) before its first run',
    grams: 54,
    shape: (): Solid => {
      const { length, width, height, underSide } = MGN12H.block
      return box([-length / 2, -width / 2, underSide], [length / 2, width / 2, height])
    },
  },
} as const

/**
 * Square steel tube 40 x 40 x 3, cold formed (EN 10219): corners rounded 2T outside and T inside,
 * the radii EN 10219-2 computes its sectional properties with for walls up to 6 mm. Its table
 * gives 4.21 cm2, 3.30 kg/m and 9.32 cm4, which `tubeSection` reproduces.
 */
export const SQUARE_TUBE = {
  size: 40,
  wall: 3,
  outerRadius: 6,
  innerRadius: 3,
} as const

/** A square tube: outer size, wall, and its corners' outer and inner radii, mm. */
export interface SquareTube {
  readonly size: number
  readonly wall: number
  readonly outerRadius: number
  readonly innerRadius: number
}

/** A rounded square's area and second moment about its middle: side `b`, corners of radius `r`. */
function roundedSquare(b: number, r: number): { area: number; inertia: number } {
  // Each corner loses the spandrel between an r x r square and its quarter circle: its area, its
  // first and second moments about the axis through the circle's centre, moved by d to the middle.
  const spandrel = r * r * (1 - Math.PI / 4)
  const d = b / 2 - r
  const corner = r ** 4 * (1 / 3 - Math.PI / 16) + (2 * d * r ** 3) / 6 + d * d * spandrel
  return { area: b * b - 4 * spandrel, inertia: b ** 4 / 12 - 4 * corner }
}

/** A square tube's section: its steel's area, mm2, and its second moment of area about either middle axis, mm4. */
export function tubeSection(tube: SquareTube): { readonly area: number; readonly inertia: number } {
  const outer = roundedSquare(tube.size, tube.outerRadius)
  const inner = roundedSquare(tube.size - 2 * tube.wall, tube.innerRadius)
  return { area: outer.area - inner.area, inertia: outer.inertia - inner.inertia }
}
