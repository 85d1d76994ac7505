import { frame, type Mat4, multiply, rotation, translation } from '../../src/kernel/matrix.js'
import type { AxisLayout } from '../../src/layout/types.js'
import { FITS } from '../../src/parts/fits.js'
import { bought, printed, stock } from '../../src/parts/leaves.js'
import type { AssemblyNode, Leaf, PrintedPart } from '../../src/parts/types.js'
import { formatMm } from '../../src/spec/units.js'
import type { AxisModule, AxisOptions } from '../module.js'
import { linearBearingFor } from '../vitamins/bearings.js'
import { GT2, GT2_IDLER, GT2_PULLEY, GT2_PULLEY_8MM } from '../vitamins/belt-drive.js'
import { CAP_SCREW, HEX_NUT, LOW_HEAD_M6, METRIC, standardScrewLength } from '../vitamins/fasteners.js'
import { NEMA17, NEMA17_GEARBOX } from '../vitamins/motors.js'
import { belt as beltPiece, rod } from '../vitamins/stock.js'
import { carriageHalf } from './carriage.js'
import { AXIS_CONTRACT } from './contract.js'
import { AXIS, BELT, bearingSeats, IDLER, MOTOR, motorScrewsAt, PIECE } from './dimensions.js'
import { idlerCarrier } from './idler-carrier.js'
import { idlerEndHalf } from './idler-end.js'
import { gearboxMotorEndHalves, motorEndHalf } from './motor-end.js'

const T = AXIS.thickness
const M6 = METRIC.M6

/** Local (x, y, z) to (u + x, v + y, w + z). */
export const at = (u: number, v: number, w: number): Mat4 => translation([u, v, w])
/** Local (x, y, z) to (u + x, v - y, w - z): turned 180 degrees about u, so local +z points to -w. */
export const turnedAboutU = (u: number, v: number, w: number): Mat4 =>
  frame([u, v, w], [1, 0, 0], [0, -1, 0], [0, 0, -1])
/** Local (x, y, z) to (u - x, v + y, w - z): turned 180 degrees about v. */
const turnedAboutV = (u: number, v: number, w: number): Mat4 => frame([u, v, w], [-1, 0, 0], [0, 1, 0], [0, 0, -1])

/**
 * A screw through both halves, `trap` deep on each side, long enough to pass the nut by 1 mm.
 * End pieces: a cap screw, head on the w = 24 side, nut in the outer (w = 0) trap, where a motor
 * may sit on the face. Carriages: nut on the load face, and on the outer side a low head screw,
 * whose 3.5 mm head sinks in the trap a cap screw's 6 mm head would stand out of, so that both
 * faces stay flat under a load.
 */
function throughBolt(u: number, v: number, trap: number, headOutside = false, packing = 0): Leaf[] {
  const length = standardScrewLength(T - 2 * trap + M6.nutThickness + 1 + (packing > 0 ? trap + packing : 0))
  if (headOutside)
    return [bought(LOW_HEAD_M6.part(length), at(u, v, trap)), bought(HEX_NUT.part('M6'), at(u, v, T - trap))]
  const screw = CAP_SCREW.part('M6', length)
  // Over a packing on the outer face, the nut bears on the packing's face, not in its trap.
  const nutAt = packing > 0 ? -packing : trap
  return [bought(screw, turnedAboutU(u, v, T - trap)), bought(HEX_NUT.part('M6'), turnedAboutU(u, v, nutAt))]
}

/**
 * The motor end's through bolts pass 5.5 mm from the motor's side: a low head screw sunk in the
 * outer trap, its nut on the w = 24 side, so that nothing stands out of the face the motor is on.
 */
export function motorEndBolt(u: number, v: number, packing = 0): Leaf[] {
  const trap = PIECE.m6Trap.depth
  // Over a packing on the outer face, the head bears on the packing's face, not in its trap.
  const headAt = packing > 0 ? -packing : trap
  const screw = LOW_HEAD_M6.part(standardScrewLength(T - trap - headAt + M6.nutThickness + 1))
  return [bought(screw, at(u, v, headAt)), bought(HEX_NUT.part('M6'), at(u, v, T - trap))]
}

const IDLER_CARRIER = idlerCarrier()

