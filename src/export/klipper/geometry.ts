import { applyToPoint, type Vec3 } from '../../kernel/matrix.js'
import type { AxisLayout, Layout } from '../../layout/index.js'

/**
 * The machine in the printer's coordinates: the nozzle's X and Y from the bed's front-left
 * corner (so that the slicer's bed and Klipper's agree), Z the nozzle's height over the bed.
 */
export type Range = readonly [number, number]

/** Machine X and Y of the bed's front-left corner: the origin of the printer's X and Y. */
export const bedOrigin = (layout: Layout): readonly [number, number] => [
  layout.bed.center[0] - layout.bed.x / 2,
  layout.bed.center[1] - layout.bed.y / 2,
]

/** The machine X or Y of a point of an axis's carriage, `u` along the axis from its motor end. */
const alongAxis = (axis: AxisLayout, u: number, k: 0 | 1) => applyToPoint(axis.placement, [u, 0, 0])[k]

/**
 * Where the first carriage's middle, and with it the first nozzle, goes along X (k = 0, the X
 * axis) or Y (k = 1, a Y axis), from one end piece to the other, in the printer's coordinates:
 * the reach of src/layout's carriageRange, the travel it gives the axis.
 */
export function nozzleReach(layout: Layout, carriageLength: number, k: 0 | 1): Range {
  const axis = k === 0 ? layout.axes.x : layout.axes.y.left
  const first = axis.carriageAt - axis.travel / 2 + carriageLength / 2
  const ends = [alongAxis(axis, first, k), alongAxis(axis, first + axis.travel, k)].map((v) => v - bedOrigin(layout)[k])
  return [Math.min(...ends), Math.max(...ends)]
}

/** How far the second nozzle stands from the first along X (signed), on a 2-tool machine. */
export function secondToolOffset(layout: Layout): number {
  const x = layout.axes.x
  if (x.secondCarriageAt === undefined) return 0
  return alongAxis(x, x.secondCarriageAt, 0) - alongAxis(x, x.carriageAt, 0)
}

/**
 * Where each Z axis lifts the bed, in the printer's X and Y: its carriage's load point, front
 * axes left to right, then the rear ones (the order of stepper_z, stepper_z1, ...).
 */
export function zPivots(layout: Layout, carriageLoadFace: Vec3): (readonly [number, number])[] {
  const origin = bedOrigin(layout)
  return [...layout.axes.z.front, ...layout.axes.z.rear].map((axis) => {
    const [x, y] = applyToPoint(axis.placement, [axis.carriageAt + carriageLoadFace[0], 0, carriageLoadFace[2]])
    return [x - origin[0], y - origin[1]] as const
  })
}
