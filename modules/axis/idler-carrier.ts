import { box, difference, prism, type Solid, segmentsFor, transform, union } from '../../src/kernel/index.js'
import { frame } from '../../src/kernel/matrix.js'
import { clearanceHole, nutSlot, nutTrap, SACRIFICIAL_LAYER, teardropHole } from '../../src/parts/features.js'
import { FITS, SLIVER_GAP } from '../../src/parts/fits.js'
import type { PrintedPart } from '../../src/parts/types.js'
import { METRIC } from '../vitamins/fasteners.js'
import { IDLER, PIECE } from './dimensions.js'

const OVER = PIECE.overshoot
const { carrier, cheek, axleHead, axleBoss, axleNutDepth } = IDLER
const T = carrier.thickness
const HEIGHT = carrier.back + carrier.front
const M3 = METRIC.M3

/**
 * The tensioner's idler carrier, in print orientation: its back (the end-face side) on the bed,
 * x through the axis's w from one cheek's outer face, y = v, z = back - (u from the axle). Two
 * cheeks hold the idler's M3 axle (head sunk in one, nut in the other, both teardropped where
 * they lie across the layers); below the idler, the tension screw's bore and its nut, slid in
 * from the side, which the screw pulls towards the end face. A boss round the axle on each cheek's
 * inner face bears on the idler's inner race, so its flanges run clear of the cheeks.
 */
export function idlerCarrier(): PrintedPart {
  const axleZ = carrier.back
  const nutSeat = carrier.back - carrier.nutFrom - carrier.nutRoom
  const slotTop = nutSeat + carrier.nutRoom
  const solid = () =>
    difference(
      union(
        difference(
          box([0, -carrier.width / 2, 0], [T, carrier.width / 2, HEIGHT]),
          box(
            [cheek, -carrier.width / 2 - OVER, carrier.back - carrier.slot],
            [T - cheek, carrier.width / 2 + OVER, HEIGHT + OVER],
          ),
        ),
        boss(cheek, 1, axleZ),
        boss(T - cheek, -1, axleZ),
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
        center: [T - (axleNutDepth - OVER) / 2, 0, axleZ],
        length: axleNutDepth + OVER,
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

/**
 * A boss round the axle on the cheek face at x = `face`, standing out of it `inward` (+1 or -1):
 * a teardrop pointing down, cut flat (its flanks at 45 degrees), and that flat underside rising
 * at 45 degrees from the face, so that no layer overhangs the one below by more than a layer's
 * height. It reaches 1 mm into its cheek, so that the two are one solid.
 */
function boss(face: number, inward: 1 | -1, axleZ: number): Solid {
  const { diameter, height } = axleBoss
  const body = teardropHole(diameter, {
    axis: 'x',
    center: [face + (inward * (height - OVER)) / 2, 0, axleZ],
    length: height + OVER,
    up: [0, 0, -1],
  })
  // The teardrop's flat lies on its faceted circle's corners (see teardropOutline).
  const flat = axleZ - diameter / 2 / Math.cos(Math.PI / segmentsFor(diameter / 2))
  // In (x, z), run along y: what lies under the line rising from just below the flat's edge on
  // the face (on the edge itself, the cut, the flat and the face would meet in one line).
  const reach = height + OVER
  const start = flat - SLIVER_GAP
  const under = prism(
    [
      [face - reach, start - diameter],
      [face + reach, start - diameter],
      [face + reach, start + inward * reach],
      [face - reach, start - inward * reach],
    ],
    -diameter,
    diameter,
  )
  return difference(body, transform(under, frame([0, 0, 0], [1, 0, 0], [0, 0, 1], [0, -1, 0])))
}
