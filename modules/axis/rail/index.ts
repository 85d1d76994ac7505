import { frame } from '../../../src/kernel/matrix.js'
import type { AxisLayout } from '../../../src/layout/types.js'
import { bought, printed, stock } from '../../../src/parts/leaves.js'
import type { AssemblyNode, Leaf } from '../../../src/parts/types.js'
import { formatMm } from '../../../src/spec/units.js'
import type { AxisModule, AxisOptions } from '../../module.js'
import { CAP_SCREW, HEX_NUT, METRIC, standardScrewLength, WASHER } from '../../vitamins/fasteners.js'
import { MGN12H, SQUARE_TUBE } from '../../vitamins/rails.js'
import { profileRail, railHoles, squareTube } from '../../vitamins/stock.js'
import { AXIS_CONTRACT } from '../contract.js'
import { AXIS } from '../dimensions.js'
import { at, axisDrive, CARRIAGE_HOLES, carriageNode, carriagesAt } from '../index.js'
import { BLOCK_HOLES, railCarriageHalf } from './carriage.js'
import { RAIL_AXIS, RAIL_SIDE, SADDLE_THICKNESS } from './dimensions.js'
import { SADDLE, type SaddleEnd, tubeSaddle } from './saddle.js'

const CARRIAGE = railCarriageHalf()
const SADDLES = { motor: tubeSaddle('motor'), idler: tubeSaddle('idler') } as const
const V = RAIL_AXIS.railV
const FOOT = RAIL_AXIS.railFootW
const TUBE_ID = `tube-${SQUARE_TUBE.size}x${SQUARE_TUBE.size}x${SQUARE_TUBE.wall}`

/** The rail's M3 x 8 screws: 3.5 in the rail under the head, the tube's 3 mm wall, 1.5 past it (docs/design.md). */
const RAIL_SCREW = CAP_SCREW.part('M3', 8)

/** The tap drill for the rail's M3 screws in the tube's wall, mm (ISO 261's coarse pitch: 3 - 0.5). */
const RAIL_TAP_DRILL = 2.5

/**
 * The bow EN 10219-2 allows a cold formed tube, per mm of its length (0.15 %), and the bow ours
 * takes for the rail's face, per mm (0.3 mm per metre: what the rail, held against a straightedge
 * as its screws go in, is pulled straight from).
 */
const TUBE_BOW_ALLOWED = 0.0015
const RAIL_FACE_BOW = 0.0003

/**
 * The rail's M3 into the tube's 3 mm wall, N m. Ours: under HIWIN's 2 N m for M3 into steel,
 * which is near what a 3 mm wall's tapped thread (6 turns) takes before it strips.
 */
const RAIL_SCREW_TORQUE = [1.2, 1.5] as const

/**
 * The tube's M6, N m. Ours: F = T / (0.2 d) = 1.25 kN, 24 MPa on the 52 mm2 the nut's 10 mm
 * across flats bears on the printed saddle round its 6.6 mm hole (under half of PETG's 50 MPa
 * yield); the hollow 3 mm steel wall under its washer takes that without crushing.
 */
const TUBE_BOLT_TORQUE = 1.5

/** Local z (a screw's shank, a nut's thread) along -w. */
const downW = (u: number, v: number, w: number) => frame([u, v, w], [1, 0, 0], [0, -1, 0], [0, 0, -1])

/** Where each saddle starts along u. */
const saddleStart = (end: SaddleEnd, length: number) =>
  end === 'motor' ? RAIL_AXIS.motorSaddleFrom : length - AXIS.idlerEndLength

/**
 * The rail's length for a block range this long (the carriages' travel, the second carriage's
 * pitch if there is one, and the block's length): made up to a whole number of hole pitches and
 * the maker's end distance at each end, so that the cut keeps every hole it pays for.
 */
export function railLength(range: number): number {
  const { holePitch, endDistance } = MGN12H.rail
  return Math.ceil((range - 2 * endDistance) / holePitch - 1e-9) * holePitch + 2 * endDistance
}

/**
 * The tube, its saddles and their M6, and the rail with its screws: the tube from the motor
 * saddle's start to the idler saddle's end; the rail centred on the block's range, clear of the
 * saddles.
 */
