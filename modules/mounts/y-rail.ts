import { drilledPlate, transform, union } from '../../src/kernel/index.js'
import { aimed, frame, type Mat4 } from '../../src/kernel/matrix.js'
import { FITS } from '../../src/parts/fits.js'
import { bought, printed, stock } from '../../src/parts/leaves.js'
import type { Leaf, PrintedPart, StockPiece } from '../../src/parts/types.js'
import { formatMm, toNanometre } from '../../src/spec/units.js'
import { jigDrilling } from '../frame/dimensions.js'
import { CAP_SCREW, HEX_NUT, METRIC, standardScrewLength, WASHER } from '../vitamins/fasteners.js'
import { angleBar } from '../vitamins/stock.js'
import { Y_MOUNT, Y_RAIL } from './dimensions.js'

/**
 * The Y rail of one side, in the side's frame: a outward from the frame's side plane, b along
 * the side from one end face of the frame (b = 0) to the other (b = length), c up from the
 * frame's top. A length of OSE's 1-1/2 x 1/8 in angle, heel inward and up: its horizontal leg on
 * top points outward and carries the two Y mounts at its ends; its upright leg stands
 * Y_RAIL.gap off the frame's side on two printed spacers, and two M6 through its centre line,
 * the spacers and the middle of the frame's top steel (the side leg of the top Y bar, or the
 * side pane's top border) carry it. The rail's top lies where that puts it: flush with the
 * frame's top on 1-1/2 x 1/8 in angle, lower on a wider steel.
 */
export interface YRailGeometry {
  /** The frame's steel at the top of a side: its thickness, and the height of its middle (c, negative). */
  readonly steelThickness: number
  readonly steelMiddle: number
  /** How far the frame's steel lies inside its side plane (the corner connectors' plates). */
  readonly inset: number
  /** The frame's length along Y. */
  readonly frameLength: number
  /** How far the Y axis's end faces lie past the frame's front and rear faces. */
  readonly endOffset: number
  /** The rail's bolts into the frame, this far from the frame's front and rear faces. */
  readonly boltFromFace: number
}

const M6 = METRIC.M6
const M6_WASHER = WASHER.M6.thickness
const RAIL = Y_RAIL.angle
/** The rail's bolts into the frame, on its upright leg's centre line, below its top. */
const BOLT_BELOW_TOP = RAIL.thickness + RAIL.width / 2

/** Where the rail's pieces are along b, and the rail bolts' height. */
export function yRailPoints(g: YRailGeometry) {
  const overhang = g.endOffset + Y_MOUNT.column + Y_RAIL.pastMount
  return {
    start: -overhang,
    length: g.frameLength + 2 * overhang,
    /** The two mounts' middles, and which way from each the axis's end face lies. */
    mounts: [
      { b: -g.endOffset - Y_MOUNT.column / 2, toward: 1 as const },
      { b: g.frameLength + g.endOffset + Y_MOUNT.column / 2, toward: -1 as const },
    ],
    bolts: [g.boltFromFace, g.frameLength - g.boltFromFace],
    /** On the middle of the top steel's side leg (or of the pane's border), and of the rail's upright leg. */
    boltC: g.steelMiddle,
    /** The rail's top. */
    top: toNanometre(g.steelMiddle + BOLT_BELOW_TOP),
    spacerLength: Y_RAIL.gap + g.inset,
  }
}

/** A quarter turn about X: local y becomes z, so a leg modelled flat stands up along +z. */
const TURN_UP: Mat4 = [1, 0, 0, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 0, 0, 1]

