import { FITS } from '../../src/parts/fits.js'
import { type LinearBearing, LM8UU } from '../vitamins/bearings.js'
import { GT2, GT2_IDLER, GT2_PULLEY_8MM } from '../vitamins/belt-drive.js'
import { METRIC, standardScrewLength } from '../vitamins/fasteners.js'
import { NEMA17, NEMA17_GEARBOX } from '../vitamins/motors.js'

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
  /** OSE's 52 lengthened to hold the bearings 40 apart (CARRIAGE.bearingPitch). */
  carriageLength: 70,
  // OSE's pieces are 66 and 74 wide, which leaves about 1 mm of plastic outside the rod grooves
  // and bearing pockets; 72 and 80 keep every outer wall at least 3 mm thick.
  endWidth: 72,
  carriageWidth: 80,
  /** Motor (and pulley) axis, from the motor end's outer face, at v = 0. */
  motorAt: 29.75,
  /** Idler axle as drawn, from the idler end's carriage-side face, at v = 0: the middle of the tensioner's travel. */
  idlerAt: 14,
  /** Carriage: M6 holes on a 30 x 30 square plus one at the centre, centred on the carriage. */
  carriageBoltSquare: 30,
  /**
   * End pieces: one pair of M6 through bolts across v, this far from the face towards the
   * carriage. The 30 x 30 square does not fit beside the end-face bolts (see motor-end.ts).
   */
  endBoltInset: 14.75,
  /**
   * The motor end's pair lies nearer its carriage-side face: at 14.75 its bolts' heads, going in
   * from the face the motor is on, would meet the motor's side (1.8 mm outside it, the heads'
   * radius 5). At 9.5 they clear it by 0.5 past the head, so the end can be bolted to its mount
   * with the motor on (docs/design.md, "Z motor end's assembly").
   */
  motorEndBoltInset: 9.5,
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
  /**
   * Least wall left round a hole, trap or groove where a window is cut beside it. Ours: three
   * 0.45 mm perimeters (1.35) and 0.65 for the facets of a drawn hole and the slicer's rounding.
   */
  wall: 2,
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
  /**
   * A planetary gearbox's face instead (the Z drive that holds the bed): its M3 holes on the u
   * and v lines, its pilot in the face half's hole; the back half's hole passes the pulley's
   * 16 mm flange with room (FITS.bore.passThrough).
   */
  gearboxScrewRadius: NEMA17_GEARBOX.holeCircle / 2,
  gearboxPilotHole: NEMA17_GEARBOX.pilotDiameter + FITS.oseMotorBoss,
  gearboxPulleyHole: GT2_PULLEY_8MM.flangeDiameter + FITS.bore.passThrough,
} as const

/**
 * The motor's screws `r` from its axis, as (u, v): the pair on the u line, and the pair on the v
 * line where its clearance holes stay clear of the rods' grooves. A 10 mm rod's groove reaches
 * v = 23 and a plain NEMA17's screws on the v line lie at 21.9 (the 31 mm pattern turned 45
 * degrees), so the screw itself would touch the rod: the 10 mm motor end holds a plain motor by
 * the two screws on the u line, along the belt's pull, and its boss in its hole. Turned any other
 * way the pattern would not be symmetric in v (the two halves are one part) or meets the end
 * face's bolts.
 */
export function motorScrewsAt(r: number, rodDiameter: number): [number, number][] {
  const m = AXIS.motorAt
  const onU: [number, number][] = [
    [m - r, 0],
    [m + r, 0],
  ]
  const clearOfRods = r + FITS.screwHole.M3 / 2 < (AXIS.rodSpacing - rodDiameter) / 2
  return clearOfRods ? [...onU, [m, -r], [m, r]] : onU
}

/** GT2 belt on the 20-tooth pulley and idler, and the channels that let it pass. */
const pulleyPitchRadius = GT2.pulleyPitchDiameter / 2
/** The pitch line lies this far outside the belt's tooth land (pulley pitch diameter minus its OD, halved). */
const pitchLineOffset = 0.254
const toothHeight = 0.75

export const BELT = {
  toothHeight,
  /** |v| of both strands' pitch lines: the pulley and the idler have the same pitch diameter. */
  pitchLine: pulleyPitchRadius,
  /** |v| of the tooth tips of a strand (the teeth face the pulley and the idler). */
  pulleyTeethTips: pulleyPitchRadius - pitchLineOffset - toothHeight,
  /** |v| of the back of a strand. */
  back: pulleyPitchRadius - pitchLineOffset - toothHeight + GT2.beltThickness,
  /** Room each side of the free strand in the carriage's channel. Ours: a slack belt's flutter. */
  freeStrandRoom: 1,
  /** Channels on the split face for the belt: depth per half (two halves take the 6 mm belt). */
  channelDepth: 3.5,
  motorChannelWidth: 18,
  /** Carriage clamp: slot width and depth per half, tooth width along u (2 mm pitch). */
  clampSlot: { width: 1.6, depth: 3.2, toothWidth: 1 },
  /**
   * Belt each end takes in the carriage's clamp, past the carriage's end face: 15 teeth. Ours:
   * at the 36 N of Gates' upper tension (builder-rules.md §3) that leaves each tooth 2.4 N.
   */
  clampAllowance: 30,
} as const

const M3 = METRIC.M3

/**
 * Idler end: a GT2 toothed idler on an M3 axle in a printed carrier that slides along u in a
 * channel on the split plane of the two halves; an M3 screw along u from the outer end face,
 * its head sunk in that face, pulls the carrier out by a nut captive in its back.
 */
