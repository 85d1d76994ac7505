import { describe, expect, it } from 'vitest'
import {
  bedContactArea,
  bounds,
  checkManifold,
  difference,
  evaluate,
  intersection,
  mirror,
  placeOnBed,
  prism,
  type Solid,
  shellCount,
  toBinaryStl,
  touchingVertex,
  transform,
  translate,
  union,
} from '../../src/kernel/index.js'
import { applyToPoint, identity, type Mat4 } from '../../src/kernel/matrix.js'
import { weldedJoints } from '../../src/layout/frame.js'
import type { AngleFrameLayout, Pane, PlateFrameLayout, Size3 } from '../../src/layout/types.js'
import type { AssemblyNode, Drilling, Leaf, PrintedPart, StockPiece } from '../../src/parts/types.js'
import { formatMm } from '../../src/spec/units.js'
import { EARTH_RING_M6_STACK } from '../vitamins/electronics.js'
import { METRIC, WASHER } from '../vitamins/fasteners.js'
import { BOND_RINGS } from './angle-frame.js'
import { FRAME_CONTRACT } from './contract.js'
import {
  ANGLE_LIMITS,
  ANGLE_TOLERANCE,
  connectorDims,
  FOOT,
  FOOT_HEIGHT,
  leastHoleFromHeel,
  plateReach,
  plateWidth,
  STEEL_HOLE,
} from './dimensions.js'
import { PARTS_AS_JIGS } from './drilling.js'
import { cornerConnector, frameModule } from './index.js'

const IN = 25.4

/** An angle frame layout built by hand from OSE's rules (facts file "Frames"). */
function angleLayout(outer: Size3, w: number, t: number): AngleFrameLayout {
  const b = w + 2 * t
  return {
    style: 'angle',
    outer,
    profile: { width: w, thickness: t },
    inner: { x: outer.x - 2 * (w + t), y: outer.y - 2 * (w + t), z: outer.z - 2 * (w + t) },
    opening: { x: outer.x - 2 * (w + t), y: outer.y - 2 * (w + t) },
    steelInset: t,
    bars: (['x', 'y', 'z'] as const).map((along) => ({ along, length: outer[along] - 2 * b, count: 4 })),
    corner: { bracketLength: b, wall: 3 * t, reach: b + w },
  }
}

const cube = (s: number): Size3 => ({ x: s, y: s, z: s })

/** Six panes: top and bottom full size, front and rear between them, left and right between those. */
function plateLayout(outer: Size3, border: number, t: number, reuse: Record<string, string> = {}): PlateFrameLayout {
  const { x, y, z } = outer
  const welding = FRAME_CONTRACT.weld({ width: border, thickness: t })
  const pane = (
    name: string,
    normal: Pane['normal'],
    width: number,
    height: number,
    origin: [number, number, number],
  ) => ({
    name,
    normal,
    width,
    height,
    origin,
    window: { width: width - 2 * border, height: height - 2 * border },
    ...(reuse[name] ? { cutFromWindowOf: reuse[name] } : {}),
  })
  return {
    style: 'plate',
    outer,
    profile: { width: border, thickness: t },
    inner: { x: x - 2 * t, y: y - 2 * t, z: z - 2 * t },
    opening: { x: x - 2 * border, y: y - 2 * border },
    steelInset: 0,
    panes: [
      pane('bottom', 'z', x, y, [0, 0, 0]),
      pane('top', 'z', x, y, [0, 0, z - t]),
      pane('front', 'y', x, z - 2 * t, [0, 0, t]),
      pane('rear', 'y', x, z - 2 * t, [0, y - t, t]),
      pane('left', 'x', y - 2 * t, z - 2 * t, [0, t, t]),
      pane('right', 'x', y - 2 * t, z - 2 * t, [x - t, t, t]),
    ],
    welding,
    joints: weldedJoints(outer, t, welding),
  }
}

const printed = (node: AssemblyNode) =>
  node.leaves.filter((l): l is Extract<Leaf, { kind: 'printed' }> => l.kind === 'printed')
const stock = (node: AssemblyNode) =>
  node.leaves.filter((l): l is Extract<Leaf, { kind: 'stock' }> => l.kind === 'stock')
