import { difference, prism } from '../../../src/kernel/index.js'
import { clearanceHole } from '../../../src/parts/features.js'
import type { PrintedPart } from '../../../src/parts/types.js'
import { SQUARE_TUBE } from '../../vitamins/rails.js'
import { AXIS } from '../dimensions.js'
import { RAIL_AXIS, RAIL_SIDE, SADDLE_THICKNESS } from './dimensions.js'

export type SaddleEnd = 'motor' | 'idler'

/** Each saddle's span along u from its own start, and where its two M6 pass it: the end piece's bolt, the tube's. */
export const SADDLE = {
  motor: {
    length: AXIS.motorEndLength - RAIL_AXIS.motorSaddleFrom,
    bolt: AXIS.motorEndLength - AXIS.motorEndBoltInset - RAIL_AXIS.motorSaddleFrom,
  },
  idler: { length: RAIL_AXIS.idlerSaddleLength, bolt: AXIS.endBoltInset },
} as const

/** Its outer side, and the end piece's bolt it takes, |v|. */
const outer = Math.abs(RAIL_AXIS.railV) + SQUARE_TUBE.size / 2 + RAIL_AXIS.saddleOver
const endBolt = AXIS.endBoltSpacing / 2

/**
 * The block between an end piece's outer face and the tube, which it holds there: in print
 * orientation, x along u from the saddle's start, y = v, z = w + 13 (the tube's side on the bed).
 * One M6 passes it and the tube; the end piece's -v through bolt, made longer, passes it and the
 * piece. The motor end's is cut back at 45 degrees along the motor's corner, 1.6 mm off it.
 */
export function tubeSaddle(end: SaddleEnd): PrintedPart {
  const { length, bolt } = SADDLE[end]
  const inner = RAIL_AXIS.saddleInner
  // The motor's corner edge, (u - 29.75) + |v| = 29.9, moved 1.6 out: |v| = cut - x in the saddle's x.
  const cut = AXIS.motorAt + 31.5 - RAIL_AXIS.motorSaddleFrom
  const outline: [number, number][] = (
    end === 'motor'
      ? [
          [0, outer],
          [length, outer],
          [length, inner],
          [cut - inner, inner],
          [0, cut],
        ]
      : [
          [0, outer],
          [length, outer],
          [length, inner],
          [0, inner],
        ]
  ).map(([x, v]) => [x, RAIL_SIDE * v])
  const z = SADDLE_THICKNESS
  const through = (v: number) => clearanceHole('M6', { axis: 'z', center: [bolt, v, z / 2], length: z + 2 })
  return {
    name: `rail-axis-tube-saddle-${end}`,
    description: `Rail axis: block holding the steel tube on the ${end} end piece`,
    module: 'rail-axis',
    params: {},
    solid: () => difference(prism(outline, 0, z), through(RAIL_AXIS.railV), through(RAIL_SIDE * endBolt)),
  }
}
