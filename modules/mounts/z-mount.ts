import { box, difference, hole, transform } from '../../src/kernel/index.js'
import { aimed, invertRigid, type Mat4 } from '../../src/kernel/matrix.js'
import { clearanceHole } from '../../src/parts/features.js'
import { FITS } from '../../src/parts/fits.js'
import { bought, printed } from '../../src/parts/leaves.js'
import type { Leaf, PrintedPart } from '../../src/parts/types.js'
import { formatMm } from '../../src/spec/units.js'
import { AXIS, IDLER, PIECE } from '../axis/dimensions.js'
import { CAP_SCREW, HEX_NUT, LOW_HEAD_M6, METRIC, standardScrewLength, WASHER } from '../vitamins/fasteners.js'
import { Z_MOUNT } from './dimensions.js'

/**
 * The Z mount, in the local frame of a front Z axis: a along X from the axis's middle, b into
 * the frame (b = 0 on its front face), c up from the frame's top (top mount) or bottom (bottom
 * mount). A plate between the axis's end piece and the frame: the end piece's two through bolts
 * end in nuts slid into it; two more M6 beside the end piece bolt it through the steel (the
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
/** How far the idler axle's cap head stands out of the idler end's inner face, with 1 mm to spare. */
const IDLER_AXLE_HEAD_OUT = M6.headHeight - IDLER.axleTrapDepth + 1
/** The end bolts' nuts: slots from the upper edge, 6 past the bolt below it (the nut's corner is 5.77 off it). */
const NUT_SLOT = {
  from: 5,
  length: M6.nutThickness + FITS.nut.thickness.loose,
  width: M6.nutAcrossFlats + FITS.nut.acrossFlats,
} as const

/** Where one end's mount meets the frame and the axis. */
export function zMountPoints(g: ZMountGeometry, end: 'top' | 'bottom') {
  const back = g.frame === 'angle' ? g.thickness : 0
  const midLeg = g.thickness + g.width / 2
  if (end === 'top') {
    const endBottom = g.motorEndOverTop - AXIS.motorEndLength
    return {
      back,
      c: [endBottom + Z_MOUNT.clearance, 0] as const,
      endBoltC: g.motorEndOverTop - (AXIS.motorEndLength - AXIS.endBoltInset),
      frameBoltC: -midLeg,
    }
  }
  return {
    back,
    c: [0, AXIS.idlerEndLength - Z_MOUNT.clearance] as const,
    endBoltC: AXIS.idlerEndLength - AXIS.endBoltInset,
    frameBoltC: midLeg,
  }
}

/** Local (a, b, c) to print: the face on the axis down, (a, -c, b + standoff). */
const toPrint = (g: ZMountGeometry): Mat4 => [1, 0, 0, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 0, g.standoff, 1]

export function zMount(g: ZMountGeometry, end: 'top' | 'bottom'): PrintedPart {
  const p = zMountPoints(g, end)
  const h = Z_MOUNT.halfWidth
  const front = -g.standoff
  const endBolts = [-1, 1].map((s) => (s * AXIS.endBoltSpacing) / 2)
  const frameBolts = [-1, 1].map((s) => s * Z_MOUNT.boltOffset)
  const solid = () => {
    const { counterbore } = Z_MOUNT
    // The nut slots open on the mount's upper edge.
    const slotEdge = p.c[1] + 1
    const cutters = [
      ...endBolts.flatMap((a) => [
        clearanceHole('M6', { axis: 'y', center: [a, (front + p.back) / 2, p.endBoltC], length: p.back - front + 2 }),
        box(
          [a - NUT_SLOT.width / 2, front + NUT_SLOT.from, p.endBoltC - 6],
          [a + NUT_SLOT.width / 2, front + NUT_SLOT.from + NUT_SLOT.length, slotEdge],
        ),
      ]),
      ...frameBolts.flatMap((a) => [
        clearanceHole('M6', {
          axis: 'y',
          center: [a, (front + p.back) / 2, p.frameBoltC],
          length: p.back - front + 2,
        }),
        hole({
          axis: 'y',
          center: [a, front + (counterbore.depth - 1) / 2, p.frameBoltC],
          length: counterbore.depth + 1,
          diameter: counterbore.diameter,
        }),
      ]),
    ]
    if (end === 'bottom') {
      // The idler axle's head stands out of the idler end's face.
      const axle = AXIS.idlerEndLength - AXIS.idlerAt
      cutters.push(
        hole({
          axis: 'y',
          center: [0, front, axle],
          length: 2 * IDLER_AXLE_HEAD_OUT,
          diameter: Z_MOUNT.counterbore.diameter,
        }),
      )
    }
    return transform(difference(box([-h, front, p.c[0]], [h, p.back, p.c[1]]), ...cutters), toPrint(g))
  }
  const where = g.frame === 'angle' ? 'the angle bar' : 'the pane'
  return {
    name: `z-mount-${end}`,
    description: `Z axis mount, ${end}: ${formatMm(g.standoff)} mm plate between the Z ${end === 'top' ? 'motor' : 'idler'} end and ${where} (${formatMm(g.width)} x ${formatMm(g.thickness)} mm), 2 M6 into the end piece, 2 M6 through the steel`,
    module: 'mounts',
    params: { ...g, end },
    solid,
  }
}

/**
 * A mount's leaves in its local frame: the part; the end piece's two bolts, heads in its outer
 * traps, nuts in the mount's slots; two frame bolts from the counterbores with washer and nut
 * inside the frame.
 */
export function zMountLeaves(g: ZMountGeometry, part: PrintedPart, end: 'top' | 'bottom'): Leaf[] {
  const p = zMountPoints(g, end)
  const front = -g.standoff
  const intoB = [0, 1, 0] as const
  const headAt = front - AXIS.thickness + PIECE.m6Trap.depth
  // The nut in the middle of its slot.
  const nutAt = front + NUT_SLOT.from + FITS.nut.thickness.loose / 2
  // At the motor end a low head, sunk in the trap, keeps clear of the motor beside it.
  const endLength = standardScrewLength(nutAt + M6.nutThickness + 1 - headAt)
  const endScrew = end === 'top' ? LOW_HEAD_M6.part(endLength) : CAP_SCREW.part('M6', endLength)
  const endLeaves = [-1, 1].flatMap((s) => {
    const a = (s * AXIS.endBoltSpacing) / 2
    return [
      bought(endScrew, aimed([a, headAt, p.endBoltC], intoB, [1, 0, 0])),
      bought(HEX_NUT.part('M6'), aimed([a, nutAt, p.endBoltC], intoB, [0, 0, 1])),
    ]
  })
  const steelBack = g.frame === 'angle' ? 2 * g.thickness : g.thickness
  const headUnder = front + Z_MOUNT.counterbore.depth
  const w = WASHER.M6.thickness
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
