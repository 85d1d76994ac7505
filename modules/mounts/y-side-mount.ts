import { box, difference, mirror, prism, type Solid, transform, union } from '../../src/kernel/index.js'
import { aimed, invertRigid, type Mat4 } from '../../src/kernel/matrix.js'
import { clearanceHole, nutSlot } from '../../src/parts/features.js'
import { FITS } from '../../src/parts/fits.js'
import { bought, printed } from '../../src/parts/leaves.js'
import type { Leaf, PrintedPart } from '../../src/parts/types.js'
import { formatMm } from '../../src/spec/units.js'
import { AXIS, PIECE } from '../axis/dimensions.js'
import { TAB, TAB_RISE } from '../frame/dimensions.js'
import { CAP_SCREW, HEX_NUT, METRIC, standardScrewLength, WASHER } from '../vitamins/fasteners.js'
import { Y_MOUNT } from './dimensions.js'

/**
 * The Y side mount, in the local frame of the front-right corner: a outward from the frame's
 * side face (a = 0 on it), b along the Y axis from its front end face (b = 0 on it) towards
 * the rear, c up from the frame's top. A column in front of the axis's end face takes the two
 * M6 end-face bolts; a foot along the frame's side takes two M6 into the frame: through OSE's
 * tab on an angle frame, through the side pane's top border on a plate frame.
 */
interface YMountCommon {
  /** How far the Y axis's inner face stands off the frame's side. */
  readonly standoff: number
  /** Height of the Y rods above the frame's top. */
  readonly rodHeight: number
  /** How far the Y axis's end face lies in front of the frame's front face. */
  readonly endOffset: number
}

/** On an angle frame the mount bolts to the top corner's tab; on a plate frame through the side pane's border. */
export type YMountGeometry =
  | (YMountCommon & { readonly frame: 'angle' })
  | (YMountCommon & {
      readonly frame: 'plate'
      /** The pane's border and thickness, which set where its bolts go. */
      readonly border: number
      readonly thickness: number
    })

const M6 = METRIC.M6
const M6_WASHER = WASHER.M6.thickness
/** The tab's holes along Y from the frame's front face, and the plate frame's bolts at the same places. */
const FRAME_BOLTS_Y = [TAB.alongEdge / 2 - TAB.holeSpacing / 2, TAB.alongEdge / 2 + TAB.holeSpacing / 2]

/** Where the mount meets the frame and the axis, in its local frame. */
export function yMountPoints(g: YMountGeometry) {
  const face = g.frame === 'angle' ? TAB.thickness : 0
  const boltC = g.frame === 'angle' ? TAB_RISE - TAB.holeFromTopEdge : -(g.thickness + g.border / 2)
  return {
    face,
    frameBolts: FRAME_BOLTS_Y.map((y) => [g.endOffset + y, boltC] as const),
    endBolts: [-1, 1].map(
      (s) => [g.standoff + AXIS.halfThickness, g.rodHeight + (s * AXIS.endFaceBoltSpacing) / 2] as const,
    ),
    footBottom: g.frame === 'angle' ? -Y_MOUNT.footBottom : boltC - Y_MOUNT.footBelowPaneBolts,
  }
}

function localSolid(g: YMountGeometry): Solid {
  const p = yMountPoints(g)
  const { column, footWidth, footTop } = Y_MOUNT
  const outer = g.standoff + AXIS.thickness
  const top = g.rodHeight + Y_MOUNT.columnTopOverBolts
  const footEnd = p.frameBolts[1][0] + FITS.screwHole.M6 / 2 + Y_MOUNT.footPastBolt
  // Column profile in (a, c): full width over the foot, the end piece's width above, a 45 degree gusset between.
  const profile: [number, number][] = [
    [p.face, p.footBottom],
    [outer, p.footBottom],
    [outer, top],
    [g.standoff, top],
    [g.standoff, footTop + (g.standoff - p.face)],
    [p.face, footTop],
  ]
  // prism extrudes along its z: build the column in (a, c, -b) and turn it to (a, b, c).
  const columnSolid = transform(prism(profile, 0, column), [1, 0, 0, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 0, 0, 1])
  const foot = box([p.face, -column, p.footBottom], [p.face + footWidth, footEnd, footTop])
  const cutters = [
    ...p.endBolts.map(([a, c]) => clearanceHole('M6', { axis: 'y', center: [a, -column / 2, c], length: column + 2 })),
    ...p.frameBolts.flatMap(([b, c]) => [
      clearanceHole('M6', { axis: 'x', center: [p.face + footWidth / 2, b, c], length: footWidth + 2 }),
      // A slot from the foot's bottom for the nut, its flats across b.
      nutSlot(M6, {
        axis: 'x',
        seat: [p.face + Y_MOUNT.nutFrom, b, c],
        allowance: FITS.nut.thickness.loose,
        slide: 'z',
        open: p.footBottom,
      }),
    ]),
  ]
  return difference(union(columnSolid, foot), ...cutters)
}

