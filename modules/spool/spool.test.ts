import { describe, expect, it } from 'vitest'
import { placedLeaves } from '../../src/assembly/collect.js'
import { applyToPoint } from '../../src/kernel/matrix.js'
import { machineOf } from '../../test/machines.js'
import { SPOOL } from './index.js'

describe('spool holder', () => {
  it.each([
    ['d3d-12in', []],
    ['d3d-18in', ['zAxes=4']],
  ] as const)(
    '%s %j: uprights of frame size - 1 in stand in the rear Z motor ends, on the Z rods; a cross rod of frame size',
    (preset, sets) => {
      const { layout, machine } = machineOf(preset, [...sets])
      const leaves = placedLeaves(machine)
      const rods = (pattern: RegExp) =>
        leaves.filter((p) => p.leaf.kind === 'stock' && pattern.test(p.leaf.piece.notes))
      const uprights = rods(/spool holder upright/)
      const cross = rods(/spool holder cross rod/)
      expect(uprights).toHaveLength(2)
      expect(cross).toHaveLength(1)
      const S = layout.frame.outer.x
      for (const u of uprights) expect(u.leaf.kind === 'stock' && u.leaf.piece.length).toBeCloseTo(S - 25.4, 9)
      expect(cross[0].leaf.kind === 'stock' && cross[0].leaf.piece.length).toBeCloseTo(S, 9)
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
})
