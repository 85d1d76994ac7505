// The checks take a rail for a long X or Y axis where no rod holds its carriages: the registered
// rail axis (modules/rail-axis).
import { describe, expect, it } from 'vitest'
import { AXIS_MODULE } from '../modules/axis/index.js'
import { RAIL_AXIS_MODULE } from '../modules/axis/rail/index.js'
import { MODULES } from '../modules/registry.js'
import { moduleSet, rodsOf } from '../src/assembly/index.js'
import { makeKit } from '../src/export/kit.js'
import { manifest } from '../src/export/manifest.js'
import { ModelStore } from '../src/export/models.js'
import { applyOverrides } from '../src/spec/overrides.js'
import { parseSpec } from '../src/spec/parse.js'
import { readPreset } from '../src/spec/presets.js'

const modules = moduleSet(MODULES)
const models = new ModelStore()
const kitOf = (preset: string, sets: string[] = []) =>
  makeKit(parseSpec(applyOverrides(readPreset(preset), sets)), { models, modules })
const frequencyChecks = (checks: readonly { id: string; pass: boolean }[]) =>
  checks.filter((c) => /-(rods|rail)-frequency$/.test(c.id)).map((c) => [c.id, c.pass])

describe('a rail where no rod holds', () => {
  it('is registered apart from the axis on rods, one at most', () => {
    expect(modules.axis).toBe(AXIS_MODULE)
    expect(modules.railAxis).toBe(RAIL_AXIS_MODULE)
    expect(() => moduleSet([...MODULES, { ...RAIL_AXIS_MODULE, name: 'another' }])).toThrow(
      /one rail axis module, not 2/,
    )
  })

  it('is taken for X and Y on the 1 m cube, with its own checks, and named in the manifest', async () => {
    const kit = await kitOf('d3d-1m')
    expect(kit.guides).toEqual({ x: { kind: 'rail' }, y: { kind: 'rail' }, z: 8, pinned: false })
    expect(frequencyChecks(kit.checks)).toEqual([
      ['x-rail-frequency', true],
      ['y-left-rail-frequency', true],
      ['y-right-rail-frequency', true],
    ])
    const x = kit.checks.find((c) => c.id === 'x-rail-frequency')
    // Over the X axis's length, end face to end face.
    expect(x?.concern).toMatch(/on an MGN12 rail on a 40 x 40 x 3 mm steel tube spanning 1107.1 mm/)
    const rods = (manifest(kit, 'test') as { rods: object }).rods
    expect(rods).toEqual({
      diameterMm: { z: 8 },
      rail: { directions: ['x', 'y'], guide: 'MGN12H block on an MGN12 rail on a 40 x 40 x 3 mm steel tube' },
      chosenBy: 'the engineering checks (X and Y; Z takes 8 mm)',
    })
  })

  it('is not taken where rods hold: the 12 in cube keeps its 8 mm rods', async () => {
    const kit = await kitOf('d3d-12in')
    expect(kit.guides).toEqual({ x: rodsOf(8), y: rodsOf(8), z: 8, pinned: false })
  })

  it('leaves a pinned rod diameter to the rods, and refuses rods pinned where only the rail holds', async () => {
    const pinned = await kitOf('d3d-1m', ['rod.diameter=10mm'])
    expect(pinned.guides).toEqual({ x: { kind: 'rail' }, y: { kind: 'rail' }, z: 10, pinned: false })
    await expect(kitOf('d3d-1m', ['guide.x=rods'])).rejects.toThrow(
      /^guide\.x: "rods" fails x-rods-frequency: [\d.]+ Hz, at least 35; the least that passes is guide\.x "rail", or leave it out/,
    )
    const railed = await kitOf('d3d-1m', ['guide.x=rail', 'guide.y=rail'])
    expect(railed.guides.pinned).toBe(true)
  })

  it("is refused where it rings too low: as the machine's failing check unpinned, naming the pin where the spec pins it", async () => {
    const long = ['frame.size=1.8m', 'rod.stockLength=3m']
    // A pinned rod diameter leaves the rail free: its failing check is the machine's, not the pin's.
    await expect(kitOf('d3d-1m', [...long, 'rod.diameter=10mm'])).rejects.toThrow(
      /^frame\.size: 1800 mm makes a machine that fails x-rail-frequency: [\d.]+ Hz, at least 35 .*; a tube spanning at most \d+ mm with this carriage/,
    )
    await expect(kitOf('d3d-1m', [...long, 'guide.x=rail'])).rejects.toThrow(
      /^guide\.x: "rail" fails x-rail-frequency: [\d.]+ Hz, at least 35; nothing the axes take passes/,
    )
  })
})
