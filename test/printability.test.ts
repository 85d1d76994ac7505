import { describe, expect, it } from 'vitest'
import { curedParts, mayNeedSupport } from '../check/known-supports.js'
import { MAX_BRIDGE_MM, MAX_LEDGE_MM, MAX_OVERHANG_DEGREES, printability } from '../check/overhangs.js'
import { countPrinted } from '../src/assembly/collect.js'
import { ModelStore } from '../src/export/models.js'
import { modelKey } from '../src/parts/model-key.js'
import { presetNames } from '../src/spec/presets.js'
import { machineOf } from './machines.js'

/** Every preset, and the default with the most modules. */
const MACHINES: readonly (readonly [string, readonly string[]])[] = [
  ...presetNames().map((name) => [name, []] as const),
  ['d3d-18in', ['zAxes=4']],
  ['d3d-18in', ['tools=2']],
  // The pieces that hold 10 mm rods, which the presets' rods are chosen from.
  ['d3d-12in', ['rod.diameter=10mm']],
  // The Arduino Mega's mount, which only a RAMPS controller takes.
  ['d3d-12in', ['controller=ramps']],
  // The bed on a grid of tubes (the 1 m cube's, chosen by the checks): its brackets.
  ['d3d-1m', ['bedSupport=grid']],
]

describe(`every printed part prints without support (overhangs to ${MAX_OVERHANG_DEGREES} degrees, bridges to ${MAX_BRIDGE_MM} mm, ledges to ${MAX_LEDGE_MM} mm)`, () => {
  it('as its STL lies on the bed, in every preset; only the parts in check/known-supports.ts need support', async () => {
    const models = new ModelStore()
    const seen = new Set<string>()
    const offending = new Map<string, string>()
    const report: string[] = []
    for (const [preset, sets] of MACHINES) {
      for (const { item } of countPrinted(machineOf(preset, [...sets]).machine)) {
        const key = modelKey(item)
        if (seen.has(key)) continue
        seen.add(key)
        const result = printability((await models.modelOf(item)).mesh)
        const area = result.unsupportedArea.toFixed(1)
        const at = result.lowestUnsupported === undefined ? '' : ` from z ${result.lowestUnsupported.toFixed(1)}`
        report.push(`${item.name} (${preset}): ${area} mm2 needs support${at}`)
        if (result.unsupportedArea > 0) offending.set(item.name, `${item.name} (${preset}): ${area} mm2${at}`)
      }
    }
    console.info(report.join('\n'))
    const unexpected = [...offending].filter(([name]) => !mayNeedSupport(name)).map(([, what]) => what)
    expect(unexpected, 'parts that need support').toEqual([])
    expect(curedParts(new Set(offending.keys())), 'listed as needing support but no longer do').toEqual([])
  })
})
