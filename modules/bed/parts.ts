import { box, difference, prism, type Solid, transform, union } from '../../src/kernel/index.js'
import { type Mat4, translation } from '../../src/kernel/matrix.js'
import {
  clearanceHole,
  nutSlot,
  SACRIFICIAL_LAYER,
  teardropClearanceHole,
  teardropHole,
} from '../../src/parts/features.js'
import { FITS } from '../../src/parts/fits.js'
import type { PrintedPart } from '../../src/parts/types.js'
import { formatMm } from '../../src/spec/units.js'
import { METRIC, standardScrewLength, WASHER } from '../vitamins/fasteners.js'
import { BED } from './dimensions.js'
import { GRID, type TubeSection } from './grid.js'

const M3 = METRIC.M3
const M4 = METRIC.M4
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
 * The set screw's hole from the rod at height z up to `top` (along the part's z), broken by its
 * nut slot; where the hole leaves the slot's far face it starts one layer on (SACRIFICIAL_LAYER),
 * so that the slot's ceiling, when that face prints up, bridges whole. The set screw opens it.
 */
function setScrewHole(x: number, y: number, z: number, top: number): Solid[] {
  const slotTop = z + SET_SCREW_NUT + M3.nutThickness + FITS.nut.thickness.snug
  const from = slotTop + SACRIFICIAL_LAYER
  return [
    clearanceHole('M3', { axis: 'z', center: [x, y, (z + slotTop) / 2], length: slotTop - z }),
    clearanceHole('M3', { axis: 'z', center: [x, y, (from + top + 1) / 2], length: top + 1 - from }),
  ]
}

/**
 * The bed bracket on a Z carriage, in its frame: x across the machine, y into it from the
 * carriage's load face, z up from the carriage's middle. A base on the carriage (three M6), two
 * beams under the frame's top steel, and a riser inside the frame holding the two bed rods'
 * ends, each with a set screw. It prints standing on the arm's underside (z = arm[0]), so the
 * beams' bending runs along its layers; see BED.bracket for what is left out and why it stays stiff.
 */
export function bedBracket(reach: number, rodHeight: number, rodDiameter: number): PrintedPart {
  const { riser } = BED.bracket
  const top = rodHeight + rodDiameter / 2 + 7
  const solid = () => {
    const rodY = reach + riser / 2
    const cutters = [
      ...[-1, 1].flatMap((s) => {
        const x = s * BED.rodOffset
        return [
          teardropHole(rodDiameter + FITS.bore.sliding, {
            axis: 'y',
            center: [x, rodY, rodHeight],
            length: riser + 2,
            pointed: true,
          }),
          ...setScrewHole(x, rodY, rodHeight, top),
          setScrewSlot(x, rodY, rodHeight, reach + riser),
        ]
      }),
      riserWindow(reach, rodHeight),
    ]
    return bracketBody(reach, top, cutters)
  }
  return {
    name: 'bed-bracket',
    description: `Bed bracket on a Z carriage (3 x M6): holds two bed rods ${BED.rodOffset * 2} mm apart, ${formatMm(rodHeight)} mm above the carriage's middle and ${formatMm(reach)} mm in from it`,
    module: 'bed',
    params: { reach, rodHeight, rodDiameter },
    solid,
  }
}

/**
 * The bracket's body to `top`, in print: base, beams and riser, less its bolts' holes and nut
 * slots and the `cutters` of what it holds.
 */
function bracketBody(reach: number, top: number, cutters: readonly Solid[], riser: number = BED.bracket.riser): Solid {
  const { halfWidth: w, arm, base, beam, riserHalfWidth } = BED.bracket
  const bodies = [
    box([-w, 0, arm[0]], [w, base, arm[1]]),
    box([-w, 0, arm[0]], [-w + beam, reach + riser, arm[1]]),
    box([w - beam, 0, arm[0]], [w, reach + riser, arm[1]]),
    box([-riserHalfWidth, reach, arm[0]], [riserHalfWidth, reach + riser, top]),
  ]
  const bolts = BRACKET_BOLTS.flatMap(([x, z]) => [
    teardropClearanceHole('M6', { axis: 'y', center: [x, base / 2, z], length: base + 2 }),
    nutSlot(M6, {
      axis: 'y',
      seat: [x, BRACKET_NUT_FROM, z],
      allowance: FITS.nut.thickness.loose,
      slide: 'z',
      open: arm[0],
    }),
  ])
  return transform(difference(union(...bodies), ...bolts, ...cutters), BRACKET_TO_PRINT)
}

/** The plastic between a tube's pocket and its pin's nut, mm (ours). */
const PIN_NUT_WALL = 3

/** A tube pin's nut: its face the screw pulls against, this far out from the riser's middle (x). */
export const pinNutOut = (tube: TubeSection): number => BED.rodOffset - tube.width / 2 - GRID.pocketPlay - PIN_NUT_WALL

/** The tube pin's M4 cap screw: its washer on the tube's outer wall, through to 0.5 mm past its nut. */
export const pinScrewLength = (tube: TubeSection): number =>
  standardScrewLength(
    WASHER.M4.thickness + BED.rodOffset + tube.width / 2 - pinNutOut(tube) + M4.nutThickness + FITS.pastScrewTip,
  )

/** The pin's tip, this far out from the riser's middle (x). */
const pinTip = (tube: TubeSection): number =>
  WASHER.M4.thickness + BED.rodOffset + tube.width / 2 - pinScrewLength(tube)

