import { drilledPlate, transform, union } from '../../src/kernel/index.js'
import { applyToPoint, frame, invertRigid, type Mat4, multiply } from '../../src/kernel/matrix.js'
import type { AngleFrameLayout, Direction } from '../../src/layout/types.js'
import { bought, printed, stock } from '../../src/parts/leaves.js'
import type { BoughtPart, Drilling, Leaf, StockPiece } from '../../src/parts/types.js'
import { formatMm } from '../../src/spec/units.js'
import { EARTH_RING_M6_STACK } from '../vitamins/electronics.js'
import { CAP_SCREW, HEX_NUT, METRIC, standardScrewLength, WASHER } from '../vitamins/fasteners.js'
import { angleBar } from '../vitamins/stock.js'
import { cornerConnector, type Fixing, fixings } from './corner-connector.js'
import { ANGLE_TOLERANCE, type ConnectorDims, FOOT, jigDrilling, STEEL_HOLE } from './dimensions.js'
import { describeHoles, PARTS_AS_JIGS } from './drilling.js'
import { FOOT_TO_LOCAL, frameFoot } from './foot.js'

type V3 = readonly [number, number, number]

const AXES: Record<Direction, V3> = { x: [1, 0, 0], y: [0, 1, 0], z: [0, 0, 1] }
const scale = (v: V3, k: number): V3 => [v[0] * k, v[1] * k, v[2] * k]
const add = (...vs: V3[]): V3 => vs.reduce<V3>((a, v) => [a[0] + v[0], a[1] + v[1], a[2] + v[2]], [0, 0, 0])
const cross = (a: V3, b: V3): V3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]
const dot = (a: V3, b: V3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
const det = (a: V3, b: V3, c: V3) => dot(a, cross(b, c))
const axisOf = (v: V3): Direction => (Math.abs(v[0]) > 0.5 ? 'x' : Math.abs(v[1]) > 0.5 ? 'y' : 'z')

const WASHER_THICKNESS = WASHER.M6.thickness
const NUT_THICKNESS = METRIC.M6.nutThickness
/** Thread past the nut. */
const BOLT_PROTRUSION = 1
/**
 * Earth ring terminals (each with its star washer) a corner bolt may carry under its nut: the
 * bonding jumpers' ends (src/engineering/electrical-cables.ts spreads them over a bar end's two
 * bolts; at most two meet at one).
 */
export const BOND_RINGS = 2

/** One of the eight corners: where it is, whether at the top, and which way the frame lies from it. */
interface Corner {
  readonly top: boolean
  readonly origin: V3
  /** Unit vectors pointing into the frame along X, Y and Z. */
  readonly inward: readonly [V3, V3, V3]
}

function corners(layout: AngleFrameLayout): Corner[] {
  const { x, y, z } = layout.outer
  const out: Corner[] = []
  for (const top of [false, true]) {
    for (const rear of [false, true]) {
      for (const right of [false, true]) {
        out.push({
          top,
          origin: [right ? x : 0, rear ? y : 0, top ? z : 0],
          inward: [
            [right ? -1 : 1, 0, 0],
            [0, rear ? -1 : 1, 0],
            [0, 0, top ? -1 : 1],
          ],
        })
      }
    }
  }
  return out
}

/**
 * The corner's local frame (see corner-connector.ts) in the machine: local axes along the inward
 * X, Y, Z, swapping X and Y where that would be a mirror (the connector is the same either way),
 * so local z is the inward Z and the foot goes under a bottom corner's local z = 0 plate.
 */
function cornerFrame(corner: Corner): readonly [V3, V3, V3] {
  const [dx, dy, dz] = corner.inward
  return det(dx, dy, dz) > 0 ? [dx, dy, dz] : [dy, dx, dz]
}

const toMachine = (corner: Corner, local: readonly [V3, V3, V3], p: V3): V3 =>
  add(corner.origin, scale(local[0], p[0]), scale(local[1], p[1]), scale(local[2], p[2]))

const EDGE_NAMES: Record<Direction, (a: boolean, b: boolean) => string> = {
  x: (rear, top) => `${top ? 'top' : 'bottom'} ${rear ? 'rear' : 'front'}`,
  y: (right, top) => `${top ? 'top' : 'bottom'} ${right ? 'right' : 'left'}`,
  z: (right, rear) => `${rear ? 'rear' : 'front'} ${right ? 'right' : 'left'}`,
}

/** Whose holes follow: "on each bar:", or "on the top left bar only:", "on the a, b and c bars only:". */
function onBars(edges: string[], all: number): string {
  if (edges.length === all) return 'on each bar:'
  const bars = edges.length === 1 ? `${edges[0]} bar` : `${edges.slice(0, -1).join(', ')} and ${edges.at(-1)} bars`
  return `on the ${bars} only:`
}

/** The two directions across a bar along `along`, in X, Y, Z order. */
const ACROSS: Record<Direction, [Direction, Direction]> = { x: ['y', 'z'], y: ['x', 'z'], z: ['x', 'y'] }

function barNotes(along: Direction, count: number, edges: string[], d: ConnectorDims, endHole: number): string {
  return (
    `${along.toUpperCase()} bars: ${count} (${edges.join(', ')}). ` +
    `Drill the 4 holes for the corner connectors after assembly, the connectors being the jig (do not mark them beforehand): ` +
    `push the bar onto its stops and into both corners, clamp each leg onto its connector's plate and check each face's diagonals; ` +
    `then at each hole ${jigDrilling("the connector's guide hole")}, and bolt it before drilling the next. ` +
    `They come at each end one through each leg, about ${formatMm(endHole)} mm from the end on its centre line ` +
    `(${formatMm(d.width / 2)} mm from the outside of the heel)`
  )
}

/** A hole in a bar, in its frame: along it (x), across the leg from the heel, and which leg (its normal). */
interface BarHole {
  readonly x: number
  readonly y: number
  readonly leg: 'y' | 'z'
  readonly purpose: string
}

/**
 * The bar's drawn shape with its drilled holes (stock shapes run along local +X): the four for
 * the connectors and any others. The leg along local y has its faces square to local z.
 */
function drilledBar(
  piece: StockPiece,
  d: ConnectorDims,
  endHole: number,
  extra: readonly BarHole[],
  legs: { readonly end: string; readonly y: string; readonly z: string },
): StockPiece {
  const { length } = piece
  const holes = [
    ...[endHole, length - endHole].flatMap((x) => [
      { x, y: d.width / 2, leg: 'y' as const, purpose: 'a corner connector' },
      { x, y: d.width / 2, leg: 'z' as const, purpose: 'a corner connector' },
    ]),
    ...extra,
  ]
  // None is marked on the bare bar: each is drilled through the part it is for (PARTS_AS_JIGS).
  const face = (leg: 'y' | 'z') => ({
    name: `leg on the ${legs[leg]} face`,
    width: d.width,
    edge: 'the outside of the heel',
    holes: holes
      .filter((h) => h.leg === leg)
      .map((h) => ({ x: h.x, y: h.y, diameter: STEEL_HOLE, purpose: h.purpose, marked: false })),
  })
  const drilled = { end: legs.end, faces: [face('y'), face('z')] }
  // Each leg is one extrusion of its outline with its holes in it: only the union is a boolean.
  const leg = (which: 'y' | 'z') =>
    drilledPlate(
      length,
      d.width,
      which === 'y' ? 0 : -d.thickness,
      which === 'y' ? d.thickness : 0,
      holes.filter((h) => h.leg === which).map((h) => ({ center: [h.x, h.y] as const, diameter: STEEL_HOLE })),
    )
  return { ...piece, drilled, shape: () => union(leg('y'), transform(leg('z'), TURN_UP)) }
}

/** A quarter turn about X: local y becomes z, so a leg modelled flat stands up along +z. */
const TURN_UP: Mat4 = [1, 0, 0, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 0, 0, 1]

const FACE_NAMES: Record<Direction, string> = { x: 'side', y: 'front or rear', z: 'top or bottom' }

/** The drillings that fall on a bar placed by `place`, in the bar's frame. */
function barHoles(place: Mat4, v: V3, length: number, d: ConnectorDims, drillings: readonly Drilling[]): BarHole[] {
  const toBar = invertRigid(place)
  const out: BarHole[] = []
  for (const drilling of drillings) {
    const n = AXES[drilling.normal]
    const p = applyToPoint(toBar, drilling.at)
    // The frame's face lies t outside the steel; the leg square to v is the one along local z.
    const leg = Math.abs(dot(n, v)) > 0.5 ? 'z' : 'y'
    const [across, face] = leg === 'y' ? [p[1], p[2]] : [p[2], p[1]]
    const onBar = p[0] >= 0 && p[0] <= length && across >= 0 && across <= d.width
    if (onBar && Math.abs(face + d.thickness) < 1e-6) out.push({ x: p[0], y: across, leg, purpose: drilling.purpose })
  }
  return out
}

/** A right-handed placement whose local Z runs along `w` and local X along `u`. */
const placed = (origin: V3, u: V3, w: V3): Mat4 => frame(origin, u, cross(w, u), w)

/** The bottom connectors' bolts through the bottom face go through the foot, their heads on its floor. */
const throughFoot = (corner: Corner, f: Fixing) => !corner.top && f.normal === 2

/**
 * The bolt's length for what it clamps: under its head, the plate, the steel at its thickest,
 * the bonding jumpers' rings it may carry, the washer and nut on the steel, and thread past the nut.
 */
const fixingBoltLength = (underHead: number, d: ConnectorDims): number =>
  standardScrewLength(
    underHead +
      d.thickness +
      d.thickness +
      ANGLE_TOLERANCE.thickness +
      BOND_RINGS * EARTH_RING_M6_STACK +
      WASHER_THICKNESS +
      NUT_THICKNESS +
      BOLT_PROTRUSION,
  )

/**
 * A connector's six M6 fixings: bolt, a washer under the head where it bears on the connector,
 * and a washer and nut on the steel's inner face (the steel drawn at its nominal thickness).
 */
function fixingLeaves(corner: Corner, local: readonly [V3, V3, V3], d: ConnectorDims): Leaf[] {
  const nut: BoughtPart = HEX_NUT.part('M6')
  const flat: BoughtPart = WASHER.part('M6')
  return fixings(d).flatMap((f) => {
    const at = toMachine(corner, local, f.at)
    const n = local[f.normal]
    const u = local[f.bracket]
    const underHead = throughFoot(corner, f) ? FOOT.floor : WASHER_THICKNESS
    const head = add(at, scale(n, -underHead))
    const bolt: BoughtPart = CAP_SCREW.part('M6', fixingBoltLength(underHead, d))
    const onSteel = add(at, scale(n, 2 * d.thickness))
    const headWasher: Leaf[] = throughFoot(corner, f) ? [] : [bought(flat, placed(head, u, n))]
    return [
      ...headWasher,
      bought(bolt, placed(head, u, n)),
      bought(flat, placed(onSteel, u, n)),
      bought(nut, placed(add(onSteel, scale(n, WASHER_THICKNESS)), u, n)),
    ]
  })
}

export function angleFrameLeaves(layout: AngleFrameLayout, drillings: readonly Drilling[]): Leaf[] {
  const { width, thickness } = layout.profile
  const { corner } = layout
  const d: ConnectorDims = { width, thickness, ...corner }
  const b = corner.bracketLength
  // The bolts sit at the middle of each bar's reach into its connector: this far from the bar's end.
  const endHole = (corner.reach - b) / 2

  const connector = cornerConnector(width, thickness)
  const leaves: Leaf[] = []
  const foot = frameFoot(width, thickness)
  for (const c of corners(layout)) {
    const local = cornerFrame(c)
    const localToMachine = frame(c.origin, local[0], local[1], local[2])
    leaves.push(printed(connector, localToMachine))
    if (!c.top) leaves.push(printed(foot, multiply(localToMachine, FOOT_TO_LOCAL)))
    leaves.push(...fixingLeaves(c, local, d))
  }

  const outer = layout.outer
  for (const bar of layout.bars) {
    const [a1, a2] = ACROSS[bar.along]
    // Listed top before bottom, front before rear, left before right.
    const order2 = a2 === 'z' ? [true, false] : [false, true]
    const sides = order2.flatMap((s2) => [false, true].map((s1) => [s1, s2] as const))
    const edges = sides.map(([s1, s2]) => EDGE_NAMES[bar.along](s1, s2))
    const drilled = sides.map(([s1, s2], i) => {
      // Legs run inward on the two faces that meet at the edge; the heel sits t inside both.
      const leg1 = scale(AXES[a1], s1 ? -1 : 1)
      const leg2 = scale(AXES[a2], s2 ? -1 : 1)
      const u = AXES[bar.along]
      const heel = add(
        scale(u, b),
        scale(AXES[a1], s1 ? outer[a1] - thickness : thickness),
        scale(AXES[a2], s2 ? outer[a2] - thickness : thickness),
      )
      const [v, w] = det(u, leg1, leg2) > 0 ? [leg1, leg2] : [leg2, leg1]
      const place = frame(heel, u, v, w)
      const extra = barHoles(place, v, bar.length, d, drillings)
      const legs = { y: FACE_NAMES[axisOf(w)], z: FACE_NAMES[axisOf(v)] }
      const holes = describeHoles(
        extra.map((h) => ({ x: h.x, y: h.y, purpose: `${h.purpose} (leg on the ${legs[h.leg]} face)` })),
        STEEL_HOLE,
        // Upright bars go in one way up; the others' holes are symmetric.
        bar.along === 'z' ? 'mm from the lower end and from the heel' : 'mm from the end and from the heel',
      )
      const end = bar.along === 'z' ? 'the lower end' : 'either end'
      return { edge: edges[i], place, extra, holes, legs: { end, ...legs } }
    })
    // One note for all the bars along this axis, saying which bars take which holes.
    const edgesByHoles = new Map<string, string[]>()
    for (const { edge, holes } of drilled)
      if (holes) edgesByHoles.set(holes, [...(edgesByHoles.get(holes) ?? []), edge])
    const others = [...edgesByHoles].map(([holes, on]) => `${onBars(on, sides.length)} ${holes}`)
    const base = barNotes(bar.along, bar.count, edges, d, endHole)
    const notes = others.length ? `${base}. ${PARTS_AS_JIGS}: ${others.join('. ')}` : base
    for (const { place, extra, legs } of drilled) {
      const undrilled = { ...angleBar(width, thickness, bar.length, notes), along: bar.along }
      leaves.push(stock(drilledBar(undrilled, d, endHole, extra, legs), place))
    }
  }
  return leaves
}
