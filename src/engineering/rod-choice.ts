// Each direction's rods: the least diameter on which its carriages ring at or above the limit.

import type { RodDiameters } from '../assembly/index.js'
import type { AxisLoad } from './checks.js'
import { LIMITS } from './limits.js'
import { ROD_DIAMETERS, rodPair } from './rods.js'

/** Whether two rods of this diameter keep a carriage of this load (kg) at the limit over this span (mm). */
export const rodsHold = (diameter: number, span: number, load: number): boolean =>
  rodPair({ diameter, span, load }).frequency >= LIMITS.rodFrequency

/** The horizontal axes' loads on a machine built on these rods, with each axis's rods' span. */
export type LoadsOn = (rods: RodDiameters) => Promise<readonly (AxisLoad & { readonly span: number })[]>

/** The rods chosen, and whether each horizontal direction's reach the limit on them. */
export interface RodChoice {
  readonly rods: RodDiameters
  readonly holds: { readonly x: boolean; readonly y: boolean }
}

/**
 * The X and Y rods: for X, then Y (which carries the X axis), the least diameter whose machine's
 * carriages ring at or above the limit on every axis of that direction, each weighed on the
 * machine built with that diameter (an LM10UU carriage is heavier); the largest where none does,
 * and its check then fails. The Z rods stay `z`: their load runs along them, not across.
 */
export async function chooseRods(z: number, loadsOn: LoadsOn): Promise<RodChoice> {
  let rods: RodDiameters = { x: ROD_DIAMETERS[0], y: ROD_DIAMETERS[0], z }
  const holds = { x: false, y: false }
  for (const direction of ['x', 'y'] as const) {
    for (const diameter of ROD_DIAMETERS) {
      rods = { ...rods, [direction]: diameter }
      const axes = (await loadsOn(rods)).filter((a) => a.axis.direction === direction)
      holds[direction] = axes.every((a) => rodsHold(diameter, a.span, a.load))
      if (holds[direction]) break
    }
  }
  return { rods, holds }
}
