import { box, cylinder, difference, prism, type Solid, transform } from '../../src/kernel/index.js'
import { aimed, frame, invertRigid, type Mat4 } from '../../src/kernel/matrix.js'
import { clearanceHole, teardropOutline } from '../../src/parts/features.js'
import { FITS } from '../../src/parts/fits.js'
import { bought, printed } from '../../src/parts/leaves.js'
import type { Leaf, PrintedPart } from '../../src/parts/types.js'
import { formatMm } from '../../src/spec/units.js'
import { AXIS, PIECE } from '../axis/dimensions.js'
import { leastHoleFromHeel } from '../frame/dimensions.js'
import { CAP_SCREW, HEX_NUT, METRIC, standardScrewLength, WASHER } from '../vitamins/fasteners.js'
import { Y_MOUNT, Y_RAIL } from './dimensions.js'

/**
 * The Y mount, in its own frame: a outward from the frame's side (a = 0 on the frame's side
 * plane), b along Y (the mount's middle on b = 0), c up from the Y rail's top. The mount stands
 * on the rail's horizontal leg (its top on c = 0, its heel at a = Y_RAIL.gap) and takes the Y
 * axis's end face by its two M6 end-face bolts. Its base bolts down through the rail with two M6
 * in holes slotted along a: the builder slides it across X to set the Y axes parallel.
 *
 * Two kinds: the fixed mount, braced by a 45 degree gusset from the base to the column, holds
 * the left Y axis; the floating mount holds the right one on two thin upright blades, a
 * parallelogram flexure that is stiff along Y and Z and gives along X, so the X axis, bolted
 * rigidly to both Y carriages, sets the right Y axis's X and nothing is forced if the rods are
 * a little out of parallel.
 */
export interface YMountGeometry {
  /** How far the Y axis's inner face stands off the frame's side. */
  readonly standoff: number
  /** Height of the Y rods above the rail's top. */
  readonly rodHeight: number
}

export type YMountKind = 'fixed' | 'float'

const M6 = METRIC.M6
const M6_WASHER = WASHER.M6.thickness
const RAIL = Y_RAIL.angle
const NUT_WIDTH = M6.nutAcrossFlats + FITS.nut.acrossFlats
/** The nut's corners lie along a (its flats face along b, one against the slot's far wall). */
const NUT_CORNERS = (2 * NUT_WIDTH) / Math.sqrt(3)

/** Where the mount meets the rail and the axis, in its own frame. */
export function yMountPoints(g: YMountGeometry) {
  const screw = standardScrewLength(
    M6_WASHER + RAIL.thickness + Y_MOUNT.nutFrom + FITS.nut.thickness.loose / 2 + M6.nutThickness + 1,
  )
  return {
    inner: Y_RAIL.gap,
    outer: g.standoff + AXIS.thickness,
    top: g.rodHeight + Y_MOUNT.columnTopOverBolts,
    endBolts: [-1, 1].map(
      (s) => [g.standoff + AXIS.halfThickness, g.rodHeight + (s * AXIS.endFaceBoltSpacing) / 2] as const,
    ),
    /** The base bolts' a, through the rail's horizontal leg: the inner one's washer clear of the root fillet. */
    baseBolts: [
      Y_RAIL.gap + Math.ceil(leastHoleFromHeel(RAIL.width, RAIL.thickness)),
      Y_RAIL.gap + RAIL.width - Y_MOUNT.boltFromEdge,
    ] as const,
    baseScrew: CAP_SCREW.part('M6', screw),
    /** The base screw's end, above the rail's top. */
    baseScrewEnd: screw - RAIL.thickness - M6_WASHER,
    /** The base's top: over the holes for the base screws' ends. */
    base: screw - RAIL.thickness - M6_WASHER + 1 + Y_MOUNT.overBolts,
  }
}

