import {
  box,
  hole,
  intersection,
  prism,
  roundedBox,
  type Solid,
  segmentsFor,
  transform,
} from '../../src/kernel/index.js'
import { frame, multiply, rotation, translation } from '../../src/kernel/matrix.js'
import { clearanceHole, nutTrap } from '../../src/parts/features.js'
import { FITS } from '../../src/parts/fits.js'
import { METRIC } from '../vitamins/fasteners.js'
import { AXIS, PIECE } from './dimensions.js'

/**
 * Cutters shared by the clamshell halves, in a half's print frame: x = u, y = v, z = w from 0
 * (outer face, on the bed) to 12 (split face, on top).
 */

const HALF = AXIS.halfThickness
const OVER = PIECE.overshoot

/** The half's block, u from 0 to `length`, centred in v, vertical edges rounded. */
export function halfBlock(length: number, width: number): Solid {
  return roundedBox([0, -width / 2, 0], [length, width / 2, HALF], PIECE.corner)
}

/** Half-round grooves for both rods on the split face, from u0 to u1 (past a face: add the overshoot). */
export function rodGrooves(rodDiameter: number, u0: number, u1: number): Solid[] {
  const w = HALF + FITS.rodClamp
  return [-1, 1].map((side) =>
    hole({
      axis: 'x',
      center: [(u0 + u1) / 2, (side * AXIS.rodSpacing) / 2, w],
      length: u1 - u0,
      diameter: rodDiameter,
    }),
  )
}

/** A channel on the split face: u0..u1, v0..v1, `depth` deep. */
export function splitChannel(u0: number, u1: number, v0: number, v1: number, depth: number): Solid {
  return box([u0, v0, HALF - depth], [u1, v1, HALF + OVER])
}

/**
 * An M6 through hole with a hex trap on the outer face (nut on one half, cap head on the other).
 * The trap's ceiling is a hexagonal pyramid of 45 degree faces up to the hole, which prints
 * without support and leaves the hole clear for a load's bolt; a tightened nut or head seats on
 * its edge.
 */
export function m6Through(u: number, v: number): Solid[] {
  const depth = PIECE.m6Trap.depth
  // The hole turned half a facet, so that no roof ridge (over the trap's corners) meets a facet's edge.
  const facet = 180 / segmentsFor(FITS.screwHole.M6 / 2)
  const bolt = clearanceHole('M6', { axis: 'z', center: [0, 0, HALF / 2], length: HALF + 2 * OVER })
  return [
    transform(bolt, multiply(translation([u, v, 0]), rotation([0, 0, facet]))),
    peakedHexTrap([u, v], METRIC.M6.nutAcrossFlats + FITS.nut.oseAcrossFlats, depth, FITS.screwHole.M6),
  ]
}

/** Not a fit: how far the roof's top edges lie inside the hole, so that the two never share an edge. */
const ROOF_INSIDE_HOLE = 0.1

/**
 * A hex trap from below the bed to `depth`, its corners on u as `nutTrap` draws them, under a
 * roof of 45 degree faces up to a hexagon just inside the `hole`: three slabs, one per pair of
 * flats, each a prism with a chamfered top.
 */
function peakedHexTrap(at: readonly [number, number], acrossFlats: number, depth: number, hole: number): Solid {
  const h = acrossFlats / 2
  const top = (hole / 2) * Math.cos(Math.PI / 6) - ROOF_INSIDE_HOLE
  const rise = h - top
  const section: [number, number][] = [
    [-h, -OVER],
    [h, -OVER],
    [h, depth],
    [top, depth + rise],
    [-top, depth + rise],
    [-h, depth],
  ]
  // The section in (v, w), run along u: the flats across v; turned about w to the other pairs.
  const slab = transform(prism(section, -acrossFlats, acrossFlats), frame([0, 0, 0], [0, 1, 0], [0, 0, 1], [1, 0, 0]))
  const place = translation([at[0], at[1], 0])
  return intersection(...[0, 60, 120].map((degrees) => transform(slab, multiply(place, rotation([0, 0, degrees])))))
}

/**
 * The two M6 holes into an end face at u = `face`, running `inward` (+1 or -1) along u as
 * half-round grooves on the split face, each crossed by a pocket for a captive nut.
 */
export function endFaceBolts(face: number, inward: 1 | -1): Solid[] {
  const { length, from } = PIECE.endFaceNut
  const holeMid = face + (inward * (AXIS.endFaceBoltDepth - OVER)) / 2
  const nutMid = face + inward * (from + length / 2)
  return [-1, 1].flatMap((side) => {
    const v = (side * AXIS.endFaceBoltSpacing) / 2
    return [
      clearanceHole('M6', { axis: 'x', center: [holeMid, v, HALF], length: AXIS.endFaceBoltDepth + OVER }),
      nutTrap(METRIC.M6, { axis: 'x', center: [nutMid, v, HALF], length }, FITS.nut.oseAcrossFlats),
    ]
  })
}
