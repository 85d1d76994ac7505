import { BED_HEATER, BED_INSULATION } from '../vitamins/bed.js'
import { DENSITY, GRAVITY, STEEL } from '../vitamins/mass.js'

/**
 * The heated bed: a steel plate on two rods per pair of Z axes, the rods resting in a bracket
 * on each Z carriage. Heights are from the bed's top down; the bracket is in the carriage's
 * frame (x across, y into the machine from the carriage's load face, z up from its middle).
 */
const PLATE = 25.4 / 8
/** The bed block's top over its rod's axis: room above the rod for the plate screw's nut. */
const BLOCK_OVER_ROD = 17.5
export const BED = {
  /** OSE's insulated heatbed: 1/8 in steel. */
  plateThickness: PLATE,
  /** The bed rods lie this far either side of their Z axes' middle. */
  rodOffset: 28,
  /**
   * Rows of bed blocks along each rod, unless the bed module is given another number: the front
   * and rear rows (`bedRows` gives what the sag model asks for; 2 for every preset).
   */
  rows: 2,
  /** The bed blocks' top over their rod's axis; they bear on the cork's underside. */
  blockOverRod: BLOCK_OVER_ROD,
  /** Rod axis below the bed's top: plate, heater, cork, then the bed block up to the cork. */
  rodBelowTop: PLATE + BED_HEATER.thickness + BED_INSULATION.thickness + BLOCK_OVER_ROD,
  /** The heater and the cork stop this far inside the plate's sides. */
  heaterInset: 5,
  /** The holes in the heater (made by its maker) and the cork (punched) for the plate's screws: 0.5 mm round an M3. */
  sheetHole: 4,
  /**
   * The earth bond of a bed on mains (ours): an M3 thread tapped in the plate `inset` in from both
   * edges at its front left corner (6.75 mm of steel from its `tapDrill` hole to each edge, over
   * 2 d), a cap screw up into it from below. The heater and the cork have a `sheetHole` round it,
   * centred on the screw and reaching past their edges (they stop 5 mm inside the plate's): a
   * notch open below and to both sides, 14.8 mm wide where it leaves them, through which a hex
   * key and fingers reach the screw and the ring terminal's barrel leaves. `tapDrill`: the M3
   * tap drill (ISO 2306's 2.5 mm for the 0.5 mm pitch).
   */
  earthBond: { inset: 8, sheetHole: 16, tapDrill: 2.5 },
  /** Bed block on each rod: 20 wide, 24 along the rod, from 8 below the rod's axis up to the cork. */
  block: { halfWidth: 10, halfDepth: 12, below: 8 },
  /** Room between a block and its neighbours (the riser, the next block). */
  clearance: 2,
  /**
   * Bracket: the arm under the frame's top steel, the riser inside the frame, 12 thick; the base
   * on the carriage 14 deep (2.4 mm behind its nut slots). The load (the bed on the rods) runs
   * down the riser's two columns under the rods (`riserHalfWidth` - `window.halfWidth` = 16 wide,
   * centred on the rods) into the beams, and along the beams to the base; beams and base keep
   * their section. Between the columns, where no load runs (it only ties them), the riser has a
   * pointed window from `window.sill` over the arm's underside (a 6 mm tie stays below it) to
   * `window.underRod` under the rods.
   */
  bracket: {
    halfWidth: 40,
    arm: [-20, 8],
    riser: 12,
    riserHalfWidth: 36,
    base: 14,
    beam: 14,
    window: { halfWidth: 20, sill: 6, underRod: 8 },
  },
} as const

/** A stretch along one direction, low to high, mm. */
export type Stretch = readonly [number, number]
/** A rectangle on the bed, from its front-left corner (X right, Y back), mm. */
export interface BedArea {
  readonly x: Stretch
  readonly y: Stretch
}

/**
 * How the bed is heated (sources in docs/design.md, "Bed heating"): a supply's power density
 * (builder rules' targets: 24 V 0.25-0.4 W/cm2, mains 0.6-0.8), 24 V while the control panel's
 * 150 W supply has the power to spare, mains up to what the outlet allows beside that supply.
 * The 24 V limit: the supply's 156 W less its 25 % margin carries 124.8 W, and a machine of one
 * tool, two Z axes and 40 mm motors loads it with 79.2 W (src/engineering/electrical.ts; a test
 * there holds the two together): 45 W are left.
 */
