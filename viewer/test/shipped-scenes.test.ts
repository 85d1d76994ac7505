import { describe, expect, it } from 'vitest'
import { makeKit, parseSpec } from '../../src/index.js'
import { presetNames, readPreset } from '../../src/node.js'
import { derivedOf, sceneOf } from '../src/worker/scene.js'
import { ShapeCache } from '../src/worker/shape-cache.js'
import { packScene, type ShippedScene, unpackScene } from '../src/worker/shipped-scenes.js'

const bytesOf = (array: ArrayBufferView) => Buffer.from(array.buffer, array.byteOffset, array.byteLength)

/** A preset's first scene as the worker posts it, less its meshes and times. */
async function presetScene(preset: string): Promise<ShippedScene> {
  const spec = parseSpec(readPreset(preset), preset)
  const kit = await makeKit(spec, {})
  const { geometries: _, ...scene } = await sceneOf(kit, new Set(), new ShapeCache())
  return { ...scene, resolved: spec, derived: derivedOf(kit) }
}

describe("the presets' shipped first scenes", () => {
  it.each(presetNames())('gives back the scene of %s as the worker makes it', async (preset) => {
    const scene = await presetScene(preset)
    const { instances, ...rest } = unpackScene(packScene(scene).slice().buffer)
    const { instances: original, ...originalRest } = scene
    expect(rest).toStrictEqual(originalRest)
    expect(instances.count).toBe(original.count)
    for (const key of ['geometry', 'node', 'part', 'matrices', 'centres'] as const) {
      expect(bytesOf(instances[key]).equals(bytesOf(original[key])), key).toBe(true)
    }
  })

  it('refuses a scene that JSON would not give back as it is, and what is not a whole file', async () => {
    const scene = await presetScene(presetNames()[0])
    const [first, ...others] = scene.parts
    expect(() => packScene({ ...scene, parts: [{ ...first, width: undefined }, ...others] })).toThrow('JSON')
    expect(() => packScene({ ...scene, bounds: { ...scene.bounds, min: [Number.NaN, 0, 0] } })).toThrow('JSON')
    const pack = packScene(scene)
    expect(() => unpackScene(pack.slice(0, pack.length - 1).buffer)).toThrow()
    const longer = new Uint8Array(pack.length + 1)
    longer.set(pack)
    expect(() => unpackScene(longer.buffer)).toThrow('after its last scene')
    expect(() => unpackScene(new TextEncoder().encode('not a scene').buffer)).toThrow('not a shipped scene')
  })
})
