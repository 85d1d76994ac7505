import { describe, expect, it } from 'vitest'
import { placedLeaves } from '../../src/assembly/collect.js'
import { layoutOf } from '../../src/assembly/index.js'
import { evaluate } from '../../src/kernel/index.js'
import { applyToPoint, type Mat4 } from '../../src/kernel/matrix.js'
import { axisList } from '../../src/layout/index.js'
import { parseSpec } from '../../src/spec/parse.js'
import { inside } from '../../test/geometry.js'
import { machineOf } from '../../test/machines.js'
import { AXIS } from '../axis/dimensions.js'
import { leastHoleFromHeel } from '../frame/dimensions.js'
import { Y_MOUNT, Y_RAIL } from './dimensions.js'
import { mountDrillings } from './index.js'
import { yMount, yMountPoints } from './y-side-mount.js'

type P = [number, number, number]
const near = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]) < 1e-6

/** Where a screw's axis meets the plane through `point` square to the screw. */
function axisPointNear(world: Mat4, point: P): P {
  const origin = applyToPoint(world, [0, 0, 0])
  const dir = applyToPoint(world, [0, 0, 1]).map((v, k) => v - origin[k])
  const t = dir.reduce((s, d, k) => s + d * (point[k] - origin[k]), 0)
  return origin.map((o, k) => o + t * dir[k]) as P
}

const screwsIn = (leaves: ReturnType<typeof placedLeaves>, node: RegExp, id: RegExp) =>
  leaves.filter((p) => node.test(p.path.join('/')) && p.leaf.kind === 'bought' && id.test(p.leaf.part.id))

const print = (a: number, c: number): P => [a, -c, Y_MOUNT.column / 2]

