import { box, hole, roundedBox, type Solid } from '../../src/kernel/index.js'
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

/** An M6 through hole with a hex trap on the outer face (nut on one half, cap head on the other). */
export function m6Through(u: number, v: number, trapDepth: number = PIECE.m6Trap.depth): Solid[] {
  return [
    clearanceHole('M6', { axis: 'z', center: [u, v, HALF / 2], length: HALF + 2 * OVER }),
    nutTrap(
      METRIC.M6,
      { axis: 'z', center: [u, v, (trapDepth - OVER) / 2], length: trapDepth + OVER },
      FITS.nut.oseAcrossFlats,
    ),
  ]
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
