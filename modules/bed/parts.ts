import { box, difference, type Solid, transform, union } from '../../src/kernel/index.js'
import type { Mat4 } from '../../src/kernel/matrix.js'
import { bore, clearanceHole, nutSlot } from '../../src/parts/features.js'
import { FITS } from '../../src/parts/fits.js'
import type { PrintedPart } from '../../src/parts/types.js'
import { formatMm } from '../../src/spec/units.js'
import { METRIC } from '../vitamins/fasteners.js'
import { BED } from './dimensions.js'

const M3 = METRIC.M3
const M6 = METRIC.M6

/** The carriage's holes the bracket takes, as (x, z) in its frame: the centre and the lower pair. */
export const BRACKET_BOLTS: readonly (readonly [number, number])[] = [
  [0, 0],
  [-15, -15],
  [15, -15],
]
/** The M6 nuts slide into slots from the arm's underside, this far in from the load face. */
export const BRACKET_NUT_FROM = 6
/** Set screws hold the rods: their nuts sit this far above the rod's axis (2 mm over its hole). */
export const SET_SCREW_NUT = 6.2

/** A set screw's nut slot above a rod at (x, y, z), entering from `face` along y. */
function setScrewSlot(x: number, y: number, z: number, face: number): Solid {
  return nutSlot(M3, {
    axis: 'z',
    seat: [x, y, z + SET_SCREW_NUT],
    allowance: FITS.nut.thickness.snug,
    slide: 'y',
    open: face,
  })
}

/**
 * The bed bracket on a Z carriage, in its frame: x across the machine, y into it from the
 * carriage's load face, z up from the carriage's middle. A base on the carriage (three M6), two
 * beams under the frame's top steel, and a riser inside the frame holding the two bed rods'
 * ends, each with a set screw.
 */
export function bedBracket(reach: number, rodHeight: number, rodDiameter: number): PrintedPart {
  const { halfWidth: w, arm, riser, base, beam } = BED.bracket
  const top = rodHeight + rodDiameter / 2 + 7
  const solid = () => {
    const bodies = [
      box([-w, 0, arm[0]], [w, base, arm[1]]),
      box([-w, 0, arm[0]], [-w + beam, reach + riser, arm[1]]),
      box([w - beam, 0, arm[0]], [w, reach + riser, arm[1]]),
      box([-w, reach, arm[0]], [w, reach + riser, top]),
    ]
    const rodY = reach + riser / 2
    const cutters = [
      ...BRACKET_BOLTS.flatMap(([x, z]) => [
        clearanceHole('M6', { axis: 'y', center: [x, base / 2, z], length: base + 2 }),
        nutSlot(M6, {
          axis: 'y',
          seat: [x, BRACKET_NUT_FROM, z],
          allowance: FITS.nut.thickness.loose,
          slide: 'z',
          open: arm[0],
        }),
      ]),
      ...[-1, 1].flatMap((s) => {
        const x = s * BED.rodOffset
        return [
          bore(rodDiameter, FITS.bore.sliding, { axis: 'y', center: [x, rodY, rodHeight], length: riser + 2 }),
          clearanceHole('M3', { axis: 'z', center: [x, rodY, (rodHeight + top + 1) / 2], length: top + 1 - rodHeight }),
          setScrewSlot(x, rodY, rodHeight, reach + riser),
        ]
      }),
    ]
    return transform(difference(union(...bodies), ...cutters), bracketToPrint(reach))
  }
  return {
    name: 'bed-bracket',
    description: `Bed bracket on a Z carriage (3 x M6): holds two bed rods ${BED.rodOffset * 2} mm apart, ${formatMm(rodHeight)} mm above the carriage's middle and ${formatMm(reach)} mm in from it`,
    module: 'bed',
    params: { reach, rodHeight, rodDiameter },
    solid,
  }
}

/** Bracket frame to print: lying on the riser's inner face, (x, z, reach + riser - y). */
export const bracketToPrint = (reach: number): Mat4 => [
  1,
  0,
  0,
  0,
  0,
  0,
  -1,
  0,
  0,
  1,
  0,
  0,
  0,
  0,
  reach + BED.bracket.riser,
  1,
]

/**
 * A bed block, in its frame: the rod's axis along y through the origin, z up. It carries the
 * bed plate (a countersunk M3 from the bed's top into a nut, at y = +6) and grips the rod (a
 * set screw down onto it, at y = -6); the nuts slide in from the block's ends.
 */
export function bedBlock(rodDiameter: number): PrintedPart {
  const { halfWidth: w, halfDepth: d, below } = BED.block
  const top = BED.rodBelowTop - BED.plateThickness
  const solid = () =>
    transform(
      difference(
        box([-w, -d, -below], [w, d, top]),
        bore(rodDiameter, FITS.bore.sliding, { axis: 'y', center: [0, 0, 0], length: 2 * d + 2 }),
        clearanceHole('M3', { axis: 'z', center: [0, -BLOCK_SCREW_Y, (top + 1) / 2], length: top + 1 }),
        setScrewSlot(0, -BLOCK_SCREW_Y, 0, -d),
        clearanceHole('M3', { axis: 'z', center: [0, BLOCK_SCREW_Y, top - 4.5], length: 11 }),
        nutSlot(M3, {
          axis: 'z',
          seat: [0, BLOCK_SCREW_Y, BLOCK_NUT_Z],
          allowance: FITS.nut.thickness.snug,
          slide: 'y',
          open: d,
        }),
      ),
      BLOCK_TO_PRINT,
    )
  return {
    name: 'bed-block',
    description:
      'Bed block: holds the bed plate on a bed rod (a countersunk M3 into the plate, an M3 set screw onto the rod)',
    module: 'bed',
    params: { rodDiameter },
    solid,
  }
}

/** Block frame to print: lying on its -x side, (z, y, -x + w). */
export const BLOCK_TO_PRINT: Mat4 = [0, 0, 1, 0, 0, 1, 0, 0, -1, 0, 0, 0, 0, 0, BED.block.halfWidth, 1]

/** The block's two screws lie this far either side of its middle, along the rod. */
export const BLOCK_SCREW_Y = 6
/** The countersunk screw's nut, above the rod's axis. */
export const BLOCK_NUT_Z = BED.rodBelowTop - 12 + 1.9
