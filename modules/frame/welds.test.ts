import { describe, expect, it } from 'vitest'
import { stockPieces } from '../../src/assembly/collect.js'
import { REGISTERED } from '../../src/assembly/index.js'
import { cutList } from '../../src/export/cutlist.js'
import { toCsv } from '../../src/export/table.js'
import type { Direction } from '../../src/layout/types.js'
import { machineOf } from '../../test/machines.js'
import { WASHER } from '../vitamins/fasteners.js'
import { filletLeg } from './dimensions.js'

const IN = 25.4

function plateMachine(sets: string[] = []) {
  const built = machineOf('d3d-16in', sets)
  if (built.layout.frame.style !== 'plate') throw new Error('d3d-16in has a plate frame')
  return { ...built, frame: built.layout.frame }
}

describe('plate frame welds', () => {
  it('sizes the fillet by the plate: 1/8 in up to 1/4 in plate, never more than the plate', () => {
    expect(filletLeg(IN / 8)).toBe(IN / 8)
    expect(filletLeg(IN / 4)).toBe(IN / 8)
    expect(filletLeg(2)).toBe(2)
    expect(filletLeg((3 * IN) / 8)).toBe((3 * IN) / 16)
  })

  it('welds the 12 inside corners of the d3d-16in in 1-1/2 in stitches at most 4 in apart', () => {
    const { frame } = plateMachine()
    expect(frame.welding).toMatchObject({ leg: IN / 8, stitch: 1.5 * IN, pitch: 4 * IN })
    expect(frame.joints).toHaveLength(12)
    const seams = new Set(frame.joints.map((j) => [...j.panes].sort().join('-')))
    expect(seams.size).toBe(12)
    for (const joint of frame.joints) {
      // Between the two panes square to it: 16 in less two plates.
      expect(joint.length).toBeCloseTo(16 * IN - 2 * (IN / 8), 9)
      expect(joint).toMatchObject({ pattern: 'stitch', stitches: 5 })
      expect(joint.pitch).toBeLessThanOrEqual(4 * IN)
      expect((joint.stitches - 1) * joint.pitch + frame.welding.stitch).toBeCloseTo(joint.length, 9)
    }
    expect(frame.joints.reduce((sum, j) => sum + j.weldLength, 0)).toBeCloseTo(12 * 5 * 1.5 * IN, 9)
  })

  it('leaves every nut and washer on the steel clear of the fillets', () => {
    const { spec, layout, frame } = plateMachine(['zAxes=4'])
    const context = { spec, layout }
    const drillings = [...REGISTERED.mounts.drillings(context), ...REGISTERED.control.drillings(context)]
    expect(drillings.length).toBeGreaterThan(0)
    const t = frame.profile.thickness
    const room = WASHER.M6.outside / 2 + frame.welding.leg
    for (const drilling of drillings) {
      for (const axis of (['x', 'y', 'z'] as Direction[]).filter((a) => a !== drilling.normal)) {
        const at = drilling.at['xyz'.indexOf(axis)]
        // The panes square to this one have their inside faces t in from the frame's faces.
        expect(Math.min(at - t, frame.outer[axis] - t - at), drilling.purpose).toBeGreaterThan(room)
      }
    }
  })

  it('lists the welds in the cut list: a row per direction of seam, then the procedure', () => {
    const { layout, machine } = plateMachine()
    const table = cutList(stockPieces(machine), layout.frame)
    const welds = table.rows.filter((r) => String(r[0]).startsWith('weld-'))
    expect(welds.map((r) => [r[0], r[2], r[4]])).toEqual([
      ['weld-fillet-3.175', '400.0', 4],
      ['weld-fillet-3.175', '400.0', 4],
      ['weld-fillet-3.175', '400.0', 4],
      ['weld-procedure', '', 1],
    ])
    expect(String(welds[3][5])).toMatch(/^12 seams, 2286 mm of weld in all\. 1\. /)
    expect(String(welds[3][5])).toContain('diagonals of those 5 faces, equal within 1.5 mm')
    // Every row has every column.
    for (const row of table.rows) expect(row).toHaveLength(table.columns.length)
    expect(toCsv(table)).toContain('weld-procedure,"plate frame, welded",,,1,')
  })

  it('has no welds on an angle frame', () => {
    const { layout, machine } = machineOf('d3d-12in')
    const table = cutList(stockPieces(machine), layout.frame)
    expect(table.rows.some((r) => String(r[0]).startsWith('weld-'))).toBe(false)
  })
})