const bought = (node: AssemblyNode) =>
  node.leaves.filter((l): l is Extract<Leaf, { kind: 'bought' }> => l.kind === 'bought')

function countBy<T>(items: T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {}
  for (const i of items) out[key(i)] = (out[key(i)] ?? 0) + 1
  return out
}

/** Determinant of a placement's 3 x 3 part, and how far its columns are from orthonormal. */
function rotationCheck(m: Mat4): { det: number; error: number } {
  const c = [0, 1, 2].map((j) => [m[j * 4], m[j * 4 + 1], m[j * 4 + 2]])
  const dot = (a: number[], b: number[]) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
  let error = 0
  for (let i = 0; i < 3; i++)
    for (let j = 0; j < 3; j++) error = Math.max(error, Math.abs(dot(c[i], c[j]) - (i === j ? 1 : 0)))
  const det =
    c[0][0] * (c[1][1] * c[2][2] - c[1][2] * c[2][1]) -
    c[1][0] * (c[0][1] * c[2][2] - c[0][2] * c[2][1]) +
    c[2][0] * (c[0][1] * c[1][2] - c[0][2] * c[1][1])
  return { det, error }
}

/** The box a local box lands in under a placement. */
function placedBox(m: Mat4, min: number[], max: number[]) {
  const lo = [Infinity, Infinity, Infinity]
  const hi = [-Infinity, -Infinity, -Infinity]
  for (const x of [min[0], max[0]])
    for (const y of [min[1], max[1]])
      for (const z of [min[2], max[2]]) {
        const p = applyToPoint(m, [x, y, z])
        for (let k = 0; k < 3; k++) {
          lo[k] = Math.min(lo[k], p[k])
          hi[k] = Math.max(hi[k], p[k])
        }
      }
  return { min: lo, max: hi }
}

const volumeOf = async (solid: Solid) => checkManifold(await evaluate(solid)).volume
const stlOf = async (part: PrintedPart) => toBinaryStl(placeOnBed(await evaluate(part.solid())))

const W = 1.5 * IN
const T = IN / 8
const d = connectorDims(W, T)
const frame12 = frameModule(angleLayout(cube(12 * IN), W, T))

describe('angle frame connectors', () => {
  const part = cornerConnector(W, T)

  it('is a closed solid lying flat on the bed', async () => {
    const mesh = await evaluate(part.solid())
    const report = checkManifold(mesh)
    expect(report).toMatchObject({ ok: true, badEdges: 0, degenerateTriangles: 0 })
    expect(report.volume).toBeGreaterThan(30_000)
    expect(bounds(mesh).min[2]).toBeCloseTo(0, 5)
    // A whole outer plate lies on the bed: at least its two strips along the bars.
    expect(bedContactArea(mesh)).toBeGreaterThan(2 * (plateReach(d) - d.bracketLength) * plateWidth(d))
  })

  it('has the size the numbers give: to the washers past the bolts at the middle of b + w, nothing beyond', async () => {
    expect(d.bracketLength).toBeCloseTo(44.45, 6)
    expect(d.reach).toBeCloseTo(82.55, 6)
    expect(plateReach(d)).toBeCloseTo(44.45 + 19.05 + 6 + 3, 6)
    const box = bounds(await evaluate(part.solid()))
    expect(box.min).toEqual([0, 0, 0])
    for (const s of box.max) expect(s).toBeCloseTo(plateReach(d), 3)
  })

  it('is the same under the swap of x and y, so one part turned fits every corner', async () => {
    const solid = part.solid()
    const v = await volumeOf(solid)
    const swapped = mirror(solid, [1, -1, 0])
    expect(await volumeOf(difference(solid, swapped))).toBeLessThan(1e-3 * v)
    expect(await volumeOf(difference(swapped, solid))).toBeLessThan(1e-3 * v)
    // Its teardrops point up in print, so the swap of y and z is not one.
    const tipped = mirror(solid, [0, 1, -1])
    expect(await volumeOf(difference(solid, tipped))).toBeGreaterThan(1)
  })

  it('does not change with the frame size, and grows with the profile', async () => {
    const frame18 = frameModule(angleLayout(cube(18 * IN), W, T))
    const frameBig = frameModule(angleLayout(cube(18 * IN), 2 * IN, (3 * IN) / 16))
    const byName = (node: AssemblyNode) => new Map(printed(node).map((l) => [l.part.name, l.part]))
    const [a, b, big] = [byName(frame12), byName(frame18), byName(frameBig)]
    for (const name of a.keys()) {
      expect(b.get(name)!.params).toEqual(a.get(name)!.params)
      const bytes = await stlOf(a.get(name)!)
      expect(await stlOf(b.get(name)!)).toEqual(bytes)
      const other = big.get(name)!
      expect(other.params).not.toEqual(a.get(name)!.params)
      const large = bounds(await evaluate(other.solid()))
      const small = bounds(await evaluate(a.get(name)!.solid()))
      // The foot grows in its footprint; its height is a bolt head's.
      const grown = name === 'frame-foot' ? [0, 1] : [0, 1, 2]
      for (const k of grown) expect(large.max[k]).toBeGreaterThan(small.max[k] + 20)
    }
    const bigDims = connectorDims(2 * IN, (3 * IN) / 16)
    const bottomBig = bounds(await evaluate(big.get('frame-corner')!.solid()))
    for (const s of bottomBig.max) expect(s).toBeCloseTo(plateReach(bigDims), 3)
  })
})

