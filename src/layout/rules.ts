/**
 * Sizing rules. OSE's rules carry their source (see ../shared/reference/d3d-design-facts.md);
 * the others are ours, with the reason in docs/design.md.
 */
const INCH = 25.4

/** OSE cut list: X rod = X axis length + 4 in (the X axis spans the Y carriages, outboard). */
export const X_ROD_OVER_FRAME = 4 * INCH
/** OSE cut list: Y rod on an angle frame = frame size + 3 in; on a plate frame = frame size. */
export const Y_ROD_OVER_FRAME = { angle: 3 * INCH, plate: 0 } as const
/** OSE cut list: Z rod = frame size - 1 in (it goes only halfway into the Z motor end). */
export const Z_ROD_UNDER_FRAME = 1 * INCH

/** Ours: room between two carriages on one axis (the X axis of a 2-tool machine), as between their heads. */
export const CARRIAGE_GAP = 2
/** Ours: room between the bed's edge and the steel, each side. */
export const BED_CLEARANCE = 5
/** Ours: an axis that moves less than this is not a printer. */
export const MIN_TRAVEL = 50
/**
 * Ours: the rods of the Y axes stand this far above the frame's top, so that the tool head
 * hanging under the X carriage clears everything on the frame's top over the whole travel
 * (docs/design.md "Heights").
 */
export const Y_ROD_HEIGHT_OVER_TOP = 90
/** Ours: the Z axes stand this far off the front and rear faces; the Z mounts fill the gap. */
export const Z_AXIS_STANDOFF = 12
/** Ours: room between a Z axis's parts (80 wide) and a corner connector or a pane's edge. */
export const Z_AXIS_CORNER_CLEARANCE = 2
