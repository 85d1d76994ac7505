import { describe, expect, it } from 'vitest'
import { placedLeaves } from '../../src/assembly/collect.js'
import { makeKit } from '../../src/export/kit.js'
import { bounds, evaluate } from '../../src/kernel/index.js'
import { toMat4 } from '../../src/kernel/matrix.js'
import { applyOverrides } from '../../src/spec/overrides.js'
import { parseSpec } from '../../src/spec/parse.js'
import { readPreset } from '../../src/spec/presets.js'
import type { Box3, SceneData } from '../src/protocol.js'
import { explodeOffsets, nodePaths, visibleInstances } from '../src/scene/placement.js'
import { movedBox } from '../src/worker/boxes.js'
import { sceneOf } from '../src/worker/scene.js'
import { ShapeCache } from '../src/worker/shape-cache.js'
import { DRAWN_TOLERANCE, simplified } from '../src/worker/simplify.js'

const kitOf = (sets: string[] = []) => makeKit(parseSpec(applyOverrides(readPreset('d3d-12in'), sets)))
const asScene = (scene: Awaited<ReturnType<typeof sceneOf>>): SceneData => ({
  ...scene,
  resolved: {},
  derived: {},
  timings: {},
})

describe('the scene the worker sends', () => {
  it('places each printed part where the assembly does: its drawn mesh, moved off the bed, then placed', async () => {
    const kit = await kitOf()
    const scene = await sceneOf(kit, new Set(), new ShapeCache())
    const placed = placedLeaves(kit.machine)
    expect(scene.instances.count).toBe(placed.length)
    expect(scene.geometries.map((g) => g.key)).toEqual(scene.geometryKeys)

    const modelled = new Map<string, Box3>()
    for (const [i, { leaf, world }] of placed.entries()) {
      if (leaf.kind !== 'printed') continue
      if (!modelled.has(leaf.part.name)) modelled.set(leaf.part.name, bounds(await evaluate(leaf.part.solid())))
      const expected = movedBox(modelled.get(leaf.part.name)!, world)
      const matrix = toMat4(scene.instances.matrices.subarray(i * 16, i * 16 + 16))
      const drawn = movedBox(bounds(scene.geometries[scene.instances.geometry[i]]), matrix)
      for (let k = 0; k < 3; k++) {
        expect(Math.abs(drawn.min[k] - expected.min[k])).toBeLessThanOrEqual(DRAWN_TOLERANCE)
        expect(Math.abs(drawn.max[k] - expected.max[k])).toBeLessThanOrEqual(DRAWN_TOLERANCE)
      }
    }
  })

  it('draws printed parts with fewer triangles, within their tolerance of the model', async () => {
    const kit = await kitOf()
    const scene = await sceneOf(kit, new Set(), new ShapeCache())
    let exactTriangles = 0
    let drawnTriangles = 0
    for (const part of kit.parts) {
      const drawn = scene.geometries.find((g) => g.key.startsWith(`printed:${part.part.name}|`))!
      exactTriangles += part.mesh.triangles.length
      drawnTriangles += drawn.triangles.length
      const [a, b] = [bounds(part.mesh), bounds(drawn)]
      for (let k = 0; k < 3; k++) {
        expect(Math.abs(a.min[k] - b.min[k])).toBeLessThanOrEqual(DRAWN_TOLERANCE)
        expect(Math.abs(a.max[k] - b.max[k])).toBeLessThanOrEqual(DRAWN_TOLERANCE)
      }
      // The files come from the kit, exact: the drawn mesh is not it.
      expect(drawn.triangles.length).toBeLessThanOrEqual(part.mesh.triangles.length)
    }
    expect(drawnTriangles).toBeLessThan(0.7 * exactTriangles)
  })

  it('counts each part as the kit does', async () => {
    const kit = await kitOf()
    const scene = await sceneOf(kit, new Set(), new ShapeCache())
    const printed = scene.parts.filter((p) => p.kind === 'printed')
    const byName = (a: (string | number)[], b: (string | number)[]) => String(a[0]).localeCompare(String(b[0]))
    expect(printed.map((p) => [p.name, p.count]).sort(byName)).toEqual(
      kit.parts.map((p) => [p.part.name, p.count]).sort(byName),
    )
    for (const part of scene.parts.filter((p) => p.kind === 'bought')) {
      expect(kit.bom.rows.find((row) => row[0] === part.name)?.[2], part.name).toBe(part.count)
    }
    const stockLeaves = placedLeaves(kit.machine).filter((p) => p.leaf.kind === 'stock').length
    const stockParts = scene.parts.filter((p) => p.kind === 'stock')
    expect(stockParts.reduce((n, p) => n + p.count, 0)).toBe(stockLeaves)
    expect(stockParts.length).toBe(kit.cutlist.rows.length)
  })

  it('sends only the meshes the page lacks, and keeps only the shapes the scene uses', async () => {
    const shapes = new ShapeCache()
    const first = await sceneOf(await kitOf(), new Set(), shapes)
    const second = await sceneOf(await kitOf(['frame.size=14in']), new Set(first.geometryKeys), shapes)
    const sent = second.geometries.map((g) => g.key)
    expect(sent.length).toBeGreaterThan(0)
    expect(sent).toEqual(second.geometryKeys.filter((key) => !first.geometryKeys.includes(key)))
    expect(shapes.size).toBe(second.geometryKeys.length)
  })

  it('draws catalogue parts with fewer triangles, within their tolerance of the shape', async () => {
    const bought = new Map(
      placedLeaves((await kitOf()).machine).flatMap(({ leaf }) =>
        leaf.kind === 'bought' ? [[leaf.part.id, leaf.part]] : [],
      ),
    )
    expect(bought.size).toBeGreaterThan(10)
    let exactTriangles = 0
    let drawnTriangles = 0
    for (const part of bought.values()) {
      const exact = await evaluate(part.shape())
      const drawn = await simplified(exact, DRAWN_TOLERANCE)
      exactTriangles += exact.triangles.length
      drawnTriangles += drawn.triangles.length
      const [a, b] = [bounds(exact), bounds(drawn)]
      for (let k = 0; k < 3; k++) {
        expect(Math.abs(a.min[k] - b.min[k])).toBeLessThanOrEqual(DRAWN_TOLERANCE)
        expect(Math.abs(a.max[k] - b.max[k])).toBeLessThanOrEqual(DRAWN_TOLERANCE)
      }
    }
    expect(drawnTriangles).toBeLessThan(0.8 * exactTriangles)
  })

  it('focuses the view on the bulk of the machine and keeps every instance inside the bounds', async () => {
    const scene = await sceneOf(await kitOf(), new Set(), new ShapeCache())
    for (let k = 0; k < 3; k++) {
      expect(scene.focus.min[k]).toBeGreaterThanOrEqual(scene.bounds.min[k])
      expect(scene.focus.max[k]).toBeLessThanOrEqual(scene.bounds.max[k])
      for (let i = 0; i < scene.instances.count; i++) {
        expect(scene.instances.centres[i * 3 + k]).toBeGreaterThanOrEqual(scene.bounds.min[k])
        expect(scene.instances.centres[i * 3 + k]).toBeLessThanOrEqual(scene.bounds.max[k])
      }
    }
  })
})

