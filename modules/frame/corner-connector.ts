import jscad from '@jscad/modeling'
import { box, difference, hole, leaf, prism, type Solid, transform, union, type Vec3 } from '../../src/kernel/index.js'
import { invertRigid, type Mat4 } from '../../src/kernel/matrix.js'
import { clearanceHole, nutTrap } from '../../src/parts/features.js'
import { FITS } from '../../src/parts/fits.js'
import type { PrintedPart } from '../../src/parts/types.js'
import { formatMm } from '../../src/spec/units.js'
import { METRIC } from '../vitamins/fasteners.js'
import { type ConnectorDims, connectorDims, NUT_POCKET, PAD_HALF, PAD_SINK, TAB, TAB_RISE } from './dimensions.js'

/**
 * The angle frame's printed corner connector (OSE's Angle Frame Connector, facts file "Frames"):
 * a corner block, b x b x b with walls 3t thick on its three outer faces, and three tri-brackets,
 * one per edge, each an L-shaped sleeve b across and w long with an L-shaped slot in which the
 * steel angle slides. Added here: an M6 bolt through each leg of each tri-bracket (nut in a
 * pocket on a pad on the inside face), and on the top connectors OSE's tab for a Y axis.
 *
 * Geometry is built in the corner's local frame: the corner at the origin, the three outer
 * faces on x = 0, y = 0 and z = 0, the brackets running along +x, +y and +z. The bare connector
 * is symmetric under every permutation of x, y and z, so one printed part serves all eight
 * corners by rotation alone. The tab breaks that symmetry: see `topConnector`.
 */

/** The tab's bolt holes in the corner's local frame (x = side-face normal, y along the edge, z down). */
export function tabHolesLocal(): Vec3[] {
  const along = TAB.alongEdge / 2
  const r = -(TAB_RISE - TAB.holeFromTopEdge)
  return [
    [-TAB.thickness / 2, along - TAB.holeSpacing / 2, r],
    [-TAB.thickness / 2, along + TAB.holeSpacing / 2, r],
  ]
}

/** An M6 fixing: where its bolt enters the connector's outer face, in the corner's local frame. */
export interface Fixing {
  /** Point on the outer face at the hole's centre. */
  readonly at: Vec3
  /** Local axis (0, 1, 2) the bolt runs along, inward. */
  readonly normal: 0 | 1 | 2
  /** Local axis of the bracket (and bar) the bolt fixes. */
  readonly bracket: 0 | 1 | 2
}

/**
 * Six fixings per connector: one through each leg of each tri-bracket, at the middle of the
 * bracket's reach and on the middle of the steel leg (w/2 from the angle's heel).
 */
export function fixings(d: ConnectorDims): Fixing[] {
  const out: Fixing[] = []
  const along = d.bracketLength + d.width / 2
  const across = d.thickness + d.width / 2
  for (const bracket of [0, 1, 2] as const) {
    for (const normal of [0, 1, 2] as const) {
      if (normal === bracket) continue
      const at: [number, number, number] = [across, across, across]
      at[bracket] = along
      at[normal] = 0
      out.push({ at, normal, bracket })
    }
  }
  return out
}

// Coordinate cycles: CYCLE maps (x, y, z) to (z, x, y), i.e. e_x -> e_y, e_y -> e_z, e_z -> e_x.
const CYCLE: Mat4 = [0, 1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 1]
const CYCLE2: Mat4 = [0, 0, 1, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1]
const { mat4 } = jscad.maths

/**
 * A square pad with 45 degree sides on the inside face of a leg: it carries the nut pocket,
 * which the leg alone (3t, of which t is slot) is too thin for, and prints without support
 * whichever way up it faces.
 */
