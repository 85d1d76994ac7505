// Bounding boxes of the instances: their centres, the bounds of the machine and the focus of the view.
import type { Mat4 } from '../../../src/index.js'
import type { Box3 } from '../protocol.js'

/** The bounding box of a box moved by a matrix: the extent of its eight moved corners. */
export function movedBox(box: Box3, m: Mat4): Box3 {
  const min: [number, number, number] = [Infinity, Infinity, Infinity]
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity]
  for (let corner = 0; corner < 8; corner++) {
    const p = [0, 1, 2].map((k) => ((corner >> k) & 1 ? box.max[k] : box.min[k]))
    for (let k = 0; k < 3; k++) {
      const v = m[k] * p[0] + m[4 + k] * p[1] + m[8 + k] * p[2] + m[12 + k]
      min[k] = Math.min(min[k], v)
      max[k] = Math.max(max[k], v)
    }
  }
  return { min, max }
}

/** The box of the instances' boxes, leaving out the `trim` share that reach furthest at each end. */
export function trimmedBox(mins: number[][], maxes: number[][], trim: number): Box3 {
  const sorted = (values: number[]) => [...values].sort((a, b) => a - b)
  const skip = (values: number[]) => Math.floor(trim * values.length)
  const min = mins.map((m) => sorted(m)[skip(m)] ?? 0) as [number, number, number]
  const max = maxes.map((m) => sorted(m)[m.length - 1 - skip(m)] ?? 0) as [number, number, number]
  return { min, max }
}

export const sizeOf = (box: Box3): [number, number, number] => [
  box.max[0] - box.min[0],
  box.max[1] - box.min[1],
  box.max[2] - box.min[2],
]
