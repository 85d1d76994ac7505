import { describe, expect, it } from 'vitest'
import { countBought, stockPieces } from '../../src/assembly/collect.js'
import { computeLayout } from '../../src/layout/index.js'
import { InputError } from '../../src/spec/errors.js'
import { parseSpec } from '../../src/spec/parse.js'
import { machineOf } from '../../test/machines.js'
import { driverCount } from './index.js'

describe('control panels', () => {
  it('carry a driver per motor but one for both Y motors, on one 8-socket board', () => {
    const count = (sets: string[]) => {
      const { machine, layout } = machineOf('d3d-18in', sets)
      const drivers = countBought(machine).find((c) => c.item.id === 'stepper-driver-tmc2209')?.quantity
      expect(drivers).toBe(driverCount(layout))
      return drivers
    }
    expect(count([])).toBe(5)
    expect(count(['zAxes=4', 'tools=2'])).toBe(8)
  })

  it('hold the power supply, the relay and the controller, and say where to drill the sheets', () => {
    const { machine } = machineOf('d3d-12in')
    const ids = countBought(machine).map((c) => c.item.id)
    expect(ids).toEqual(expect.arrayContaining(['psu-24v-200w', 'ssr-25da', 'controller-8-drivers']))
    const sheets = stockPieces(machine).filter((s) => s.piece.item === 'sheet-aluminium-3')
    expect(sheets.map((s) => s.piece.notes)).toEqual([
      expect.stringMatching(
        /^control panel, power supply and relay, 298\.45 x 125 mm: drill 4 holes 6\.6 mm .* and 6 holes 4\.5 mm/,
      ),
      expect.stringMatching(
        /^control panel, controller, 298\.45 x 125 mm: drill 4 holes 6\.6 mm .* and 4 holes 4\.5 mm/,
      ),
    ])
  })

  it('refuses a side too small for them, naming the size it needs', () => {
    const problems = (raw: unknown) => {
      try {
        computeLayout(parseSpec(raw))
      } catch (error) {
        if (error instanceof InputError) return error.problems
      }
      throw new Error('expected an InputError')
    }
    expect(problems({ frame: { size: 280 } })).toEqual([
      expect.stringMatching(
        /^frame\.size: 280 mm along Y leaves no room for the control panels .* at least 302 mm along Y$/,
      ),
      expect.stringMatching(/^frame\.size: 280 mm along Z leaves no room .* at least 299 mm along Z$/),
    ])
    expect(problems({ frame: { size: { x: 280, y: 310, z: 290 } } })).toEqual([
      expect.stringMatching(/^frame\.size\.z: 290 mm along Z leaves no room .* at least 299 mm along Z$/),
    ])
  })
})
