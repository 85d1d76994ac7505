import { difference, hole } from '../../src/kernel/index.js'
import { partName } from '../../src/parts/names.js'
import type { PrintedPart } from '../../src/parts/types.js'
import { AXIS, BELT, IDLER, PIECE } from './dimensions.js'
import { endFaceBolts, halfBlock, m6Through, rodGrooves, splitChannel } from './features.js'

const L = AXIS.idlerEndLength
const HALF = AXIS.halfThickness
const OVER = PIECE.overshoot

/**
 * Half of the idler end, in print orientation: u = 0 faces the carriage, u = 55 is the outer
 * end face. The second half is this one turned about u, so every feature is symmetric in v.
 * The rods stop 5.5 short of the outer face. The M6 through bolts are a pair at v = +-17.5:
 * at OSE's +-15 they would stand 0.4 mm from the 22.5 mm belt channel.
 */
export function idlerEndHalf(rodDiameter: number): PrintedPart {
  const a = AXIS.idlerAt
  const boltV = AXIS.endBoltSpacing / 2
  const solid = () =>
    difference(
      halfBlock(L, AXIS.endWidth),
      ...rodGrooves(rodDiameter, -OVER, AXIS.idlerRodDepth),
      hole({
        axis: 'z',
        center: [a, 0, HALF - (IDLER.cavityDepth - OVER) / 2],
        length: IDLER.cavityDepth + OVER,
        diameter: IDLER.cavity,
      }),
      ...m6Through(a, 0, IDLER.axleTrapDepth),
      splitChannel(-OVER, a, -BELT.idlerChannelWidth / 2, BELT.idlerChannelWidth / 2, BELT.channelDepth),
      ...m6Through(AXIS.endBoltInset, -boltV),
      ...m6Through(AXIS.endBoltInset, boltV),
      ...endFaceBolts(L, -1),
    )
  return {
    name: partName('axis-idler-end-half', rodDiameter),
    description: `Universal axis idler end, one of two identical halves (${rodDiameter} mm rods, 2 x 626 idler)`,
    module: 'axis',
    params: { rodDiameter },
    solid,
  }
}
