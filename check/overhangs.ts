import type { TriangleMesh } from '../src/index.js'

/**
 * What a part needs support for, in the orientation its STL is written in (the bed at z = 0):
 * down-facing faces flatter than 45 degrees from vertical that are neither on the bed nor a
 * bridge. Rules and sources in docs/design.md, "Printing without supports".
 */

/** Down-facing faces further than this from vertical need support: [TV]'s and [ERCF]'s rule, builder-rules.md §2. */
export const MAX_OVERHANG_DEGREES = 45
/** The longest bridge: builder-rules.md §2, "Bridges <1 cm often hold [TV]; rule ≤10". */
export const MAX_BRIDGE_MM = 10
/**
 * How far a flat ceiling may reach past what holds it up with nothing across from it (a ledge).
 * Ours: one 0.45 mm extrusion width, what a perimeter laid half over the one below carries.
 */
export const MAX_LEDGE_MM = 0.45

/**
 * Degrees by which a face's slope may miss the limit: the float32 corners of a 0.3 mm chamfer
 * turn its normal by some thousandths of a degree; 0.5 is far inside what a slicer resolves.
 */
const ANGLE_TOLERANCE = 0.5
/** A face is flat (a ceiling) when its normal is within the tolerance of straight down. */
const FLAT = Math.cos((ANGLE_TOLERANCE * Math.PI) / 180)
/** Heights closer than this are one height (the STL's float32 coordinates). */
const HEIGHT = 1e-3
/** The ceilings are sampled on a grid this fine, mm, and at each triangle's centroid. */
const GRID_MM = 0.5
/** Directions tried for a region's bridge lines, over half a turn. */
const DIRECTIONS = 24

export interface Overhang {
  /** Down-facing slopes past the limit (not flat), summed per 0.1 mm of height: area and height. */
  readonly area: number
  readonly z: number
}

export interface Ceiling {
  /** A connected flat down-facing region at one height, not on the bed. */
  readonly area: number
  readonly z: number
  /** In the direction that suits it best (see spans): its longest bridge line, anchored at both ends. */
  readonly span: number
  /** In that direction, the longest line anchored at one end only (Infinity: one anchored at neither). */
  readonly ledge: number
}

export interface Printability {
  readonly overhangs: readonly Overhang[]
  readonly ceilings: readonly Ceiling[]
  /** Area of what needs support: every overhang, and every ceiling whose span or ledge is too long. */
  readonly unsupportedArea: number
  /** The lowest height of what needs support, or undefined. */
  readonly lowestUnsupported: number | undefined
}

type P3 = readonly [number, number, number]

/** Whether a ceiling is printable as it is: a short bridge or a narrow ledge. */
export const ceilingPrints = (c: Ceiling) => c.span <= MAX_BRIDGE_MM && c.ledge <= MAX_LEDGE_MM

/** Finds what a mesh (standing on z = 0) would need support for. */
export function printability(mesh: TriangleMesh): Printability {
  const p = mesh.positions
  const t = mesh.triangles
  const count = t.length / 3
  const at = (v: number): P3 => [p[v * 3], p[v * 3 + 1], p[v * 3 + 2]]
  const corners = (f: number) => [t[3 * f], t[3 * f + 1], t[3 * f + 2]]
  const normals = Array.from({ length: count }, (_, f) => unitNormal(...(corners(f).map(at) as [P3, P3, P3])))
  const area = (f: number) => triangleArea(...(corners(f).map(at) as [P3, P3, P3]))
  const limit = -Math.sin(((MAX_OVERHANG_DEGREES + ANGLE_TOLERANCE) * Math.PI) / 180)
  const onBed = (f: number) => corners(f).every((v) => Math.abs(p[v * 3 + 2]) < HEIGHT)

  // The face across each directed edge.
  const across = new Map<string, number>()
  for (let f = 0; f < count; f++) {
    const c = corners(f)
    for (let k = 0; k < 3; k++) across.set(`${c[k]},${c[(k + 1) % 3]}`, f)
  }

  const overhangs: Overhang[] = []
  const flat: number[] = []
  for (let f = 0; f < count; f++) {
    const nz = normals[f][2]
    if (nz >= limit || onBed(f)) continue
    if (nz < -FLAT) flat.push(f)
    else overhangs.push({ area: area(f), z: Math.min(...corners(f).map((v) => p[v * 3 + 2])) })
  }

  const ceilings = connectedRegions(flat, corners, across).map((region) => {
    const z = p[t[3 * region[0]] * 3 + 2]
    const inRegion = new Set(region)
    const edges: Edge[] = []
    for (const f of region) {
      const c = corners(f)
      for (let k = 0; k < 3; k++) {
        const [a, b] = [c[k], c[(k + 1) % 3]]
        const other = across.get(`${b},${a}`)
        if (other === undefined || inRegion.has(other)) continue
        // Held up where the face across the edge goes down from it: a wall or a slope beneath.
        const third = corners(other).find((v) => v !== a && v !== b) ?? a
        edges.push({ a: at(a), b: at(b), anchored: p[third * 3 + 2] < z - HEIGHT })
      }
    }
    const { span, ledge } = spans(samples(region.map((f) => corners(f).map(at) as [P3, P3, P3])), edges)
    return { area: region.reduce((sum, f) => sum + area(f), 0), z, span, ledge }
  })

  const failing = [...overhangs, ...ceilings.filter((c) => !ceilingPrints(c))]
  return {
    overhangs: mergeByHeight(overhangs),
    ceilings,
    unsupportedArea: failing.reduce((sum, o) => sum + o.area, 0),
    lowestUnsupported: failing.length > 0 ? Math.min(...failing.map((o) => o.z)) : undefined,
  }
}

