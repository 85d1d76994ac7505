import { DENSITY, GRAVITY } from '../vitamins/mass.js'
import { beamDeflection, bedAreaLoad, type PlateSupports, plateRigidity, type Stretch } from './dimensions.js'

/**
 * The bed on a grid, for beds whose rods cannot keep the plate within MAX_BED_SAG (sources in
 * docs/design.md, "Bed on a grid"): a thinner steel plate on cross tubes along X, which rest on
 * one tube along Y in place of each bed rod, the tubes' ends in the Z carriages' brackets.
 * Tubes: aluminium rectangular tube (EN 755-9 sizes), on edge.
 */
export interface TubeSection {
  readonly width: number
  readonly height: number
  readonly wall: number
}
export const GRID = {
  /** Steel sheet 2.5 mm: a metric sheet thickness. */
  plateThickness: 2.5,
  /** The tubes along Y, one in place of each bed rod: 50 x 20 x 2, on edge. */
  yTube: { width: 20, height: 50, wall: 2 },
  /** The cross tubes along X under the plate, on the Y tubes: 30 x 20 x 2, on edge. */
  crossTube: { width: 20, height: 30, wall: 2 },
  /** The room between a cross tube and the next, or the brackets' risers. */
  clearance: 2,
  /** Clearance round a tube in the bracket's pocket, each side and at its end (ours: the tube's tolerance, a sawn end). */
  pocketPlay: 0.5,
  /** The pocket stops this short of the riser's outer face: a wall each Y tube's end stops against (ours). */
  endWall: 3,
  /**
   * Room past each Y tube's rear end (ours): its front end is pinned, its rear slides as it grows,
   * 0.96 mm at most (docs/design.md, "Bed on a grid"): twice that.
   */
  endRoom: 2,
  /** The bracket's riser, thicker than the rods' (ours): room for the pin 8.5 mm in from a tube's end. */
  riser: 20,
  /** Each Y tube's end is pinned through its side walls this far in from the riser's outer face (M4, into a nut in the riser). */
  pinFrom: 12,
  /** The cork is holed this wide round the M6 low heads that bolt the cross tubes down, landed blind (their 10 mm heads and 3 mm round). */
  headHole: 16,
  /**
   * The M6 bolts' torque, N m: half the ~0.75 kN that crushes a cross tube's 2 mm top wall under
   * the 10 mm head (docs/design.md, "Bed on a grid"), at T = 0.2 F d.
   */
  boltTorque: 0.4,
  /** A plate screw's hole in a cross tube where the plate's growth would bend it: 1 mm round the M3 (the growth at most 0.52 mm). */
  freeHole: 5,
} as const

/**
 * Thermal growth, per K (any materials table): steel 12e-6, 6060/6063 aluminium 23e-6. The worst
 * difference between the plate and its grid (ours): the plate at the bed's 110 C limit while the
 * grid is still at a cold workshop's 15 C; the tubes at most at the cork's underside, 63 C
 * ("Bed blocks off the heat").
 */
export const THERMAL = { steel: 12e-6, aluminium: 23e-6, plateHot: 110, tubesHot: 63, cold: 15 } as const

/** How far the plate grows past the grid at `distance` from the point that holds it, mm. */
export const plateGrowth = (distance: number): number => distance * THERMAL.steel * (THERMAL.plateHot - THERMAL.cold)

/** How far an aluminium tube `length` long grows from the cold workshop to the cork's underside, mm. */
export const tubeGrowth = (length: number): number => length * THERMAL.aluminium * (THERMAL.tubesHot - THERMAL.cold)

/** 6060/6063 aluminium's Young's modulus, N/mm2 (69 GPa in any materials table, EN 755-2 alloys alike). */
export const ALUMINIUM_MODULUS = 69_000

/** A rectangular tube's area, mm2, and its second moment on edge (bending under a vertical load), mm4. */
export function tubeSection(s: TubeSection): { area: number; inertia: number } {
  const [w, h] = [s.width - 2 * s.wall, s.height - 2 * s.wall]
  return { area: s.width * s.height - w * h, inertia: (s.width * s.height ** 3 - w * h ** 3) / 12 }
}

/** An aluminium tube's own weight, N/mm. */
export const tubeWeight = (s: TubeSection): number => (tubeSection(s).area * DENSITY.aluminium * GRAVITY) / 1e6