export const HEATING = {
  /** The heater reaches this far past the printable area, where the plate allows. */
  pastPrint: 10,
  dc: { volts: 24, wattsPerCm2: 0.4, maxWatts: 45 },
  /** Rated for 120 V, the lower mains, which draws the larger current (a 230 V mat is ordered alike). */
  mains: { volts: 120, wattsPerCm2: 0.6, maxWatts: 1300 },
  /** What a solid-state relay of the SSR-25DA's size carries without a heat sink, A. */
  bareRelayAmps: 4,
} as const

export interface BedHeating {
  /** The heater mat, from the bed's front-left corner. */
  readonly area: BedArea
  readonly watts: number
  readonly volts: number
  readonly supply: 'dc' | 'mains'
  readonly wattsPerCm2: number
  /** The share of the printable area the mat lies under, 0 to 1. */
  readonly coverage: number
  readonly amps: number
  /** The mains relay carries more than it can without a heat sink. */
  readonly relayNeedsHeatSink: boolean
}

const lengthOf = ([low, high]: Stretch) => Math.max(0, high - low)
const areaOf = (a: BedArea) => lengthOf(a.x) * lengthOf(a.y)
const within = (a: Stretch, b: Stretch): Stretch => [Math.max(a[0], b[0]), Math.min(a[1], b[1])]
const MM2_PER_CM2 = 100

/**
 * The bed's heater: the printable area and `HEATING.pastPrint` round it, cut to the plate less
 * `BED.heaterInset` a side; its power the supply's density over its area to the nearest 10 W, on
 * 24 V while that stays within the 24 V budget, on mains otherwise (capped by the outlet).
 */
export function bedHeating(bed: { readonly x: number; readonly y: number; readonly printable: BedArea }): BedHeating {
  const grown = (s: Stretch, size: number): Stretch =>
    within([s[0] - HEATING.pastPrint, s[1] + HEATING.pastPrint], [BED.heaterInset, size - BED.heaterInset])
  const area = { x: grown(bed.printable.x, bed.x), y: grown(bed.printable.y, bed.y) }
  const cm2 = areaOf(area) / MM2_PER_CM2
  const at = (density: number, cap: number) => Math.min(cap, Math.round((cm2 * density) / 10) * 10)
  const dcWatts = at(HEATING.dc.wattsPerCm2, Number.POSITIVE_INFINITY)
  const dc = dcWatts <= HEATING.dc.maxWatts
  const watts = dc ? dcWatts : at(HEATING.mains.wattsPerCm2, HEATING.mains.maxWatts)
  const volts = dc ? HEATING.dc.volts : HEATING.mains.volts
  const printed = areaOf(bed.printable)
  const covered = areaOf({ x: within(area.x, bed.printable.x), y: within(area.y, bed.printable.y) })
  return {
    area,
    watts,
    volts,
    supply: dc ? 'dc' : 'mains',
    wattsPerCm2: watts / cm2,
    coverage: printed > 0 ? covered / printed : 1,
    amps: watts / volts,
    relayNeedsHeatSink: !dc && watts / volts > HEATING.bareRelayAmps,
  }
}

/** Standard gravity, N per gram. */
const NEWTONS_PER_GRAM = GRAVITY / 1000
/** g/cm3 times mm gives mg/mm2: this turns it into g/mm2. */
const MG_TO_G = 1e-3

/** The bed's load on its own supports, N/mm2: the steel plate and what hangs under it (heater and cork). */
export function bedAreaLoad(plateThickness: number): number {
  const gramsPerMm2 =
    MG_TO_G *
    (DENSITY.steel * plateThickness + DENSITY.silicone * BED_HEATER.thickness + DENSITY.cork * BED_INSULATION.thickness)
  return gramsPerMm2 * NEWTONS_PER_GRAM
}

/** A plate's flexural rigidity D = E t^3 / (12 (1 - nu^2)), N mm (per mm of width). */
export const plateRigidity = (thickness: number): number =>
  (STEEL.modulus * thickness ** 3) / (12 * (1 - STEEL.poisson ** 2))

/** Mid-span sag of a strip of plate simply supported over `span` under `load` (N/mm2): 5 w L^4 / (384 D). */
export const stripSag = (span: number, thickness: number, load: number): number =>
  (5 * load * span ** 4) / (384 * plateRigidity(thickness))

/** Tip sag of a strip of plate standing `overhang` past its last support: w L^4 / (8 D). */
export const overhangSag = (overhang: number, thickness: number, load: number): number =>
  (load * overhang ** 4) / (8 * plateRigidity(thickness))