describe('the angle the connectors take', () => {
  const { leastWidth, mostThicknessPerWidth } = ANGLE_LIMITS
  it.each([
    [leastWidth, 1],
    [leastWidth, leastWidth * mostThicknessPerWidth],
  ])('at its limits (%f x %f mm) still gives closed parts with no surface touching another', async (w, t) => {
    const mesh = await evaluate(cornerConnector(w, t).solid())
    expect(touchingVertex(mesh)).toBeUndefined()
    expect(checkManifold(mesh).ok).toBe(true)
  })
})

describe('holes beside the heel', () => {
  it("refuses angle whose washers on the legs' centre lines would land on the root fillet", () => {
    const check = (width: number, thickness: number) => () => FRAME_CONTRACT.checkProfile('angle', { width, thickness })
    expect(check(1.5 * IN, IN / 8)).not.toThrow()
    expect(check(2 * IN, (3 * IN) / 16)).not.toThrow()
    // 1 x 1/8 in: 12.7 from the heel to the centre line, 3.175 + 4.54 + 6 = 13.7 needed.
    expect(check(IN, IN / 8)).toThrow(/^frame\.profile\.thickness: 3\.175 mm .* root fillet .* at most 2\.16 mm thick$/)
    expect(leastHoleFromHeel(1.5 * IN, IN / 8)).toBeCloseTo(3.175 + 5.81 + 6, 6)
  })
})