interface Edge {
  readonly a: P3
  readonly b: P3
  readonly anchored: boolean
}

function unitNormal(a: P3, b: P3, c: P3): P3 {
  const u = [b[0] - a[0], b[1] - a[1], b[2] - a[2]]
  const v = [c[0] - a[0], c[1] - a[1], c[2] - a[2]]
  const n = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]]
  const length = Math.hypot(n[0], n[1], n[2]) || 1
  return [n[0] / length, n[1] / length, n[2] / length]
}

function triangleArea(a: P3, b: P3, c: P3): number {
  const u = [b[0] - a[0], b[1] - a[1], b[2] - a[2]]
  const v = [c[0] - a[0], c[1] - a[1], c[2] - a[2]]
  return Math.hypot(u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]) / 2
}

/** Groups faces that share an edge. */
function connectedRegions(faces: number[], corners: (f: number) => number[], across: Map<string, number>) {
  const left = new Set(faces)
  const regions: number[][] = []
  for (const start of faces) {
    if (!left.delete(start)) continue
    const region = [start]
    for (let i = 0; i < region.length; i++) {
      const c = corners(region[i])
      for (let k = 0; k < 3; k++) {
        const other = across.get(`${c[(k + 1) % 3]},${c[k]}`)
        if (other !== undefined && left.delete(other)) region.push(other)
      }
    }
    regions.push(region)
  }
  return regions
}

/** Points in the region's triangles: a grid (off the round numbers edges lie on), and every triangle's centroid. */
function samples(triangles: (readonly [P3, P3, P3])[]): [number, number][] {
  const points: [number, number][] = []
  const grid = (i: number) => (i + 0.5) * GRID_MM
  for (const [a, b, c] of triangles) {
    points.push([(a[0] + b[0] + c[0]) / 3, (a[1] + b[1] + c[1]) / 3])
    const [x0, y0] = [0, 1].map((k) => Math.ceil(Math.min(a[k], b[k], c[k]) / GRID_MM - 0.5))
    const [x1, y1] = [0, 1].map((k) => Math.floor(Math.max(a[k], b[k], c[k]) / GRID_MM - 0.5))
    for (let i = x0; i <= x1; i++)
      for (let j = y0; j <= y1; j++) if (inTriangle([grid(i), grid(j)], a, b, c)) points.push([grid(i), grid(j)])
  }
  return points
}

function inTriangle(q: readonly [number, number], a: P3, b: P3, c: P3): boolean {
  const side = (u: P3, v: P3) => (v[0] - u[0]) * (q[1] - u[1]) - (v[1] - u[1]) * (q[0] - u[0])
  const [s1, s2, s3] = [side(a, b), side(b, c), side(c, a)]
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0)
}

/** Distance along the ray from q in direction d to the segment, or Infinity. */
function hit(q: readonly [number, number], d: readonly [number, number], e: Edge): number {
  const ex = e.b[0] - e.a[0]
  const ey = e.b[1] - e.a[1]
  const det = d[0] * -ey - d[1] * -ex
  if (Math.abs(det) < 1e-12) return Infinity
  const wx = e.a[0] - q[0]
  const wy = e.a[1] - q[1]
  const s = (wx * -ey - wy * -ex) / det
  const u = (d[0] * wy - d[1] * wx) / det
  return s >= 0 && u >= 0 && u <= 1 ? s : Infinity
}

/**
 * The slicer lays a flat region's bridge lines in one direction. In a direction, a line through a
 * sample that ends on anchors both ways is a bridge (its length counts against the span); one
 * that ends in the air one way is a ledge from its anchor, and one anchored neither way hangs
 * free. The region's span and ledge are the longest in the direction that suits it best.
 */
function spans(points: [number, number][], edges: Edge[]): { span: number; ledge: number } {
  let best = { span: Infinity, ledge: Infinity }
  let bestBadness = Infinity
  const badness = (span: number, ledge: number) => Math.max(span / MAX_BRIDGE_MM, ledge / MAX_LEDGE_MM)
  for (let i = 0; i < DIRECTIONS; i++) {
    const angle = (Math.PI * i) / DIRECTIONS
    const d = [Math.cos(angle), Math.sin(angle)] as const
    let span = 0
    let ledge = 0
    for (const q of points) {
      const [there, back] = [d, [-d[0], -d[1]] as const].map((ray) => nearestEdge(q, ray, edges))
      if (there.anchored && back.anchored) span = Math.max(span, there.distance + back.distance)
      else if (there.anchored || back.anchored) ledge = Math.max(ledge, there.anchored ? there.distance : back.distance)
      else ledge = Infinity
      if (badness(span, ledge) >= bestBadness) break
    }
    if (badness(span, ledge) < bestBadness) {
      best = { span, ledge }
      bestBadness = badness(span, ledge)
    }
  }
  return best
}

/** The first boundary edge a ray from q meets. A sample on a free edge looks past it. */
function nearestEdge(q: readonly [number, number], ray: readonly [number, number], edges: Edge[]) {
  let nearest = { distance: Infinity, anchored: false }
  for (const e of edges) {
    const s = hit(q, ray, e)
    if (s < nearest.distance && (e.anchored || s > 1e-7)) nearest = { distance: s, anchored: e.anchored }
  }
  return nearest
}

/** Overhang faces summed per 0.1 mm of height (a report per layer, not per triangle). */
function mergeByHeight(overhangs: Overhang[]): Overhang[] {
  const byHeight = new Map<number, number>()
  for (const o of overhangs) {
    const key = Math.round(o.z * 10) / 10
    byHeight.set(key, (byHeight.get(key) ?? 0) + o.area)
  }
  return [...byHeight].sort((a, b) => a[0] - b[0]).map(([z, area]) => ({ z, area }))
}