function pad(axis: 0 | 1 | 2, centre: Vec3, n0: number, n1: number, topHalf: number): Solid {
  const baseHalf = topHalf + (n1 - n0)
  const u = (axis + 1) % 3
  const v = (axis + 2) % 3
  const point = (a: number, b: number, n: number): [number, number, number] => {
    const p: [number, number, number] = [0, 0, 0]
    p[u] = centre[u] + a
    p[v] = centre[v] + b
    p[axis] = n
    return p
  }
  const points = [
    point(-baseHalf, -baseHalf, n0),
    point(baseHalf, -baseHalf, n0),
    point(baseHalf, baseHalf, n0),
    point(-baseHalf, baseHalf, n0),
    point(-topHalf, -topHalf, n1),
    point(topHalf, -topHalf, n1),
    point(topHalf, topHalf, n1),
    point(-topHalf, topHalf, n1),
  ]
  // Counter-clockwise seen from outside, in the cyclic (u, v, axis) frame.
  const faces = [
    [0, 3, 2, 1],
    [4, 5, 6, 7],
    [0, 1, 5, 4],
    [1, 2, 6, 5],
    [2, 3, 7, 6],
    [3, 0, 4, 7],
  ]
  return leaf(jscad.primitives.polyhedron({ points, faces, orientation: 'outward' }))
}

/**
 * One third of the connector: the wall on z = 0 and the tri-bracket along z, with its two pads
 * (bodies) and its slot, bolt holes and nut pockets (cutters). The other thirds are this one
 * turned about the corner's diagonal.
 */
function third(d: ConnectorDims): { bodies: Solid[]; cutters: Solid[] } {
  const { width: w, thickness: t, bracketLength: b, wall } = d
  // Room on the slot's inner side only, so that printed plastic takes real steel.
  const c = FITS.angleInSlot
  const outerL: [number, number][] = [
    [0, 0],
    [b, 0],
    [b, wall],
    [wall, wall],
    [wall, b],
    [0, b],
  ]
  // The slot: the steel's outer faces t inside the connector's, clearance on the inner side,
  // and the inner corner relieved by t at 45 degrees for the angle's root fillet.
  const inner = 2 * t + c
  const far = t + w + c
  const relief = t
  const slotL: [number, number][] = [
    [t, t],
    [far, t],
    [far, inner],
    [inner + relief, inner],
    [inner, inner + relief],
    [inner, far],
    [t, far],
  ]
  const along = b + w / 2
  const across = t + w / 2
  const padTop = wall + NUT_POCKET.depth
  const bodies = [
    box([0, 0, 0], [b, b, wall]),
    prism(outerL, b - 1, b + w),
    pad(0, [0, across, along], wall - PAD_SINK, padTop, PAD_HALF),
    pad(1, [across, 0, along], wall - PAD_SINK, padTop, PAD_HALF),
  ]
  const holeLength = padTop + 2
  const pocketLength = NUT_POCKET.depth + 1
  const cutters = [
    prism(slotL, b, b + w + 1),
    clearanceHole('M6', { axis: 'x', center: [padTop / 2, across, along], length: holeLength }),
    clearanceHole('M6', { axis: 'y', center: [across, padTop / 2, along], length: holeLength }),
    // A corner of the hexagon points along the bracket (z): a pointed roof when the bracket stands.
    nutTrap(METRIC.M6, { axis: 'x', center: [wall + pocketLength / 2, across, along], length: pocketLength }),
    nutTrap(METRIC.M6, {
      axis: 'y',
      center: [across, wall + pocketLength / 2, along],
      length: pocketLength,
      turnDegrees: 90,
    }),
  ]
  return { bodies, cutters }
}

