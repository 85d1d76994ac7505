import { describe, expect, it } from 'vitest'
import { countBought, placedLeaves, stockPieces } from '../../src/assembly/collect.js'
import { layoutOf } from '../../src/assembly/index.js'
import { bounds, checkManifold, evaluate, shellCount } from '../../src/kernel/index.js'
import { applyToPoint } from '../../src/kernel/matrix.js'
import { InputError } from '../../src/spec/errors.js'
import { parseSpec } from '../../src/spec/parse.js'
import { machineOf } from '../../test/machines.js'
import { POWER_SUPPLY } from '../vitamins/electronics.js'
import { STANDARD_SCREW_LENGTHS } from '../vitamins/fasteners.js'
import { PSU_SCREW_REACH } from './dimensions.js'
import { driverCount } from './index.js'

describe('control panels', () => {
  it('carry a driver per motor, each Y motor on its own, on one 8-socket board', () => {
    const count = (sets: string[]) => {
      const { machine, layout } = machineOf('d3d-18in', sets)
      const drivers = countBought(machine).find((c) => c.item.id === 'stepper-driver-tmc2209')?.quantity
      expect(drivers).toBe(driverCount(layout))
      return drivers
    }
    expect(count([])).toBe(6)
    expect(count(['zAxes=4'])).toBe(8)
    expect(count(['tools=2'])).toBe(7)
  })

  it('hold the power supply, the relay and the controller, and say where to drill the sheets', () => {
    const { machine } = machineOf('d3d-12in')
    const ids = countBought(machine).map((c) => c.item.id)
    expect(ids).toEqual(expect.arrayContaining(['psu-24v-150w', 'ssr-25da', 'controller-8-drivers']))
    const sheets = stockPieces(machine).filter((s) => s.piece.item === 'sheet-aluminium-3')
    expect(sheets.map((s) => s.piece.notes)).toEqual([
      expect.stringMatching(
        /^control panel, power supply and relay, 298\.45 x 125 mm: drill 4 holes 6\.6 mm .* and 2 holes 3\.4 mm .* and 2 holes 4\.5 mm .*; the power supply's case starts 24 mm before its first hole/,
      ),
      expect.stringMatching(
        /^control panel, controller, 298\.45 x 125 mm: drill 4 holes 6\.6 mm .* and 4 holes 4\.5 mm/,
      ),
    ])
  })

  it('draw each sheet as one closed solid, drilled through with the holes its notes name', async () => {
    const { machine } = machineOf('d3d-12in')
    for (const { piece } of stockPieces(machine).filter((s) => s.piece.item === 'sheet-aluminium-3')) {
      const mesh = await evaluate(piece.shape())
      const report = checkManifold(mesh)
      expect(report.ok).toBe(true)
      expect(shellCount(mesh)).toBe(1)
      const { min, max } = bounds(mesh)
      expect([...min, ...max]).toEqual([0, 0, 0, piece.length, piece.width!, 3].map((v) => expect.closeTo(v, 4)))
      // "drill 4 holes 6.6 mm ... and 2 holes 3.4 mm ...": each takes at least its round area out.
      const area = (n: string, d: string) => Number(n) * Math.PI * (Number(d) / 2) ** 2
      const drilled =
        [...piece.notes.matchAll(/(\d+) holes ([\d.]+) mm/g)].reduce((s, [, n, d]) => s + area(n, d), 0) * 3
      const missing = piece.length * piece.width! * 3 - report.volume
      expect(missing).toBeGreaterThan(drilled)
      expect(missing).toBeLessThan(drilled * 1.05)
    }
  })

  it('screw the power supply with the longest catalogue screw that stays within its threads', () => {
    const { machine } = machineOf('d3d-12in')
    const leaves = placedLeaves(machine)
    const psu = leaves.find((p) => p.leaf.kind === 'bought' && p.leaf.part.id === 'psu-24v-150w')!
    const face = applyToPoint(psu.world, [0, 0, 0])
    const up = applyToPoint(psu.world, [0, 0, 1]).map((v, k) => v - face[k])
    const depths = leaves.flatMap((p) => {
      if (p.leaf.kind !== 'bought' || !p.path.join('/').includes('control-panel-right')) return []
      const length = Number(p.leaf.part.id.match(/^m3x(\d+)-cap-screw$/)?.[1])
      const o = applyToPoint(p.world, [0, 0, 0])
      const dir = applyToPoint(p.world, [0, 0, 1]).map((v, k) => v - o[k])
      // The supply's screws point into it from the frame's side; the relay's point the other way.
      if (!length || dir.reduce((sum, v, k) => sum + v * up[k], 0) < 0.99) return []
      return [{ length, depth: o.reduce((sum, v, k) => sum + (v + length * dir[k] - face[k]) * up[k], 0) }]
    })
    expect(depths).toHaveLength(POWER_SUPPLY.holes.length)
    for (const { length, depth } of depths) {
      expect(depth).toBeGreaterThan(0)
      expect(depth).toBeLessThanOrEqual(PSU_SCREW_REACH + 1e-9)
      // The next length in the catalogue would reach too far.
      const next = STANDARD_SCREW_LENGTHS.find((l) => l > length)!
      expect(depth + next - length).toBeGreaterThan(PSU_SCREW_REACH)
    }
  })

  it('refuses a side too small for them, naming the size it needs', () => {
    const problems = (raw: unknown) => {
      try {
        layoutOf(parseSpec(raw))
      } catch (error) {
        if (error instanceof InputError) return error.problems
      }
      throw new Error('expected an InputError')
    }
    expect(problems({ frame: { size: 280 } })).toEqual([
      expect.stringMatching(
        /^frame\.size: 280 mm along Y leaves no room for the control panels .* at least 293 mm along Y$/,
      ),
      expect.stringMatching(/^frame\.size: 280 mm along Z leaves no room .* at least 299 mm along Z$/),
    ])
    expect(problems({ frame: { size: { x: 280, y: 310, z: 290 } } })).toEqual([
      expect.stringMatching(/^frame\.size\.z: 290 mm along Z leaves no room .* at least 299 mm along Z$/),
    ])
  })
})

describe('the relay', () => {
  it('is on the panel only where the bed heater runs on mains', () => {
    const ids = (sets: string[]) => countBought(machineOf('d3d-12in', sets).machine).map((c) => c.item.id)
    expect(ids([])).toContain('ssr-25da')
    expect(ids(['bed={"x":100,"y":100}'])).not.toContain('ssr-25da')
  })
})
