import type { FrameContract, Profile, WeldRule } from '../../src/parts/contracts.js'
import { InputError } from '../../src/spec/errors.js'
import { formatMm } from '../../src/spec/units.js'
import { ANGLE_LIMITS, connectorDims, filletLeg, leastHoleFromHeel, WELD } from './dimensions.js'

/** Angle the corner connectors are made for. */
function checkAngle({ width, thickness }: Profile): void {
  const { leastWidth, mostThicknessPerWidth } = ANGLE_LIMITS
  if (width < leastWidth) {
    throw new InputError(
      `frame.profile.width: ${formatMm(width)} mm angle is too narrow for the corner connectors' M6 washers beside the other leg; use angle at least ${leastWidth} mm wide`,
    )
  }
  if (thickness > width * mostThicknessPerWidth) {
    throw new InputError(
      `frame.profile.thickness: ${formatMm(thickness)} mm is too thick for ${formatMm(width)} mm angle; the corner connectors take angle at most a quarter as thick as it is wide, ${formatMm(width * mostThicknessPerWidth)} mm`,
    )
  }
  const fillet = width / 2 - leastHoleFromHeel(width, 0)
  if (thickness > fillet) {
    throw new InputError(
      `frame.profile.thickness: ${formatMm(thickness)} mm is too thick for ${formatMm(width)} mm angle; the M6 washers on its legs' centre lines would land on the root fillet (EN 10056-1's radius, w/10 + 2 mm); use angle at most ${formatMm(fillet)} mm thick`,
    )
  }
}

/**
 * OSE's welded plate frame (facts file "Frames"), welded inside only: the outer faces stay flat
 * for the mounts and panels bolted on them, and every inside corner is in reach through the
 * windows of the two panes it joins.
 */
function weldRule({ thickness }: Profile): WeldRule {
  const leg = filletLeg(thickness)
  const stitch = Math.max(WELD.leastStitch, WELD.leastStitchPerLeg * leg)
  const tolerance = `${formatMm(WELD.diagonalTolerance)} mm`
  return {
    leg,
    stitch,
    pitch: WELD.pitch,
    diagonalTolerance: WELD.diagonalTolerance,
    procedure: [
      `1. Clean the mill scale off the inside faces 25 mm either side of every seam. The panes' holes for other parts are drilled after welding, through those parts (the panes' cut-list rows).`,
      `2. Fit: lay the bottom pane on a flat welding table; stand the front and rear panes on it and the left and right panes between them, each flush with the bottom's edges; clamp them to the table and to each other.`,
      `3. Tack: a ${formatMm(WELD.tack)} mm tack inside each end of the 8 seams of the bottom and the sides; measure the diagonals of those 5 faces, equal within ${tolerance}, else loosen, push square and tack again. Set the top pane, clamp and tack its 4 seams, and check its diagonals and the sides' again.`,
      `4. Weld the stitches of the weld rows, a ${formatMm(leg)} mm fillet inside each corner, never outside: one stitch at a time, the end stitches first, then the others from each seam's middle outward, each stitch on the next seam of this order, each across the box from the last: front-left, rear-right, front-right, rear-left, bottom-front, top-rear, bottom-rear, top-front, bottom-left, top-right, bottom-right, top-left. Check the diagonals after each round of the 12 seams; clamp a face square again before the next round if they differ by more than ${tolerance}.`,
      `5. Unclamp: every face's diagonals within ${tolerance}, and the frame stands on the table without rocking.`,
    ],
  }
}

/** The steel frame as the layout sees it: the angle frame's corner connectors and the profiles they take. */
export const FRAME_CONTRACT: FrameContract = {
  corner: ({ width, thickness }) => {
    const { bracketLength, wall, reach } = connectorDims(width, thickness)
    return { bracketLength, wall, reach }
  },
  checkProfile: (style, profile) => {
    if (style === 'angle') checkAngle(profile)
  },
  // The corner connectors' walls are the steel's thickness outside it.
  steelInset: (style, profile) => (style === 'angle' ? profile.thickness : 0),
  weld: weldRule,
}
