import { describe, expect, it } from 'vitest'
import { placedLeaves } from '../../src/assembly/collect.js'
import { applyToPoint } from '../../src/kernel/matrix.js'
import { machineOf, worldBox } from '../../test/machines.js'
import { FILAMENT_SPOOL } from '../vitamins/filament.js'
import { SPOOL } from './index.js'

describe('spool holder', () => {
  it.each([
    ['d3d-12in', [], 319],
    ['d3d-18in', ['zAxes=4'], 457.2 - 25.4],
  ] as const)(
    '%s %j: uprights (frame size - 1 in, or longer to clear the tool head) stand in the rear Z motor ends, on the Z rods; a cross rod of frame size',
    (preset, sets, uprightLength) => {
      const { layout, machine } = machineOf(preset, [...sets])
      const leaves = placedLeaves(machine)
      const rods = (pattern: RegExp) =>
        leaves.filter((p) => p.leaf.kind === 'stock' && pattern.test(p.leaf.piece.notes))
      const uprights = rods(/spool holder upright/)
      const cross = rods(/spool holder cross rod/)
      expect(uprights).toHaveLength(2)
      expect(cross).toHaveLength(1)
      for (const u of uprights) expect(u.leaf.kind === 'stock' && u.leaf.piece.length).toBeCloseTo(uprightLength, 9)
      expect(cross[0].leaf.kind === 'stock' && cross[0].leaf.piece.length).toBeCloseTo(layout.frame.outer.x, 9)
      // Each upright's foot stands 0.25 above the top of a rear Z rod, on its axis.
      const zRodTops = leaves
        .filter(
          (p) => p.path[1]?.startsWith('z-rear') && p.leaf.kind === 'stock' && p.leaf.piece.item.startsWith('rod-'),
        )
        .map((p) => applyToPoint(p.world, [0, 0, 0]))
      for (const u of uprights) {
        const foot = applyToPoint(u.world, [0, 0, 0])
        expect(
          zRodTops.some(
            (t) => Math.hypot(t[0] - foot[0], t[1] - foot[1]) < 1e-6 && Math.abs(foot[2] - t[2] - SPOOL.gap) < 1e-6,
          ),
        ).toBe(true)
      }
    },
  )

  it.each([
    ['d3d-12in', [], '1kg'],
    ['d3d-16in', [], '3kg'],
    ['d3d-18in', ['zAxes=4'], '3kg'],
    ['d3d-1m', [], '3kg'],
  ] as const)(
    '%s %j: hangs a %s spool on the cross rod, beside the tees, at least 10 mm over the tool head at every Y travel end',
    async (preset, sets, size) => {
      const { layout, machine } = machineOf(preset, [...sets])
      const half = layout.axes.y.left.travel / 2
      for (const y of [-half, half]) {
        const leaves = placedLeaves(machine, { y })
        const spools = leaves.filter((p) => p.leaf.kind === 'bought' && p.leaf.part.id.startsWith('filament-spool-'))
        expect(spools.map((p) => p.leaf.kind === 'bought' && p.leaf.part.id)).toEqual([`filament-spool-${size}`])
        const spool = await worldBox(spools[0])
        const crossRod = leaves.find((p) => p.leaf.kind === 'stock' && /cross rod/.test(p.leaf.piece.notes))!
        const rod = await worldBox(crossRod)
        // The rod bears on the top of the hub hole.
        const hubTop = (spool.min[2] + spool.max[2]) / 2 + FILAMENT_SPOOL.hubHole / 2
        expect(hubTop).toBeCloseTo(rod.max[2], 6)
        for (const tee of leaves.filter((p) => p.leaf.kind === 'printed' && p.leaf.part.name.startsWith('spool-tee'))) {
          const t = await worldBox(tee)
          expect(
            spool.min[0] >= t.max[0] + SPOOL.spoolBesideTee || spool.max[0] <= t.min[0] - SPOOL.spoolBesideTee,
          ).toBe(true)
        }
        const head = await Promise.all(leaves.filter((p) => p.motions.includes('x')).map(worldBox))
        expect(spool.min[2] - Math.max(...head.map((b) => b.max[2]))).toBeGreaterThanOrEqual(10)
      }
    },
  )
})
