import { frame, type Mat4, multiply, rotation, translation } from '../../src/assembly/matrix.js'
import type { AssemblyNode, BoughtPart, Leaf, PrintedPart } from '../../src/assembly/types.js'
import type { AxisLayout } from '../../src/layout/types.js'
import { formatMm } from '../../src/spec/units.js'
import {
  bearing626,
  capScrew,
  GT2,
  gt2Pulley20,
  hexNut,
  LM8UU,
  lm8uu,
  METRIC,
  NEMA17,
  nema17,
  standardScrewLength,
  washer,
} from '../vitamins/catalogue.js'
import { belt, rod } from '../vitamins/stock.js'
import { carriageHalf } from './carriage.js'
import { AXIS, BELT, CARRIAGE, FIT, IDLER, MOTOR } from './dimensions.js'
import { idlerEndHalf } from './idler-end.js'
import { motorEndHalf } from './motor-end.js'

const T = AXIS.thickness
const M6 = METRIC.M6

/** Local (x, y, z) to (u + x, v + y, w + z). */
const at = (u: number, v: number, w: number): Mat4 => translation([u, v, w])
/** Local (x, y, z) to (u + x, v - y, w - z): turned 180 degrees about u, so local +z points to -w. */
const turnedAboutU = (u: number, v: number, w: number): Mat4 => frame([u, v, w], [1, 0, 0], [0, -1, 0], [0, 0, -1])
/** Local (x, y, z) to (u - x, v + y, w - z): turned 180 degrees about v. */
const turnedAboutV = (u: number, v: number, w: number): Mat4 => frame([u, v, w], [-1, 0, 0], [0, 1, 0], [0, 0, -1])

const printed = (part: PrintedPart, transform: Mat4): Leaf => ({ kind: 'printed', part, transform })
const bought = (part: BoughtPart, transform: Mat4): Leaf => ({ kind: 'bought', part, quantity: 1, transform })

/**
 * A cap screw through both halves from the w = 24 side with its nut in the w = 0 side's trap,
 * `trap` deep on each side; long enough to pass the nut by 1 mm.
 */
function throughBolt(u: number, v: number, trap: number): Leaf[] {
  const grip = T - 2 * trap
  const screw = capScrew('M6', standardScrewLength(grip + M6.nutThickness + 1))
  return [bought(screw, turnedAboutU(u, v, T - trap)), bought(hexNut('M6'), turnedAboutU(u, v, trap))]
}

/**
 * One universal axis: motor end, idler end and carriage (two printed halves each), motor,
 * pulley, idler bearings, linear bearings, screws, two rods and the belt, placed in the axis's
 * u/v/w frame; the node's transform is the layout's placement.
 */
export function universalAxis(
  layout: AxisLayout,
  options: { rodDiameter: number; motorBodyLength: number },
): AssemblyNode {
  const { rodDiameter } = options
  const half = AXIS.halfThickness
  const motorU = AXIS.motorAt
  const idlerStart = layout.length - AXIS.idlerEndLength
  const idlerU = idlerStart + AXIS.idlerAt
  const c = layout.carriageAt
  const motorEnd = motorEndHalf(rodDiameter)
  const idlerEnd = idlerEndHalf(rodDiameter)
  const carriage = carriageHalf(rodDiameter)
  const bolt = { motor: AXIS.motorEndLength - AXIS.endBoltInset, idler: idlerStart + AXIS.endBoltInset }
  const boltV = AXIS.endBoltSpacing / 2
  const square = AXIS.carriageBoltSquare / 2
  const mid = c + AXIS.carriageLength / 2

  const motorScrew = capScrew('M3', standardScrewLength(T - MOTOR.screwHeadRecess.depth + MOTOR.screwEngagement))
  const r = MOTOR.screwRadius
  const motorScrews = [
    [motorU - r, 0],
    [motorU + r, 0],
    [motorU, -r],
    [motorU, r],
  ].map(([u, v]) => bought(motorScrew, turnedAboutU(u, v, T - MOTOR.screwHeadRecess.depth)))

  // The motor turned 45 degrees puts its screw holes on the u and v lines. The pulley sits on
  // the boss; its 9 mm of teeth then span the 6 mm belt on the split plane.
  const motor = [
    bought(nema17(options.motorBodyLength), multiply(at(motorU, 0, 0), rotation([0, 0, 45]))),
    bought(gt2Pulley20, at(motorU, 0, NEMA17.bossHeight)),
  ]

  const washerT = IDLER.washerThickness
  const idler = [
    bought(washer('M6'), at(idlerU, 0, half - IDLER.cavityDepth)),
    bought(bearing626, at(idlerU, 0, half - IDLER.cavityDepth + washerT)),
    bought(bearing626, at(idlerU, 0, half)),
    bought(washer('M6'), at(idlerU, 0, half + IDLER.cavityDepth - washerT)),
    ...throughBolt(idlerU, 0, IDLER.axleTrapDepth),
  ]

  // The catalogue's LM8UU runs along +z; local z -> u, y -> v, x -> -w.
  const linearBearings = [-1, 1].flatMap((side) =>
    [-1, 1].map((end) =>
      bought(
        lm8uu,
        frame(
          [mid + (end * CARRIAGE.bearingPitch) / 2 - LM8UU.length / 2, (side * AXIS.rodSpacing) / 2, half],
          [0, 0, -1],
          [0, 1, 0],
          [1, 0, 0],
        ),
      ),
    ),
  )

  const bolts = [
    [bolt.motor, -boltV],
    [bolt.motor, boltV],
    [bolt.idler, -boltV],
    [bolt.idler, boltV],
    [mid, 0],
    [mid - square, -square],
    [mid - square, square],
    [mid + square, -square],
    [mid + square, square],
  ].flatMap(([u, v]) => throughBolt(u, v, FIT.m6Trap.depth))

  const rodNotes =
    layout.rodStart > 0
      ? `${layout.name} axis, starts ${formatMm(layout.rodStart)} mm into the motor end`
      : `${layout.name} axis`
  const stock: Leaf[] = [
    ...[-1, 1].map(
      (side): Leaf => ({
        kind: 'stock',
        piece: rod(rodDiameter, layout.rodLength, rodNotes),
        transform: at(layout.rodStart, (side * AXIS.rodSpacing) / 2, half),
      }),
    ),
    {
      kind: 'stock',
      piece: belt(layout.beltLength, `${layout.name} axis, both ends clamped in the carriage`),
      // A straight strip from the pulley along the clamped strand: longer than the axis, as the loop is.
      transform: at(motorU, BELT.pulleyTeethTips, half - GT2.beltWidth / 2),
    },
  ]

  return {
    name: layout.name,
    module: 'axis',
    transform: layout.placement,
    leaves: [
      printed(motorEnd, at(0, 0, 0)),
      printed(motorEnd, turnedAboutU(0, 0, T)),
      printed(idlerEnd, at(idlerStart, 0, 0)),
      printed(idlerEnd, turnedAboutU(idlerStart, 0, T)),
      printed(carriage, at(c, 0, 0)),
      printed(carriage, turnedAboutV(c + AXIS.carriageLength, 0, T)),
      ...motor,
      ...motorScrews,
      ...idler,
      ...linearBearings,
      ...bolts,
      ...stock,
    ],
    children: [],
  }
}
