// The machine takes new modules as their authors would add them: a kind of tool head (a pen) and
// an accessory (a filament guide), each one folder (test/fixtures) and one registration line
// (here, the list given to moduleSet; in the project, a line of modules/registered.ts).
import { describe, expect, it } from 'vitest'
import { MODULES } from '../modules/registry.js'
import { findCollisions, ShapeStore } from '../src/assembly/collisions.js'
import { moduleSet } from '../src/assembly/index.js'
import { kitFiles } from '../src/export/files.js'
import { makeKit } from '../src/export/kit.js'
import { ModelStore } from '../src/export/models.js'
import { checkManifold, fromBinaryStl, shellCount } from '../src/kernel/index.js'
import { InputError } from '../src/spec/errors.js'
import { applyOverrides } from '../src/spec/overrides.js'
import { parseSpec } from '../src/spec/parse.js'
import { readPreset } from '../src/spec/presets.js'
import { FILAMENT_GUIDE } from './fixtures/filament-guide/index.js'
import { PEN_HEAD } from './fixtures/pen-head/index.js'

const models = new ModelStore()
const shapes = new ShapeStore()
const withBoth = moduleSet([...MODULES, PEN_HEAD, FILAMENT_GUIDE])
const specOf = (preset: string, sets: string[] = []) => parseSpec(applyOverrides(readPreset(preset), sets))
const count = (rows: readonly (readonly (string | number)[])[], item: string) =>
  Number(rows.find((row) => row[0] === item)?.[2] ?? 0)

describe('a second kind of tool head', () => {
  it('builds with its own tool point, motors and parts, and nothing of the extruder', async () => {
    const extruder = await makeKit(specOf('d3d-12in'), { models })
    const pen = await makeKit(specOf('d3d-12in', ['toolHead=pen']), { models, modules: withBoth })
    expect(pen.layout.toolHeads).toMatchObject({ kind: 'pen', motorsEach: 0, toolBelowCarriage: 45 })
    // The bed rises to the tool point: the pen's sits higher than the nozzle by the difference.
    const difference = extruder.layout.toolHeads.toolBelowCarriage - 45
    expect(pen.layout.nozzleZ).toBeCloseTo(extruder.layout.nozzleZ + difference, 9)
    const names = pen.parts.map((p) => p.part.name)
    expect(names).toContain('pen-holder')
    for (const name of ['extruder-mount', 'fan-duct', 'hotend-clamp', 'toolhead-plate'])
      expect(names).not.toContain(name)
    expect(count(pen.bom.rows, 'pen-cartridge-10mm')).toBe(1)
    // No extruder motor: one stepper driver fewer; no probe in the manifest.
    expect(count(pen.bom.rows, 'stepper-driver-tmc2209')).toBe(count(extruder.bom.rows, 'stepper-driver-tmc2209') - 1)
    const manifest = JSON.parse(kitFiles(pen, '0.0.0').get('manifest.json') as string)
    expect(manifest.toolHeads).not.toHaveProperty('probeOffsetMm')
    expect((await findCollisions(pen.machine, shapes)).overlaps).toEqual([])
  })

  it('is refused by a spec when no module of that kind is registered, naming the known kinds', async () => {
    const run = makeKit(specOf('d3d-12in', ['toolHead=laser']), { models, modules: withBoth })
    await expect(run).rejects.toThrow(InputError)
    await expect(run).rejects.toThrow(/toolHead: "laser" is not a kind of tool head here; known: extruder, pen/)
    await expect(makeKit(specOf('d3d-12in', ['toolHead=pen']), { models })).rejects.toThrow(/known: extruder$/)
  })
})

describe('an accessory', () => {
  it.each(['d3d-12in', 'd3d-16in'])(
    'adds its printed part, its screws and a hole in the steel to %s, and changes nothing else',
    async (preset) => {
      const plain = await makeKit(specOf(preset), { models })
      const kit = await makeKit(specOf(preset), { models, modules: withBoth })
      const guide = kit.parts.find((p) => p.part.name === 'filament-guide')
      expect(guide?.count).toBe(1)
      const mesh = fromBinaryStl(guide?.stl as Uint8Array)
      expect(checkManifold(mesh).ok).toBe(true)
      expect(shellCount(mesh)).toBe(1)
      expect(kit.cutlist.rows.some((row) => String(row[5]).includes('the filament guide'))).toBe(true)
      // Every other printed part is the same, byte for byte.
      for (const part of plain.parts)
        expect(Buffer.from(kit.parts.find((p) => p.part.name === part.part.name)?.stl as Uint8Array)).toEqual(
          Buffer.from(part.stl),
        )
      expect(count(kit.bom.rows, 'm6-washer')).toBe(count(plain.bom.rows, 'm6-washer') + 1)
      expect((await findCollisions(kit.machine, shapes)).overlaps).toEqual([])
    },
  )
})