/** The tab on the x = 0 face, in the top corner's local frame (x = side-face normal, y along the edge, z down). */
function tab(): { bodies: Solid[]; cutters: Solid[] } {
  const top = -TAB_RISE
  const end = TAB.alongEdge
  const plate = prism(
    [
      [0, top],
      [end - TAB.chamfer, top],
      [end, top + TAB.chamfer],
      [end, TAB.overlap],
      [0, TAB.overlap],
    ],
    -TAB.thickness,
    0,
  )
  // Fused into the connector's outer skin rather than touching it.
  const root = box([-1, 0, 0], [1, end, TAB.overlap])
  const f = TAB.fillet
  const fillet = prism(
    [
      [1, -1],
      [1, f + 1],
      [-(f + 1), -1],
    ],
    0,
    end,
  )
  return {
    bodies: [transform(plate, CYCLE), root, transform(fillet, CYCLE2)],
    cutters: tabHolesLocal().map((center) =>
      hole({ axis: 'x', center, length: TAB.thickness + 2, diameter: TAB.holeDiameter }),
    ),
  }
}

/** The connector in its corner's local frame, with or without the top tab. */
export function connectorLocal(d: ConnectorDims, withTab: boolean): Solid {
  const one = third(d)
  const bodies = [
    ...one.bodies,
    ...one.bodies.map((s) => transform(s, CYCLE)),
    ...one.bodies.map((s) => transform(s, CYCLE2)),
  ]
  const cutters = [
    ...one.cutters,
    ...one.cutters.map((s) => transform(s, CYCLE)),
    ...one.cutters.map((s) => transform(s, CYCLE2)),
  ]
  if (withTab) {
    const extra = tab()
    bodies.push(...extra.bodies)
    cutters.push(...extra.cutters)
  }
  return difference(union(...bodies), ...cutters)
}

/**
 * Print orientation to the corner's local frame. The bottom connector prints as modelled (one
 * outer face on the bed, the open side of the corner up). A top connector prints standing on
 * its face square to the tab's edge (local y = 0), so the tab rises from the bed as a wall; the
 * "right" hand keeps local (x, y, z) right-handed in print, the "left" hand is its mirror image.
 */
export type Hand = 'left' | 'right'

export function localToPrint(kind: 'bottom' | Hand): Mat4 {
  if (kind === 'bottom') return mat4.create()
  // right: print (x, y, z) = (z + rise, x + tab, y); left: print (x, y, z) = (x + tab, z + rise, y).
  return kind === 'right'
    ? [0, 1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, TAB_RISE, TAB.thickness, 0, 1]
    : [1, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, TAB.thickness, TAB_RISE, 0, 1]
}

/** The inverse of localToPrint (a rotation, or a mirror, and a shift). */
export const printToLocal = (kind: 'bottom' | Hand): Mat4 => invertRigid(localToPrint(kind))

const partParams = (d: ConnectorDims) => ({ width: d.width, thickness: d.thickness })

/** The bottom connector, in print orientation. */
export function bottomConnector(width: number, thickness: number): PrintedPart {
  const d = connectorDims(width, thickness)
  return {
    name: 'frame-corner-bottom',
    description: `Angle frame corner connector, bottom (4): holds three ${formatMm(width)} x ${formatMm(thickness)} mm steel angles, 6 M6 bolts with nuts in pockets`,
    module: 'frame',
    params: partParams(d),
    solid: () => connectorLocal(d, false),
  }
}

/**
 * A top connector, in print orientation. The tab makes it one of two mirror-image parts: the
 * "left" part serves the front-left and rear-right top corners (the same part turned half
 * round), the "right" part the front-right and rear-left ones.
 */
export function topConnector(width: number, thickness: number, hand: Hand): PrintedPart {
  const d = connectorDims(width, thickness)
  const corners = hand === 'left' ? 'front-left and rear-right' : 'front-right and rear-left'
  return {
    // Named by the corners it serves, so nobody fits the 'left' part to both left corners.
    name: hand === 'left' ? 'frame-corner-top-fl-rr' : 'frame-corner-top-fr-rl',
    description: `Angle frame corner connector, top, for the ${corners} top corners (2): as the bottom one plus a tab for a Y axis (2 M6 holes 30 apart, ${formatMm(TAB_RISE)} mm above the frame)`,
    module: 'frame',
    params: partParams(d),
    solid: () => transform(connectorLocal(d, true), localToPrint(hand)),
  }
}
