import { cylinder, difference, hole, prism, union } from '../../src/kernel/index.js'
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
 * The foot modelled as printed: a boss round each bolt, the counterbore for its head opening
 * upward, and a web between the two bosses, all standing on the face that meets the connector,
 * so nothing overhangs. It carries the frame's weight from the connector's bottom plate straight
 * down to the floor round each bolt; the web only keeps the two bosses one part, so it is as
 * thick as the floor under the heads, not as tall as the bosses.
 */
function footSolid(d: ConnectorDims) {
  const [[x0, y0], [x1, y1]] = footBolts(d)
  const boss = FOOT.counterbore + 2 * FOOT.rim
  const length = Math.hypot(x1 - x0, y1 - y0)
  const [nx, ny] = [((y0 - y1) / length) * (FOOT.rib / 2), ((x1 - x0) / length) * (FOOT.rib / 2)]
  const web = prism(
    [
      [x0 + nx, y0 + ny],
      [x0 - nx, y0 - ny],
      [x1 - nx, y1 - ny],
      [x1 + nx, y1 + ny],
    ],
    0,
    FOOT.floor,
  )
  const bosses = footBolts(d).map(([x, y]) =>
    cylinder({ axis: 'z', center: [x, y, FOOT_HEIGHT / 2], length: FOOT_HEIGHT, diameter: boss }),
  )
  const cutters = footBolts(d).flatMap(([x, y]) => [
    clearanceHole('M6', { axis: 'z', center: [x, y, FOOT_HEIGHT / 2], length: FOOT_HEIGHT + 2 }),
    hole({
      axis: 'z',
      center: [x, y, (FOOT.floor + FOOT_HEIGHT + 1) / 2],
      length: FOOT_HEIGHT - FOOT.floor + 1,
      diameter: FOOT.counterbore,
    }),
  ])
  return difference(union(web, ...bosses), ...cutters)
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
    description: `Angle frame foot (4), under each bottom corner connector: two bosses the connector's two bottom M6 bolts pass through, heads sunk ${formatMm(FOOT.headClearance)} mm clear of the floor`,
    module: 'frame',
    params: { width, thickness },
    solid: () => footSolid(d),
  }
}
