import { FITS } from '../../src/parts/fits.js'
import { METRIC } from '../vitamins/fasteners.js'

/**
 * The angle frame's numbers that others meet: the corner connector's size for a profile, the
 * angle it takes, its M6 nut pockets and the steel's holes, and OSE's tab for the Y side mounts.
 */

export interface ConnectorDims {
  /** Angle leg width w. */
  readonly width: number
  /** Angle thickness t. */
  readonly thickness: number
  /** b = w + 2t: the corner block's side, the tri-bracket's outer leg. */
  readonly bracketLength: number
  /** 3t: the corner block's walls and the tri-bracket's legs. */
  readonly wall: number
  /** b + w: how far the connector runs along each edge from its corner. */
  readonly reach: number
}

export function connectorDims(width: number, thickness: number): ConnectorDims {
  const bracketLength = width + 2 * thickness
  return { width, thickness, bracketLength, wall: 3 * thickness, reach: bracketLength + width }
}

/** Hole drilled in the steel for the M6 fixing bolts. */
export const STEEL_HOLE = FITS.steelHoleM6
/** M6 nut pocket: the nut (10 across flats, 5.2 thick) with its fit across the flats, flush with the pad. */
export const NUT_POCKET = {
  acrossFlats: METRIC.M6.nutAcrossFlats + FITS.nut.acrossFlats,
  depth: METRIC.M6.nutThickness,
} as const
/** Plastic round the nut pocket, at the pad's top face. */
const PAD_RIM = 2
/** How far a pad is sunk into its leg so that it fuses instead of touching. */
export const PAD_SINK = 0.5
/** Half the top of a nut pad: the pocket and its rim. */
export const PAD_HALF = NUT_POCKET.acrossFlats / Math.sqrt(3) + PAD_RIM

/**
 * The angle the connector is made for. Its leg at least as wide as a nut pad's base (the pad's
 * 45 degree sides run down from its top to the leg it is sunk in), since the bracket holding the
 * pad is one leg width long; and at most a quarter as thick as its leg, as steel angle is (the
 * slot, the 3t walls and the pads are laid out for that). Outside these the pieces meet edge to
 * edge and the part would not be closed.
 */
export const ANGLE_LIMITS = {
  leastWidth: Math.ceil(2 * (PAD_HALF + NUT_POCKET.depth + PAD_SINK)),
  mostThicknessPerWidth: 1 / 4,
} as const

/**
 * OSE's axis side mount on the top connectors (angle_frame_connector.py, axis_side_mount.py):
 * a 5 mm plate on the side face, 65.2 along the frame's Y edge, 27.75 across, of which 10.22
 * lies on the connector and the rest stands above the frame's top; two holes 6.78, 30 apart
 * along the edge, 9.385 from the tab's top edge (so 8.145 above the frame).
 */
export const TAB = {
  alongEdge: 65.2,
  across: 27.75,
  overlap: 10.22,
  thickness: 5,
  holeDiameter: FITS.oseTabHole,
  holeSpacing: 30,
  holeFromTopEdge: 9.385,
  /** Ours: 45 degree chamfer on the tab's far top corner (a roof when printed). */
  chamfer: 10,
  /** Ours: 45 degree fillet between the tab's inside and the frame's top face. */
  fillet: 2,
} as const

/** How far the tab stands above the frame's top face. */
export const TAB_RISE = TAB.across - TAB.overlap

/**
 * Ours: the printed foot under each bottom corner. The bolts through the connector's bottom face
 * pass through it and their heads sit in counterbores, this much plastic under them (2 mm under a
 * load, and a layer to spare) and this much clear above the floor the frame stands on.
 */
export const FOOT = {
  floor: 3,
  headClearance: 2,
  counterbore: METRIC.M6.headDiameter + FITS.capHead.M6,
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