/**
 * The bracket of a bed on a grid (modules/bed/grid.ts): as the rods' bracket, but its riser,
 * GRID.riser thick, holds the ends of two tubes on edge, each in a pocket open at the top (`tube`
 * wide and `pocketPlay` round it) that stops `endWall` short of the riser's outer face, their
 * undersides `seat` above the carriage's middle; the riser's top is flush with the tubes'. The
 * pockets reach past the riser's sides (their outer walls left out: the tubes' outer walls stand
 * 2 mm past it). Each tube is pinned: an M4 through its side walls, `pinFrom` in from the
 * riser's outer face and half its height up, into a nut in a slot open at the riser's top; the
 * hole is a teardrop, nothing prints over the pockets or the slots, and the riser has no window
 * (the tubes sit low in it).
 */
export function bedTubeBracket(reach: number, seat: number, tube: TubeSection): PrintedPart {
  const riser = GRID.riser
  const top = seat + tube.height
  const half = tube.width / 2 + GRID.pocketPlay
  const pinY = reach + GRID.pinFrom
  const pinZ = seat + tube.height / 2
  const nutOut = pinNutOut(tube)
  const room = M4.nutThickness + FITS.nut.thickness.loose
  const tip = pinTip(tube)
  const solid = () =>
    bracketBody(
      reach,
      top,
      [-1, 1].flatMap((s) => [
        box(
          [s * BED.rodOffset - half, reach + GRID.endWall, seat],
          [s * BED.rodOffset + half, reach + riser + 1, top + 1],
        ),
        // From inside the pocket to 1 mm past the screw's tip.
        teardropClearanceHole('M4', {
          axis: 'x',
          pointed: true,
          center: [(s * (BED.rodOffset - half + 1 + tip - 1)) / 2, pinY, pinZ],
          length: BED.rodOffset - half + 1 - (tip - 1),
        }),
        nutSlot(M4, {
          axis: 'x',
          seat: [s > 0 ? nutOut - room : -nutOut, pinY, pinZ],
          allowance: FITS.nut.thickness.loose,
          slide: 'z',
          open: top,
        }),
      ]),
      riser,
    )
  return {
    name: 'bed-tube-bracket',
    description: `Bed bracket on a Z carriage (3 x M6): holds two ${formatMm(tube.width)} x ${formatMm(tube.height)} mm bed tubes ${BED.rodOffset * 2} mm apart, their undersides ${formatMm(seat)} mm above the carriage's middle and ${formatMm(reach)} mm in from it, each pinned by an M4 into a nut in the riser`,
    module: 'bed',
    params: { reach, seat, tubeWidth: tube.width, tubeHeight: tube.height },
    solid,
  }
}

/**
 * The window through the riser between the rods' columns: a pointed arch (45 degree sides) whose
 * peak stays `window.underRod` under the rods, from `window.sill` over the arm's underside.
 */
function riserWindow(reach: number, rodHeight: number): Solid {
  const { arm, riser, window } = BED.bracket
  const half = window.halfWidth
  const peak = rodHeight - window.underRod
  const shoulder = peak - half
  const sill = arm[0] + window.sill
  const outline: [number, number][] = [
    [-half, sill],
    [half, sill],
    [half, shoulder],
    [0, peak],
    [-half, shoulder],
  ]
  // Drawn in (x, z), extruded along -y through the riser.
  const XZ: Mat4 = [1, 0, 0, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 0, 0, 1]
  return transform(prism(outline, -(reach + riser + 1), -(reach - 1)), XZ)
}

/** Bracket frame to print: standing on the arm's underside. */
export const BRACKET_TO_PRINT: Mat4 = translation([0, 0, -BED.bracket.arm[0]])

/**
 * A bed block, in its frame: the rod's axis along y through the origin, z up. It carries the
 * bed plate (a countersunk M3 from the bed's top into a nut, at y = +6) and grips the rod (a
 * set screw down onto it, at y = -6); the nuts slide in from the block's ends.
 */
export function bedBlock(rodDiameter: number): PrintedPart {
  const { halfWidth: w, halfDepth: d, below } = BED.block
  const top = BED.blockOverRod
  const screwIn = PLATE_SCREW_LENGTH - (BED.rodBelowTop - top) + FITS.pastScrewTip
  const solid = () =>
    transform(
      difference(
        box([-w, -d, -below], [w, d, top]),
        // Across the layers as printed (on its -x side), so teardrops pointing to +x.
        teardropHole(rodDiameter + FITS.bore.sliding, {
          axis: 'y',
          center: [0, 0, 0],
          length: 2 * d + 2,
          up: PRINT_UP,
        }),
        teardropClearanceHole('M3', {
          axis: 'z',
          center: [0, -BLOCK_SCREW_Y, (top + 1) / 2],
          length: top + 1,
          up: PRINT_UP,
        }),
        setScrewSlot(0, -BLOCK_SCREW_Y, 0, -d),
        teardropClearanceHole('M3', {
          axis: 'z',
          center: [0, BLOCK_SCREW_Y, top + (1 - screwIn) / 2],
          length: screwIn + 1,
          up: PRINT_UP,
        }),
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
const PRINT_UP = [1, 0, 0] as const
export const BLOCK_TO_PRINT: Mat4 = [0, 0, 1, 0, 0, 1, 0, 0, -1, 0, 0, 0, 0, 0, BED.block.halfWidth, 1]

/** The block's two screws lie this far either side of its middle, along the rod. */
export const BLOCK_SCREW_Y = 6
/** The plate screw's nut, above the rod's axis: 6.925 mm under the block's top. */
export const BLOCK_NUT_Z = BED.blockOverRod - 6.925
/** The countersunk screw from the bed's top through the plate, heater and cork into the block: 1.9 mm or more past its nut's seat. */
export const PLATE_SCREW_LENGTH = standardScrewLength(BED.rodBelowTop - BLOCK_NUT_Z + 1.9)