/**
 * The belt tensioner, drawn at the middle of its travel: the carrier (its print frame's z runs
 * back along u from its back face, x along w from its low cheek), the toothed idler on its M3
 * axle, and the tension screw from its head sunk in the idler end's outer face to the nut in
 * the carrier's back, against which it pulls.
 */
function tensioner(idlerStart: number, idlerU: number): Leaf[] {
  const { carrier, cheek, axleHead } = IDLER
  const low = AXIS.halfThickness - carrier.thickness / 2
  const axleSeat = low + axleHead.depth
  // Seated at the floor of its trap, sunk so that the axle passes it by a thread.
  const axleNut = low + carrier.thickness - IDLER.axleNutDepth
  const axle = CAP_SCREW.part('M3', IDLER.axleLength)
  const headSeat = idlerStart + AXIS.idlerEndLength - IDLER.screwHeadDepth
  const nutBack = idlerU + carrier.nutFrom + carrier.nutRoom
  // Local z along -u, local x along v: the nut's flats square to the slot it slides in along v.
  const alongMinusU = (u: number) => frame([u, 0, AXIS.halfThickness], [0, 1, 0], [0, 0, -1], [-1, 0, 0])
  return [
    printed(IDLER_CARRIER, frame([idlerU + carrier.back, 0, low], [0, 0, 1], [0, 1, 0], [-1, 0, 0])),
    bought(GT2_IDLER.part, at(idlerU, 0, low + cheek + FITS.tensioner.idler)),
    bought(axle, at(idlerU, 0, axleSeat)),
    // Turned with its corners along v, as its trap in the carrier is.
    bought(HEX_NUT.part('M3'), multiply(at(idlerU, 0, axleNut), rotation([0, 0, 90]))),
    // It opens the sacrificial layer over its nut's slot in the carrier.
    bought(CAP_SCREW.part('M3', IDLER.tensionScrewLength), alongMinusU(headSeat), [IDLER_CARRIER.name]),
    bought(HEX_NUT.part('M3'), alongMinusU(nutBack)),
  ]
}

const motorU = AXIS.motorAt

const bothHalves = (half: PrintedPart) => [half, half] as const

/**
 * The motor turned 45 degrees puts its screw holes on the u and v lines. The pulley sits on
 * the boss; its 9 mm of teeth then span the 6 mm belt on the split plane.
 */
const plainMotor = (bodyLength: number): Leaf[] => [
  bought(NEMA17.part(bodyLength), multiply(at(motorU, 0, 0), rotation([0, 0, 45]))),
  bought(GT2_PULLEY.part, at(motorU, 0, NEMA17.bossHeight)),
]

/**
 * A gearmotor, drawn with its face's holes and its motor's corners on the u and v lines: its
 * pulley on the 8 mm output shaft sits on the pilot, as the plain motor's sits on its boss.
 */
const gearmotor = (bodyLength: number, reduction: number): Leaf[] => [
  bought(NEMA17_GEARBOX.part(bodyLength, reduction), at(motorU, 0, 0)),
  bought(GT2_PULLEY_8MM.part, at(motorU, 0, NEMA17_GEARBOX.pilotHeight)),
]

/** The carriage's M6 holes as (du, dv) in steps of half the 30 mm square from its middle. */
export const CARRIAGE_HOLES: readonly (readonly [number, number])[] = [
  [0, 0],
  [-1, -1],
  [-1, 1],
  [1, -1],
  [1, 1],
]

/**
 * What every axis of this belt drive has, whatever its carriages run on: the motor end and the
 * idler end (two printed halves each), the motor, its pulley and screws, the tensioner, the end
 * pieces' bolts (unless a mount holds them) and the belt, whose ends the carriage `carriageName`
 * clamps. In the axis's u/v/w frame. `packing`: what lies on the end pieces' outer face under
 * their bolts on one side of v (that side's sign, and its thickness), which those bolts then pass.
 */
