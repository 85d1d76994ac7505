import type { Profile } from '../../src/parts/contracts.js'
import { POWER_SUPPLY, SSR } from '../vitamins/electronics.js'
import { METRIC } from '../vitamins/fasteners.js'

export const PANEL = {
  thickness: 3,
  height: 125,
  /** Above the bottom corners (angle) or the bottom border (plate). */
  above: 4,
  /** Bolts this far in from the panel's top and bottom edges. */
  boltInset: 8,
  /** Room between the power supply and the relay. */
  gap: 10,
  /**
   * The controller mount, two rails: plate (its M3 nuts 1.2 in from its back), bosses, room
   * beside the board for its M4; each rail from `railInside` inside the bosses' centres to
   * `margin` past the board's end. A pocket from the top between the rail's M4 (x and y ranges,
   * for the rail at +x), down to `pocketFloor` over the back.
   */
  mount: {
    plate: 6,
    nutFrom: 1.2,
    boss: 4.4,
    bossDiameter: 7,
    margin: 10,
    railInside: 5,
    pocket: { x: [76.5, 87.5], y: [-18, 18] },
    pocketFloor: 2,
  },
} as const

/**
 * How far a screw may reach into the power supply's mounting threads: the depth its data sheet
 * allows (see POWER_SUPPLY); a longer screw reaches the insulating sheet and the board behind it.
 */
export const PSU_SCREW_REACH = POWER_SUPPLY.threadDepth

/** From the relay's centre to the power supply's. */
export const SSR_FROM_PSU = POWER_SUPPLY.size[0] / 2 + PANEL.gap + SSR.size[0] / 2
/** From the power supply's first hole to the relay's last. */
const HOLE_SPAN = SSR_FROM_PSU + SSR.holeSpacing / 2 - POWER_SUPPLY.holes[0][0]
/** The power supply's and the relay's holes' middle, from the supply's centre (the panel centres it). */
export const HOLES_MIDDLE = POWER_SUPPLY.holes[0][0] + HOLE_SPAN / 2
/** The farther end of the power supply's and the relay's cases from the holes' middle. */
const CASE_REACH = Math.max(HOLES_MIDDLE + POWER_SUPPLY.size[0] / 2, SSR_FROM_PSU + SSR.size[0] / 2 - HOLES_MIDDLE)

/**
 * The least frame side, along Y and Z, with room for a panel between the steel: its height
 * between the bottom and top steel (`edge`: the corners' reach, or a pane's border and the pane
 * below), the screws inside it 1 mm off the vertical steel, and the cases on the panel.
 */
export function leastSideForPanels(edge: number, { width, thickness }: Profile) {
  return {
    y: Math.max(
      HOLE_SPAN + 2 * (METRIC.M4.nutAcrossFlats / Math.sqrt(3) + 1) + 2 * (thickness + width),
      2 * (CASE_REACH + thickness),
    ),
    z: PANEL.height + 2 * (edge + PANEL.above),
  }
}