/** Local (a, b, c) to print: the column's front face down, (a, -c, b + column). */
const LOCAL_TO_PRINT: Mat4 = [1, 0, 0, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 0, Y_MOUNT.column, 1]

/**
 * The mount for one hand: 'right' for the front-right and rear-left corners (the same part
 * turned half round), 'left', its mirror image, for the front-left and rear-right ones.
 */
export function yMount(g: YMountGeometry, hand: 'left' | 'right'): PrintedPart {
  const corners = hand === 'right' ? 'fr-rl' : 'fl-rr'
  const style = g.frame === 'angle' ? '' : 'plate-'
  const frameText =
    g.frame === 'angle'
      ? "to the top corner's tab"
      : `through the side pane's top border (${formatMm(g.border)} x ${formatMm(g.thickness)} mm)`
  return {
    name: `y-mount-${style}${corners}`,
    description: `Y axis side mount for the ${hand === 'right' ? 'front-right and rear-left' : 'front-left and rear-right'} corners: holds the Y axis's end face (2 M6) ${formatMm(g.standoff)} mm off the frame, ${frameText} (2 M6)`,
    module: 'mounts',
    params: { ...g, hand },
    solid: () => {
      const local = localSolid(g)
      return transform(hand === 'right' ? local : mirror(local, [1, 0, 0]), LOCAL_TO_PRINT)
    },
  }
}

/** The four corners: the part's hand and the rotation taking local (a, b, c) to the machine (rear ones turned half round). */
export function yMountCorners(outer: { x: number; y: number; z: number }, endOffset: number) {
  const front = -endOffset
  const rear = outer.y + endOffset
  return [
    { name: 'front-right', hand: 'right' as const, origin: [outer.x, front, outer.z] as const, turned: false },
    { name: 'rear-left', hand: 'right' as const, origin: [0, rear, outer.z] as const, turned: true },
    { name: 'front-left', hand: 'left' as const, origin: [0, front, outer.z] as const, turned: false },
    { name: 'rear-right', hand: 'left' as const, origin: [outer.x, rear, outer.z] as const, turned: true },
  ].map((c) => ({ ...c, place: aimed(c.origin, [0, 0, 1], [c.turned ? -1 : 1, 0, 0]) }))
}

/**
 * Leaves of one mount in its corner's local frame (a mirrored for the left hand, so `s` is
 * the sign of a): the part, two end-face bolts with washers and the captive nuts in the axis
 * end's pockets, two frame bolts with washers from inside the frame and their nuts in the foot.
 */
export function yMountLeaves(g: YMountGeometry, part: PrintedPart, hand: 'left' | 'right'): Leaf[] {
  const s = hand === 'right' ? 1 : -1
  const p = yMountPoints(g)
  const endScrew = CAP_SCREW.part(
    'M6',
    standardScrewLength(M6_WASHER + Y_MOUNT.column + PIECE.endFaceNut.from + PIECE.endFaceNut.length + 1),
  )
  const headAt = -Y_MOUNT.column - M6_WASHER
  const nutAt = PIECE.endFaceNut.from + (PIECE.endFaceNut.length - M6.nutThickness) / 2
  const alongB = [0, 1, 0] as const
  const endLeaves = p.endBolts.flatMap(([a, c]) => [
    bought(WASHER.part('M6'), aimed([s * a, headAt, c], alongB, [1, 0, 0])),
    bought(endScrew, aimed([s * a, headAt, c], alongB, [1, 0, 0])),
    bought(HEX_NUT.part('M6'), aimed([s * a, nutAt, c], alongB, [1, 0, 0])),
  ])
  const wall = g.frame === 'angle' ? TAB.thickness : g.thickness
  // The nut in the middle of its slot.
  const frameNutFrom = Y_MOUNT.nutFrom + FITS.nut.thickness.loose / 2
  const frameScrew = CAP_SCREW.part('M6', standardScrewLength(M6_WASHER + wall + frameNutFrom + M6.nutThickness + 1))
  const inward = [s, 0, 0] as const
  const under = s * (p.face - wall - M6_WASHER)
  const frameLeaves = p.frameBolts.flatMap(([b, c]) => [
    bought(WASHER.part('M6'), aimed([under, b, c], inward, [0, 1, 0])),
    bought(frameScrew, aimed([under, b, c], inward, [0, 1, 0])),
    bought(HEX_NUT.part('M6'), aimed([s * (p.face + frameNutFrom), b, c], inward, [0, 0, -s])),
  ])
  return [printed(part, invertRigid(LOCAL_TO_PRINT)), ...endLeaves, ...frameLeaves]
}
