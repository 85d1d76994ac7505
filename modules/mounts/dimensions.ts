/**
 * The printed mounts that hold the axes to the frame and the steel rails that carry the Y axes.
 * Sizes are ours (docs/design.md "Y rails and Y mounts" and "Z mounts"); the positions they meet
 * are the axis pieces' bolts and the frame's steel.
 */

const INCH = 25.4

/** The Y rail: a length of steel angle along each side, bolted through the frame's top steel on two spacers. */
export const Y_RAIL = {
  /** OSE's D3D angle, 1-1/2 x 1/8 in (d3d-design-facts.md, "Frames"), whatever the frame is made of. */
  angle: { width: 1.5 * INCH, thickness: INCH / 8 },
  /** Its inner face this far off the frame's side: clear of the corner connectors' bolt heads (7.6). */
  gap: 10,
  /** How far it runs past each Y mount, so that the mount's bolts keep their edge distance in the steel. */
  pastMount: 4,
  /** Its bolts into the frame lie this far past the corner connectors' reach (angle) or the pane's border (plate). */
  boltPastCorner: 10,
  /** The printed spacers between the rail and the frame's steel, round each of those bolts. */
  spacerDiameter: 16,
} as const

/** Y mount: a column in front of a Y axis's end face, standing on the rail. */
export const Y_MOUNT = {
  /** Its depth along Y, in front of the axis's end face. */
  column: 16,
  /** Its top above the end-face bolts' middle. */
  columnTopOverBolts: 26,
  /** The base on the rail, under the gusset and the head: its top this far over the holes for its bolts' ends. */
  overBolts: 3,
  /**
   * The base's outer bolt through the rail's horizontal leg, this far from the leg's edge (the
   * inner one keeps its washer off the root fillet: frame/dimensions.ts leastHoleFromHeel).
   */
  boltFromEdge: 9,
  /** The nuts' near face above the rail. */
  nutFrom: 6,
  /** The mount slides this far either way across the rail (along X) on its slotted holes. */
  slide: 3,
  /** Walls round the lightening windows. */
  wall: 5,
  /**
   * The floating mount's two blades: thickness (along X), free height, and how far they let the
   * Y axis float either way along X (docs/design.md: 14 N, 5.9 MPa in the blades).
   */
  blade: { thickness: 3, height: 40, float: 0.5 },
} as const

/** Z mount: a plate between a Z axis end piece and the frame's front or rear face. */
export const Z_MOUNT = {
  halfWidth: 46,
  /** Frame bolts beside the end piece, this far either side of the axis's middle. */
  boltOffset: 41,
  /** Room between the mount and the carriage at the end of its travel. */
  clearance: 2,
  /** The truss: plastic round every bolt's nut or head, and half the width of its webs. */
  truss: { rib: 4 },
} as const
