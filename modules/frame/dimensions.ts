import { FITS } from '../../src/parts/fits.js'
import { formatMm } from '../../src/spec/units.js'
import { METRIC, WASHER } from '../vitamins/fasteners.js'

/**
 * The angle frame's numbers that others meet: the corner connector's size for a profile, the
 * angle it takes, its plates, the steel's holes and the foot; and the plate frame's welds.
 */

export interface ConnectorDims {
  /** Angle leg width w. */
  readonly width: number
  /** Angle thickness t. */
  readonly thickness: number
  /** b = w + 2t: the corner's side, and how far each bar's end stands from the corner. */
  readonly bracketLength: number
  /** 3t: how far the connector stands in from each outer face at the corner (its plate and end stops). */
  readonly wall: number
  /** b + w: OSE's reach along each edge from the corner; the bolts lie at its middle, other parts keep clear of it. */
  readonly reach: number
}

export function connectorDims(width: number, thickness: number): ConnectorDims {
  const bracketLength = width + 2 * thickness
  return { width, thickness, bracketLength, wall: 3 * thickness, reach: bracketLength + width }
}

/**
 * Hot-rolled steel angle as the connectors take it: ASTM A6's bar-size angle tolerances as
 * builder-rules.md §1 quotes them, marked INFERRED there (the A6 table itself was not found):
 * leg +-3/64 in (1.2 mm), thickness +-0.008 in (0.2 mm), out of square 3/128 in per inch of leg
 * (1.5 degrees, about 1 mm at the tip of a 1-1/2 in leg).
 */
export const ANGLE_TOLERANCE = { leg: 1.2, thickness: 0.2, outOfSquareDegrees: 1.5 } as const

/** Hole drilled in the steel for the M6 fixing bolts, through the connector's guide holes. */
export const STEEL_HOLE = FITS.steelHoleM6

/**
 * Ours: the pilot for a 6.5 mm hole in steel drilled by hand, about half its size so that the
 * big drill's chisel edge does not walk (the common practice of spotting, piloting, opening).
 */
const PILOT_DRILL = 3

/** Drilling the steel through a guide: where the guide's hole centres the drill, then pilot, then size. */
export const jigDrilling = (guide: string): string =>
  `spot it with the ${formatMm(STEEL_HOLE)} mm drill through ${guide} (a few turns: the guide centres it), ` +
  `drill a ${formatMm(PILOT_DRILL)} mm pilot in the spot, then open it to ${formatMm(STEEL_HOLE)} mm through ${guide}`

/**
 * Ours: the connector's plates. Each outer face is one L-shaped plate t thick (the steel's
 * outer faces lie t inside the frame's, OSE's rule), its inner face the datum the bolts pull the
 * steel against. Along the bars it reaches past the bolt's washer by `rim`; at the corner, end
 * stops `stop` x t high take the bars' ends, and a diamond window `windowMargin` inside the
 * plate's edges and the stops takes out the middle of each face, where the corner bends least.
 */
export const PLATE = { rim: 3, stop: 2, windowMargin: 3 } as const

/** How far a plate runs across a bar from the frame's edge: the bolt at w/2 on the leg, the washer, the rim. */
export const plateWidth = (d: ConnectorDims): number => d.thickness + d.width / 2 + WASHER.M6.outside / 2 + PLATE.rim

/**
 * How far a plate runs along a bar from the corner: to the bolt at the middle of the reach, the
 * washer and the rim, as across it (the rim about the clamp's pressure spreading at 45 degrees
 * through the plate). Past it the bolt presses nothing, so the plate stops there, short of OSE's
 * reach b + w (docs/design.md, "What carries the frame's loads").
 */
export const plateReach = (d: ConnectorDims): number =>
  d.bracketLength + d.width / 2 + WASHER.M6.outside / 2 + PLATE.rim

/**
 * The root fillet inside an angle's heel: EN 10056-1's root radius r1 for equal-leg angles, 6 mm
 * at 40 mm legs, 7 at 50, 8 at 60, 10 at 80, 12 at 100, that is w/10 + 2 mm (5.8 mm on 1-1/2 in
 * angle, 7.1 on 2 in).
 */
export const rootRadius = (width: number): number => width / 10 + 2

/**
 * The least distance from the outside of an angle's heel (the back of the other leg) to the
 * centre of an M6 hole in a leg, so that a washer on the inner face lies flat beside the root
 * fillet: the other leg's thickness, the fillet's radius and the washer's (15.0 mm on
 * 1-1/2 x 1/8 in angle, 17.8 on 2 x 3/16 in).
 */
export const leastHoleFromHeel = (width: number, thickness: number): number =>
  thickness + rootRadius(width) + WASHER.M6.outside / 2

/**
 * The angle the connector is made for: wide enough that the washer under each nut, at w/2 on
 * one leg, clears the other leg at its thickest (t at most w/4, plus its tolerance):
 * w/2 - washer radius >= w/4 + 0.2; and at most a quarter as thick as its leg, as steel angle is
 * (the plates, the stops and the windows are laid out for that); and thin enough that the washers
 * on the legs' centre lines clear the root fillet (w/2 >= leastHoleFromHeel, contract.ts).
 * Outside these the pieces meet edge to edge or the washers land on the other leg or its fillet.
 */
export const ANGLE_LIMITS = {
  leastWidth: Math.ceil(4 * (WASHER.M6.outside / 2 + ANGLE_TOLERANCE.thickness)),
  mostThicknessPerWidth: 1 / 4,
} as const

/**
 * Ours: the printed foot under each bottom corner: a boss round each of the two bolts through the
 * connector's bottom face, their heads in counterbores, this much plastic under them (2 mm under a
 * load, and a layer to spare) and this much clear above the floor the frame stands on; `rim` of
 * plastic round the counterbore, and a `rib` wide web, `floor` thick, joining the bosses into one part.
 */
export const FOOT = {
  floor: 3,
  headClearance: 2,
  counterbore: METRIC.M6.headDiameter + FITS.capHead.M6,
  rim: 3,
  rib: 6,
} as const

/** The foot's height: its floor, a cap head and the clearance under it. */
export const FOOT_HEIGHT = FOOT.floor + METRIC.M6.headHeight + FOOT.headClearance

const INCH = 25.4

/**
 * The plate frame's welds. Fillet leg: the least for the plate's thickness (AISC 360 Table J2.4,
 * AWS D1.1 Table 7.7: 1/8 in up to 1/4 in plate, 3/16 in to 1/2 in, 1/4 in to 3/4 in, 5/16 in
 * over), never more than the plate (AISC 360 J2.2b: along edges under 1/4 in, at most their
 * thickness). Stitch: AISC 360 J2.2b's shortest segment of an intermittent fillet, 1-1/2 in or 4
 * legs. Ours: stitches at most 4 in apart start to start, diagonals equal within 1.5 mm, 12 mm tacks.
 */
export const WELD = {
  legByThickness: [
    { upTo: INCH / 4, leg: INCH / 8 },
    { upTo: INCH / 2, leg: (3 * INCH) / 16 },
    { upTo: (3 * INCH) / 4, leg: INCH / 4 },
    { upTo: Infinity, leg: (5 * INCH) / 16 },
  ],
  leastStitch: 1.5 * INCH,
  leastStitchPerLeg: 4,
  pitch: 4 * INCH,
  diagonalTolerance: 1.5,
  tack: 12,
} as const

/** The fillet's leg for plate this thick. */
export function filletLeg(thickness: number): number {
  const least = WELD.legByThickness.find((row) => thickness <= row.upTo + 1e-9)!.leg
  return Math.min(least, thickness)
}
