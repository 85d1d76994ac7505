import { aimed, frame, type Mat4, originOf } from '../../src/kernel/matrix.js'
import type { Layout } from '../../src/layout/index.js'
import { FITS } from '../../src/parts/fits.js'
import { bought } from '../../src/parts/leaves.js'
import type { Leaf } from '../../src/parts/types.js'
import { toNanometre } from '../../src/spec/units.js'
import { AXIS_CONTRACT } from '../axis/contract.js'
import { AXIS, PIECE } from '../axis/dimensions.js'
import { HEX_NUT, LOW_HEAD_M6, METRIC, standardScrewLength } from '../vitamins/fasteners.js'
import { BED } from './dimensions.js'
import { BRACKET_BOLTS, BRACKET_NUT_FROM } from './parts.js'

/** The bracket's frame in a Z carriage node's frame (origin at its motor-side face; u down, v, w inward). */
export const BRACKET_IN_CARRIAGE: Mat4 = frame(AXIS_CONTRACT.carriageLoadFace, [0, -1, 0], [0, 0, 1], [-1, 0, 0])

/** The bed's numbers that the bracket and the bed share, from the layout. */
export function bedGeometry(layout: Layout) {
  const { outer, opening } = layout.frame
  const zAxis = layout.axes.z.front[0]
  const standoff = layout.zAxisStandoff
  const rodStart = (outer.y - opening.y) / 2 + (opening.y - layout.bed.rodLength) / 2
  const rodZ = layout.bed.topAsDrawn - BED.rodBelowTop
  // Both drawn at mid-travel, so the rods' height above the carriage's middle holds over the whole travel.
  const carriageMiddle = originOf(zAxis.placement)[2] - (zAxis.carriageAt + AXIS.carriageLength / 2)
  // The bracket's params: differences of machine coordinates, whose float noise would change with the frame's size.
  return {
    rodStart,
    reach: toNanometre(standoff + rodStart),
    rodHeight: toNanometre(rodZ - carriageMiddle),
    rodZ,
    carriageMiddle,
  }
}

/** The bed rods' X, machine: two either side of each pair of Z axes. */
export const rodXsOf = (layout: Layout) =>
  layout.axes.z.front.flatMap((a) => {
    const x = originOf(a.placement)[0]
    return [x - BED.rodOffset, x + BED.rodOffset]
  })

/** The bracket's three M6 from the carriage's outer face into nuts in its slots, in the bracket's frame. */
export function bracketBolts(): Leaf[] {
  // Low heads sunk in the carriage's outer traps, as the carriage's own are: its outer face stays flat.
  const headAt = -(AXIS.thickness - PIECE.m6Trap.depth)
  const nutAt = BRACKET_NUT_FROM + FITS.nut.thickness.loose / 2
  const bolt = LOW_HEAD_M6.part(standardScrewLength(nutAt + METRIC.M6.nutThickness + 1 - headAt))
  const along = [0, 1, 0] as const
  return BRACKET_BOLTS.flatMap(([x, z]) => [
    bought(bolt, aimed([x, headAt, z], along, [1, 0, 0])),
    bought(HEX_NUT.part('M6'), aimed([x, nutAt, z], along, [0, 0, 1])),
  ])
}
