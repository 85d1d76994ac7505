import { FITS } from '../../src/parts/fits.js'
import { BEARING_626, LM8UU } from '../vitamins/bearings.js'
import { GT2 } from '../vitamins/belt-drive.js'
import { METRIC } from '../vitamins/fasteners.js'
import { NEMA17 } from '../vitamins/motors.js'

/**
 * The universal axis in its own frame (see AxisLayout): u along the rods, v across them, w
 * through the printed pieces. Each piece is a clamshell of two identical 12 mm halves split at
 * w = 12. Lengths along u are OSE's (v2017-2019 CAD); positions are from a piece's own faces.
 */
export const AXIS = {
  thickness: 24,
  halfThickness: 12,
  rodSpacing: 56,
  motorEndLength: 59.5,
  idlerEndLength: 55,
  /** How far the rods go into the idler end: they stop 5.5 short of its outer face. */
  idlerRodDepth: 49.5,
  carriageLength: 52,
  // OSE's pieces are 66 and 74 wide, which leaves about 1 mm of plastic outside the rod grooves
  // and bearing pockets; 72 and 80 keep every outer wall at least 3 mm thick.
  endWidth: 72,
  carriageWidth: 80,
  /** Motor (and pulley) axis, from the motor end's outer face, at v = 0. */
  motorAt: 29.75,
  /** Idler axle, from the idler end's carriage-side face, at v = 0. */
  idlerAt: 30,
  /** Carriage: M6 holes on a 30 x 30 square plus one at the centre, centred on the carriage. */
  carriageBoltSquare: 30,
  /**
   * End pieces: one pair of M6 through bolts across v, this far from the face towards the
   * carriage. The 30 x 30 square does not fit beside the end-face bolts (see motor-end.ts).
   */
  endBoltInset: 14.75,
  endBoltSpacing: 35,
  /** M6 holes into each end piece's outer end face, on the split plane, with captive nuts. */
  endFaceBoltSpacing: 30,
  endFaceBoltDepth: 18,
} as const

const M6 = METRIC.M6

/** Traps, edges and cutters shared by the printed pieces; the M6 traps are OSE's across flats. */
export const PIECE = {
  /** Hex trap on a half's outer face: holds an M6 nut on one half, the 10 mm cap head on the other. */
  m6Trap: { depth: M6.nutThickness + FITS.nut.thickness.snug },
  /** Captive M6 nut behind an end face: length along u, distance from the face. */
  endFaceNut: { length: M6.nutThickness + FITS.nut.thickness.loose, from: 6 },
  /** Radius of the pieces' vertical edges. */
  corner: 2,
  /** How far cutters run past the faces they open. */
  overshoot: 1,
} as const

/** Motor end: NEMA17 boss hole, motor screws on the 31 mm pattern turned 45 degrees. */
export const MOTOR = {
  bossHole: NEMA17.bossDiameter + FITS.oseMotorBoss,
  screwRadius: NEMA17.holePitch / Math.SQRT2,
  screwHeadRecess: { diameter: METRIC.M3.headDiameter + FITS.oseMotorScrewHead, depth: 3 },
  /** Least thread of a motor screw in the motor, whose holes are tapped about 4.5 deep. */
  screwEngagement: 3.5,
} as const

/** GT2 belt on the 20-tooth pulley and on the 626 idler, and the channels that let it pass. */
const pulleyPitchRadius = GT2.pulleyPitchDiameter / 2
/** The pitch line lies this far outside the belt's tooth land (pulley pitch diameter minus its OD, halved). */
const pitchLineOffset = 0.254
const toothHeight = 0.75
const m6WasherThickness = 1.6

export const BELT = {
  toothHeight,
  /** |v| of the tooth tips of a strand leaving the pulley (the teeth face the pulley). */
  pulleyTeethTips: pulleyPitchRadius - pitchLineOffset - toothHeight,
  /** |v| of the back of a strand leaving the idler, whose teeth run on the 626 outer rings. */
  idlerBack: BEARING_626.outside / 2 + GT2.beltThickness,
  /** Channels on the split face for the belt: depth per half (two halves take the 6 mm belt). */
  channelDepth: 3.5,
  motorChannelWidth: 18,
  idlerChannelWidth: 22.5,
  /** Carriage clamp: slot width and depth per half, tooth width along u (2 mm pitch). */
  clampSlot: { width: 1.6, depth: 3.2, toothWidth: 1 },
} as const

/** Idler end: two 626 bearings between two M6 washers on an M6 axle, centred on the split plane. */
const cavityDepth = BEARING_626.width + m6WasherThickness
export const IDLER = {
  cavity: 22.5,
  washerThickness: m6WasherThickness,
  /** Depth per half: the stack (washer, two bearings, washer) fills both halves' cavities. */
  cavityDepth,
  // The full 5.4 mm trap would break into the cavity; this one keeps 2 mm of floor and only
  // stops the nut turning.
  axleTrapDepth: AXIS.halfThickness - cavityDepth - 2,
} as const

/** Carriage: LM8UU pockets, two bearings per rod. */
const bearingPitch = 25
export const CARRIAGE = {
  bearingPitch,
  pocketLength: bearingPitch + LM8UU.length + FITS.linearBearing.length,
} as const