/** Local (a, b, c) to print: lying on a face square to b, (a, -c, b + column / 2). */
const LOCAL_TO_PRINT: Mat4 = [1, 0, 0, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 0, Y_MOUNT.column / 2, 1]
const PRINT_TO_LOCAL = invertRigid(LOCAL_TO_PRINT)
/** A profile drawn in (a, c), extruded along -b: a = x, b = -z, c = y. */
const PROFILE_TO_LOCAL: Mat4 = [1, 0, 0, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 0, 0, 1]

/**
 * A hole slotted along print x that prints without support: the teardrop outline (see
 * features.ts) with its two halves drawn `slide` apart either way, extruded along print y.
 */
function slottedTeardrop(center: readonly [number, number, number], length: number, slide: number): Solid {
  const outline = teardropOutline(FITS.screwHole.M6).flatMap(([x, y]): [number, number][] =>
    Math.abs(x) < 1e-9
      ? [
          [-slide, y],
          [slide, y],
        ]
      : [[x + Math.sign(x) * slide, y]],
  )
  const body = prism(outline, -length / 2, length / 2)
  return transform(body, frame(center, [-1, 0, 0], [0, 0, 1], [0, 1, 0]))
}

/** The outline in (a, c) and its lightening windows: through the part along b, upright when printed. */
function profile(g: YMountGeometry, kind: YMountKind) {
  const p = yMountPoints(g)
  const { wall, blade } = Y_MOUNT
  const { base } = p
  const s = g.standoff
  const [lowBolt] = p.endBolts
  const outline: [number, number][] = [
    [p.inner, 0],
    [p.outer, 0],
    [p.outer, p.top],
    [s, p.top],
  ]
  // Between the end-face bolts.
  const between = [lowBolt[1] + wall + M6.diameter / 2, p.endBolts[1][1] - wall - M6.diameter / 2] as const
  const windows: [number, number][][] = [rect(s + wall, between[0], p.outer - wall, between[1])]
  if (kind === 'float') {
    outline.push([s, base], [p.inner, base])
    // The blades: the column's two walls over the base, the window between them.
    windows.push(rect(s + blade.thickness, base, p.outer - blade.thickness, base + blade.height))
    return { outline, windows }
  }
  // The gusset at 45 degrees from the base's inner edge up to the column.
  outline.push([s, base + (s - p.inner)], [p.inner, base])
  const diagonal = wall * Math.SQRT2
  windows.push(
    [
      [p.inner + diagonal, base],
      [s - wall, base],
      [s - wall, base + (s - wall - p.inner) - diagonal],
    ],
    rect(s + wall, base + wall, p.outer - wall, lowBolt[1] - wall - M6.diameter / 2),
  )
  return { outline, windows }
}

const rect = (a0: number, c0: number, a1: number, c1: number): [number, number][] => [
  [a0, c0],
  [a1, c0],
  [a1, c1],
  [a0, c1],
]

function localSolid(g: YMountGeometry, kind: YMountKind): Solid {
  const p = yMountPoints(g)
  const { column, slide, nutFrom } = Y_MOUNT
  const { outline, windows } = profile(g, kind)
  const body = transform(prism(outline, -column / 2, column / 2, windows), PROFILE_TO_LOCAL)
  const [a1, a2] = p.baseBolts
  const boltTop = p.baseScrewEnd + 1
  const cutters = [
    ...p.endBolts.map(([a, c]) => clearanceHole('M6', { axis: 'y', center: [a, 0, c], length: column + 2 })),
    // The base bolts' slotted holes, horizontal when printed: teardrops, drawn in print and turned back.
    ...p.baseBolts.map((a) =>
      transform(slottedTeardrop([a, -(boltTop - 1) / 2, column / 2], boltTop + 1, slide), PRINT_TO_LOCAL),
    ),
    // One slot for both nuts, open on a face square to b, wide enough for them to slide with the mount.
    box(
      [a1 - NUT_CORNERS / 2 - slide, -NUT_WIDTH / 2, nutFrom],
      [a2 + NUT_CORNERS / 2 + slide, column / 2 + 1, nutFrom + M6.nutThickness + FITS.nut.thickness.loose],
    ),
  ]
  return difference(body, ...cutters)
}

