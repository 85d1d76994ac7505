import { describe, expect, it } from 'vitest'
import { makeKit } from '../../src/export/kit.js'
import { parseSpec } from '../../src/spec/parse.js'
import { readPreset } from '../../src/spec/presets.js'
import { sceneOf } from '../src/worker/scene.js'
import { ShapeCache } from '../src/worker/shape-cache.js'

describe("the scene's bill of materials", () => {
  it("is the kit's, with the wiring's and the safety items' lines", async () => {
    const kit = await makeKit(parseSpec(readPreset('d3d-12in')))
    const scene = await sceneOf(kit, new Set(), new ShapeCache())
    expect(scene.bom).toEqual(kit.bom)
    const ids = scene.bom.rows.map((row) => String(row[0]))
    for (const id of [
      kit.electrics!.wiring.power.inlet.id,
      'estop-22mm-latching',
      'wire-18awg-mains',
      'cable-tie-100mm',
    ])
      expect(ids, id).toContain(id)
    expect(scene.bom.rows.filter((row) => row[3] === 'wiring' || row[3] === 'safety')).toEqual(kit.electrics!.bom)
  })
})
