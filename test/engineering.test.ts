import { describe, expect, it } from 'vitest'
import { MODULES } from '../modules/registry.js'
import { countBought, stockPieces } from '../src/assembly/collect.js'
import { moduleSet, rodsOf } from '../src/assembly/index.js'
import { massOf } from '../src/engineering/index.js'
import { makeKit } from '../src/export/kit.js'
import { manifest } from '../src/export/manifest.js'
import { ModelStore } from '../src/export/models.js'
import { machineReport } from '../src/export/report.js'
import { InputError } from '../src/spec/errors.js'
import { applyOverrides } from '../src/spec/overrides.js'
import { parseSpec } from '../src/spec/parse.js'
import { presetNames, readPreset } from '../src/spec/presets.js'

const models = new ModelStore()
const kitOf = (name: string, sets: string[] = []) =>
  makeKit(parseSpec(applyOverrides(readPreset(name), sets)), { models })

describe.each(presetNames())('preset %s: engineering checks', (name) => {
  it('gives every check a finite value, limit and margin, and a fix where it fails', async () => {
    const kit = await kitOf(name)
    expect(kit.checks.length).toBeGreaterThan(0)
    for (const check of kit.checks) {
      for (const figure of [check.value, check.limit, check.margin])
        expect(Number.isFinite(figure), check.id).toBe(true)
      expect(check.pass, check.id).toBe(check.margin >= 1)
      expect(check.fix !== undefined, check.id).toBe(!check.pass)
    }
    expect(new Set(kit.checks.map((c) => c.id)).size).toBe(kit.checks.length)
  })
})

describe('the machine report', () => {
  it('weighs the machine as its lists count it: printed parts, bought parts and stock', async () => {
    const kit = await kitOf('d3d-12in')
    const printed = new Map(kit.parts.map((p) => [p.part.name, p]))
    const grams = (name: string) => {
      const part = printed.get(name)
      if (!part) throw new Error(name)
      return part.grams
    }
    const fromLists =
      kit.parts.reduce((sum, p) => sum + p.grams * p.count, 0) +
      countBought(kit.machine).reduce((sum, c) => sum + c.item.grams * c.quantity, 0) +
      stockPieces(kit.machine).reduce((sum, s) => sum + s.piece.grams, 0)
    expect(massOf(kit.machine, grams)).toBeCloseTo(fromLists / 1000, 6)
  })

  it('is heavier on the Z belts for a bigger bed, which takes a larger gearbox, on longer, less stiff rods', async () => {
    const small = await kitOf('d3d-12in')
    const big = await kitOf('d3d-12in', ['bed.x=300mm', 'bed.y=300mm', 'frame.size=18in'])
    const margin = (kit: typeof small, id: string) => kit.checks.find((c) => c.id === id)?.margin ?? Number.NaN
    const value = (kit: typeof small, id: string) => kit.checks.find((c) => c.id === id)?.value ?? Number.NaN
    expect(value(big, 'z-belt-tension')).toBeGreaterThan(value(small, 'z-belt-tension'))
    expect(big.zMotor.nominal).toBeGreaterThan(small.zMotor.nominal)
    expect(margin(big, 'x-rods-frequency')).toBeLessThan(margin(small, 'x-rods-frequency'))
  })

  it('lists every check in the manifest and in report.md', async () => {
    const kit = await kitOf('d3d-1m')
    const record = manifest(kit, 'test') as { checks: { id: string; pass: boolean }[] }
    expect(record.checks.map((c) => c.id)).toEqual(kit.checks.map((c) => c.id))
    const report = machineReport(kit)
    for (const check of kit.checks) expect(report).toContain(`### ${check.id}: pass`)
    expect(report).toContain(`Every engineering check passes (${kit.checks.length}).`)
  })

  it('refuses a machine that fails a check, naming each failing check, its figure, its limit and its fix', async () => {
    // A 1.8 m cube: its X and Y rails ring below 35 Hz over their spans.
    const refused = kitOf('d3d-1m', ['frame.size=1.8m', 'rod.stockLength=3m'])
    await expect(refused).rejects.toThrow(InputError)
    await expect(refused).rejects.toThrow(
      /^frame\.size: 1800 mm makes a machine that fails x-rail-frequency: [\d.]+ Hz, at least 35 \(x axis: .*\); a tube spanning at most \d+ mm with this carriage/m,
    )
  })
})