export function axisDrive(
  layout: AxisLayout,
  options: AxisOptions,
  carriageName: string,
  packing: { readonly side: 1 | -1; readonly thickness: number } = { side: 1, thickness: 0 },
): {
  readonly pieces: readonly Leaf[]
  readonly belt: Leaf
  readonly motorEnds: readonly string[]
  readonly idlerEnd: string
} {
  const { rodDiameter } = options
  const half = AXIS.halfThickness
  const idlerStart = layout.length - AXIS.idlerEndLength
  const idlerU = idlerStart + AXIS.idlerAt
  const reduction = options.reduction ?? 1
  const geared = reduction !== 1
  // [the half the motor bolts to, the half the motor screws' heads sit in]
  const [motorFace, motorBack] = geared ? gearboxMotorEndHalves(rodDiameter) : bothHalves(motorEndHalf(rodDiameter))
  const motorEnds = [...new Set([motorFace.name, motorBack.name])]
  const idlerEnd = idlerEndHalf(rodDiameter)
  const bolt = { motor: AXIS.motorEndLength - AXIS.motorEndBoltInset, idler: idlerStart + AXIS.endBoltInset }
  const boltV = AXIS.endBoltSpacing / 2
  const packedAt = (v: number) => (Math.sign(v) === packing.side ? packing.thickness : 0)

  const motorScrew = CAP_SCREW.part('M3', standardScrewLength(T - MOTOR.screwHeadRecess.depth + MOTOR.screwEngagement))
  const r = geared ? MOTOR.gearboxScrewRadius : MOTOR.screwRadius
  // Each opens the sacrificial layers over the head recesses it passes.
  const motorScrews = motorScrewsAt(r, rodDiameter).map(([u, v]) =>
    bought(motorScrew, turnedAboutU(u, v, T - MOTOR.screwHeadRecess.depth), [motorBack.name]),
  )

  const motor = geared ? gearmotor(options.motorBodyLength, reduction) : plainMotor(options.motorBodyLength)
  const pulley = geared ? GT2_PULLEY_8MM.part : GT2_PULLEY.part

  const idler = tensioner(idlerStart, idlerU)

  const endBolts = options.endsMounted
    ? []
    : [
        ...[-boltV, boltV].flatMap((v) => motorEndBolt(bolt.motor, v, packedAt(v))),
        ...[-boltV, boltV].flatMap((v) => throughBolt(bolt.idler, v, PIECE.m6Trap.depth, false, packedAt(v))),
      ]

  const belt = stock(
    beltPiece(
      layout.beltLength,
      `${layout.name} axis, both ends clamped in the carriage, ${BELT.clampAllowance} mm each in the clamp`,
      { span: idlerU - motorU, firstRadius: BELT.pulleyTeethTips, secondRadius: BELT.pulleyTeethTips },
    ),
    at(motorU, 0, half - GT2.beltWidth / 2),
    // It runs in the pieces' channels, round the pulley and the idler, and in the carriage's clamp.
    [...motorEnds, idlerEnd.name, carriageName, IDLER_CARRIER.name, pulley.id, GT2_IDLER.part.id],
  )
  return {
    pieces: [
      printed(motorFace, at(0, 0, 0)),
      printed(motorBack, turnedAboutU(0, 0, T)),
      printed(idlerEnd, at(idlerStart, 0, 0)),
      printed(idlerEnd, turnedAboutU(idlerStart, 0, T)),
      ...motor,
      ...motorScrews,
      ...idler,
      ...endBolts,
    ],
    belt,
    motorEnds,
    idlerEnd: idlerEnd.name,
  }
}

/** Each carriage's motor-side face along u: the layout's, and a second one where it gives one. */
export const carriagesAt = (layout: AxisLayout): number[] => [
  layout.carriageAt,
  ...(layout.secondCarriageAt === undefined ? [] : [layout.secondCarriageAt]),
]

/**
 * One universal axis: motor end, idler end and carriage (two printed halves each), motor,
 * pulley, idler bearings, linear bearings, screws, two rods and the belt, placed in the axis's
 * u/v/w frame; the node's transform is the layout's placement. Each carriage is a child node
 * that moves along u over the axis's travel (drawn in its middle) with whatever it carries.
 */
export function universalAxis(layout: AxisLayout, options: AxisOptions): AssemblyNode {
  const { rodDiameter } = options
  const half = AXIS.halfThickness
  const carriage = carriageHalf(rodDiameter)
  const drive = axisDrive(layout, options, carriage.name)

  const rodNotes =
    layout.rodStart > 0
      ? `${layout.name} axis, starts ${formatMm(layout.rodStart)} mm into the motor end`
      : `${layout.name} axis`
  const rodNests = [...drive.motorEnds, drive.idlerEnd]
  const rods: Leaf[] = [-1, 1].map((side) =>
    stock(
      rod(rodDiameter, layout.rodLength, rodNotes),
      at(layout.rodStart, (side * AXIS.rodSpacing) / 2, half),
      rodNests,
    ),
  )

  return {
    name: layout.name,
    module: 'axis',
    transform: layout.placement,
    leaves: [...drive.pieces, ...rods, drive.belt],
    children: carriagesAt(layout).map((u, i) =>
      carriageNode(layout, u, i, carriage, options, linearBearings(options.rodDiameter, carriage.name)),
    ),
  }
}

