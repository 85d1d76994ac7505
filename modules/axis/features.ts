import { box, hexPrism, hole, roundedBox, type Solid } from '../../src/kernel/index.js'
import { formatMm } from '../../src/spec/units.js'
import { AXIS, FIT } from './dimensions.js'

/**
 * Cutters shared by the clamshell halves, in a half's print frame: x = u, y = v, z = w from 0
 * (outer face, on the bed) to 12 (split face, on top).
 */

const HALF = AXIS.halfThickness
const OVER = FIT.overshoot

/** "axis-carriage-half", with "-rod7.938" when the rod is not 8 mm. */
export function partName(base: string, rodDiameter: number): string {
  return rodDiameter === 8 ? base : `${base}-rod${formatMm(rodDiameter)}`
}

/** The half's block, u from 0 to `length`, centred in v, vertical edges rounded. */
export function halfBlock(length: number, width: number): Solid {
  return roundedBox([0, -width / 2, 0], [length, width / 2, HALF], FIT.corner)
}

/** Half-round grooves for both rods on the split face, from u0 to u1 (past a face: add the overshoot). */
export function rodGrooves(rodDiameter: number, u0: number, u1: number): Solid[] {
  const w = HALF + FIT.rodClamp
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
export function m6Through(u: number, v: number, trapDepth: number = FIT.m6Trap.depth): Solid[] {
  return [
    hole({ axis: 'z', center: [u, v, HALF / 2], length: HALF + 2 * OVER, diameter: FIT.m6Hole }),
    hexPrism({
      axis: 'z',
      center: [u, v, (trapDepth - OVER) / 2],
      length: trapDepth + OVER,
      acrossFlats: FIT.m6Trap.acrossFlats,
    }),
  ]
}

/**
 * The two M6 holes into an end face at u = `face`, running `inward` (+1 or -1) along u as
 * half-round grooves on the split face, each crossed by a pocket for a captive nut.
 */
export function endFaceBolts(face: number, inward: 1 | -1): Solid[] {
  const { length, from, acrossFlats } = FIT.endFaceNut
  const holeMid = face + (inward * (AXIS.endFaceBoltDepth - OVER)) / 2
  const nutMid = face + inward * (from + length / 2)
  return [-1, 1].flatMap((side) => {
    const v = (side * AXIS.endFaceBoltSpacing) / 2
    return [
      hole({ axis: 'x', center: [holeMid, v, HALF], length: AXIS.endFaceBoltDepth + OVER, diameter: FIT.m6Hole }),
      hexPrism({ axis: 'x', center: [nutMid, v, HALF], length, acrossFlats }),
    ]
  })
}