describe('angle frame assembly', () => {
  it('is one node in machine coordinates with 8 connectors, 12 bars and 48 M6 fixings', () => {
    expect(frame12).toMatchObject({ name: 'frame', module: 'frame', children: [] })
    expect(frame12.transform).toEqual(identity)
    expect(countBy(printed(frame12), (l) => l.part.name)).toEqual({
      'frame-corner': 8,
      'frame-foot': 4,
    })
    for (const l of printed(frame12))
      expect(l.part).toMatchObject({ module: 'frame', params: { width: W, thickness: T } })
    const bars = stock(frame12)
    expect(bars).toHaveLength(12)
    for (const bar of bars) {
      expect(bar.piece.item).toBe('angle-38.1x3.175')
      expect(bar.piece.length).toBeCloseTo(8.5 * IN, 6)
    }
    // 1.6 washer + 3.175 plate + 3.375 steel at its thickest + 2 x 1.7 earth rings with their star
    // washers (BOND_RINGS) + 1.6 washer + 5.2 nut + 1 thread: M6 x 20.
    // The 8 bolts through the feet bear on the feet's 3 mm floor, without washers: M6 x 25.
    expect(BOND_RINGS * EARTH_RING_M6_STACK).toBeCloseTo(3.4, 6)
    expect(countBy(bought(frame12), (l) => `${l.part.id} x${l.quantity}`)).toEqual({
      'm6x20-cap-screw x1': 40,
      'm6x25-cap-screw x1': 8,
      'm6-hex-nut x1': 48,
      'm6-washer x1': 88,
    })
    const big = frameModule(angleLayout(cube(18 * IN), 2 * IN, (3 * IN) / 16))
    expect(bought(big).filter((l) => l.part.id.endsWith('cap-screw'))[0].part.id).toBe('m6x25-cap-screw')
  })

  it('places every leaf by a rotation, never a mirror', () => {
    for (const leaf of frame12.leaves) {
      const { det, error } = rotationCheck(leaf.transform)
      expect(det).toBeCloseTo(1, 9)
      expect(error).toBeLessThan(1e-9)
    }
  })

  it('says which edges the bars make and where to drill them', () => {
    const notes = new Set(stock(frame12).map((l) => l.piece.notes))
    expect(notes.size).toBe(3)
    const all = [...notes].join('\n')
    expect(all).toContain('X bars: 4 (top front, top rear, bottom front, bottom rear)')
    expect(all).toContain('Y bars: 4 (top left, top right, bottom left, bottom right)')
    expect(all).toContain('Z bars: 4 (front left, front right, rear left, rear right)')
    expect(all).toContain('about 19.05 mm from the end')
    // Each bar's note gives the jig drilling in its order: clamped, spotted through the guide, piloted, opened, bolted.
    for (const n of notes) {
      const steps = [
        "clamp each leg onto its connector's plate",
        `spot it with the ${STEEL_HOLE} mm drill through the connector's guide hole`,
        'drill a 3 mm pilot in the spot',
        `then open it to ${STEEL_HOLE} mm through the connector's guide hole`,
        'bolt it before drilling the next',
      ].map((step) => n.indexOf(step))
      expect(steps.every((at) => at > 0)).toBe(true)
      expect([...steps].sort((a, b) => a - b)).toEqual(steps)
    }
  })

  it("names the bars that take another module's holes when not all of them do", () => {
    const s = 12 * IN
    const left = [100, 150].map((y): Drilling => ({ at: [0, y, s - T - W / 2], normal: 'x', purpose: 'a test' }))
    const right = left.map((h): Drilling => ({ ...h, at: [s, h.at[1], h.at[2]] }))
    const drilledYNotes = (drillings: Drilling[]) =>
      stock(frameModule(angleLayout(cube(s), W, T), drillings))
        .map((l) => l.piece.notes)
        .filter((n) => n.startsWith('Y bars') && n.includes('for a test'))
    // All four Y bars are one cut with one note: it says which of them take the holes.
    const both = drilledYNotes([...left, ...right])
    expect(both).toHaveLength(4)
    expect(new Set(both).size).toBe(1)
    expect(both[0]).toContain(': on the top left and top right bars only: 2 holes 6.5 mm for a test')
    const one = drilledYNotes(left)
    expect(new Set(one).size).toBe(1)
    expect(one[0]).toContain(': on the top left bar only: 2 holes 6.5 mm')
    // Holes for other parts are drilled through those parts, after assembly, never marked.
    expect(both[0]).toContain(PARTS_AS_JIGS)
  })

  it('lists every hole of each bar as data, where the part asked for it, none marked on the bare bar', () => {
    const s = 12 * IN
    const asked = [100, 150].map((y): Drilling => ({ at: [0, y, s - T - W / 2], normal: 'x', purpose: 'a test' }))
    const bars = stock(frameModule(angleLayout(cube(s), W, T), asked))
    expect(bars).toHaveLength(12)
    const found: number[][] = []
    for (const { piece, transform: place } of bars) {
      const [legY, legZ] = piece.drilled!.faces
      expect([legY.width, legZ.width]).toEqual([W, W])
      const holes = [...legY.holes.map((h) => ({ h, leg: 'y' })), ...legZ.holes.map((h) => ({ h, leg: 'z' }))]
      expect(holes.every(({ h }) => !h.marked && h.diameter === STEEL_HOLE)).toBe(true)
      // The connectors' four, about w/2 from the heel near each end, and the holes other parts ask for.
      expect(holes.filter(({ h }) => h.purpose === 'a corner connector')).toHaveLength(4)
      for (const { h, leg } of holes.filter(({ h }) => h.purpose === 'a test')) {
        // On the leg's outer face, t outside the heel's frame: the point the part asked for.
        const local: [number, number, number] = leg === 'y' ? [h.x, h.y, -T] : [h.x, -T, h.y]
        found.push(applyToPoint(place, local).map((v) => Math.round(v * 1e6) / 1e6))
        expect(piece.notes).toContain(`(${formatMm(h.x)}, ${formatMm(h.y)})`)
      }
    }
    expect(found.sort((a, b) => a[1] - b[1])).toEqual(asked.map((d) => d.at.map((v) => Math.round(v * 1e6) / 1e6)))
  })

  it('lays the bars along the frame edges, between the connectors', () => {
    const layout = angleLayout({ x: 400, y: 350, z: 500 }, W, T)
    const node = frameModule(layout)
    const b = d.bracketLength
    const seen = new Set<string>()
    for (const { piece, transform: m } of stock(node)) {
      const box = placedBox(m, [0, 0, 0], [piece.length, W, W])
      const size = box.max.map((v, k) => v - box.min[k])
      const along = size.findIndex((s) => Math.abs(s - piece.length) < 1e-6)
      const key = (['x', 'y', 'z'] as const)[along]
      expect(box.min[along]).toBeCloseTo(b, 6)
      expect(box.max[along]).toBeCloseTo(layout.outer[key] - b, 6)
      // Across the bar: the heel t inside both faces, legs w long.
      const edge: string[] = []
      for (let k = 0; k < 3; k++) {
        if (k === along) continue
        const s = layout.outer[(['x', 'y', 'z'] as const)[k]]
        expect(size[k]).toBeCloseTo(W, 6)
        const low = Math.abs(box.min[k] - T) < 1e-6
        const high = Math.abs(box.max[k] - (s - T)) < 1e-6
        expect(low || high).toBe(true)
        edge.push(low ? 'lo' : 'hi')
      }
      seen.add(`${key} ${edge.join(' ')}`)
    }
    expect(seen.size).toBe(12)
  })

  it('holds each bar in its connector without overlapping it, and the fixings clear plastic and steel', async () => {
    const layout = angleLayout({ x: 12 * IN, y: 14 * IN, z: 16 * IN }, W, T)
    const node = frameModule(layout)
    const bars = stock(node).map((l) => ({ l, solid: transform(l.piece.shape(), l.transform) }))
    const fixings = bought(node)
    for (const c of printed(node).filter((l) => l.part.name !== 'frame-foot')) {
      const connector = transform(c.part.solid(), c.transform)
      const box = bounds(await evaluate(connector))
      const bottom = box.min[2] < 1e-6
      const inside = (p: number[]) => p.every((v, k) => v >= box.min[k] - 1e-3 && v <= box.max[k] + 1e-3)
      // The bars whose end lies in this connector: the end face's corners and the bolts' line, w/2 along.
      const held = bars.filter(({ l }) =>
        [0, l.piece.length].some((x) => {
          const inward = x === 0 ? d.width / 2 : l.piece.length - d.width / 2
          return [
            [x, 0, 0],
            [x, W, T],
            [x, T, W],
            [inward, W / 2, T / 2],
          ].every((p) => inside(applyToPoint(l.transform, p as [number, number, number])))
        }),
      )
      expect(held).toHaveLength(3)
      const steel = union(...held.map((h) => h.solid))
      expect(await volumeOf(intersection(connector, steel))).toBeLessThan(0.01)
      // Its own six bolts, nuts and washers: the leaves placed inside its box.
      const own = fixings.filter((f) => inside(applyToPoint(f.transform, [0, 0, 4])))
      // Bolt, nut and washer on the steel each; a washer under the head but on the feet.
      expect(own).toHaveLength(bottom ? 22 : 24)
      const hardware = union(...own.map((f) => transform(f.part.shape(), f.transform)))
      expect(await volumeOf(intersection(connector, hardware))).toBeLessThan(0.01)
      expect(await volumeOf(intersection(steel, hardware))).toBeLessThan(0.01)
    }
  })

  it('draws each bar as one closed solid: the angle less its four end holes', async () => {
    const bar = stock(frame12)[0].piece
    const mesh = await evaluate(bar.shape())
    const report = checkManifold(mesh)
    expect(report.ok).toBe(true)
    expect(shellCount(mesh)).toBe(1)
    const solidAngle = (2 * W * T - T * T) * bar.length
    const holes = 4 * Math.PI * (STEEL_HOLE / 2) ** 2 * T
    // The holes' facets lie outside their circle: a little more than their round area goes.
    expect(solidAngle - report.volume).toBeGreaterThan(holes)
    expect(solidAngle - report.volume).toBeLessThan(holes * 1.05)
  })

  it('locates the steel on its datum: a bar moved 0.5 mm outward runs into the plate', async () => {
    // The bottom front left connector: its local frame is the machine's.
    const c = printed(frame12).find(
      (l) => l.part.name === 'frame-corner' && l.transform.every((v, k) => v === identity[k]),
    )!
    const connector = transform(c.part.solid(), c.transform)
    // The X bar on the bottom front edge: heel at (b, t, t).
    const bar = stock(frame12).find((l) => {
      const p = applyToPoint(l.transform, [0, 0, 0])
      return Math.abs(p[0] - d.bracketLength) < 1e-6 && Math.abs(p[1] - T) < 1e-6 && Math.abs(p[2] - T) < 1e-6
    })!
    const moved = translate(transform(bar.piece.shape(), bar.transform), [0, -0.5, 0])
    expect(await volumeOf(intersection(connector, moved))).toBeGreaterThan(0.5 * 0.5 * W)
  })

  it('fills each corner of the frame with the one connector, nothing outside the frame', async () => {
    const outer = { x: 300, y: 320, z: 340 }
    const node = frameModule(angleLayout(outer, W, T))
    const connectors = printed(node).filter((l) => l.part.name === 'frame-corner')
    const seen = new Set<string>()
    for (const c of connectors) {
      const { min, max } = bounds(await evaluate(transform(c.part.solid(), c.transform)))
      const ends = (['x', 'y', 'z'] as const).map((a, k) => {
        expect(max[k] - min[k]).toBeCloseTo(plateReach(d), 3)
        expect(min[k]).toBeGreaterThanOrEqual(-1e-6)
        expect(max[k]).toBeLessThanOrEqual(outer[a] + 1e-6)
        return Math.abs(min[k]) < 1e-6 ? 'lo' : 'hi'
      })
      seen.add(ends.join(' '))
    }
    expect(seen.size).toBe(8)
  })
})

