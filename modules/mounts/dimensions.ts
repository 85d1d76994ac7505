import { FITS } from '../../src/parts/fits.js'
import { METRIC } from '../vitamins/fasteners.js'

/**
 * The printed mounts that hold the axes to the frame. Sizes are ours (docs/design.md "Side
 * mounts" and "Z mounts"); the positions they meet are the axis pieces' bolts and OSE's tab.
 */

/** Y side mount: a column on the Y axis's end face and a foot on the frame's side. */
export const Y_MOUNT = {
  /** Column thickness along Y, in front of the axis's end face. */
  column: 16,
  /** Foot: how far it reaches out from the frame's side (the tab's outer face), and its top above the frame. */
  footWidth: 30,
  footTop: 18,
  /** Foot bottom below the frame's top on an angle frame; on a plate frame, below the pane's bolts. */
  footBottom: 8,
  footBelowPaneBolts: 10,
  /** The foot runs this far past the second frame bolt. */
  footPastBolt: 8,
  /** Column top above the end-face bolts' middle. */
  columnTopOverBolts: 26,
  /** Nut of the frame bolts, from the foot's face on the frame. */
  nutFrom: 6,
} as const

/** Z mount: a plate between a Z axis end piece and the frame's front or rear face. */
export const Z_MOUNT = {
  halfWidth: 46,
  /** Frame bolts beside the end piece, this far either side of the axis's middle. */
  boltOffset: 41,
  /** Room between the mount and the carriage at the end of its travel. */
  clearance: 2,
  counterbore: { diameter: METRIC.M6.headDiameter + FITS.capHead.M6, depth: 6.5 },
} as const
