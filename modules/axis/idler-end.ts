import { box, difference, hole, roundedBox, type Solid } from '../../src/kernel/index.js'
import { clearanceHole } from '../../src/parts/features.js'
import { FITS } from '../../src/parts/fits.js'
import { partName } from '../../src/parts/names.js'
import type { PrintedPart } from '../../src/parts/types.js'
import { METRIC } from '../vitamins/fasteners.js'
import { AXIS, IDLER, PIECE } from './dimensions.js'
import { endFaceBolts, halfBlock, m6Through, rodGrooves } from './features.js'

const L = AXIS.idlerEndLength
const HALF = AXIS.halfThickness
const OVER = PIECE.overshoot

/** The tensioner's channel on the split plane, per half: where the carrier slides and the idler's flanges pass. */
export function carrierChannel() {
  const { carrier, travel, flangeClearance } = IDLER
  const slide = FITS.tensioner.slide
  const floor = HALF - carrier.thickness / 2 - slide
  const end = travel.to + carrier.back + slide
  return {
    floor,
    end,
    cutters: [
      box([-OVER, -(carrier.width / 2 + slide), floor], [end, carrier.width / 2 + slide, HALF + OVER]),
      box([-OVER, -flangeClearance, floor], [travel.to + flangeClearance, flangeClearance, HALF + OVER]),
    ],
  }
}

/**
 * A window through the half each side of the tensioner's channel, where no load passes: between
 * the M6 through bolt's trap and the end-face bolt's hole along u, between the channel where the
 * idler's flanges pass and the rod's groove across v, PIECE.wall from each. The frame round it
 * keeps every load path whole: the rod's groove and its outer wall, the end wall the tension
 * screw bears on, the channel's walls, the bolts' bosses. Through, not a pocket: a pocket's new
 * walls (three perimeters) would outweigh the 30 % infill it saves (docs/design.md).
 */
function idlerEndWindows(rodDiameter: number): Solid[] {
  const trapCorner = (METRIC.M6.nutAcrossFlats + FITS.nut.oseAcrossFlats) / Math.sqrt(3)
  const u0 = AXIS.endBoltInset + trapCorner + PIECE.wall
  const u1 = L - AXIS.endFaceBoltDepth - PIECE.wall
  const v0 = IDLER.flangeClearance + PIECE.wall
  const v1 = AXIS.rodSpacing / 2 - rodDiameter / 2 - PIECE.wall
  return [-1, 1].map((side) =>
    roundedBox([u0, side > 0 ? v0 : -v1, -OVER], [u1, side > 0 ? v1 : -v0, HALF + OVER], PIECE.corner),
  )
}

/**
 * Half of the idler end, in print orientation: u = 0 faces the carriage, u = 55 is the outer
 * end face. The second half is this one turned about u, so every feature is symmetric in v.
 * The rods stop 5.5 short of the outer face. The M6 through bolts are a pair at v = +-17.5,
 * clear of the tensioner's channel. The tension screw runs along u on the split plane, its
 * head sunk in the outer end face, where a hex key reaches it (through the Y carriage on X).
 */
export function idlerEndHalf(rodDiameter: number): PrintedPart {
  const boltV = AXIS.endBoltSpacing / 2
  const channel = carrierChannel()
  const headFrom = L - IDLER.screwHeadDepth
  const solid = () =>
    difference(
      halfBlock(L, AXIS.endWidth),
      ...rodGrooves(rodDiameter, -OVER, AXIS.idlerRodDepth),
      ...channel.cutters,
      clearanceHole('M3', {
        axis: 'x',
        center: [(channel.end + L + OVER) / 2, 0, HALF],
        length: L + OVER - channel.end + OVER,
      }),
      hole({
        axis: 'x',
        center: [(headFrom + L + OVER) / 2, 0, HALF],
        length: L + OVER - headFrom,
        diameter: IDLER.axleHead.diameter,
      }),
      ...m6Through(AXIS.endBoltInset, -boltV),
      ...m6Through(AXIS.endBoltInset, boltV),
      ...endFaceBolts(L, -1),
      ...idlerEndWindows(rodDiameter),
    )
  return {
    name: partName('axis-idler-end-half', rodDiameter),
    description: `Universal axis idler end, one of two identical halves (${rodDiameter} mm rods, belt tensioner)`,
    module: 'axis',
    params: { rodDiameter },
    solid,
  }
}