/**
 * Hot-rolled angle at the ends of its tolerances, drawn along local z from the bar's end at
 * z = b, its heel's outer corner at (t, t): leg `a` on the datum x = t, leg `b` out of square by
 * `degrees` (positive closes the angle). Where leg b would go into its plate, the angle rests
 * on that leg's tip instead (the plate reaches past it where it widens into the corner), as the
 * bolts pull it: shifted along leg a's datum.
 */
function realAngle(width: number, thickness: number, degrees: number, from: number): Solid {
  const t = d.thickness
  const phi = (degrees * Math.PI) / 180
  const [c, s] = [Math.cos(phi), Math.sin(phi)]
  const lift = Math.max(0, -width * s)
  const legA: [number, number][] = [
    [t, t],
    [t + thickness, t],
    [t + thickness, t + width],
    [t, t + width],
  ]
  // Leg b's outer face runs from the heel at phi; its inner face meets leg a's inner face.
  const legB: [number, number][] = [
    [t, t],
    [t + width * c, t + width * s],
    [t + width * c - thickness * s, t + width * s + thickness * c],
    [t + thickness, t + s * thickness + (thickness / c) * c],
  ]
  const shifted = (pts: [number, number][]) => pts.map(([x, y]): [number, number] => [x, y + lift])
  return union(prism(shifted(legA), from, from + 2 * d.width), prism(shifted(legB), from, from + 2 * d.width))
}

