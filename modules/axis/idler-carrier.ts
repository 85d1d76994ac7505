import { box, difference } from '../../src/kernel/index.js'
import { clearanceHole, nutSlot, nutTrap, SACRIFICIAL_LAYER, teardropHole } from '../../src/parts/features.js'
import { FITS } from '../../src/parts/fits.js'
import type { PrintedPart } from '../../src/parts/types.js'
import { METRIC } from '../vitamins/fasteners.js'
import { IDLER, PIECE } from './dimensions.js'

const OVER = PIECE.overshoot
const { carrier, cheek, axleHead } = IDLER
const T = carrier.thickness
const HEIGHT = carrier.back + carrier.front
const M3 = METRIC.M3

/**
 * The tensioner's idler carrier, in print orientation: its back (the end-face side) on the bed,
 * x through the axis's w from one cheek's outer face, y = v, z = back - (u from the axle). Two
 * cheeks hold the idler's M3 axle (head sunk in one, nut in the other, both teardropped where
 * they lie across the layers); below the idler, the tension screw's bore and its nut, slid in
 * from the side, which the screw pulls towards the end face.
 */
export function idlerCarrier(): PrintedPart {
  const axleZ = carrier.back
  const nutSeat = carrier.back - carrier.nutFrom - carrier.nutRoom
  const slotTop = nutSeat + carrier.nutRoom
  const solid = () =>
    difference(
      box([0, -carrier.width / 2, 0], [T, carrier.width / 2, HEIGHT]),
      box(
        [cheek, -carrier.width / 2 - OVER, carrier.back - carrier.slot],
        [T - cheek, carrier.width / 2 + OVER, HEIGHT + OVER],
      ),
      // Pointed: a flat top would end in the air at the nut's trap, and PrusaSlicer would prop it.
      teardropHole(FITS.screwHole.M3, { axis: 'x', center: [T / 2, 0, axleZ], length: T + 2 * OVER, pointed: true }),
      teardropHole(axleHead.diameter, {
        axis: 'x',
        center: [(axleHead.depth - OVER) / 2, 0, axleZ],
        length: axleHead.depth + OVER,
      }),
      // Turned to put a flat on top: a 3.4 mm bridge between faces 30 degrees from vertical.
      nutTrap(M3, {
        axis: 'x',
        center: [T - (carrier.nutRoom - OVER) / 2, 0, axleZ],
        length: carrier.nutRoom + OVER,
        turnDegrees: 30,
      }),
      // The tension screw's bore, broken by a sacrificial layer over its nut's slot, which the slot's
      // ceiling then bridges across x; the screw opens it.
      clearanceHole('M3', { axis: 'z', center: [T / 2, 0, (nutSeat + 1 - OVER) / 2], length: nutSeat + 1 + OVER }),
      clearanceHole('M3', {
        axis: 'z',
        center: [T / 2, 0, (slotTop + SACRIFICIAL_LAYER + HEIGHT + OVER) / 2],
        length: HEIGHT + OVER - slotTop - SACRIFICIAL_LAYER,
      }),
      nutSlot(M3, {
        axis: 'z',
        seat: [T / 2, 0, nutSeat],
        allowance: FITS.nut.thickness.snug,
        slide: 'y',
        open: carrier.width / 2,
      }),
    )
  return {
    name: 'axis-idler-carrier',
    description: 'Universal axis belt tensioner: carrier of the GT2 idler, pulled by an M3 screw',
    module: 'axis',
    params: {},
    solid,
  }
}