/** The rail as cut and drilled, along its local +X: the horizontal leg along local y, the upright one along local z. */
function railPiece(g: YRailGeometry, mountBolts: readonly number[]): StockPiece {
  const p = yRailPoints(g)
  const { width: w, thickness: t } = RAIL
  const fromEnd = (b: number) => b - p.start
  const mountHoles = p.mounts.flatMap(({ b }) => mountBolts.map((a) => [fromEnd(b), a - Y_RAIL.gap] as const))
  const boltHoles = p.bolts.map((b) => [fromEnd(b), BOLT_BELOW_TOP] as const)
  const d = FITS.steelHoleM6
  const [first, second] = p.bolts.map(fromEnd)
  const [nearMount, farMount] = p.mounts.map(({ b }) => fromEnd(b))
  const fromHeel = mountBolts.map((a) => formatMm(a - Y_RAIL.gap)).join(' and ')
  const top = p.top === 0 ? "its top flush with the frame's" : `its top ${formatMm(-p.top)} mm below the frame's`
  const notes =
    `Y rails: 2 (left and right), along the frame's top side edges outside it, the heel inward and up. ` +
    `Drill its 6 holes ${formatMm(d)} mm first, on the bench, every position measured from the same end: ` +
    `2 through the upright leg at ${formatMm(first)} and ${formatMm(second)} mm (each ${formatMm(first)} mm from its nearer end), ` +
    `${formatMm(BOLT_BELOW_TOP)} mm down from the top (the bolts into the frame; on the top Y bar they fall on its leg's centre line, its heel being below the frame's top); ` +
    `4 through the horizontal leg, 2 at ${formatMm(nearMount)} mm and 2 at ${formatMm(farMount)} mm (each ${formatMm(nearMount)} mm from its nearer end), ` +
    `${fromHeel} mm from the outside of the heel (the Y mounts). ` +
    `Then drill the frame through it: the rail is the jig for the top Y bar's side leg (on a plate frame, the side pane's top border). ` +
    `Clamp the rail in its place, ${top} and its ends ${formatMm(-p.start)} mm past the frame's front and rear faces, a spacer between it and the frame at each of its upright leg's holes; ` +
    `at each hole ${jigDrilling("the rail's hole and the spacer")}, and bolt it before drilling the next. ` +
    `Setting the Y axes parallel: bolt the Y mounts to the rails with their base bolts snug in the middle of their slots (+-${formatMm(Y_MOUNT.slide)} mm along X); tighten the left (fixed) mounts; bolt the X axis to both Y carriages. ` +
    `Push the gantry to the front and slide the front-right (floating) mount across X until its blades stand upright (a square on the rail against the outer blade), then tighten it; the same at the rear. ` +
    `By hand the gantry then runs end to end without binding; the blades take up what is left, up to +-${formatMm(Y_MOUNT.blade.float)} mm`
  // Drawn only when asked for (the viewer, the collision check): the build of a kit needs none of it.
  const shape = () => {
    const holes = (centers: typeof mountHoles) => centers.map((c) => ({ center: c, diameter: d }))
    const horizontal = drilledPlate(p.length, w, 0, t, holes(mountHoles))
    const upright = drilledPlate(p.length, w, -t, 0, holes(boltHoles))
    return union(horizontal, transform(upright, TURN_UP))
  }
  const face = (name: string, centers: typeof mountHoles, purpose: string) => ({
    name,
    width: w,
    edge: 'the outside of the heel',
    holes: centers.map(([x, y]) => ({ x, y, diameter: d, purpose, marked: true })),
  })
  const drilled = {
    end: 'either end (the holes are symmetric)',
    faces: [face('horizontal leg', mountHoles, 'a Y mount'), face('upright leg', boltHoles, 'a bolt into the frame')],
  }
  return { ...angleBar(w, t, p.length, notes), drilled, shape }
}

/** The rail in the side's frame: its heel's top edge at a = gap, c = 0, running along +b. */
const railPlacement = (g: YRailGeometry): Mat4 => {
  const p = yRailPoints(g)
  return frame([Y_RAIL.gap, p.start, p.top], [0, 1, 0], [1, 0, 0], [0, 0, -1])
}

/**
 * The rail's leaves in the side's frame: the rail; per bolt, its spacer, the bolt from outside
 * with a washer under its head, and the washer and nut inside the frame's steel.
 */
export function yRailLeaves(g: YRailGeometry, spacer: PrintedPart, mountBolts: readonly number[]): Leaf[] {
  const p = yRailPoints(g)
  const head = Y_RAIL.gap + RAIL.thickness + M6_WASHER
  const steelInside = -g.inset - g.steelThickness
  const screw = CAP_SCREW.part('M6', standardScrewLength(head - steelInside + M6_WASHER + M6.nutThickness + 1))
  const inward = [-1, 0, 0] as const
  const across = [0, 1, 0] as const
  const boltLeaves = p.bolts.flatMap((b) => [
    printed(spacer, aimed([Y_RAIL.gap, b, p.boltC], inward, across)),
    bought(WASHER.part('M6'), aimed([head, b, p.boltC], inward, across)),
    bought(screw, aimed([head, b, p.boltC], inward, across)),
    bought(WASHER.part('M6'), aimed([steelInside, b, p.boltC], inward, across)),
    bought(HEX_NUT.part('M6'), aimed([steelInside - M6_WASHER, b, p.boltC], inward, across)),
  ])
  return [stock(railPiece(g, mountBolts), railPlacement(g)), ...boltLeaves]
}