/** The three bars' places in the connector's local frame: the z bar turned to x and y. */
const BAR_TURNS: Mat4[] = [
  identity,
  [0, 1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 1],
  [0, 0, 1, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1],
]
/** The swap of x and y, as a rotation with z turned over: a bar's legs change roles. */
const SWAP_LEGS: Mat4 = [0, 1, 0, 0, 1, 0, 0, 0, 0, 0, -1, 0, 0, 0, 0, 1]

describe('the steel the connectors take (ASTM A6 hot-rolled angle, builder-rules.md §1)', () => {
  const { leg, thickness, outOfSquareDegrees } = ANGLE_TOLERANCE
  // Printed as modelled: its print orientation is the corner's local frame.
  const connector = cornerConnector(W, T).solid()

  it('takes the widest, thickest angle, out of square either way, at every bar, with no plastic in the way', async () => {
    for (const degrees of [outOfSquareDegrees, -outOfSquareDegrees]) {
      const steel = realAngle(W + leg, T + thickness, degrees, d.bracketLength)
      // The z bar as drawn and with its legs' roles swapped (z turned over, so it runs to -z: turned back).
      const swapped = transform(realAngle(W + leg, T + thickness, degrees, -d.bracketLength - 2 * W), SWAP_LEGS)
      for (const turn of BAR_TURNS) {
        for (const s of [steel, swapped]) {
          expect(await volumeOf(intersection(connector, transform(s, turn)))).toBeLessThan(0.01)
        }
      }
    }
  })

  it('stops every bar at its end, however out of square, and holds it only on its outer faces', async () => {
    for (const degrees of [outOfSquareDegrees, -outOfSquareDegrees]) {
      const early = realAngle(W + leg, T + thickness, degrees, d.bracketLength - 0.5)
      for (const turn of BAR_TURNS) {
        expect(await volumeOf(intersection(connector, transform(early, turn)))).toBeGreaterThan(0.5)
      }
    }
    // Moved 1 mm inward, off its datum, the nominal angle touches nothing: no slot holds it.
    const inward = translate(realAngle(W, T, 0, d.bracketLength), [1, 1, 0])
    expect(await volumeOf(intersection(connector, inward))).toBeLessThan(0.01)
  })

  it('lets the bolts locate the narrowest, thinnest angle: the washer under each nut on its leg, clear of the other', () => {
    const { thickness: t } = d
    // The bolt (the guide hole the steel is drilled through) is w/2 from the heel on the leg.
    const bolt = W / 2
    const washer = WASHER.M6.outside / 2
    expect(bolt + washer).toBeLessThanOrEqual(W - leg)
    expect(bolt - washer).toBeGreaterThanOrEqual(T + thickness)
    // The plate reaches past the washer under the head.
    expect(plateWidth(d)).toBeGreaterThan(t + bolt + washer)
  })

  it('gives every bolt the length to go through its nut on the thickest steel', () => {
    const leaves = bought(frame12)
    const bolts = leaves.filter((l) => l.part.id.endsWith('cap-screw'))
    const nuts = leaves.filter((l) => l.part.id === 'm6-hex-nut')
    expect(bolts).toHaveLength(48)
    for (const bolt of bolts) {
      const head = applyToPoint(bolt.transform, [0, 0, 0])
      const axis = applyToPoint(bolt.transform, [0, 0, 1]).map((v, k) => v - head[k])
      const along = (p: number[]) => p.reduce((sum, v, k) => sum + (v - head[k]) * axis[k], 0)
      const off = (p: number[]) => Math.hypot(...p.map((v, k) => v - head[k] - along(p) * axis[k]))
      // Its own nut: on its axis, within its reach (others lie on the same line across the frame).
      const nut = nuts.find((n) => {
        const p = applyToPoint(n.transform, [0, 0, 0])
        return off(p) < 1e-6 && along(p) > 0 && along(p) < 30
      })!
      const nutFar = along(applyToPoint(nut.transform, [0, 0, METRIC.M6.nutThickness]))
      const length = Number(/m6x(\d+)-/.exec(bolt.part.id)![1])
      // Steel at its thickest pushes the nut out by the tolerance; the bolt still passes it.
      expect(length).toBeGreaterThanOrEqual(nutFar + thickness)
    }
  })
})

