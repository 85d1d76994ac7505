import { describe, expect, it } from 'vitest'
import { countPrinted } from '../src/assembly/collect.js'
import { makeKit } from '../src/export/kit.js'
import { bedContactArea, bounds, checkManifold, fromBinaryStl } from '../src/kernel/index.js'
import { applyOverrides } from '../src/spec/overrides.js'
import { parseSpec } from '../src/spec/parse.js'
import { presetNames, readPreset } from '../src/spec/presets.js'

const kitOf = (name: string, sets: string[] = []) => makeKit(parseSpec(applyOverrides(readPreset(name), sets)))

describe.each(presetNames())('preset %s', (name) => {
  it('builds; every STL it writes is a closed 2-manifold lying flat on z = 0', async () => {
    const kit = await kitOf(name)
    expect(kit.parts.length).toBeGreaterThan(0)
    for (const part of kit.parts) {
      const mesh = fromBinaryStl(part.stl)
      const report = checkManifold(mesh)
      expect(report, part.part.name).toMatchObject({ ok: true, badEdges: 0 })
      expect(report.volume).toBeGreaterThan(1000)
      const { min, max } = bounds(mesh)
      expect(min[2]).toBe(0)
      // It rests on a real face, not on an edge or a point: at least a tenth of its footprint.
      expect(bedContactArea(mesh), part.part.name).toBeGreaterThan(0.1 * (max[0] - min[0]) * (max[1] - min[1]))
    }
  })
})

describe('intensive scaling', () => {
  it('growing X by 100 mm grows the X rods, X belt and X bars and leaves every printed part unchanged', async () => {
    const small = await kitOf('d3d-12in')
    const large = await kitOf('d3d-12in', ['frame.size={"x":"404.8mm","y":"12in","z":"12in"}'])
    expect(large.parts.map((p) => p.part.name)).toEqual(small.parts.map((p) => p.part.name))
    for (const [i, part] of large.parts.entries()) {
      expect(Buffer.from(part.stl).equals(Buffer.from(small.parts[i].stl)), part.part.name).toBe(true)
      expect(part.count).toBe(small.parts[i].count)
    }
    // Every piece's length, shortest first; what grew shows as a non-zero difference.
    const pieces = (kit: typeof small, item: RegExp) =>
      kit.cutlist.rows
        .filter((r) => item.test(String(r[0])))
        .flatMap((r) => Array<number>(Number(r[4])).fill(Number(r[2])))
        .sort((a, b) => a - b)
    const grew = (item: RegExp) => {
      const before = pieces(small, item)
      return pieces(large, item)
        .map((l, i) => Math.round((l - before[i]) * 10) / 10)
        .filter((d) => d !== 0)
    }
    expect(grew(/^rod-/)).toEqual([100, 100])
    expect(grew(/^gt2-belt/)).toEqual([200])
    expect(grew(/^angle-/)).toEqual([100, 100, 100, 100])
  })
})

describe('extensive scaling', () => {
  it('4 Z axes add two axes of the same parts, nothing new to print', async () => {
    const two = await kitOf('d3d-12in')
    const four = await kitOf('d3d-12in', ['zAxes=4'])
    expect(four.parts.map((p) => p.part.name)).toEqual(two.parts.map((p) => p.part.name))
    const count = (kit: typeof two, name: string) =>
      countPrinted(kit.machine).find((c) => c.item.name === name)?.quantity
    expect(count(four, 'axis-carriage-half')).toBe(count(two, 'axis-carriage-half')! + 4)
  })
})
