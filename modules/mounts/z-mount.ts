import { box, cylinder, difference, intersection, prism, type Solid, transform, union } from '../../src/kernel/index.js'
import { aimed, invertRigid, type Mat4 } from '../../src/kernel/matrix.js'
import { clearanceHole, nutTrap } from '../../src/parts/features.js'
import { FITS } from '../../src/parts/fits.js'
import { bought, printed } from '../../src/parts/leaves.js'
import type { Leaf, PrintedPart } from '../../src/parts/types.js'
import { formatMm } from '../../src/spec/units.js'
import { AXIS, PIECE } from '../axis/dimensions.js'
import { CAP_SCREW, HEX_NUT, LOW_HEAD_M6, METRIC, standardScrewLength, WASHER } from '../vitamins/fasteners.js'
import { Z_MOUNT } from './dimensions.js'

/**
 * The Z mount, in the local frame of a front Z axis: a along X from the axis's middle, b into
 * the frame (b = 0 on its front face), c up from the frame's top (top mount) or bottom (bottom
 * mount). A truss between the axis's end piece and the frame: the end piece's two through bolts
 * end in nuts in traps in it; two more M6 beside the end piece bolt it through the steel (the
 * angle bar's leg, drilled) or the pane's border (drilled).
 */
export interface ZMountGeometry {
  readonly frame: 'angle' | 'plate'
  /** The angle's leg or the pane's border, and the steel's thickness. */
  readonly width: number
  readonly thickness: number
  /** How far the Z axes stand off the frame. */
  readonly standoff: number
  /** How far the Z motor end rises above the frame's top. */
  readonly motorEndOverTop: number
}

const M6 = METRIC.M6
/** The end bolts' nuts: in hex traps open on the face on the steel, their seat this far from the face on the axis. */
const NUT_SEAT = 5
const NUT_WIDTH = M6.nutAcrossFlats + FITS.nut.acrossFlats

/** How far the mount reaches round a bolt: the end bolts' nut corners or the frame bolts' heads, and a rib. */
const END_BOLT_REACH = NUT_WIDTH / Math.sqrt(3) + Z_MOUNT.truss.rib
const FRAME_BOLT_REACH = M6.headDiameter / 2 + Z_MOUNT.truss.rib

/**
 * Where one end's mount meets the frame and the axis. The plate spans in c what its four bolts
 * need round them, within the end piece (less the clearance to the carriage).
 */
export function zMountPoints(g: ZMountGeometry, end: 'top' | 'bottom') {
  const back = g.frame === 'angle' ? g.thickness : 0
  const midLeg = g.thickness + g.width / 2
  const top = end === 'top'
  const endBoltC = top
    ? g.motorEndOverTop - (AXIS.motorEndLength - AXIS.motorEndBoltInset)
    : AXIS.idlerEndLength - AXIS.endBoltInset
  const frameBoltC = top ? -midLeg : midLeg
  const pieceEdge = top
    ? g.motorEndOverTop - AXIS.motorEndLength + Z_MOUNT.clearance
    : AXIS.idlerEndLength - Z_MOUNT.clearance
  const low = Math.min(endBoltC - END_BOLT_REACH, frameBoltC - FRAME_BOLT_REACH)
  const high = Math.max(endBoltC + END_BOLT_REACH, frameBoltC + FRAME_BOLT_REACH)
  return {
    back,
    c: top ? ([Math.max(low, pieceEdge), high] as const) : ([low, Math.min(high, pieceEdge)] as const),
    endBoltC,
    frameBoltC,
  }
}

/** Local (a, b, c) to print: the face on the axis down, (a, -c, b + standoff). */
const toPrint = (g: ZMountGeometry): Mat4 => [1, 0, 0, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 0, g.standoff, 1]

/** A web of the truss in (a, c), `width` wide, from one bolt to another, through the mount's thickness. */
function web(from: readonly [number, number], to: readonly [number, number], width: number, b0: number, b1: number) {
  const length = Math.hypot(to[0] - from[0], to[1] - from[1])
  const [na, nc] = [(-(to[1] - from[1]) / length) * (width / 2), ((to[0] - from[0]) / length) * (width / 2)]
  const outline: [number, number][] = [
    [from[0] + na, from[1] + nc],
    [to[0] + na, to[1] + nc],
    [to[0] - na, to[1] - nc],
    [from[0] - na, from[1] - nc],
  ]
  // Drawn in (a, c) and extruded along -b, b0 to b1.
  return transform(prism(outline, -b1, -b0), [1, 0, 0, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 0, 0, 1])
}

/**
 * The mount's body: a truss through its whole thickness, so that it bears on the end piece and
 * on the steel only where the bolts clamp it. A boss round each bolt (the end bolts' nut
 * corners, the frame bolts' heads, and a rib), a web between the two end bolts and one from
 * each end bolt to the frame bolt beside it, the path the end piece's loads take to the steel.
 */