/** The worst gap between neighbouring supports, and the longer overhang past the outer ones. */
function spans(plate: Stretch, supports: readonly number[]): { gap: number; overhang: number } {
  const at = [...supports].sort((a, b) => a - b)
  const gap = Math.max(0, ...at.slice(1).map((s, i) => s - at[i]))
  const overhang = Math.max(0, at[0] - plate[0], plate[1] - at[at.length - 1])
  return { gap, overhang }
}

/** Simply supported span, 5 w L^4 / 384 EI, or the tip of an overhang, w L^4 / 8 EI: the worse. */
const beamSag = (gap: number, overhang: number, w: number, EI: number) =>
  Math.max((5 * w * gap ** 4) / (384 * EI), (w * overhang ** 4) / (8 * EI))

/** Tributary width of each support along a line: half of each gap to its neighbours, and the overhang past the outer ones. */
export function tributaries(plate: Stretch, supports: readonly number[]): number[] {
  const at = [...supports].sort((a, b) => a - b)
  return at.map((s, i) => {
    const low = i === 0 ? plate[0] : (at[i - 1] + s) / 2
    const high = i === at.length - 1 ? plate[1] : (s + at[i + 1]) / 2
    return high - low
  })
}

/** The grid's supports: `x.supports` the Y tubes, `y.supports` the cross tubes, `rod.rests` the Y tubes' rests. */
export type GridSupports = Omit<PlateSupports, 'rod'> & {
  readonly yTube: TubeSection
  readonly crossTube: TubeSection
  readonly rests: Stretch
}

/** `gridSag` in a sentence, for the check's basis. */
export const GRID_SAG_MODEL =
  'plate strips simply supported between the cross tubes, 5 w L^4 / 384 D, D = E t^3 / 12 (1 - nu^2), plus each cross tube simply supported over its widest span between the Y tubes (5 w L^4 / 384 E I, aluminium E 69 GPa), plus how unevenly the Y tubes bend under the cross tubes (each simply supported between the brackets), or a beam frame of the tubes where that gives more (the cross tubes tilting over Y tubes unevenly loaded)'

/**
 * The grid bed's own-weight sag, mm (ours: a sum of bounds, each worst case, which may not fall
 * at one place): the plate as strips along Y between the cross tubes (simply supported, or past
 * the outer ones); each cross tube as a beam over the Y tubes (its worst span simply supported,
 * continuity left out, or its overhang), loaded with its widest share of the plate; and how much
 * more a Y tube bends under one cross tube than under another (simply supported between its
 * rests, each cross tube a point load: its share of the plate and of its own weight, by the Y
 * tubes' tributary widths).
 */
export function gridSag(s: GridSupports): { plate: number; cross: number; tubes: number; total: number } {
  const load = bedAreaLoad(s.thickness)
  const D = plateRigidity(s.thickness)
  const ys = spans(s.y.plate, s.y.supports)
  const plate = Math.max((5 * load * ys.gap ** 4) / (384 * D), (load * ys.overhang ** 4) / (8 * D))
  const crossEI = ALUMINIUM_MODULUS * tubeSection(s.crossTube).inertia
  const rowWidths = tributaries(s.y.plate, s.y.supports)
  const xs = spans(s.x.plate, s.x.supports)
  const cross = beamSag(xs.gap, xs.overhang, load * Math.max(...rowWidths) + tubeWeight(s.crossTube), crossEI)
  const width = s.x.plate[1] - s.x.plate[0]
  const share = Math.max(...tributaries(s.x.plate, s.x.supports)) / width
  const rows = [...s.y.supports].sort((a, b) => a - b)
  const [start, end] = s.rests
  const loads = rows.map((r, i) => ({
    at: r - start,
    force: share * (load * width * rowWidths[i] + tubeWeight(s.crossTube) * width),
  }))
  const yEI = ALUMINIUM_MODULUS * tubeSection(s.yTube).inertia
  const bends = rows.map((r) => beamDeflection(yEI, tubeWeight(s.yTube), end - start, loads, r - start))
  const tubes = Math.max(...bends) - Math.min(...bends)
  return { plate, cross, tubes, total: plate + cross + tubes }
}
