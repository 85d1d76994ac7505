import { difference, prism, type Solid, transform, union, type Vec3 } from '../../src/kernel/index.js'
import { identity, type Mat4 } from '../../src/kernel/matrix.js'
import { clearanceHole, teardropClearanceHole } from '../../src/parts/features.js'
import type { PrintedPart } from '../../src/parts/types.js'
import { formatMm } from '../../src/spec/units.js'
import { type ConnectorDims, connectorDims, PLATE, plateReach, plateWidth } from './dimensions.js'

/**
 * The angle frame's printed corner connector, after OSE's Angle Frame Connector (facts file
 * "Frames"): the same corner, b = w + 2t, and its bolts at the middle of the same reach along
 * each edge, b + w, but open inside and ending at the washers. Each outer face is an L-shaped
 * plate t thick; each bar lies in the corner two plates make, its heel's outer faces on the
 * plates' inner faces (the datum), pulled onto them by an M6
 * bolt through each leg, the nut on a washer on the steel. Nothing closes over the steel's inner
 * faces or its leg tips, so angle that is wider, thicker or out of square still goes in; the
 * bars' ends butt on 45 degree stops at the corner. The bolt holes are the guides the steel is
 * drilled through after assembly.
 *
 * Geometry is built in the corner's local frame: the corner at the origin, the three outer
 * faces on x = 0, y = 0 and z = 0, the bars running along +x, +y and +z. The bare connector is
 * symmetric under every permutation of x, y and z but its teardrop holes, which point up in
 * print (local z): it keeps the swap of x and y, so one part, turned, fits all eight corners.
 */

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
 * Six fixings per connector: one through each leg of each bar, at the middle of the bar's reach
 * into the connector and on the middle of the steel leg (w/2 from the angle's heel).
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
/** A quarter turn about x: an outline drawn in (x, y) and extruded along z from -n to 0 lands in (x, z), y from n to 0. */
const TURN_UP: Mat4 = [1, 0, 0, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 0, 0, 1]

/** How far an end stop is sunk into its plate so that it fuses instead of touching. */
const SINK = 0.5

/**
 * The plate on the z = 0 face with its two end stops: an L, the corner square b x b and a
 * strip along each of the x and y bars, as wide as `plateWidth` and as long as `plateReach`,
 * widening at 45 degrees into the corner square. The stops are 45 degree ribs across the strips at the bars' ends (x = b, y = b):
 * the steel's end butts on their square face, their slope faces the corner, so they print
 * without support whichever way up they stand. The other two plates are this one turned about
 * the corner's diagonal.
 */
function facePlate(d: ConnectorDims): Solid[] {
  const { thickness: t, bracketLength: b } = d
  const n = plateWidth(d)
  const reach = plateReach(d)
  const plate = prism(
    [
      [0, 0],
      [reach, 0],
      [reach, n],
      [2 * b - n, n],
      [b, b],
      [n, 2 * b - n],
      [n, reach],
      [0, reach],
    ],
    0,
    t,
  )
  const e = PLATE.stop * t
  const rib: [number, number][] = [
    [b - e - SINK, t - SINK],
    [b, t - SINK],
    [b, t + e],
  ]
  return [plate, transform(prism(rib, -n, 0), TURN_UP), transform(prism(rib, 0, n), CYCLE)]
}

/** The diamond window in the z = 0 plate's corner square, clear of its edges and of the end stops. */
function faceWindow(d: ConnectorDims): Solid {
  const { thickness: t, bracketLength: b } = d
  const low = t + PLATE.windowMargin
  const high = b - PLATE.stop * t - SINK - PLATE.windowMargin
  const c = (low + high) / 2
  const r = (high - low) / 2
  return prism(
    [
      [c + r, c],
      [c, c + r],
      [c - r, c],
      [c, c - r],
    ],
    -1,
    t + 1,
  )
}

const AXIS_NAMES = ['x', 'y', 'z'] as const

/**
 * A bolt hole: along z it stands upright in print (the connector prints as modelled) and is
 * round; across the layers it is a teardrop pointing up.
 */
function boltHole(axis: 0 | 1 | 2, center: Vec3, length: number): Solid {
  const at = { axis: AXIS_NAMES[axis], center, length }
  return axis === 2 ? clearanceHole('M6', at) : teardropClearanceHole('M6', at)
}

/**
 * The connector in its corner's local frame, which is also its print orientation: one outer
 * plate on the bed, the open side of the corner up. Its bolt holes are the guides the steel is
 * drilled through.
 */
export function connectorLocal(d: ConnectorDims): Solid {
  const turns = [identity, CYCLE, CYCLE2]
  const plates = turns.flatMap((m) => facePlate(d).map((s) => transform(s, m)))
  const windows = turns.map((m) => transform(faceWindow(d), m))
  const t = d.thickness
  const cutters = fixings(d).map((f) => {
    const center: [number, number, number] = [...f.at]
    center[f.normal] = t / 2
    return boltHole(f.normal, center, t + 2)
  })
  return difference(union(...plates), ...windows, ...cutters)
}

/** The corner connector, in print orientation: the same part at all eight corners. */
export function cornerConnector(width: number, thickness: number): PrintedPart {
  const d = connectorDims(width, thickness)
  return {
    name: 'frame-corner',
    description: `Angle frame corner connector (8): holds three ${formatMm(width)} x ${formatMm(thickness)} mm steel angles on its plates, 6 M6 bolts through guide holes the steel is drilled through`,
    module: 'frame',
    params: { width: d.width, thickness: d.thickness },
    solid: () => connectorLocal(d),
  }
}
