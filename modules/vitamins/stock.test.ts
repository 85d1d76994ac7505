import { describe, expect, it } from 'vitest'
import type { StockPiece } from '../../src/parts/types.js'
import { GT2 } from './belt-drive.js'
import { expectClosedBetween } from './expect-shape.js'
import { SQUARE_TUBE } from './rails.js'
import { angleBar, belt, plate, profileRail, ptfeTube, railHoles, rod, sheet, squareTube } from './stock.js'

const shapeOf = (piece: StockPiece) => ({ id: piece.item, shape: piece.shape })

describe('stock', () => {
  it('draws each piece closed, along +X for its length, its section its size', async () => {
    await expectClosedBetween(shapeOf(rod(8, 400, '')), [0, -4, -4], [400, 4, 4])
    await expectClosedBetween(shapeOf(angleBar(38.1, 3.175, 500, '')), [0, 0, 0], [500, 38.1, 38.1])
    await expectClosedBetween(shapeOf(plate(3.175, 300, 200, '')), [0, 0, 0], [300, 200, 3.175])
    await expectClosedBetween(shapeOf(sheet(1.5, 250, 150, '')), [0, 0, 0], [250, 150, 1.5])
    await expectClosedBetween(shapeOf(ptfeTube(120, '')), [0, -2, -2], [120, 2, 2])
    await expectClosedBetween(shapeOf(profileRail(300, '')), [0, -6, 0], [300, 6, 8])
    await expectClosedBetween(shapeOf(squareTube(SQUARE_TUBE, 500, '')), [0, -20, -20], [500, 20, 20])
  })

  it('weighs a rail and a tube as their catalogue and standard say: 0.65 and 3.30 kg/m', () => {
    expect(profileRail(1000, '').grams).toBeCloseTo(650, 6)
    expect(squareTube(SQUARE_TUBE, 1000, '').grams).toBeCloseTo(3303, 0)
  })

  it('cuts a rail centred on its holes at 25 mm, each end at least 12.5 mm from its hole', () => {
    // 1000 mm: 975 between the end distances takes 39 pitches, 40 holes over 975 mm, 12.5 from each end.
    const holes = railHoles(1000)
    expect(holes.length).toBe(40)
    expect(holes[0]).toBeCloseTo(12.5, 9)
    expect(1000 - holes[holes.length - 1]).toBeCloseTo(12.5, 9)
    // 975 mm: 950 takes 38 pitches exactly, 12.5 from each end; 974 mm: 37 pitches, 24.5 from each end.
    expect(railHoles(975)[0]).toBeCloseTo(12.5, 9)
    expect(railHoles(974)[0]).toBeCloseTo(24.5, 9)
    for (const length of [50, 60, 333.3, 1081.7]) {
      const h = railHoles(length)
      expect(h[0]).toBeGreaterThanOrEqual(12.5)
      expect(h[0]).toBeCloseTo(length - h[h.length - 1], 9)
    }
    expect(() => railHoles(30)).toThrow(/fewer than two holes/)
  })

  it('draws a belt as its closed loop round its two wheels, as wide as the belt', async () => {
    const loop = { span: 300, firstRadius: 6.4, secondRadius: 9.5 }
    const t = GT2.beltThickness
    const outside = loop.secondRadius + t
    await expectClosedBetween(
      shapeOf(belt(700, '', loop)),
      [-(loop.firstRadius + t), -outside, 0],
      [loop.span + outside, outside, GT2.beltWidth],
    )
  })
})
