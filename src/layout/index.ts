import { InputError } from '../spec/errors.js'
import type { Spec } from '../spec/schema.js'
import { formatMm } from '../spec/units.js'
import { layoutAxes, rodLengths, travelFor } from './axes.js'
import { layoutFrame } from './frame.js'
import { BED_CLEARANCE, MIN_TRAVEL } from './rules.js'
import type { AxisLayout, Direction, FrameLayout, Size3 } from './types.js'

export type { AxisLayout, Direction, FrameLayout, Size3 } from './types.js'

export interface Layout {
  readonly frame: FrameLayout
  readonly axes: readonly AxisLayout[]
  readonly bed: { readonly x: number; readonly y: number }
  /** How far the Y axes stand off the frame's sides, set by the X axis's length. */
  readonly yAxisStandoff: number
  readonly buildVolume: { readonly requested?: Size3; readonly reached: Size3 }
}

const DIRECTIONS: readonly Direction[] = ['x', 'y', 'z']

/** Spec to numbers: frame members, axis placements, rod and belt lengths, travel, build volume. */
export function computeLayout(spec: Spec): Layout {
  const { style, profile } = spec.frame
  const requested = spec.buildVolume
  const bed = spec.bed ?? (requested ? { x: requested.x, y: requested.y } : undefined)
  const outer = spec.frame.size !== undefined ? asSize(spec.frame.size) : frameFor(spec, requested as Size3, bed!)
  const sizeField = (d: Direction) => (typeof spec.frame.size === 'object' ? `frame.size.${d}` : 'frame.size')

  const frame = layoutFrame(style, outer, profile.width, profile.thickness, sizeField)
  const rods = rodLengths(style, outer)
  const travel = { x: travelFor('x', rods.x), y: travelFor('y', rods.y), z: travelFor('z', rods.z) }
  for (const d of DIRECTIONS) {
    if (travel[d] < MIN_TRAVEL) {
      const least = outer[d] + MIN_TRAVEL - travel[d]
      throw new InputError(
        `${sizeField(d)}: ${formatMm(outer[d])} mm is too small for the ${d.toUpperCase()} axis: its carriage would move ${formatMm(travel[d])} mm; the frame must be at least ${formatMm(Math.ceil(least))} mm along ${d.toUpperCase()}`,
      )
    }
    if (rods[d] > spec.rod.stockLength) {
      throw new InputError(
        `rod.stockLength: the ${d.toUpperCase()} rods must be ${formatMm(rods[d])} mm, longer than the ${formatMm(spec.rod.stockLength)} mm stock allowed; shorten the frame along ${d.toUpperCase()} or allow longer rods`,
      )
    }
  }

  const bedSize = bed ?? fittingBed(frame, travel)
  for (const d of ['x', 'y'] as const) {
    const room = frame.inner[d] - 2 * BED_CLEARANCE
    if (bedSize[d] > room) {
      throw new InputError(
        `bed.${d}: a ${formatMm(bedSize[d])} mm bed does not fit inside the frame: at most ${formatMm(room)} mm (inner ${formatMm(frame.inner[d])} mm less ${BED_CLEARANCE} mm each side)`,
      )
    }
  }
  const reached = { x: Math.min(travel.x, bedSize.x), y: Math.min(travel.y, bedSize.y), z: travel.z }
  if (requested) {
    for (const d of DIRECTIONS) {
      if (reached[d] + 1e-9 < requested[d]) {
        throw new InputError(
          `${d === 'z' ? 'buildVolume.z' : `bed.${d}`}: the printer reaches ${formatMm(reached[d])} mm along ${d.toUpperCase()}, less than buildVolume.${d} ${formatMm(requested[d])} mm; make the bed at least as large as the build volume`,
        )
      }
    }
  }
  const { axes, yStandoff } = layoutAxes(style, outer, spec.zAxes)
  return { frame, axes, bed: bedSize, yAxisStandoff: yStandoff, buildVolume: { requested, reached } }
}

function asSize(size: number | Size3): Size3 {
  return typeof size === 'number' ? { x: size, y: size, z: size } : size
}

/** The smallest frame, in whole mm, whose axes reach the build volume and that holds the bed. */
function frameFor(spec: Spec, build: Size3, bed: { x: number; y: number }): Size3 {
  const { style, profile } = spec.frame
  const steel = style === 'angle' ? profile.width + profile.thickness : profile.thickness
  // Travel grows one for one with the frame, so travel(S) = S + travel(0).
  const zeroRods = rodLengths(style, { x: 0, y: 0, z: 0 })
  const size = (d: Direction) => {
    const forTravel = build[d] - travelFor(d, zeroRods[d])
    const forBed = d === 'z' ? 0 : bed[d] + 2 * (BED_CLEARANCE + steel)
    return Math.ceil(Math.max(forTravel, forBed))
  }
  return { x: size('x'), y: size('y'), z: size('z') }
}

/** With no bed given: the largest whole-mm bed that fits the frame and the travel. */
function fittingBed(frame: FrameLayout, travel: Size3): { x: number; y: number } {
  const fitting = (d: 'x' | 'y') => Math.floor(Math.min(travel[d], frame.inner[d] - 2 * BED_CLEARANCE))
  return { x: fitting('x'), y: fitting('y') }
}
