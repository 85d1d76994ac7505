import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type PresetKit, readmeTotals, VARIANTS } from '../../check/report.js'
import { applyOverrides } from '../spec/overrides.js'
import { parseSpec } from '../spec/parse.js'
import { presetNames, readPreset } from '../spec/presets.js'
import { makeKit } from './kit.js'
import { manifest } from './manifest.js'
import { ModelStore } from './models.js'
import {
  formatDuration,
  PRINT_ESTIMATES,
  PRINT_ESTIMATES_FILE,
  printRecordOf,
  UPDATE_PRINT_ESTIMATES,
} from './print-estimates.js'

const kits: PresetKit[] = []
const models = new ModelStore()
for (const preset of presetNames())
  kits.push({ preset, kit: await makeKit(parseSpec(readPreset(preset), `preset ${preset}`), { models }) })

/** The variants check:print estimates besides the presets. */
const variants: PresetKit[] = []
for (const { preset, sets } of VARIANTS)
  variants.push({ preset, kit: await makeKit(parseSpec(applyOverrides(readPreset(preset), [...sets])), { models }) })

const outOfDate = `${PRINT_ESTIMATES_FILE} is out of date: run ${UPDATE_PRINT_ESTIMATES}`

describe('print estimates', () => {
  it('has a record for the geometry of every printed part of every preset and variant', () => {
    const missing = [...kits, ...variants].flatMap(({ preset, kit }) =>
      kit.parts.filter((p) => !printRecordOf(p, kit.spec.material)).map((p) => `${preset}: ${p.part.name}`),
    )
    expect(missing, outOfDate).toEqual([])
  })

  it('has no record that matches no part', () => {
    const used = new Set(
      [...kits, ...variants].flatMap(({ kit }) => kit.parts.map((p) => printRecordOf(p, kit.spec.material))),
    )
    const unused = PRINT_ESTIMATES.parts.filter((r) => !used.has(r)).map((r) => `${r.name} ${r.sha256}`)
    expect(unused, outOfDate).toEqual([])
  })

  it("has the README's totals table made from the records", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    expect(readme, `README.md's print estimates are out of date: run ${UPDATE_PRINT_ESTIMATES}`).toContain(
      readmeTotals(kits, PRINT_ESTIMATES),
    )
  })

  it('adds each part and the machine totals to the manifest', () => {
    const { kit } = kits[0]
    const { parts, totals } = manifest(kit, 'test') as {
      parts: { slicerEstimate: { printTimeS: number } }[]
      totals: { slicerEstimate: { printTimeS: number; note: string } }
    }
    const sum = kit.parts.reduce((s, p, i) => s + parts[i].slicerEstimate.printTimeS * p.count, 0)
    expect(totals.slicerEstimate.printTimeS).toBeCloseTo(sum)
    expect(totals.slicerEstimate.note).toContain(PRINT_ESTIMATES.slicer)
  })

  it('says which parts have no record, and gives no totals then', () => {
    const { kit } = kits[0]
    const changed = { ...kit, parts: kit.parts.map((p, i) => (i === 0 ? { ...p, sha256: 'changed' } : p)) }
    const { parts, totals } = manifest(changed, 'test') as {
      parts: { slicerEstimate: unknown }[]
      totals: { slicerEstimate: { printTimeS: null; partsWithoutEstimate: string[]; note: string } }
    }
    expect(parts[0].slicerEstimate).toBeNull()
    expect(totals.slicerEstimate).toMatchObject({ printTimeS: null, partsWithoutEstimate: [kit.parts[0].part.name] })
    expect(totals.slicerEstimate.note).toMatch(/no slicer record/)
  })

  it('formats durations in hours and minutes', () => {
    expect(formatDuration(2937)).toBe('49 min')
    expect(formatDuration(3 * 3600 + 4 * 60 + 29)).toBe('3 h 04 min')
    expect(formatDuration(250 * 3600 + 43 * 60)).toBe('250 h 43 min')
  })
})