describe('Y rails and Y mounts', () => {
  it.each(['d3d-12in', 'd3d-16in'])(
    '%s: bolt each Y axis end face to a mount, each mount down through its rail, each rail through the frame',
    (preset) => {
      const { layout, machine } = machineOf(preset)
      const leaves = placedLeaves(machine)
      const endHoles = [layout.axes.y.left, layout.axes.y.right].flatMap((a) =>
        [0, a.length].flatMap((u) => [-1, 1].map((s) => applyToPoint(a.placement, [u, (s * 15) as number, 12]))),
      )
      const endScrews = screwsIn(leaves, /y-mount-/, /m6x35-cap-screw/)
      expect(endScrews).toHaveLength(8)
      for (const hole of endHoles) expect(endScrews.some((s) => near(axisPointNear(s.world, hole), hole))).toBe(true)
      // Every rail bolt runs through a hole the frame's steel is drilled with, and only those.
      const drilled = mountDrillings(layout).filter((d) => d.purpose === 'a Y rail')
      expect(drilled).toHaveLength(4)
      const railScrews = screwsIn(leaves, /y-rail-/, /cap-screw/)
      expect(railScrews).toHaveLength(4)
      for (const { at } of drilled) expect(railScrews.some((s) => near(axisPointNear(s.world, at as P), at))).toBe(true)
      const notes = placedLeaves(machine).flatMap((p) => (p.leaf.kind === 'stock' ? [p.leaf.piece.notes] : []))
      const frameNotes = notes.filter((n) => /^Y bars|^(left|right) pane/.test(n))
      // Angle: the four Y bars are one cut whose note names the two top ones; plate: the two side panes.
      const railNotes = frameNotes.filter((n) => /2 holes 6\.5 mm for a Y rail/.test(n))
      expect(railNotes).toHaveLength(layout.frame.style === 'angle' ? 4 : 2)
      if (layout.frame.style === 'angle')
        for (const n of railNotes)
          expect(n).toContain('on the top left and top right bars only: 2 holes 6.5 mm for a Y rail')
      expect(notes.filter((n) => n.startsWith('Y rails: 2'))).toHaveLength(2)
    },
  )

  it('drill the frame clear of the corner connectors: each rail bolt with its spacer lies past their reach', () => {
    for (const preset of ['d3d-12in', 'd3d-1m']) {
      const { layout } = machineOf(preset)
      if (layout.frame.style !== 'angle') throw new Error(`${preset} has an angle frame`)
      const { reach } = layout.frame.corner
      for (const { at } of mountDrillings(layout).filter((d) => d.purpose === 'a Y rail')) {
        const fromFace = Math.min(at[1], layout.frame.outer.y - at[1])
        expect(fromFace - Y_RAIL.spacerDiameter / 2).toBeGreaterThan(reach)
      }
    }
  })

  it('find room for both rail bolts on the least frame of each profile', () => {
    for (const profile of [{}, { profile: { width: '2in', thickness: '3/16in' } }, { style: 'plate' }]) {
      const layout = layoutOf(parseSpec({ buildVolume: { x: 50, y: 50, z: 50 }, frame: profile }))
      const [first, second] = mountDrillings(layout).filter((d) => d.purpose === 'a Y rail' && d.at[0] === 0)
      expect(Math.abs(second.at[1] - first.at[1])).toBeGreaterThan(Y_RAIL.spacerDiameter)
    }
  })

  it('stand each mount on its rail, the axis above the rail, and let it slide the stated range across X', async () => {
    const { layout } = machineOf('d3d-12in')
    const g = { standoff: layout.yAxisStandoff, rodHeight: 90 }
    const p = yMountPoints(g)
    const solid = await evaluate(yMount(g, 'fixed').solid())
    // The shank's surface at the ends of the slide: clear; a millimetre further, in the plastic.
    const shank = (a: number) =>
      Array.from({ length: 12 }, (_, i) => (2 * Math.PI * i) / 12).flatMap((t) =>
        [1, p.baseScrewEnd / 2, p.baseScrewEnd - 0.5].map((c) => [a + 3 * Math.cos(t), 3 * Math.sin(t), c] as const),
      )
    const hits = (a: number) => shank(a).filter(([x, b, c]) => inside(solid, [x, -c, b + Y_MOUNT.column / 2])).length
    for (const a of p.baseBolts) {
      for (const s of [-1, 0, 1]) expect(hits(a + s * Y_MOUNT.slide), `a ${a} slid ${s}`).toBe(0)
      for (const s of [-1, 1]) expect(hits(a + s * (Y_MOUNT.slide + 1))).toBeGreaterThan(0)
    }
    // The inner base bolt's washer under the rail clears the rail's root fillet.
    expect(p.baseBolts[0] - Y_RAIL.gap).toBeGreaterThanOrEqual(
      leastHoleFromHeel(Y_RAIL.angle.width, Y_RAIL.angle.thickness),
    )
    // The base on the rail's horizontal leg, the axis's end face over the mount's column.
    expect(inside(solid, print(p.inner + 2, 1))).toBe(true)
    expect(inside(solid, print(p.outer - 1, 0.5))).toBe(true)
    for (const [a, c] of p.endBolts) expect(inside(solid, print(a + 5, c))).toBe(true)
  })

  it('hold the left Y axis rigidly and the right one on two blades that give along X', async () => {
    const g = { standoff: 53.55, rodHeight: 90 }
    const p = yMountPoints(g)
    const c = p.base + Y_MOUNT.blade.height / 2
    /** Runs of material along a at height c through the middle of the part, as [start, end]. */
    const runs = async (kind: 'fixed' | 'float') => {
      const solid = await evaluate(yMount(g, kind).solid())
      const out: [number, number][] = []
      for (let a = p.inner - 1; a <= p.outer + 1; a += 0.1) {
        if (!inside(solid, print(a, c))) continue
        const last = out.at(-1)
        if (last && a - last[1] < 0.15) last[1] = a
        else out.push([a, a])
      }
      return out
    }
    const float = await runs('float')
    expect(float).toHaveLength(2)
    for (const [a0, a1] of float) expect(a1 - a0).toBeCloseTo(Y_MOUNT.blade.thickness, 0)
    // The fixed mount has a brace there as well: the gusset's diagonal.
    expect(await runs('fixed')).toHaveLength(3)
  })
})

describe('Z mounts', () => {
  it('take each Z end piece by its through bolts, and bolt to the X bars drilled for them', () => {
    const { layout, machine } = machineOf('d3d-18in', ['zAxes=4'])
    const leaves = placedLeaves(machine)
    const screws = screwsIn(leaves, /-mount-(top|bottom)/, /m6x30-(cap|low-head)-screw/)
    const zAxes = axisList(layout.axes).filter((a) => a.direction === 'z')
    // At each end two into the end piece and two through the steel.
    expect(screws).toHaveLength(8 * zAxes.length)
    for (const a of zAxes) {
      for (const u of [
        AXIS.motorEndLength - AXIS.motorEndBoltInset,
        a.length - AXIS.idlerEndLength + AXIS.endBoltInset,
      ]) {
        for (const v of [-17.5, 17.5]) {
          const hole = applyToPoint(a.placement, [u, v, 12])
          expect(
            screws.some((s) => near(axisPointNear(s.world, hole), hole)),
            `${a.name} u=${u} v=${v}`,
          ).toBe(true)
        }
      }
    }
    const bars = leaves.flatMap((p) =>
      p.leaf.kind === 'stock' && p.leaf.piece.notes.startsWith('X bars') ? [p.leaf.piece.notes] : [],
    )
    expect(bars).toHaveLength(4)
    for (const notes of bars)
      expect(notes).toMatch(/on each bar: 4 holes 6\.5 mm for a Z mount \(leg on the front or rear face\)/)
  })
})
