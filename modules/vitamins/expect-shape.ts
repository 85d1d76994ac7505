import { expect } from 'vitest'
import { bounds, checkManifold, evaluate, type Solid, type Vec3 } from '../../src/kernel/index.js'

/** Decimals a bound must match: meshes are float32, a few ulps at 100 mm are below 1e-4. */
const DIGITS = 4

/** Evaluates a shape and expects a closed solid whose bounding box runs from `min` to `max`. */
export async function expectClosedBetween(what: { id: string; shape: () => Solid }, min: Vec3, max: Vec3) {
  const mesh = await evaluate(what.shape())
  expect(checkManifold(mesh), what.id).toMatchObject({ ok: true, badEdges: 0, degenerateTriangles: 0 })
  const box = bounds(mesh)
  for (const k of [0, 1, 2]) {
    expect(box.min[k], `${what.id} min ${'xyz'[k]}`).toBeCloseTo(min[k], DIGITS)
    expect(box.max[k], `${what.id} max ${'xyz'[k]}`).toBeCloseTo(max[k], DIGITS)
  }
}

/** The bounds of a round part on the Z axis, from z0 to z1. */
export const aboutZ = (diameter: number, z0: number, z1: number): [Vec3, Vec3] => [
  [-diameter / 2, -diameter / 2, z0],
  [diameter / 2, diameter / 2, z1],
]
