import { describe, expect, it } from 'vitest'
import { stockPieces } from '../../src/assembly/collect.js'
import { machineOf } from '../../test/machines.js'
import { leastHoleFromHeel } from './dimensions.js'

/** Every hole's distance from the outside of the heel that an angle piece's cut-list note gives. */
function fromHeel(notes: string): number[] {
  const all = (re: RegExp, groups: number[]) => [...notes.matchAll(re)].flatMap((m) => groups.map((g) => Number(m[g])))
  return [
    ...all(/\(([\d.]+), ([\d.]+)\) mm from the (?:lower )?end and from the heel/g, [2]),
    ...all(/\(([\d.]+) mm from the outside of the heel\)/g, [1]),
    ...all(/([\d.]+) mm down from the top/g, [1]),
    ...all(/([\d.]+) and ([\d.]+) mm from the outside of the heel/g, [1, 2]),
  ]
}

describe('holes in a leg of steel angle', () => {
  it.each(['d3d-12in', 'd3d-16in', 'd3d-18in', 'd3d-1m', 'd3d-tall-2m'])(
    '%s: every one keeps its washer off the root fillet',
    (preset) => {
      const { machine } = machineOf(preset)
      const angles = stockPieces(machine).filter(({ piece }) => piece.item.startsWith('angle-'))
      expect(angles.length).toBeGreaterThan(0)
      for (const { piece } of angles) {
        const [w, t] = piece.item.replace('angle-', '').split('x').map(Number)
        const holes = fromHeel(piece.notes)
        expect(holes.length, piece.notes.slice(0, 40)).toBeGreaterThan(0)
        for (const d of holes) expect(d, piece.notes.slice(0, 40)).toBeGreaterThanOrEqual(leastHoleFromHeel(w, t))
      }
    },
  )
})