describe('placing the scene', () => {
  it('hides a node with everything under it, and isolating one shows only that', async () => {
    const scene = asScene(await sceneOf(await kitOf(), new Set(), new ShapeCache()))
    const paths = nodePaths(scene)
    const [root, module] = paths
    const under = (i: number) => paths[scene.instances.node[i]].startsWith(module)
    const hidden = visibleInstances(scene, { hidden: new Set([module]) })
    const isolated = visibleInstances(scene, { hidden: new Set(), isolated: module })
    for (let i = 0; i < scene.instances.count; i++) {
      expect(hidden[i]).toBe(under(i) ? 0 : 1)
      expect(isolated[i]).toBe(under(i) ? 1 : 0)
    }
    expect(visibleInstances(scene, { hidden: new Set([root]) }).every((v) => v === 0)).toBe(true)
  })

  it('explodes the machine: each module moves away from the middle, and the parts spread', async () => {
    const scene = asScene(await sceneOf(await kitOf(), new Set(), new ShapeCache()))
    const offsets = explodeOffsets(scene)
    const { count, centres, node } = scene.instances
    const mean = (indices: number[], value: (i: number) => number[]) =>
      [0, 1, 2].map((k) => indices.reduce((sum, i) => sum + value(i)[k], 0) / indices.length)
    // Centres of bounding boxes, as the explosion takes them.
    const boxCentre = (indices: number[]) =>
      [0, 1, 2].map((k) => {
        const values = indices.map((i) => centres[i * 3 + k])
        return (Math.min(...values) + Math.max(...values)) / 2
      })
    const all = [...Array(count).keys()]
    const middle = boxCentre(all)
    const distance = (p: number[]) => Math.hypot(p[0] - middle[0], p[1] - middle[1], p[2] - middle[2])
    const spread = (moved: number) =>
      all.reduce((sum, i) => sum + distance([0, 1, 2].map((k) => centres[i * 3 + k] + moved * offsets[i * 3 + k])), 0)
    expect(spread(1)).toBeGreaterThan(1.3 * spread(0))

    for (const [n] of scene.nodes.entries()) {
      const members = all.filter((i) => node[i] === n)
      if (members.length === 0) continue
      const centre = boxCentre(members)
      const away = centre.map((c, k) => c - middle[k])
      if (Math.hypot(...away) < 50) continue
      const moved = mean(members, (i) => [...offsets.subarray(i * 3, i * 3 + 3)])
      expect(
        moved.reduce((dot, m, k) => dot + m * away[k], 0),
        scene.nodes[n].name,
      ).toBeGreaterThan(0)
    }
  })
})
