import { describe, expect, it } from 'vitest'
import { DEFAULT_PRESET, makeKit, parseSpec } from '../../src/index.js'
import { readPreset } from '../../src/node.js'
import { packDrawn, unpackDrawn } from '../src/worker/drawn-meshes.js'
import { sceneOf } from '../src/worker/scene.js'
import { ShapeCache } from '../src/worker/shape-cache.js'

const bytesOf = (array: ArrayBufferView) => Buffer.from(array.buffer, array.byteOffset, array.byteLength)

async function defaultScene() {
  const kit = await makeKit(parseSpec(readPreset(DEFAULT_PRESET)), {})
  return { kit, scene: await sceneOf(kit, new Set(), new ShapeCache()) }
}

describe('the pack of drawn meshes the viewer ships', () => {
  it('gives back every mesh of a scene bit for bit, and a scene drawn from them is the same scene', async () => {
    const { kit, scene } = await defaultScene()
    const meshes = scene.geometries.map(({ key, positions, triangles }) => [key, { positions, triangles }] as const)
    expect(meshes.map(([key]) => key.split(':')[0])).toEqual(expect.arrayContaining(['printed', 'bought', 'stock']))
    const pack = packDrawn(meshes)
    const unpacked = new Map(unpackDrawn(pack.slice().buffer))
    expect([...unpacked.keys()].sort()).toEqual(meshes.map(([key]) => key).sort())
    for (const [key, mesh] of meshes) {
      expect(bytesOf(unpacked.get(key)!.positions).equals(bytesOf(mesh.positions)), key).toBe(true)
      expect(bytesOf(unpacked.get(key)!.triangles).equals(bytesOf(mesh.triangles)), key).toBe(true)
    }
    // The same meshes in another order give the same bytes, fewer than the meshes as they are.
    expect(Buffer.from(packDrawn([...meshes].reverse())).equals(Buffer.from(pack))).toBe(true)
    const raw = meshes.reduce((sum, [, m]) => sum + m.positions.byteLength + m.triangles.byteLength, 0)
    expect(pack.length).toBeLessThan(0.8 * raw)

    // A worker that adopted the pack makes nothing, and sends the same scene.
    const shapes = new ShapeCache()
    shapes.adopt(unpacked)
    const again = await sceneOf(kit, new Set(), shapes)
    expect(meshes.every(([key]) => shapes.wasAdopted(key))).toBe(true)
    expect(again.geometryKeys).toEqual(scene.geometryKeys)
    expect(bytesOf(again.instances.matrices).equals(bytesOf(scene.instances.matrices))).toBe(true)
    expect(again.parts).toEqual(scene.parts)
    for (const [g, geometry] of again.geometries.entries()) {
      expect(bytesOf(geometry.positions).equals(bytesOf(scene.geometries[g].positions)), geometry.key).toBe(true)
    }
  })

  it('refuses what is not a whole pack', async () => {
    const { scene } = await defaultScene()
    const pack = packDrawn(scene.geometries.map((g) => [g.key, g] as const))
    expect(() => unpackDrawn(pack.slice(0, pack.length - 1).buffer)).toThrow('cut short')
    const longer = new Uint8Array(pack.length + 1)
    longer.set(pack)
    expect(() => unpackDrawn(longer.buffer)).toThrow('bytes after')
    expect(() => unpackDrawn(new TextEncoder().encode('<!doctype html>').buffer)).toThrow('not a pack')
  })
})
