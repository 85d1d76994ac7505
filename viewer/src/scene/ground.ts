import type { Box3 } from '../protocol.js'

const STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000]

export interface GroundGrid {
  /** Side of one square, mm. */
  readonly step: number
  /** Side of the whole grid, mm: a whole number of squares. */
  readonly size: number
  /** Middle of the grid, on the floor under the machine. */
  readonly centre: readonly [number, number, number]
}

/** A floor grid under the machine: squares of a round size, about 4 to 10 across the machine. */
export function groundGrid(bounds: Box3): GroundGrid {
  const span = Math.max(bounds.max[0] - bounds.min[0], bounds.max[1] - bounds.min[1], 1)
  const step = STEPS.find((s) => span / s <= 10) ?? STEPS[STEPS.length - 1]
  const size = Math.ceil((span * 2) / step / 2) * 2 * step
  const centre = [0, 1].map((k) => Math.round((bounds.min[k] + bounds.max[k]) / 2 / step) * step)
  return { step, size, centre: [centre[0], centre[1], bounds.min[2]] }
}
