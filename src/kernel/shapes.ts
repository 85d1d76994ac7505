import jscad from '@jscad/modeling'
import type { Geom3 } from '@jscad/modeling/src/geometries/types.js'
import { leaf, type Solid, type Vec3 } from './solid.js'

const { primitives, transforms, extrusions } = jscad

export type AxisName = 'x' | 'y' | 'z'

/** Facets for a circle of radius r: chords of about 1 mm, a multiple of 4, 16 to 96. */
export function segmentsFor(radius: number): number {
  const n = Math.ceil((2 * Math.PI * radius) / 4) * 4
  return Math.min(96, Math.max(16, n))
}

/** Turns a geometry built along Z so that it runs along the given axis. */
function alongAxis(geom: Geom3, axis: AxisName): Geom3 {
  if (axis === 'x') return transforms.rotateY(Math.PI / 2, geom)
  if (axis === 'y') return transforms.rotateX(-Math.PI / 2, geom)
  return geom
}

/** An axis-aligned box between two corners. */
export function box(min: Vec3, max: Vec3): Solid {
  const size = [max[0] - min[0], max[1] - min[1], max[2] - min[2]] as const
  if (size.some((s) => !(s > 0))) throw new Error(`box with non-positive size ${size.join(' x ')}`)
  const center: [number, number, number] = [(min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2]
  return leaf(primitives.cuboid({ size: [...size], center }))
}

/** A box with its vertical (Z) edges rounded to the given radius. */
export function roundedBox(min: Vec3, max: Vec3, radius: number): Solid {
  const sx = max[0] - min[0]
  const sy = max[1] - min[1]
  const profile = primitives.roundedRectangle({
    size: [sx, sy],
    roundRadius: radius,
    segments: segmentsFor(radius) * 4,
  })
  const body = extrusions.extrudeLinear({ height: max[2] - min[2] }, profile)
  return leaf(transforms.translate([(min[0] + max[0]) / 2, (min[1] + max[1]) / 2, min[2]], body))
}

interface CylinderSpec {
  axis: AxisName
  /** Midpoint of the cylinder's axis. */
  center: Vec3
  length: number
  diameter: number
  segments?: number
}

/** A solid cylinder (boss, rod, bearing): its facets touch the nominal circle from inside. */
export function cylinder({ axis, center, length, diameter, segments }: CylinderSpec): Solid {
  const radius = diameter / 2
  const n = segments ?? segmentsFor(radius)
  const geom = primitives.cylinder({ radius, height: length, segments: n })
  return leaf(transforms.translate([...center], alongAxis(geom, axis)))
}

/** The facets' circumscribed diameter for a hole: its flats then lie on the nominal diameter. */
const holeDiameter = (diameter: number, segments: number) => diameter / Math.cos(Math.PI / segments)

/**
 * A cylindrical cutter for a hole: the facets are pushed out so that the flats lie on the
 * nominal diameter and a printed hole is not smaller than asked.
 */
export function hole(spec: CylinderSpec): Solid {
  const n = spec.segments ?? segmentsFor(spec.diameter / 2)
  return cylinder({ ...spec, segments: n, diameter: holeDiameter(spec.diameter, n) })
}

/** A hole's outline in the XY plane, faceted as `hole` facets it. */
function holeOutline(center: readonly [number, number], diameter: number): [number, number][] {
  const n = segmentsFor(diameter / 2)
  const r = holeDiameter(diameter, n) / 2
  return Array.from({ length: n }, (_, i) => {
    const a = (2 * Math.PI * i) / n
    return [center[0] + r * Math.cos(a), center[1] + r * Math.sin(a)]
  })
}

export interface Drill {
  readonly center: readonly [number, number]
  readonly diameter: number
}

/**
 * A plate from the origin to (length, width) in XY, between two heights, drilled through at
 * `holes` (faceted as `hole` facets them): one extrusion, no boolean.
 */
export function drilledPlate(length: number, width: number, z0: number, z1: number, holes: readonly Drill[]): Solid {
  const outline: [number, number][] = [
    [0, 0],
    [length, 0],
    [length, width],
    [0, width],
  ]
  return prism(
    outline,
    z0,
    z1,
    holes.map((h) => holeOutline(h.center, h.diameter)),
  )
}

interface HexSpec {
  axis: AxisName
  center: Vec3
  length: number
  /** Width across flats, e.g. 10.74 for an M6 nut trap. */
  acrossFlats: number
  /** Turn about the prism's own axis, degrees; 0 puts two flats square to the next axis. */
  turnDegrees?: number
}

/** A hexagonal prism: nut traps and hex recesses for screw heads. */
export function hexPrism({ axis, center, length, acrossFlats, turnDegrees = 0 }: HexSpec): Solid {
  const radius = acrossFlats / 2 / Math.cos(Math.PI / 6)
  const hex = primitives.cylinder({ radius, height: length, segments: 6 })
  const turned = transforms.rotateZ((turnDegrees * Math.PI) / 180, hex)
  return leaf(transforms.translate([...center], alongAxis(turned, axis)))
}

type Outline = readonly (readonly [number, number])[]

const twiceArea = (points: Outline) =>
  points.reduce((sum, p, i) => {
    const q = points[(i + 1) % points.length]
    return sum + p[0] * q[1] - q[0] * p[1]
  }, 0)

/** The outline wound counter-clockwise, or clockwise: JSCAD reads the side on the right as outside. */
const wound = (points: Outline, counterClockwise: boolean) =>
  twiceArea(points) > 0 === counterClockwise ? points : [...points].reverse()

/**
 * A prism from a simple polygon in the XY plane (either winding), between two heights, with
 * `holes` (simple polygons inside it) through it: one extrusion, no boolean.
 */
export function prism(points: Outline, z0: number, z1: number, holes: readonly Outline[] = []): Solid {
  // A clockwise outline would give an inside-out prism, which a boolean then treats as
  // everything but the prism.
  const outlines = [wound(points, true), ...holes.map((h) => wound(h, false))].map((o) =>
    o.map((p): [number, number] => [p[0], p[1]]),
  )
  const profile = primitives.polygon({ points: holes.length === 0 ? outlines[0] : outlines })
  const body = extrusions.extrudeLinear({ height: z1 - z0 }, profile)
  return leaf(transforms.translate([0, 0, z0], body))
}
