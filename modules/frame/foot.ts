import { difference, hole, prism } from '../../src/kernel/index.js'
import type { Mat4 } from '../../src/kernel/matrix.js'
import { clearanceHole } from '../../src/parts/features.js'
import type { PrintedPart } from '../../src/parts/types.js'
import { formatMm } from '../../src/spec/units.js'
import { fixings } from './corner-connector.js'
import { type ConnectorDims, connectorDims, FOOT, FOOT_HEIGHT } from './dimensions.js'

/** Where the foot's two bolts pass: the bottom connector's fixings through its bottom face (local z). */
const footBolts = (d: ConnectorDims): [number, number][] =>
  fixings(d)
    .filter((f) => f.normal === 2)
    .map((f) => [f.at[0], f.at[1]])

/**
 * The foot modelled as printed: the bottom connector's L-shaped footprint (each arm the reach
 * long and the bracket wide), the face that meets the connector on the bed, the counterbores
 * opening upward, so nothing overhangs.
 */
function footSolid(d: ConnectorDims) {
  const { reach, bracketLength: b } = d
  const outline: [number, number][] = [
    [0, 0],
    [reach, 0],
    [reach, b],
    [b, b],
    [b, reach],
    [0, reach],
  ]
  const cutters = footBolts(d).flatMap(([x, y]) => [
    clearanceHole('M6', { axis: 'z', center: [x, y, FOOT_HEIGHT / 2], length: FOOT_HEIGHT + 2 }),
    hole({
      axis: 'z',
      center: [x, y, (FOOT.floor + FOOT_HEIGHT + 1) / 2],
      length: FOOT_HEIGHT - FOOT.floor + 1,
      diameter: FOOT.counterbore,
    }),
  ])
  return difference(prism(outline, 0, FOOT_HEIGHT), ...cutters)
}

/**
 * Print frame to the corner's local frame: x and y swap and z turns over (a half turn about the
 * x = y diagonal), so the foot hangs under the connector's bottom face, z from -FOOT_HEIGHT to 0.
 * The L is symmetric about that diagonal, so the holes stay under the fixings.
 */
export const FOOT_TO_LOCAL: Mat4 = [0, 1, 0, 0, 1, 0, 0, 0, 0, 0, -1, 0, 0, 0, 0, 1]

export function frameFoot(width: number, thickness: number): PrintedPart {
  const d = connectorDims(width, thickness)
  return {
    name: 'frame-foot',
    description: `Angle frame foot (4), under each bottom corner connector: its two bottom M6 bolts pass through, heads sunk ${formatMm(FOOT.headClearance)} mm clear of the floor`,
    module: 'frame',
    params: { width, thickness },
    solid: () => footSolid(d),
  }
}
