import { describe, expect, it } from 'vitest'
import { placedLeaves } from '../../src/assembly/collect.js'
import { evaluate } from '../../src/kernel/index.js'
import { applyToPoint, type Mat4 } from '../../src/kernel/matrix.js'
import { axisList } from '../../src/layout/index.js'
import { inside } from '../../test/geometry.js'
import { machineOf } from '../../test/machines.js'
import { AXIS } from '../axis/dimensions.js'
import { axisTabHoles } from '../frame/index.js'
import { yMount } from './y-side-mount.js'

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

describe('Y side mounts', () => {
  it('bolt each Y axis end face to a column and the foot through the top corner tab', () => {
    const { layout, machine } = machineOf('d3d-12in')
    const leaves = placedLeaves(machine)
    const endHoles = [layout.axes.y.left, layout.axes.y.right].flatMap((a) =>
      [0, a.length].flatMap((u) => [-1, 1].map((s) => applyToPoint(a.placement, [u, (s * 15) as number, 12]))),
    )
    const endScrews = screwsIn(leaves, /y-mount-/, /m6x35-cap-screw/)
    expect(endScrews).toHaveLength(8)
    for (const hole of endHoles) expect(endScrews.some((s) => near(axisPointNear(s.world, hole), hole))).toBe(true)
    if (layout.frame.style !== 'angle') throw new Error('the d3d-12in has an angle frame')
    const tabs = axisTabHoles(layout.frame)
    const frameScrews = screwsIn(leaves, /y-mount-/, /m6x20-cap-screw/)
    expect(frameScrews).toHaveLength(8)
    for (const { center } of tabs) {
      const c = center as P
      expect(frameScrews.some((s) => near(axisPointNear(s.world, c), c))).toBe(true)
    }
  })

  it('are two parts, the left-hand one the mirror image of the right-hand one', async () => {
    const g = { frame: 'angle' as const, standoff: 53.55, rodHeight: 90, endOffset: 40.85 }
    const [right, left] = await Promise.all([evaluate(yMount(g, 'right').solid()), evaluate(yMount(g, 'left').solid())])
    let seed = 7
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed / 2 ** 31
    }
    for (let i = 0; i < 300; i++) {
      const p: P = [5 + random() * 72, -150 + random() * 150, random() * 120]
      expect(inside(left, [-p[0], p[1], p[2]]), `${p}`).toBe(inside(right, p))
    }
  })

  it('on a plate frame bolt through the side panes, whose cut-list notes say where to drill', () => {
    const { machine } = machineOf('d3d-16in')
    const panes = placedLeaves(machine).flatMap((p) => (p.leaf.kind === 'stock' ? [p.leaf.piece.notes] : []))
    const sides = panes.filter((n) => /^(left|right) pane/.test(n))
    expect(sides).toHaveLength(2)
    for (const notes of sides)
      expect(notes).toMatch(/drill 4 holes 6\.5 mm for a Y side mount: \(.*\) mm along Y and Z from its low corner/)
    const front = panes.find((n) => n.startsWith('front pane'))!
    expect(front).toMatch(/4 holes 6\.5 mm for a Z mount/)
  })
})

describe('Z mounts', () => {
  it('take each Z end piece by its through bolts, and bolt to the X bars drilled for them', () => {
    const { layout, machine } = machineOf('d3d-18in', ['zAxes=4'])
    const leaves = placedLeaves(machine)
    const screws = screwsIn(leaves, /-mount-(top|bottom)/, /m6x30-(cap|low-head)-screw/)
    const zAxes = axisList(layout.axes).filter((a) => a.direction === 'z')
    expect(screws).toHaveLength(4 * zAxes.length)
    for (const a of zAxes) {
      for (const u of [AXIS.motorEndLength - AXIS.endBoltInset, a.length - AXIS.idlerEndLength + AXIS.endBoltInset]) {
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
      expect(notes).toMatch(/Also 4 holes 6\.5 mm for a Z mount \(leg on the front or rear face\)/)
  })
})
