import type { FrameContract, Profile } from '../../src/parts/contracts.js'
import { InputError } from '../../src/spec/errors.js'
import { formatMm } from '../../src/spec/units.js'
import { ANGLE_LIMITS, connectorDims } from './dimensions.js'

/** Angle the corner connectors are made for. */
function checkAngle({ width, thickness }: Profile): void {
  const { leastWidth, mostThicknessPerWidth } = ANGLE_LIMITS
  if (width < leastWidth) {
    throw new InputError(
      `frame.profile.width: ${formatMm(width)} mm angle is too narrow for the corner connectors' M6 nut pads; use angle at least ${leastWidth} mm wide`,
    )
  }
  if (thickness > width * mostThicknessPerWidth) {
    throw new InputError(
      `frame.profile.thickness: ${formatMm(thickness)} mm is too thick for ${formatMm(width)} mm angle; the corner connectors take angle at most a quarter as thick as it is wide, ${formatMm(width * mostThicknessPerWidth)} mm`,
    )
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
}