/** A carriage's four linear bearings (LM8UU, or LM10UU on 10 mm rods), nested in its halves. */
function linearBearings(rodDiameter: number, carriageName: string): Leaf[] {
  const half = AXIS.halfThickness
  const mid = AXIS.carriageLength / 2
  // The catalogue's bearing runs along +z; local z -> u, y -> v, x -> -w. It nests in the halves,
  // whose grooves clamp it (FITS.linearBearing.clamp).
  const bearing = linearBearingFor(rodDiameter)
  const { pitch } = bearingSeats(bearing)
  return [-1, 1].flatMap((side) =>
    [-1, 1].map((end) =>
      bought(
        bearing.part,
        frame(
          [mid + (end * pitch) / 2 - bearing.length / 2, (side * AXIS.rodSpacing) / 2, half],
          [0, 0, -1],
          [0, 1, 0],
          [1, 0, 0],
        ),
        [carriageName],
      ),
    ),
  )
}

/**
 * A carriage: its two printed halves (the second turned about v), what it runs on (`runners`),
 * the bolts of the holes no load takes, and its loads.
 */
export function carriageNode(
  layout: AxisLayout,
  u: number,
  index: number,
  carriage: PrintedPart,
  options: AxisOptions,
  runners: readonly Leaf[],
): AssemblyNode {
  const mid = AXIS.carriageLength / 2
  const step = AXIS.carriageBoltSquare / 2
  const taken = (du: number, dv: number) => options.holesTaken?.some(([a, b]) => a === du && b === dv) ?? false
  const clamps = CARRIAGE_HOLES.filter(([du, dv]) => !taken(du, dv) && dv !== options.gantryRow).flatMap(([du, dv]) =>
    throughBolt(mid + du * step, dv * step, PIECE.m6Trap.depth, true),
  )
  const gantry = options.gantryRow === undefined ? [] : gantryBolts(mid, options.gantryRow * step)
  return {
    name: index === 0 ? 'carriage' : `carriage-${index + 1}`,
    module: 'axis',
    transform: at(u, 0, 0),
    leaves: [
      printed(carriage, at(0, 0, 0)),
      printed(carriage, turnedAboutV(AXIS.carriageLength, 0, T)),
      ...runners,
      ...clamps,
      ...gantry,
    ],
    children: options.loads?.[index] ?? [],
    motion: { name: layout.direction, along: [1, 0, 0], travel: [-layout.travel / 2, layout.travel / 2] },
  }
}

/**
 * The joint of a Y carriage and an X axis end: two M6 from the carriage's outer face through it
 * into the X end face's holes, each into the captive nut in its pocket. The X end's w runs along
 * this carriage's v, its v along u: the nut is turned to the pocket's flats. Low head screws, sunk
 * in the carriage's outer traps as its own are, so that its outer face stays flat.
 */
function gantryBolts(mid: number, v: number): Leaf[] {
  const trap = PIECE.m6Trap.depth
  const pocket = PIECE.endFaceNut
  const intoEnd = pocket.from + pocket.length + 1
  const screw = LOW_HEAD_M6.part(standardScrewLength(T - trap + intoEnd))
  const nutAt = T + pocket.from + (pocket.length - M6.nutThickness) / 2
  return [-1, 1].flatMap((side) => {
    const u = mid + (side * AXIS.endFaceBoltSpacing) / 2
    return [
      bought(screw, at(u, v, trap)),
      bought(HEX_NUT.part('M6'), frame([u, v, nutAt], [0, 1, 0], [-1, 0, 0], [0, 0, 1])),
    ]
  })
}

export const AXIS_MODULE: AxisModule = {
  name: 'axis',
  role: 'axis',
  contract: AXIS_CONTRACT,
  carriageHoles: CARRIAGE_HOLES,
  build: universalAxis,
}
