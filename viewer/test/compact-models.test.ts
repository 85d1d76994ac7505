import { describe, expect, it } from 'vitest'
import { sha256 } from '../../src/export/sha256.js'
import { DEFAULT_PRESET, ModelStore, makeKit, modelKey, parseSpec } from '../../src/index.js'
import { readPreset } from '../../src/node.js'
import { packCompact, unpackCompact } from '../src/worker/compact-models.js'

const bytesOf = (array: ArrayBufferView) => Buffer.from(array.buffer, array.byteOffset, array.byteLength)

async function defaultModels() {
  const models = new ModelStore()
  const kit = await makeKit(parseSpec(readPreset(DEFAULT_PRESET)), { models })
  return { kit, models: await models.all() }
}

describe('the compact pack of models the viewer ships', () => {
  it("gives back every model bit for bit, the CLI's STL bytes put together again from the mesh", async () => {
    const { kit, models } = await defaultModels()
    const pack = packCompact(models)
    const unpacked = new Map(unpackCompact(pack.slice().buffer))
    expect([...unpacked.keys()].sort()).toEqual(models.map(([key]) => key).sort())
    for (const part of kit.parts) {
      const model = unpacked.get(modelKey(part.part))!
      expect(bytesOf(model.mesh.positions).equals(bytesOf(part.mesh.positions)), part.part.name).toBe(true)
      expect(bytesOf(model.mesh.triangles).equals(bytesOf(part.mesh.triangles)), part.part.name).toBe(true)
      expect(Buffer.from(model.stl).equals(Buffer.from(part.stl)), part.part.name).toBe(true)
      expect(sha256(model.stl)).toBe(part.sha256)
      expect(model.sha256).toBe(part.sha256)
      // Object.is: the very same doubles.
      expect(model.bedShift).toStrictEqual([...part.bedShift])
      expect(model.size).toStrictEqual([...part.size])
      expect(Object.is(model.volume, part.volume)).toBe(true)
    }
    // The same models in another order give the same bytes, and fewer than their STLs alone.
    expect(Buffer.from(packCompact([...models].reverse())).equals(Buffer.from(pack))).toBe(true)
    const stlBytes = models.reduce((sum, [, model]) => sum + model.stl.length, 0)
    expect(pack.length).toBeLessThan(0.6 * stlBytes)
  })

  it('refuses a model whose STL is not its mesh, and what is not a whole pack', async () => {
    const { models } = await defaultModels()
    const [key, model] = models[0]
    const stl = model.stl.slice()
    stl[84 + 12] ^= 1 // the first triangle's first corner
    expect(() => packCompact([[key, { ...model, stl }]])).toThrow('is not its mesh')
    const pack = packCompact(models)
    expect(() => unpackCompact(pack.slice(0, pack.length - 1).buffer)).toThrow('cut short')
    const longer = new Uint8Array(pack.length + 1)
    longer.set(pack)
    expect(() => unpackCompact(longer.buffer)).toThrow('bytes after')
    expect(() => unpackCompact(new TextEncoder().encode('<!doctype html>').buffer)).toThrow('not a pack')
  })
})