describe('the Z motors chosen by the checks', () => {
  const zChecks = (kit: { checks: readonly { id: string; pass: boolean }[] }) =>
    kit.checks.filter((c) => c.id.startsWith('z-hold-')).map((c) => [c.id, c.pass])

  it("hold every preset's bed with the motors on and off, with the least gearbox that does", async () => {
    for (const name of presetNames()) {
      const kit = await kitOf(name)
      expect(zChecks(kit), name).toEqual([
        ['z-hold-motors-on', true],
        ['z-hold-motors-off', true],
      ])
      // The next smaller choice would let the bed drop with the motors off.
      if (kit.zMotor.nominal > 1) {
        const smaller = [1, 5, 14, 19, 27].filter((n) => n < kit.zMotor.nominal).at(-1)
        await expect(kitOf(name, [`motor.zReduction=${smaller}`]), name).rejects.toThrow(/z-hold-motors-off/)
      }
    }
    expect((await kitOf('d3d-12in')).zMotor.nominal).toBe(5)
    expect((await kitOf('d3d-1m')).zMotor.nominal).toBe(27)
  })

  it('refuse a pinned gearbox that lets the bed drop, naming the field, the figure and the limit', async () => {
    const refused = kitOf('d3d-1m', ['motor.zReduction=5'])
    await expect(refused).rejects.toThrow(InputError)
    await expect(refused).rejects.toThrow(
      /^motor\.zReduction: 5 fails z-hold-motors-off: [\d.]+ x load torque, at least 1\.5; use motor\.zReduction 27/,
    )
    await expect(kitOf('d3d-12in', ['motor.zReduction=7'])).rejects.toThrow(
      /^motor\.zReduction: 7 is not a gearbox on sale; use 1, 5, 14, 19, 27/,
    )
  })

  it('take a pinned gearbox that holds: the same printed parts, another gearmotor in the BOM', async () => {
    const chosen = await kitOf('d3d-12in')
    const pinned = await kitOf('d3d-12in', ['motor.zReduction=27'])
    expect(pinned.zMotor).toMatchObject({ nominal: 27, pinned: true })
    const items = (kit: typeof chosen) => kit.bom.rows.map((r) => String(r[0])).filter((id) => id.startsWith('nema17'))
    expect(items(chosen)).toEqual(['nema17-40', 'nema17-40-pg5'])
    expect(items(pinned)).toEqual(['nema17-40', 'nema17-40-pg27'])
    const names = (kit: typeof chosen) => kit.parts.map((p) => p.part.name)
    expect(names(pinned)).toEqual(names(chosen))
    const stl = new Map(chosen.parts.map((p) => [p.part.name, p.stl]))
    for (const part of pinned.parts)
      expect(Buffer.from(part.stl).equals(Buffer.from(stl.get(part.part.name)!)), part.part.name).toBe(true)
  })
})

describe('the rods chosen by the checks', () => {
  const rodChecks = (kit: { checks: readonly { id: string; pass: boolean }[] }) =>
    kit.checks.filter((c) => c.id.endsWith('-rods-frequency')).map((c) => [c.id, c.pass])

  it('are 8 mm where 8 mm rods ring at 35 Hz, 10 mm where only 10 mm do, and 10 mm (failing) past that', async () => {
    const expected: Record<string, [number, boolean]> = {
      'd3d-12in': [8, true],
      'd3d-16in': [8, true],
      'd3d-18in': [10, true],
      'd3d-tall-2m': [10, true],
    }
    // No free rod holds a 1 m axis's carriage: the checks take the rail (test/rail-choice.test.ts).
    for (const name of presetNames().filter((n) => n !== 'd3d-1m')) {
      const kit = await kitOf(name)
      const [diameter, pass] = expected[name]
      expect(kit.guides, name).toEqual({ x: rodsOf(diameter), y: rodsOf(diameter), z: 8, pinned: false })
      for (const [id, passes] of rodChecks(kit)) expect(passes, `${name} ${id}`).toBe(pass)
      // 10 mm is chosen only where 8 mm fails: pinned to 8, the machine is refused.
      if (diameter === 10 && pass)
        await expect(kitOf(name, ['rod.diameter=8mm']), name).rejects.toThrow(/x-rods-frequency/)
      const bom = new Map(kit.bom.rows.map((r) => [String(r[0]), Number(r[2])]))
      // Four bearings per carriage: one X carriage, two Y; the Z carriages keep LM8UU.
      if (diameter === 10) expect(bom.get('lm10uu'), name).toBe(12)
      const manifestRods = (manifest(kit, 'test') as { rods: { diameterMm: object } }).rods
      expect(manifestRods.diameterMm, name).toEqual({ x: diameter, y: diameter, z: 8 })
    }
  })

  it('refuse a pinned diameter whose carriages ring too low, naming the field, the figure, the limit and the least that passes', async () => {
    const refused = kitOf('d3d-18in', ['rod.diameter=8mm'])
    await expect(refused).rejects.toThrow(InputError)
    await expect(refused).rejects.toThrow(
      /^rod\.diameter: 8 mm fails x-rods-frequency: [\d.]+ Hz, at least 35; the least that passes is 10mm, or leave it out to have it chosen/,
    )
    // 8 mm pinned on the 1 m cube: no rod passes, the rail does.
    await expect(kitOf('d3d-1m', ['rod.diameter=8mm'])).rejects.toThrow(
      /^rod\.diameter: 8 mm fails x-rods-frequency: [\d.]+ Hz, at least 35; the least that passes is guide\.x "rail"/,
    )
    // 10 mm, the largest rod, leaves X and Y to the rail: pinned to rods, X fails and its pin is named.
    await expect(kitOf('d3d-1m', ['rod.diameter=10mm', 'guide.x=rods'])).rejects.toThrow(
      /^guide\.x: "rods" fails x-rods-frequency: [\d.]+ Hz, at least 35; the least that passes is guide\.x "rail"/,
    )
  })

  it('refuse a rail pinned where no axis module runs on one, and pinned rods that ring too low, naming the field', async () => {
    const withoutRail = MODULES.filter((m) => m.name !== 'rail-axis')
    await expect(
      makeKit(parseSpec(applyOverrides(readPreset('d3d-12in'), ['guide.x=rail'])), {
        models,
        modules: moduleSet(withoutRail),
      }),
    ).rejects.toThrow(/^guide\.x: "rail": no registered axis module runs on a rail; use "rods"/)
    // 8 mm rods on the 18 in cube ring too low: each line names the pin that holds its direction.
    const refused = kitOf('d3d-18in', ['guide.y=rods', 'rod.diameter=8mm'])
    await expect(refused).rejects.toThrow(/^rod\.diameter: 8 mm fails x-rods-frequency: [\d.]+ Hz, at least 35;/)
    await expect(refused).rejects.toThrow(
      /\nguide\.y: "rods" fails y-left-rods-frequency: [\d.]+ Hz, at least 35; the least that passes is 10mm, or leave it out/,
    )
  })

  it('take a pinned diameter that holds, on every axis', async () => {
    const kit = await kitOf('d3d-18in', ['rod.diameter=10mm'])
    expect(kit.guides).toEqual({ x: rodsOf(10), y: rodsOf(10), z: 10, pinned: true })
    expect(rodChecks(kit).every(([, pass]) => pass)).toBe(true)
    expect((manifest(kit, 'test') as { rods: { chosenBy: string } }).rods.chosenBy).toBe('spec')
  })
})

