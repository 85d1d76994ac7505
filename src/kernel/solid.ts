import jscad from '@jscad/modeling'
import type { Geom3 } from '@jscad/modeling/src/geometries/types.js'

/**
 * A solid as a small CSG tree: leaves are JSCAD geometries, inner nodes are booleans that
 * manifold-3d evaluates in one batch (see evaluate.ts). Trees are immutable values.
 */
export type Solid =
  | { readonly kind: 'leaf'; readonly geom: Geom3 }
  | { readonly kind: 'union' | 'intersection'; readonly children: readonly Solid[] }
  | { readonly kind: 'difference'; readonly base: Solid; readonly cutters: readonly Solid[] }

export type Vec3 = readonly [number, number, number]

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

/** Applies a JSCAD transform to every leaf of a tree. */
export function mapLeaves(solid: Solid, fn: (geom: Geom3) => Geom3): Solid {
  switch (solid.kind) {
    case 'leaf':
      return leaf(fn(solid.geom))
    case 'difference':
      return difference(mapLeaves(solid.base, fn), ...solid.cutters.map((c) => mapLeaves(c, fn)))
    default:
      return { kind: solid.kind, children: solid.children.map((c) => mapLeaves(c, fn)) }
  }
}

const { transforms } = jscad

export const translate = (solid: Solid, offset: Vec3): Solid =>
  mapLeaves(solid, (g) => transforms.translate([...offset], g))

/** Rotation in degrees about X, then Y, then Z. */
export const rotate = (solid: Solid, degrees: Vec3): Solid =>
  mapLeaves(solid, (g) => {
    const [x, y, z] = degrees.map((d) => (d * Math.PI) / 180)
    return transforms.rotate([x, y, z], g)
  })

export const mirror = (solid: Solid, normal: Vec3): Solid =>
  mapLeaves(solid, (g) => transforms.mirror({ normal: [...normal] }, g))

export const transform = (solid: Solid, matrix: readonly number[]): Solid =>
  mapLeaves(solid, (g) => transforms.transform(matrix as never, g))
