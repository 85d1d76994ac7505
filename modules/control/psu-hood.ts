import { box, difference, hole, union } from '../../src/kernel/index.js'
import { clearanceHole } from '../../src/parts/features.js'
import { FITS } from '../../src/parts/fits.js'
import type { PrintedPart } from '../../src/parts/types.js'
import { POWER_SUPPLY } from '../vitamins/electronics.js'
import { PANEL, PSU_HOOD, PSU_HOOD_AHEAD, PSU_HOOD_HEIGHT, THICKEST_MAINS_WIRE } from './dimensions.js'

/** The hood's inside half width: the supply's case and its fit. */
const INSIDE = POWER_SUPPLY.size[1] / 2 + FITS.psuHood

/** Its walls' outer faces, across. */
const OUTSIDE = INSIDE + PSU_HOOD.wall

/** How far the bosses stand into the side walls (the front ones into the front wall's ends), so that they fuse with them. */
const BOSS_IN_WALL = 0.5

/** The bosses' middles across, and their outer reach. */
const BOSS_Y = INSIDE + PSU_HOOD.boss / 2 + BOSS_IN_WALL

/**
 * The front bosses' middles along x: ahead of the front wall, clear of the notches, 1 mm short of
 * the relay (PANEL.gap ahead; outside its height and its heat sink's, which end within BOSS_Y).
 */
const FRONT_BOSS_X = -PSU_HOOD_AHEAD - (PANEL.gap - 1) + PSU_HOOD.boss / 2

/** Its 4 bosses (x, y): at its front corners, and beside its side walls at its rear. */
export const PSU_HOOD_BOSSES = [FRONT_BOSS_X, PSU_HOOD.overCase - PSU_HOOD.boss / 2].flatMap((x) =>
  [-1, 1].map((s) => [x, s * BOSS_Y] as const),
)

/**
 * The tie's two slots through the roof, 0.5 mm either side (along x) of the notch's span and 5 mm
 * in from the side wall: the tie goes down one, under the wires, up the other. 1.5 mm wide, under
 * IEC 60529's 2.5 mm probe.
 */
const TIE_SLOT = { along: 1.5, across: PSU_HOOD.tie.slot, fromWall: 5, fromNotch: PSU_HOOD.tie.fromNotch } as const

/** The room's front wall to the first tie slot, along x (ours: roof left between them). */
const TIE_FROM_FRONT = 1

/**
 * A notch in each side wall for the wires, open at the panel (the sheet closes it): one wire
 * wide (along x), the 3 mains wires (L, N, earth: the thickest the power design chooses,
 * THICKEST_MAINS_WIRE) or the 2 leads of 24 V (+V, -V) stacked deep; ahead of the supply's end,
 * after the room's front wall, 1 mm, a tie slot and 0.5 mm.
 */
export const PSU_HOOD_NOTCH = {
  width: Math.max(THICKEST_MAINS_WIRE, PSU_HOOD.wire.dc) + FITS.wireNotch,
  depth: Math.max(3 * THICKEST_MAINS_WIRE, 2 * PSU_HOOD.wire.dc) + FITS.wireNotch,
  from: -PSU_HOOD.room + TIE_FROM_FRONT + TIE_SLOT.along + TIE_SLOT.fromNotch,
} as const

/**
 * The hood over the power supply's terminal strip (sizes: PSU_HOOD): a box open at the panel and
 * over the supply's end, its roof `fit` over the supply's top and its side walls `fit` beside the
 * case, reaching `overCase` over the supply and `room` ahead of its terminals; a notch in each
 * side wall for the wires, 2 slots in the roof for a cable tie round them inside; 4 bosses at its
 * corners for M3 through it and the panel (nuts inside). Modelled as printed, roof down: x from
 * the supply's terminal end towards its other end, y across it, z from the roof's outer face to
 * the panel (z = PSU_HOOD_HEIGHT).
 */
export function psuHood(): PrintedPart {
  const { wall, roof, overCase } = PSU_HOOD
  const height = PSU_HOOD_HEIGHT
  const front = -PSU_HOOD_AHEAD
  const notch = PSU_HOOD_NOTCH
  const tieY = INSIDE - TIE_SLOT.fromWall
  const beside = TIE_SLOT.fromNotch + TIE_SLOT.along / 2
  const tieX = [notch.from - beside, notch.from + notch.width + beside]
  const solid = () =>
    difference(
      union(
        box([front, -OUTSIDE, 0], [overCase, OUTSIDE, height]),
        ...PSU_HOOD_BOSSES.map(([x, y]) =>
          hole({ axis: 'z', center: [x, y, height / 2], length: height, diameter: PSU_HOOD.boss }),
        ),
      ),
      box([front + wall, -INSIDE, roof], [overCase + 1, INSIDE, height + 1]),
      ...[-1, 1].map((s) =>
        box(
          [notch.from, s > 0 ? INSIDE - 1 : -OUTSIDE - 1, height - notch.depth],
          [notch.from + notch.width, s > 0 ? OUTSIDE + 1 : -INSIDE + 1, height + 1],
        ),
      ),
      ...[-1, 1].flatMap((s) =>
        tieX.map((x) =>
          box(
            [x - TIE_SLOT.along / 2, s * tieY - TIE_SLOT.across / 2, -1],
            [x + TIE_SLOT.along / 2, s * tieY + TIE_SLOT.across / 2, roof + 1],
          ),
        ),
      ),
      ...PSU_HOOD_BOSSES.map(([x, y]) =>
        clearanceHole('M3', { axis: 'z', center: [x, y, height / 2], length: height + 2 }),
      ),
    )
  return {
    name: 'psu-hood',
    description: `Hood over the power supply's terminal strip (mains and 24 V): ${Math.round((overCase - FRONT_BOSS_X + PSU_HOOD.boss / 2) * 10) / 10} x ${Math.round(2 * (BOSS_Y + PSU_HOOD.boss / 2) * 10) / 10} x ${Math.round(height * 10) / 10} mm, 4 x M3 through the control panel, the wires out through a notch each side, tied inside`,
    module: 'control',
    params: {},
    solid,
  }
}
