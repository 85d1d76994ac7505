import { describe, expect, it } from 'vitest'
import { angleBar, plate, rod } from '../../modules/vitamins/stock.js'
import { machineOf } from '../../test/machines.js'
import { stockPieces } from '../assembly/collect.js'
import { cutList } from './cutlist.js'
import { toCsv, toMarkdown } from './table.js'

describe('cut list', () => {
  it('merges equal cuts with their count and notes, keeps panes of another width apart, longest first', () => {
    const table = cutList([
      { piece: rod(8, 381, 'y-left axis'), usedIn: 'y-left' },
      { piece: rod(8, 381.01, 'y-right axis'), usedIn: 'y-right' },
      { piece: rod(8, 406.4, 'x axis'), usedIn: 'x' },
      { piece: plate(3.175, 406.4, 406.4, 'top pane'), usedIn: 'frame' },
      { piece: plate(3.175, 406.4, 400.05, 'front pane'), usedIn: 'frame' },
    ])
    expect(table.rows.map((r) => [r[0], r[2], r[3], r[4], r[5]])).toEqual([
      ['plate-3.175', '406.4', '16', 1, 'top pane'],
      ['plate-3.175', '406.4', '16', 1, 'front pane'],
      ['rod-8mm', '406.4', '16', 1, 'x axis'],
      ['rod-8mm', '381.0', '15', 2, 'y-left axis; y-right axis'],
    ])
  })

  it('keeps frame bars along another axis apart, each direction with its own notes, X first', () => {
    const bar = (along: 'x' | 'y' | 'z', notes: string) => ({
      piece: { ...angleBar(38.1, 3.175, 215.9, notes), along },
      usedIn: 'frame',
    })
    const table = cutList([bar('z', 'Z bar'), bar('x', 'X bar'), bar('y', 'Y bar'), bar('x', 'X bar')])
    expect(table.rows.map((r) => [r[0], r[2], r[4], r[5]])).toEqual([
      ['angle-38.1x3.175', '215.9', 2, 'X bar'],
      ['angle-38.1x3.175', '215.9', 1, 'Y bar'],
      ['angle-38.1x3.175', '215.9', 1, 'Z bar'],
    ])
  })

  it("writes a frame's bars' note once per row, saying which bars take which holes", () => {
    const { machine } = machineOf('d3d-12in')
    const rows = cutList(stockPieces(machine)).rows.filter((r) => /^[XYZ] bars: /.test(String(r[5])))
    expect(rows).toHaveLength(3)
    for (const r of rows) expect(String(r[5]).match(/[XYZ] bars: \d/g)).toHaveLength(1)
    const y = String(rows.find((r) => String(r[5]).startsWith('Y bars'))![5])
    expect(y).toContain('on the top left and top right bars only: 2 holes 6.5 mm for a Y rail')
  })

  it('quotes CSV cells that need it and escapes Markdown pipes', () => {
    const table = { columns: ['a', 'b'], rows: [['x, "y"', 'p|q']] }
    expect(toCsv(table)).toBe('a,b\n"x, ""y""",p|q\n')
    expect(toMarkdown(table, 'T')).toContain('| x, "y" | p\\|q |')
  })
})