function beam(layout: AxisLayout): Leaf[] {
  const tubeStart = saddleStart('motor', layout.length)
  const tubeEnd = saddleStart('idler', layout.length) + SADDLE.idler.length
  const tubeLength = tubeEnd - tubeStart
  const rangeStart = AXIS.motorEndLength + (AXIS.carriageLength - MGN12H.block.length) / 2
  const range = layout.travel + (layout.secondCarriageAt ?? layout.carriageAt) - layout.carriageAt + MGN12H.block.length
  const length = railLength(range)
  const railStart = rangeStart - (length - range) / 2
  const holes = railHoles(length)
  const boltsAt = (['motor', 'idler'] as const).map((end) => saddleStart(end, layout.length) + SADDLE[end].bolt)
  const bow = formatMm(TUBE_BOW_ALLOWED * tubeLength)
  const tubeNotes = `${layout.name} axis: first choose the rail's face: lay a straightedge (or stretch a string) along each face and measure its bow with a feeler gauge; take the straightest face, within ${formatMm(RAIL_FACE_BOW * 1000)} mm per metre, for the rail (EN 10219 allows ${bow} mm over this length: set aside a tube with no such face). 2 holes 6.6 mm (M6) on a drill press, square through the rail's face and the face opposite it on their centre line, ${boltsAt.map((u) => formatMm(u - tubeStart)).join(' and ')} mm from the motor end (their M6, a washer under the head on the tube, ${TUBE_BOLT_TORQUE} N m). The rail's screws: clamp the rail on its face from ${formatMm(railStart - tubeStart)} mm, its side held against the straightedge; working from one end, mark each hole with a ${formatMm(MGN12H.rail.hole)} mm transfer punch through the rail's hole (or spot it with the ${formatMm(RAIL_TAP_DRILL)} mm drill through a ${formatMm(MGN12H.rail.hole)} mm guide bush in the rail's hole), take the rail off there, drill through the wall with the ${formatMm(RAIL_TAP_DRILL)} mm drill on a drill press with cutting oil, each hole tapped ${MGN12H.rail.screw} with a spiral-point tap, and bolt the rail there (${RAIL_SCREW.id}, ${RAIL_SCREW_TORQUE.join('-')} N m) before the next hole, the straightedge along its side`
  const railNotes = `${layout.name} axis: ${holes.length} holes, ${formatMm(holes[0])} mm from each end (one cut from a 1000 mm rail, with a cut-off wheel; deburr the cut end and clean the grit from the raceways), on the tube's centre line ${formatMm(railStart - tubeStart)} mm from its motor end`
  const tubeBolt = CAP_SCREW.part(
    'M6',
    standardScrewLength(WASHER.M6.thickness + SQUARE_TUBE.size + SADDLE_THICKNESS + METRIC.M6.nutThickness + 1),
  )
  // Through a washer on the tube, the tube and its saddle's clearance hole, the nut on the saddle's face by the end piece.
  const head = FOOT - SQUARE_TUBE.size - WASHER.M6.thickness
  const tubeBolts = boltsAt.flatMap((u) => [
    bought(WASHER.part('M6'), at(u, V, head), [TUBE_ID]),
    bought(tubeBolt, at(u, V, head), [TUBE_ID]),
    bought(HEX_NUT.part('M6'), at(u, V, 0)),
  ])
  return [
    printed(SADDLES.motor, at(tubeStart, 0, FOOT)),
    printed(SADDLES.idler, at(saddleStart('idler', layout.length), 0, FOOT)),
    // It lies on the saddles, from one end piece to the other, as rods run between them.
    stock(squareTube(SQUARE_TUBE, tubeLength, tubeNotes), at(tubeStart, V, FOOT - SQUARE_TUBE.size / 2), [
      SADDLES.motor.name,
      SADDLES.idler.name,
    ]),
    ...tubeBolts,
    // On the tube's face; the block runs over it, drawn solid, without its channel round the rail.
    stock(profileRail(length, railNotes), at(railStart, V, FOOT), [TUBE_ID, MGN12H.part.id]),
    ...holes.map((u) =>
      bought(RAIL_SCREW, downW(railStart + u, V, FOOT + MGN12H.rail.height - MGN12H.rail.counterbore.depth), [
        'rail-mgn12',
        TUBE_ID,
        MGN12H.part.id,
      ]),
    ),
  ]
}

/**
 * The block under a carriage's wing, its top on the carriage's outer face (w = 0), and its four
 * M3 from the load face. The block goes onto the axis's rail (`axis`: its node's name) on the
 * bench, the carriage's halves onto the block last.
 */
function blockLeaves(axis: string): Leaf[] {
  const mid = AXIS.carriageLength / 2
  const screw = CAP_SCREW.part('M3', RAIL_AXIS.blockScrewLength)
  return [
    bought(MGN12H.part, at(mid, V, FOOT), [`${axis}/rail-mgn12`]),
    // Each opens the sacrificial layers over the recesses it passes.
    ...BLOCK_HOLES.map(([u, v]) =>
      bought(screw, downW(u, v, AXIS.thickness - RAIL_AXIS.blockScrewRecess), [MGN12H.part.id, CARRIAGE.name]),
    ),
  ]
}

/**
 * A long axis on a profile rail: the universal axis's end pieces, belt drive and tensioner, its
 * end pieces' rod sockets empty; a steel tube on printed saddles beside them, on their outer side,
 * an MGN12 rail along it, and a carriage of two halves on the rail's block (docs/design.md, "Rails
 * for long axes").
 */
export function railAxis(layout: AxisLayout, options: AxisOptions): AssemblyNode {
  const drive = axisDrive(layout, options, CARRIAGE.name, { side: RAIL_SIDE, thickness: SADDLE_THICKNESS })
  return {
    name: layout.name,
    module: 'rail-axis',
    transform: layout.placement,
    leaves: [...drive.pieces, ...beam(layout), drive.belt],
    children: carriagesAt(layout).map((u, i) => ({
      ...carriageNode(layout, u, i, CARRIAGE, options, blockLeaves(layout.name)),
      module: 'rail-axis',
    })),
  }
}

export const RAIL_AXIS_MODULE: AxisModule = {
  name: 'rail-axis',
  role: 'axis',
  guide: 'rail',
  contract: AXIS_CONTRACT,
  carriageHoles: CARRIAGE_HOLES,
  build: railAxis,
}
