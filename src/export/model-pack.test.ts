import { describe, expect, it } from 'vitest'
import { modelKey } from '../parts/model-key.js'
import { parseSpec } from '../spec/parse.js'
import { DEFAULT_PRESET, readPreset } from '../spec/presets.js'
import { makeKit } from './kit.js'
import { packModels, unpackModels } from './model-pack.js'
import { ModelStore } from './models.js'
import { sha256 } from './sha256.js'

const bytesOf = (array: ArrayBufferView) => Buffer.from(array.buffer, array.byteOffset, array.byteLength)

describe('a pack of models', () => {
  it("gives back every model bit for bit, with the CLI's STL bytes and their SHA-256", async () => {
    const store = new ModelStore()
    const kit = await makeKit(parseSpec(readPreset(DEFAULT_PRESET)), { models: store })
    const models = await store.all()
    const pack = packModels(models)
    const unpacked = new Map(unpackModels(pack.slice().buffer))

    expect([...unpacked.keys()].sort()).toEqual(models.map(([key]) => key).sort())
    for (const part of kit.parts) {
      const model = unpacked.get(modelKey(part.part))!
      expect(model, part.part.name).toBeDefined()
      expect(bytesOf(model.mesh.positions).equals(bytesOf(part.mesh.positions)), part.part.name).toBe(true)
      expect(bytesOf(model.mesh.triangles).equals(bytesOf(part.mesh.triangles)), part.part.name).toBe(true)
      expect(Buffer.from(model.stl).equals(Buffer.from(part.stl)), part.part.name).toBe(true)
      expect(model.sha256).toBe(part.sha256)
      expect(sha256(model.stl)).toBe(part.sha256)
      // Object.is: the very same doubles.
      expect(model.bedShift).toStrictEqual([...part.bedShift])
      expect(model.size).toStrictEqual([...part.size])
      expect(Object.is(model.volume, part.volume)).toBe(true)
    }
    // The same models in another order give the same bytes.
    expect(Buffer.from(packModels([...models].reverse())).equals(Buffer.from(pack))).toBe(true)
  })

  it('refuses what is not a whole pack', async () => {
    const store = new ModelStore()
    await makeKit(parseSpec(readPreset(DEFAULT_PRESET)), { models: store })
    const pack = packModels(await store.all())
    expect(() => unpackModels(pack.slice(0, pack.length - 1).buffer)).toThrow()
    expect(() => unpackModels(new TextEncoder().encode('<!doctype html>').buffer)).toThrow('not a pack')
  })
})