function truss(g: ZMountGeometry, end: 'top' | 'bottom'): Solid {
  const p = zMountPoints(g, end)
  const { rib } = Z_MOUNT.truss
  const front = -g.standoff
  const h = Z_MOUNT.halfWidth
  const endBolt = (s: number) => [(s * AXIS.endBoltSpacing) / 2, p.endBoltC] as const
  const frameBolt = (s: number) => [s * Z_MOUNT.boltOffset, p.frameBoltC] as const
  const boss = ([a, c]: readonly [number, number], reach: number) =>
    cylinder({ axis: 'y', center: [a, (front + p.back) / 2, c], length: p.back - front, diameter: 2 * reach })
  const parts = [
    ...[-1, 1].flatMap((s) => [
      boss(endBolt(s), END_BOLT_REACH),
      boss(frameBolt(s), FRAME_BOLT_REACH),
      web(endBolt(s), frameBolt(s), 2 * rib, front, p.back),
    ]),
    web(endBolt(-1), endBolt(1), 2 * rib, front, p.back),
  ]
  // The frame bolts' bosses stop at the mount's half width, which the layout keeps clear.
  return intersection(union(...parts), box([-h, front, p.c[0]], [h, p.back, p.c[1]]))
}

export function zMount(g: ZMountGeometry, end: 'top' | 'bottom'): PrintedPart {
  const p = zMountPoints(g, end)
  const front = -g.standoff
  const through = p.back - front + 2
  const solid = () => {
    const cutters = [
      ...[-1, 1].flatMap((s) => {
        const a = (s * AXIS.endBoltSpacing) / 2
        return [
          clearanceHole('M6', { axis: 'y', center: [a, (front + p.back) / 2, p.endBoltC], length: through }),
          // The nut goes in from the face on the steel before the mount is bolted on; the steel keeps it.
          nutTrap(M6, {
            axis: 'y',
            center: [a, (front + NUT_SEAT + p.back + 1) / 2, p.endBoltC],
            length: p.back + 1 - (front + NUT_SEAT),
          }),
          clearanceHole('M6', {
            axis: 'y',
            center: [s * Z_MOUNT.boltOffset, (front + p.back) / 2, p.frameBoltC],
            length: through,
          }),
        ]
      }),
    ]
    return transform(difference(truss(g, end), ...cutters), toPrint(g))
  }
  const where = g.frame === 'angle' ? 'the angle bar' : 'the pane'
  // With the end on the mount the steel leaves no room for the motor's screws (docs/design.md).
  const order =
    end === 'top'
      ? '. Fit in this order: nuts into its traps, mount onto the steel; motor onto the motor end on the bench; the end onto the mount by its 2 low head M6 from the motor face (4 mm key)'
      : ''
  return {
    name: `z-mount-${end}`,
    description: `Z axis mount, ${end}: ${formatMm(g.standoff)} mm plate between the Z ${end === 'top' ? 'motor' : 'idler'} end and ${where} (${formatMm(g.width)} x ${formatMm(g.thickness)} mm), a truss of bosses and webs, 2 M6 into the end piece, 2 M6 through the steel${order}`,
    module: 'mounts',
    params: { ...g, end },
    solid,
  }
}

/**
 * A mount's leaves in its local frame: the part; the end piece's two bolts, heads in its outer
 * traps, nuts in the mount's traps; two frame bolts, heads on the face on the axis,
 * washer and nut inside the frame.
 */
export function zMountLeaves(g: ZMountGeometry, part: PrintedPart, end: 'top' | 'bottom'): Leaf[] {
  const p = zMountPoints(g, end)
  const front = -g.standoff
  const intoB = [0, 1, 0] as const
  const headAt = front - AXIS.thickness + PIECE.m6Trap.depth
  const nutAt = front + NUT_SEAT
  // At the motor end a low head, sunk in the trap, keeps clear of the motor beside it.
  const endLength = standardScrewLength(nutAt + M6.nutThickness + 1 - headAt)
  const endScrew = end === 'top' ? LOW_HEAD_M6.part(endLength) : CAP_SCREW.part('M6', endLength)
  const endLeaves = [-1, 1].flatMap((s) => {
    const a = (s * AXIS.endBoltSpacing) / 2
    return [
      bought(endScrew, aimed([a, headAt, p.endBoltC], intoB, [1, 0, 0])),
      bought(HEX_NUT.part('M6'), aimed([a, nutAt, p.endBoltC], intoB, [1, 0, 0])),
    ]
  })
  const steelBack = g.frame === 'angle' ? 2 * g.thickness : g.thickness
  const w = WASHER.M6.thickness
  // No washer under the head: one would reach 1 mm into the end piece beside it.
  const headUnder = front
  const frameScrew = CAP_SCREW.part('M6', standardScrewLength(steelBack + w + M6.nutThickness + 1 - headUnder))
  const frameLeaves = [-1, 1].flatMap((s) => {
    const a = s * Z_MOUNT.boltOffset
    return [
      bought(frameScrew, aimed([a, headUnder, p.frameBoltC], intoB, [1, 0, 0])),
      bought(WASHER.part('M6'), aimed([a, steelBack, p.frameBoltC], intoB, [1, 0, 0])),
      bought(HEX_NUT.part('M6'), aimed([a, steelBack + w, p.frameBoltC], intoB, [1, 0, 0])),
    ]
  })
  return [printed(part, invertRigid(toPrint(g))), ...endLeaves, ...frameLeaves]
}