/** Each cheek of the carrier, over and under the idler: room for the axle's head or nut and 1.2 mm under it. */
const cheek = 4.4
const carrierThickness = GT2_IDLER.width + 2 * FITS.tensioner.idler + 2 * cheek
const axleHead = { diameter: M3.headDiameter + FITS.capHead.M3, depth: M3.headHeight + FITS.nut.thickness.snug }
/** M3's coarse thread pitch (ISO 261). */
const M3_PITCH = 0.5
/**
 * The axle's nut sits this deep in its cheek's outer face: its trap's room and one thread more,
 * so the axle, whose tip stays inside that face, passes its nut by a full thread.
 */
const axleNutDepth = M3.nutThickness + FITS.nut.thickness.snug + M3_PITCH
/** The axle, from its head's seat: through the nut and one thread past it (a catalogue length). */
const axleLength = standardScrewLength(carrierThickness - axleNutDepth + M3.nutThickness + M3_PITCH - axleHead.depth)
/**
 * Bosses round the axle on the cheeks' inner faces, FITS.tensioner.idler high: they bear on the
 * idler's inner race alone, so the flanges run that far from the cheeks however hard the axle
 * is tightened. `innerRace`: what they must stay inside, the inner ring of the 3 mm bore
 * bearings a 20-tooth idler holds (a 623, 3 x 10 x 4: about 5.2 across at its face, SKF's d2
 * for 623-2Z, less 0.2 for its chamfer; ours). The boss, a teardrop 4.5 across its flats, reaches
 * 2.5 from the axle at its corners.
 */
const axleBoss = { diameter: 4.5, height: FITS.tensioner.idler, innerRace: 5 }
/** The tension screw's head is sunk this deep in the outer end face. */
const screwHeadDepth = M3.headHeight + FITS.nut.thickness.snug
/** Axle positions (u from the carriage-side face): slack and fully tensioned; AXIS.idlerAt is their middle. */
const travel = { from: 9, to: 19 }
const tensionScrewLength = 20
/** Where the tension screw's tip lies: the head's seat less the screw. */
const screwTip = AXIS.idlerEndLength - screwHeadDepth - tensionScrewLength
const slotPastAxle = GT2_IDLER.flangeDiameter / 2 + FITS.tensioner.flange
/** Carrier, from its axle: the cheeks reach `front` towards the carriage; the idler's slot ends at `slot`. */
const nutRoom = M3.nutThickness + FITS.nut.thickness.snug
/**
 * The screw's tip must be past the nut by 1 mm with the idler slack and stay 0.5 mm short of the
 * idler's slot fully tensioned: the carrier's bore runs on from the slot to the nut that far.
 */
const nutFrom = screwTip + 1 - travel.from
export const IDLER = {
  travel,
  cheek,
  carrier: {
    /** v across, w through (centred on the split plane), u from the axle towards the carriage and the end face. */
    width: 12,
    thickness: carrierThickness,
    front: 6,
    slot: slotPastAxle,
    nutFrom,
    nutRoom,
    back: nutFrom + nutRoom + 2.4,
  },
  axleHead,
  axleNutDepth,
  axleLength,
  axleBoss,
  axleThreadPitch: M3_PITCH,
  screwHeadDepth,
  tensionScrewLength,
  screwTip,
  /** The channel also clears the idler's flanges, ±this in v, where they travel. */
  flangeClearance: GT2_IDLER.flangeDiameter / 2 + FITS.tensioner.flange,
} as const

/**
 * Carriage: LM8UU pockets, two bearings per rod. Ours: bearing centres 40 apart (were OSE's 25). By the 2:1 rule ([PBC][IGUS] in
 * builder-rules.md §3), a carriage does not bind while the line of a force on it lies less than
 * twice the bearing spacing, 80 mm, from the bearings.
 */
const bearingPitch = 40
export const CARRIAGE = {
  bearingPitch,
  /**
   * One pocket per bearing, centred on it: the rib between a rod's two pockets (pierced only by
   * the rod's clearance, like the end walls) holds each bearing at its place, 0.2 either end.
   */
  pocketLength: LM8UU.length + FITS.linearBearing.length,
  /** Holes through both halves on the 30 mm rows' middles, for a 2.5 mm hex key to the X idler's tension screw. */
  keyHole: 4.5,
} as const

/** The LM8UU carriage's end wall, from a pocket to the carriage's end face: 2.8. */
const endWall = (AXIS.carriageLength - CARRIAGE.bearingPitch - CARRIAGE.pocketLength) / 2

/**
 * Where a carriage holds its linear bearings. The LM8UU's are CARRIAGE's; a longer bearing's
 * pockets keep the 2.8 mm end walls in the same 70 mm carriage, so their centres come closer
 * (the LM10UU's 29.4 mm pockets: 35 apart, a 5.6 mm rib between them; by the 2:1 rule, loads
 * whose line lies within 70 mm of the bearings). To 0.01 mm.
 */
export function bearingSeats(bearing: LinearBearing): { readonly pitch: number; readonly pocketLength: number } {
  if (bearing === LM8UU) return { pitch: CARRIAGE.bearingPitch, pocketLength: CARRIAGE.pocketLength }
  const pocketLength = bearing.length + FITS.linearBearing.length
  return { pitch: Math.round((AXIS.carriageLength - 2 * endWall - pocketLength) * 100) / 100, pocketLength }
}