describe('a bed that never heats', () => {
  it('is refused, naming the bed: its heater (capped at the outlet) loses to the plate on the way to the bed temperature', async () => {
    const refused = kitOf('d3d-12in', ['frame.style=plate', 'frame.size=2.4m', 'rod.stockLength=3000mm'])
    await expect(refused).rejects.toThrow(InputError)
    await expect(refused).rejects.toThrow(
      /^bed: [\d.]+ x [\d.]+ mm never heats \(Bed heats to 80 C for PETG from 25 C: 1300 W at 120 V .*\): the heater gives less than the plate loses/,
    )
  })
})

describe('the bed support chosen by the checks', () => {
  const bedChecks = (kit: { checks: readonly { id: string; pass: boolean }[] }) =>
    kit.checks.filter((c) => /^(bed-|z-)/.test(c.id)).map((c) => [c.id, c.pass])

  it('is the rods where they keep the plate within 0.1 mm, the grid of tubes on the 1 m cube, and every bed and Z check passes', async () => {
    for (const name of presetNames()) {
      const kit = await kitOf(name)
      expect(kit.spec.bedSupport, name).toBe(name === 'd3d-1m' ? 'grid' : undefined)
      for (const [id, pass] of bedChecks(kit)) expect(pass, `${name} ${id}`).toBe(true)
    }
    const grid = await kitOf('d3d-1m')
    const sag = grid.checks.find((c) => c.id === 'bed-plate-sag')!
    expect(sag.value).toBeCloseTo(0.08, 3)
    expect(sag.basis).toMatch(/between the cross tubes/)
    // The 2.5 mm plate is lighter than 1/8 in: the same gearbox holds the bed.
    expect(grid.zMotor.nominal).toBe(27)
  })

  it('refuses pinned rods that let the plate sag, naming the field, the sag and the limit', async () => {
    const refused = kitOf('d3d-1m', ['bedSupport=rods'])
    await expect(refused).rejects.toThrow(InputError)
    await expect(refused).rejects.toThrow(
      /^bedSupport: rods fails bed-plate-sag: 2\.57 mm, at most 0\.1; use grid, or leave it out to have it chosen/,
    )
    // A grid pinned on a small bed: its own parts, and a passing sag.
    const small = await kitOf('d3d-12in', ['bedSupport=grid'])
    expect(small.parts.map((p) => p.part.name)).toContain('bed-tube-bracket')
    expect(small.parts.map((p) => p.part.name)).not.toContain('bed-block')
    expect(small.checks.find((c) => c.id === 'bed-plate-sag')!.pass).toBe(true)
  })
})
