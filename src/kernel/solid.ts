import jscad from '@jscad/modeling'
import type { Geom3 } from '@jscad/modeling/src/geometries/types.js'
import { type Mat4, multiply, type Vec3 } from './matrix.js'

/**
 * A solid as a small CSG tree: leaves are JSCAD geometries, inner nodes are booleans that
 * manifold-3d evaluates in one batch (see evaluate.ts). Trees are immutable values.
 */
export type Solid =
  | { readonly kind: 'leaf'; readonly geom: Geom3 }
  | { readonly kind: 'union' | 'intersection'; readonly children: readonly Solid[] }
  | { readonly kind: 'difference'; readonly base: Solid; readonly cutters: readonly Solid[] }
  | { readonly kind: 'transform'; readonly matrix: Mat4; readonly child: Solid }

export type { Vec3 } from './matrix.js'

export const leaf = (geom: Geom3): Solid => ({ kind: 'leaf', geom })

export function union(...children: Solid[]): Solid {
  return children.length === 1 ? children[0] : { kind: 'union', children }
}

export function intersection(...children: Solid[]): Solid {
  return { kind: 'intersection', children }
}

export function difference(base: Solid, ...cutters: Solid[]): Solid {
  return cutters.length === 0 ? base : { kind: 'difference', base, cutters }
}

const { transforms, maths } = jscad
const { mat4 } = maths

/**
 * Moves a solid by a 4x4 column-major matrix. A primitive moves at once; a boolean's result is
 * evaluated where it was modelled and moved after, so moving a part never changes which of its
 * faces meet (moving every primitive first can turn a clean overlap into a touch).
 */
export function transform(solid: Solid, matrix: Mat4): Solid {
  if (solid.kind === 'leaf') return leaf(transforms.transform([...matrix], solid.geom))
  if (solid.kind === 'transform') return transform(solid.child, multiply(matrix, solid.matrix))
  return { kind: 'transform', matrix, child: solid }
}

export const translate = (solid: Solid, offset: Vec3): Solid =>
  transform(solid, mat4.fromTranslation(mat4.create(), [...offset]))

/** Rotation in degrees about X, then Y, then Z. */
export const rotate = (solid: Solid, degrees: Vec3): Solid => {
  const [x, y, z] = degrees.map((d) => (d * Math.PI) / 180)
  return transform(solid, mat4.fromTaitBryanRotation(mat4.create(), z, y, x))
}

/** Mirror through the plane through the origin with the given normal. */
export const mirror = (solid: Solid, normal: Vec3): Solid => {
  const length = Math.hypot(...normal)
  const [a, b, c] = normal.map((n) => n / length)
  // I - 2 n n^T, column-major.
  const m: Mat4 = [
    1 - 2 * a * a,
    -2 * a * b,
    -2 * a * c,
    0,
    -2 * a * b,
    1 - 2 * b * b,
    -2 * b * c,
    0,
    -2 * a * c,
    -2 * b * c,
    1 - 2 * c * c,
    0,
    0,
    0,
    0,
    1,
  ]
  return transform(solid, m)
}
