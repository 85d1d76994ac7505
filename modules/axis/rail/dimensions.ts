import { NEMA17 } from '../../vitamins/motors.js'
import { MGN12H, SQUARE_TUBE } from '../../vitamins/rails.js'
import { AXIS } from '../dimensions.js'

/**
 * The rail axis in the universal axis's (u, v, w) frame: the same end pieces, belt drive and
 * carriage envelope (u, and w from 0 to 24), and beside them, on the outer side (w < 0) and off
 * the belt's and the motor's plane, the steel tube with the rail on its face towards the pieces.
 * The block's top lies in the carriage's outer face (w = 0), under a wing of the carriage.
 */

/** The motor's corners from its axis, turned 45 degrees (NEMA17's 42.3 mm square): 29.9. */
const motorReach = (NEMA17.square / 2) * Math.SQRT2
/** Ours: room between the motor's corners and the tube's side. */
const motorRoom = 2

/**
 * The side of v the tube lies on: +v, which on the X axis is the machine's front, away from the
 * extruder's motor (it stands out 56 mm behind the carriage's middle, over its outer face).
 */
export const RAIL_SIDE = 1

export const RAIL_AXIS = {
  /**
   * The rail's and the tube's centre line, v: the tube's near side just past the motor's
   * corners (29.9 + 2 = 31.9, taken as 32).
   */
  railV: RAIL_SIDE * Math.ceil(motorReach + motorRoom + SQUARE_TUBE.size / 2),
  /** The rail's foot (the tube's face towards the pieces), w: the block's height under the carriage's outer face. */
  railFootW: -MGN12H.block.height,
  /** The carriage's wing reaches past the block's side by this much. Ours: a wall like the pieces'. */
  wingWall: 3,
  /**
   * The block's M3 screws: from the carriage's load face (w = 24), their heads sunk this deep so
   * that an M3 x 20 keeps 3 mm of thread in the block's 3.5 (both halves are one part: the outer
   * face has the same recess, under the block).
   */
  blockScrewRecess: AXIS.thickness + 3 - 20,
  blockScrewLength: 20,
  /** Each tube saddle, along u: the motor end's from this far in, the idler end's this long. */
  motorSaddleFrom: 40.5,
  idlerSaddleLength: 2 * AXIS.endBoltInset,
  /** The saddle's outer side past the tube's. Ours: as the wing's wall, and room for the nut. */
  saddleOver: 4,
  /** The saddle's inner side (|v|): past the end pieces' bolts' heads (17.5 + 5, less 1.5 of seat) towards the middle. */
  saddleInner: 11,
} as const

/** The saddles' thickness (w): from the end pieces' outer face to the rail's foot on the tube. */
export const SADDLE_THICKNESS = -RAIL_AXIS.railFootW