/** The longest simply supported span whose strip sags at most `sag`: (384 D sag / (5 w))^(1/4). */
export const longestSpan = (sag: number, thickness: number, load: number): number =>
  ((384 * plateRigidity(thickness) * sag) / (5 * load)) ** 0.25

/** The most the bed may sag under its own weight, mm (ours: half a 0.2 mm first layer; docs/design.md). */
export const MAX_BED_SAG = 0.1

/** Where the plate rests: its extent and its supports along X (the rods) and Y (the rows of blocks), machine mm. */
export interface PlateSupports {
  readonly thickness: number
  readonly x: { readonly plate: Stretch; readonly supports: readonly number[] }
  readonly y: { readonly plate: Stretch; readonly supports: readonly number[] }
  /** Each rod: its diameter and where along Y it rests (the middles of the brackets' risers). */
  readonly rod: { readonly diameter: number; readonly rests: Stretch }
}

/** The worst strip sag along one direction: between neighbouring supports (simply supported) or past the last. */
function directionSag(plate: Stretch, supports: readonly number[], thickness: number, load: number): number {
  const at = [...supports].sort((a, b) => a - b)
  const spans = at.slice(1).map((s, i) => stripSag(s - at[i], thickness, load))
  const overhangs = [at[0] - plate[0], plate[1] - at[at.length - 1]].map((o) =>
    overhangSag(Math.max(0, o), thickness, load),
  )
  return Math.max(0, ...spans, ...overhangs)
}

/**
 * Deflection at `x` of a beam of rigidity EI simply supported at 0 and `length`, under point loads
 * (N at mm) and its own weight (N/mm): P b u (L^2 - b^2 - u^2) / (6 E I L) for a load at a = L - b
 * >= u (mirrored past it), w x (L^3 - 2 L x^2 + x^3) / (24 E I).
 */
export function beamDeflection(
  EI: number,
  own: number,
  length: number,
  loads: readonly { readonly at: number; readonly force: number }[],
  x: number,
): number {
  const point = ({ at, force }: { at: number; force: number }) => {
    const [a, u] = at >= x ? [at, x] : [length - at, length - x]
    const b = length - a
    return (force * b * u * (length ** 2 - b ** 2 - u ** 2)) / (6 * EI * length)
  }
  const sum = loads.reduce((s, l) => s + point(l), 0)
  return sum + (own * x * (length ** 3 - 2 * length * x ** 2 + x ** 3)) / (24 * EI)
}

/** Deflection at `x` of a steel rod of `diameter` simply supported at its ends (`beamDeflection`). */
export function rodDeflection(
  diameter: number,
  length: number,
  loads: readonly { readonly at: number; readonly force: number }[],
  x: number,
): number {
  const EI = (STEEL.modulus * Math.PI * diameter ** 4) / 64
  const own = DENSITY.steel * MG_TO_G * ((Math.PI / 4) * diameter ** 2) * NEWTONS_PER_GRAM
  return beamDeflection(EI, own, length, loads, x)
}

/**
 * The bed's own-weight sag, mm (ours: a sum, which overstates a panel's middle a little): the
 * worst strip along Y between the rows of blocks, plus the worst along X between the rods, plus
 * how much more the rods bend at one row than at another (each rod simply supported in its
 * brackets, each row loading it with the plate's weight over the rods and the row's share of Y).
 */
export function bedSag(s: PlateSupports): { x: number; y: number; rods: number; total: number } {
  const load = bedAreaLoad(s.thickness)
  const x = directionSag(s.x.plate, s.x.supports, s.thickness, load)
  const y = directionSag(s.y.plate, s.y.supports, s.thickness, load)
  const rows = [...s.y.supports].sort((a, b) => a - b)
  const width = lengthOf(s.x.plate)
  const share = (i: number) => {
    const low = i === 0 ? s.y.plate[0] : (rows[i - 1] + rows[i]) / 2
    const high = i === rows.length - 1 ? s.y.plate[1] : (rows[i] + rows[i + 1]) / 2
    return (load * width * (high - low)) / s.x.supports.length
  }
  const [start, end] = s.rod.rests
  const loads = rows.map((r, i) => ({ at: r - start, force: share(i) }))
  const bends = rows.map((r) => rodDeflection(s.rod.diameter, end - start, loads, r - start))
  const rods = Math.max(...bends) - Math.min(...bends)
  return { x, y, rods, total: x + y + rods }
}
