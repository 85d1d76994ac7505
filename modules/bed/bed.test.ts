import { describe, expect, it } from 'vitest'
import { type PlacedLeaf, placedLeaves } from '../../src/assembly/collect.js'
import { applyToPoint, multiply } from '../../src/kernel/matrix.js'
import { axisList } from '../../src/layout/index.js'
import { machineOf } from '../../test/machines.js'
import { BED } from './dimensions.js'
import { BRACKET_TO_PRINT } from './parts.js'

const bedPlate = (leaves: PlacedLeaf[]) =>
  leaves.find((p) => p.leaf.kind === 'stock' && p.leaf.piece.notes.startsWith('bed plate'))!

describe('bed', () => {
  const { layout, machine } = machineOf('d3d-12in')
  const z = axisList(layout.axes).find((a) => a.direction === 'z')!

  it('brings its top to the nozzle at the top of the Z travel, level, and down by the travel at the bottom', () => {
    for (const [offset, top] of [
      [-z.travel / 2, layout.nozzleZ],
      [z.travel / 2, layout.nozzleZ - z.travel],
    ]) {
      const plate = bedPlate(placedLeaves(machine, { z: offset }))
      const piece = plate.leaf.kind === 'stock' ? plate.leaf.piece : undefined!
      const corners = [
        [0, 0],
        [piece.length, 0],
        [0, piece.width!],
        [piece.length, piece.width!],
      ].map(([x, y]) => applyToPoint(plate.world, [x, y, BED.plateThickness])[2])
      for (const c of corners) expect(c).toBeCloseTo(top, 6)
    }
  })

  it('rests two rods per pair of Z axes in the risers of the brackets, their ends flush with the risers', () => {
    for (const [preset, sets, pairs] of [
      ['d3d-12in', [], 1],
      ['d3d-1m', [], 2],
    ] as const) {
      const m = machineOf(preset, [...sets])
      const leaves = placedLeaves(m.machine, { z: 10 })
      const rods = leaves.filter(
        (p) => p.path.includes('bed') && p.leaf.kind === 'stock' && /bed rod/.test(p.leaf.piece.notes),
      )
      expect(rods).toHaveLength(2 * pairs)
      const risers = leaves.filter((p) => p.leaf.kind === 'printed' && p.leaf.part.name === 'bed-bracket')
      expect(risers).toHaveLength(2 * pairs)
      const faces = risers.map((r) => {
        const reach = r.leaf.kind === 'printed' ? (r.leaf.part.params.reach as number) : 0
        return applyToPoint(multiply(r.world, BRACKET_TO_PRINT), [0, reach, 0])
      })
      for (const rod of rods) {
        const length = rod.leaf.kind === 'stock' ? rod.leaf.piece.length : 0
        expect(length).toBeCloseTo(m.layout.bed.rodLength, 9)
        for (const end of [applyToPoint(rod.world, [0, 0, 0]), applyToPoint(rod.world, [length, 0, 0])]) {
          // Each end lies on a riser's outer face, 28 mm beside the bracket's middle.
          expect(
            faces.some(
              (f) => Math.abs(f[1] - end[1]) < 1e-6 && Math.abs(Math.abs(f[0] - end[0]) - BED.rodOffset) < 1e-6,
            ),
          ).toBe(true)
        }
      }
    }
  })

  it('names the plate to cut and drill, and a heater and insulation as wide as the plate less 5 mm a side, between the blocks', () => {
    const leaves = placedLeaves(machine)
    const plate = bedPlate(leaves)
    expect(plate.leaf.kind === 'stock' && plate.leaf.piece.notes).toMatch(
      /^bed plate, 203\.2 x 203\.2 mm: drill 4 holes 3\.4 mm countersunk to 6 mm/,
    )
    const blocks = leaves.filter((p) => p.leaf.kind === 'printed' && p.leaf.part.name === 'bed-block')
    const blockYs = blocks.map((b) => applyToPoint(b.world, [0, 0, 0])[1])
    const between = Math.max(...blockYs) - Math.min(...blockYs) - 2 * (BED.block.halfDepth + BED.clearance)
    const ids = leaves.flatMap((p) => (p.leaf.kind === 'bought' ? [p.leaf.part.id] : []))
    const size = `${203.2 - 10}x${Math.round(between * 100) / 100}`
    expect(ids).toEqual(expect.arrayContaining([`bed-heater-${size}`, `bed-insulation-${size}`]))
  })
})