/** The mount of one kind: 'fixed' for the left Y axis's two ends, 'float' for the right one's. */
export function yMount(g: YMountGeometry, kind: YMountKind): PrintedPart {
  const holds =
    kind === 'fixed'
      ? 'left Y axis (fixed: a 45 degree gusset)'
      : `right Y axis (floating: two ${formatMm(Y_MOUNT.blade.thickness)} mm blades give along X)`
  return {
    name: `y-mount-${kind}`,
    description: `Y axis mount for both ends of the ${holds}: holds the axis's end face (2 M6) ${formatMm(g.standoff)} mm off the frame, standing on the Y rail (2 M6 in slots, +-${formatMm(Y_MOUNT.slide)} mm along X)`,
    module: 'mounts',
    params: { ...g, kind },
    solid: () => transform(localSolid(g, kind), LOCAL_TO_PRINT),
  }
}

/**
 * Leaves of one mount in its own frame, the axis's end face on the side `toward` (+1: +b): the
 * part; the two end-face bolts with washers and the captive nuts in the end piece's pockets; the
 * two base bolts from under the rail with washers, and their nuts in the mount's slot.
 */
export function yMountLeaves(g: YMountGeometry, part: PrintedPart, toward: 1 | -1): Leaf[] {
  const p = yMountPoints(g)
  const half = Y_MOUNT.column / 2
  const endScrew = CAP_SCREW.part(
    'M6',
    standardScrewLength(M6_WASHER + Y_MOUNT.column + PIECE.endFaceNut.from + PIECE.endFaceNut.length + 1),
  )
  const headAt = -toward * (half + M6_WASHER)
  const nutAt = toward * (half + PIECE.endFaceNut.from + (PIECE.endFaceNut.length - M6.nutThickness) / 2)
  const alongB = [0, toward, 0] as const
  const endLeaves = p.endBolts.flatMap(([a, c]) => [
    bought(WASHER.part('M6'), aimed([a, headAt, c], alongB, [1, 0, 0])),
    bought(endScrew, aimed([a, headAt, c], alongB, [1, 0, 0])),
    bought(HEX_NUT.part('M6'), aimed([a, nutAt, c], alongB, [1, 0, 0])),
  ])
  const up = [0, 0, 1] as const
  const under = -RAIL.thickness - M6_WASHER
  const baseNutAt = Y_MOUNT.nutFrom + FITS.nut.thickness.loose / 2
  const baseLeaves = p.baseBolts.flatMap((a) => [
    bought(WASHER.part('M6'), aimed([a, 0, under], up, [1, 0, 0])),
    bought(p.baseScrew, aimed([a, 0, under], up, [1, 0, 0])),
    bought(HEX_NUT.part('M6'), aimed([a, 0, baseNutAt], up, [1, 0, 0])),
  ])
  return [printed(part, PRINT_TO_LOCAL), ...endLeaves, ...baseLeaves]
}

/** The spacer round a rail bolt, from the rail's inner face to the frame's steel: a tube printed standing. */
export function railSpacer(length: number): PrintedPart {
  return {
    name: 'y-rail-spacer',
    description: `Y rail spacer (tube ${formatMm(Y_RAIL.spacerDiameter)} x ${formatMm(length)} mm): between the Y rail and the frame's steel, round an M6`,
    module: 'mounts',
    params: { length },
    solid: () =>
      difference(
        cylinder({ axis: 'z', center: [0, 0, length / 2], length, diameter: Y_RAIL.spacerDiameter }),
        clearanceHole('M6', { axis: 'z', center: [0, 0, length / 2], length: length + 2 }),
      ),
  }
}
