import { describe, it } from 'vitest'
import type { StockPiece } from '../../src/parts/types.js'
import { GT2 } from './belt-drive.js'
import { expectClosedBetween } from './expect-shape.js'
import { angleBar, belt, plate, ptfeTube, rod, sheet } from './stock.js'

const shapeOf = (piece: StockPiece) => ({ id: piece.item, shape: piece.shape })

describe('stock', () => {
  it('draws each piece closed, along +X for its length, its section its size', async () => {
    await expectClosedBetween(shapeOf(rod(8, 400, '')), [0, -4, -4], [400, 4, 4])
    await expectClosedBetween(shapeOf(angleBar(38.1, 3.175, 500, '')), [0, 0, 0], [500, 38.1, 38.1])
    await expectClosedBetween(shapeOf(plate(3.175, 300, 200, '')), [0, 0, 0], [300, 200, 3.175])
    await expectClosedBetween(shapeOf(sheet(1.5, 250, 150, '')), [0, 0, 0], [250, 150, 1.5])
    await expectClosedBetween(shapeOf(ptfeTube(120, '')), [0, -2, -2], [120, 2, 2])
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
