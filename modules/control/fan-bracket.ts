import { box, difference, hole, union } from '../../src/kernel/index.js'
import { clearanceHole, nutTrap, SACRIFICIAL_LAYER, teardropClearanceHole } from '../../src/parts/features.js'
import { FITS } from '../../src/parts/fits.js'
import type { PrintedPart } from '../../src/parts/types.js'
import { FAN_4010 } from '../vitamins/electronics.js'
import { METRIC } from '../vitamins/fasteners.js'
import { FAN_BRACKET } from './dimensions.js'

/** The bracket's height off the panel: the fan on it, and 2 mm over the fan. */
const HEIGHT = FAN_BRACKET.fanLift + FAN_4010.size + 2

/** Where the fan's middle is, in the bracket's print frame (x, y). */
export const FAN_MIDDLE = [0, FAN_BRACKET.fanLift + FAN_4010.size / 2] as const

/** The foot's M4 holes, in the print frame (x, z): under the fan's middle. */
export const FAN_BRACKET_BOLTS = [-1, 1].map(
  (s) => [s * FAN_BRACKET.boltApart, FAN_BRACKET.wall + FAN_4010.thickness / 2] as const,
)

/**
 * The controller fan's bracket (sizes: FAN_BRACKET): an upright the fan screws to (4 x M3 through
 * the fan into nuts trapped in it), a ring round the fan's intake, on a foot under the fan bolted
 * to the panel (2 x M4 from outside, nuts inside). Modelled as printed: on the upright's outer
 * face (z = 0), the fan's side at z = `wall`; x across the panel (up it, on the panel), y away
 * from the panel (y = 0 its face).
 */
export function fanBracket(): PrintedPart {
  const { wall, foot, width, intake } = FAN_BRACKET
  const half = FAN_4010.holeSpacing / 2
  const fanHoles = [-1, 1].flatMap((sx) => [-1, 1].map((sy) => [sx * half, FAN_MIDDLE[1] + sy * half] as const))
  const trap = METRIC.M3.nutThickness + FITS.nut.thickness.snug
  const solid = () =>
    difference(
      union(
        box([-width / 2, 0, 0], [width / 2, HEIGHT, wall]),
        box([-width / 2, 0, 0], [width / 2, foot, wall + FAN_4010.thickness]),
      ),
      hole({ axis: 'z', center: [FAN_MIDDLE[0], FAN_MIDDLE[1], wall / 2], length: wall + 2, diameter: intake }),
      ...fanHoles.flatMap(([x, y]) => {
        // The trap opens on the bed; its ceiling bridges over one layer left across the hole (see SACRIFICIAL_LAYER).
        const from = trap + SACRIFICIAL_LAYER
        return [
          nutTrap(METRIC.M3, { axis: 'z', center: [x, y, (trap - 1) / 2], length: trap + 1 }),
          clearanceHole('M3', { axis: 'z', center: [x, y, (from + wall + 1) / 2], length: wall + 1 - from }),
        ]
      }),
      // Across the layers as printed: teardrops pointing up (+z).
      ...FAN_BRACKET_BOLTS.map(([x, z]) =>
        teardropClearanceHole('M4', { axis: 'y', center: [x, foot / 2, z], length: foot + 2 }),
      ),
    )
  return {
    name: 'fan-bracket',
    description: `Controller fan bracket: holds the ${FAN_4010.size} mm fan (4 x M3 into trapped nuts) beside the board's end, blowing along it; 2 x M4 to the control panel`,
    module: 'control',
    params: {},
    solid,
  }
}