describe('angle frame feet', () => {
  const lowest = async (solid: Solid, m: Mat4) => bounds(await evaluate(transform(solid, m))).min[2]
  const shapeOf = (l: Leaf): Solid =>
    l.kind === 'printed' ? l.part.solid() : l.kind === 'bought' ? l.part.shape() : l.piece.shape()

  it('stand under the four bottom connectors and hold every bolt head clear of the floor', async () => {
    const feet = printed(frame12).filter((l) => l.part.name === 'frame-foot')
    expect(feet).toHaveLength(4)
    for (const foot of feet) expect(await lowest(foot.part.solid(), foot.transform)).toBeCloseTo(-FOOT_HEIGHT, 9)
    const rest = frame12.leaves.filter((l) => !(l.kind === 'printed' && l.part.name === 'frame-foot'))
    const lows = await Promise.all(rest.map((l) => lowest(shapeOf(l), l.transform)))
    expect(Math.min(...lows)).toBeCloseTo(-FOOT_HEIGHT + FOOT.headClearance, 9)
  })

  it('prints as one closed solid on the face that meets the connector', async () => {
    const foot = printed(frame12).find((l) => l.part.name === 'frame-foot')!.part
    const mesh = await evaluate(foot.solid())
    expect(checkManifold(mesh).ok).toBe(true)
    expect(shellCount(mesh)).toBe(1)
    const { min, max } = bounds(mesh)
    expect(min[2]).toBe(0)
    expect(max[2]).toBeCloseTo(FOOT_HEIGHT, 9)
    // The face on the bed is the two bosses' rings and the web: nothing to bridge or support.
    const ring = (Math.PI / 4) * ((FOOT.counterbore + 2 * FOOT.rim) ** 2 - STEEL_HOLE ** 2)
    expect(bedContactArea(mesh)).toBeGreaterThan(2 * ring)
  })
})

describe('plate frame', () => {
  const t = IN / 8

  function checkPanes(layout: PlateFrameLayout) {
    const node = frameModule(layout)
    expect(node).toMatchObject({ name: 'frame', module: 'frame', children: [] })
    expect(printed(node)).toHaveLength(0)
    expect(bought(node)).toHaveLength(0)
    const leaves = stock(node)
    expect(leaves).toHaveLength(6)
    leaves.forEach((leaf, i) => {
      const pane = layout.panes[i]
      const piece: StockPiece = leaf.piece
      expect(piece.item).toBe('plate-3.175')
      expect(piece.length).toBeCloseTo(Math.max(pane.width, pane.height), 6)
      expect(rotationCheck(leaf.transform).det).toBeCloseTo(1, 9)
      // Drawn where the layout puts it.
      const across = Math.min(pane.width, pane.height)
      const box = placedBox(leaf.transform, [0, 0, 0], [piece.length, across, t])
      const axes = ['x', 'y', 'z'] as const
      const inPlane = axes.filter((a) => a !== pane.normal)
      for (let k = 0; k < 3; k++) {
        const extent = axes[k] === pane.normal ? t : axes[k] === inPlane[0] ? pane.width : pane.height
        expect(box.min[k]).toBeCloseTo(pane.origin[k], 6)
        expect(box.max[k]).toBeCloseTo(pane.origin[k] + extent, 6)
      }
    })
    return leaves
  }

  it('makes six panes of OSE 16 in frame, none cut from another', () => {
    const layout = plateLayout(cube(16 * IN), 2 * IN, t)
    const leaves = checkPanes(layout)
    const notes = leaves.map((l) => l.piece.notes)
    expect(notes[0]).toBe('bottom pane, 406.4 x 406.4 mm, window 304.8 x 304.8 mm')
    expect(notes[2]).toBe('front pane, 406.4 x 400.05 mm, window 304.8 x 298.45 mm')
    expect(notes.join()).not.toContain('cut from')
  })

  it('notes a pane cut from the window of a larger one', () => {
    // Tall and shallow: the 500 x 300 top pane fits the front pane's 423.8 x 617.45 window.
    const layout = plateLayout({ x: 500, y: 300, z: 700 }, 1.5 * IN, t, { top: 'front' })
    const front = layout.panes.find((p) => p.name === 'front')!
    expect(front.window.height).toBeGreaterThan(500)
    expect(front.window.width).toBeGreaterThan(300)
    const leaves = checkPanes(layout)
    expect(leaves[1].piece.notes).toBe(
      'top pane, 500 x 300 mm, window 423.8 x 223.8 mm, cut from the window of the front pane',
    )
  })

  it('draws the window open', async () => {
    const layout = plateLayout(cube(16 * IN), 2 * IN, t)
    const leaf = stock(frameModule(layout))[0]
    const v = await volumeOf(leaf.piece.shape())
    expect(v).toBeCloseTo((406.4 ** 2 - 304.8 ** 2) * t, 0)
  })
})
