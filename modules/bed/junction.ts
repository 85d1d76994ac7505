import { box, cylinder, difference } from '../../src/kernel/index.js'
import { aimed, applyToPoint, frame, identity, type Vec3 } from '../../src/kernel/matrix.js'
import type { Layout } from '../../src/layout/index.js'
import { clearanceHole } from '../../src/parts/features.js'
import { FITS } from '../../src/parts/fits.js'
import { bought, printed } from '../../src/parts/leaves.js'
import type { AssemblyNode, Leaf, PrintedPart } from '../../src/parts/types.js'
import { InputError } from '../../src/spec/errors.js'
import type { Spec } from '../../src/spec/schema.js'
import { formatMm } from '../../src/spec/units.js'
import { BED_HEATER, BED_INSULATION } from '../vitamins/bed.js'
import {
  type BoxContents,
  bedJunctionBox,
  boxFor,
  CABLE_GLANDS,
  cableGland,
  GROMMET,
  JUNCTION_BOX_GLANDS,
  type JUNCTION_BOX_SIZES,
} from '../vitamins/electronics.js'
import { CAP_SCREW, HEX_NUT, METRIC, standardScrewLength, WASHER } from '../vitamins/fasteners.js'
import { BED, bedHeating } from './dimensions.js'
import { rodXsOf } from './geometry.js'
import { GRID } from './grid.js'
import { BLOCK_TO_PRINT } from './parts.js'

/**
 * The bed's junction box, where the bed runs on mains (docs/design.md, "Electrics"): the moving
 * bed cord from the power panel meets the heater mat's leads and the plate's earth wire in WAGO
 * 221 lever connectors, enclosed in an IP65 ABS box that hangs under the bed's rightmost rod (or
 * Y tube, on a grid), the side nearest the power panel, its length along it, between two rows of
 * what the rod carries (the bed blocks, or the cross tubes with their bolts under the tube), its
 * lid down. Two printed clamps over the rod or tube, each with 2 M3 down beside it through the
 * box's base into nuts inside the box, hold it up against the rod's or the tube's underside. On
 * its side wall facing the power panel, halfway down: the cord's M20 gland (its strain relief)
 * and a grommet for the mat's two leads and the plate's earth wire.
 */

/** What the bed's box holds: the bed cord's junction, a 2-point lever connector each for L, N and PE. */
export const BED_JUNCTION_CONTENTS: BoxContents = { levers: [2, 2, 2], fuseHolders: [] }

/** The box: the least of the catalogue's sizes that holds its lever connectors (boxFor, the junction box's footprint rule). */
export const bedJunctionBoxSize = (): (typeof JUNCTION_BOX_SIZES)[number] => boxFor(BED_JUNCTION_CONTENTS)

/**
 * The clamps: `over` above the rod or tube (ours: 12 layers of 0.4 mm), `along` the rod (ours:
 * 2.5 mm of plastic each side of its screws' 3.4 mm holes), its screws `beside` the held section's
 * side (ours: half the hole and 2.3 mm of plastic between hole and section) and `in` from the box's
 * ends (ours: the control panel's junction box's, clear of its lid's corner screws).
 */
export const JUNCTION_CLAMP = { over: 5, along: 10, beside: 4, in: 12 } as const

/** The room kept between the box (or a clamp) and what the rod carries, along it (ours: as BED.clearance). */
const ROOM = BED.clearance

/** The gland and the grommet, along the box's side wall, this far either side of its middle (ours: clear of each other's nuts and flanges). */
const ENTRY_APART = 18

/** What holds the box: the rod (its diameter) or the Y tube (its section), with its top and underside, machine Z. */
export interface HeldSection {
  readonly width: number
  readonly top: number
  readonly under: number
  readonly round: boolean
}

/** The section the box hangs from: the bed rod or the grid's Y tube, from the layout. */
export function heldSection(layout: Layout, support: { rod: number } | 'grid'): HeldSection {
  const cork = layout.bed.topAsDrawn - BED_HEATER.thickness - BED_INSULATION.thickness
  if (support === 'grid') {
    const top = cork - GRID.plateThickness - GRID.crossTube.height
    return { width: GRID.yTube.width, top, under: top - GRID.yTube.height, round: false }
  }
  const axis = layout.bed.topAsDrawn - BED.rodBelowTop
  return { width: support.rod, top: axis + support.rod / 2, under: axis - support.rod / 2, round: true }
}

/** What the rod or tube carries along it at `x`: each as its middle (machine Y) and its half reach above and below it. */
function rowsAlong(bed: AssemblyNode, x: number): { y: number; above: number; below: number }[] {
  const blocks = bed.leaves
    .filter((l) => l.kind === 'printed' && l.part.name === 'bed-block')
    .map((l) => applyToPoint(l.transform, applyToPoint(BLOCK_TO_PRINT, [0, 0, 0])))
    .filter(([bx]) => Math.abs(bx - x) < 1)
    .map(([, y]) => ({ y, above: BED.block.halfDepth, below: BED.block.halfDepth }))
  // The cross tubes over a Y tube, each bolted through it with a washer under it.
  const bolts = bed.leaves
    .filter((l) => l.kind === 'bought' && l.part.id === WASHER.part('M6').id)
    .map((l) => applyToPoint(l.transform, [0, 0, 0]))
    .filter(([bx]) => Math.abs(bx - x) < 1)
    .map(([, y]) => ({ y, above: GRID.crossTube.width / 2, below: WASHER.M6.outside / 2 }))
  return [...blocks, ...bolts].sort((a, b) => a.y - b.y)
}

/**
 * Where the box's middle goes along the rod (machine Y), and whether it is turned: the middle of
 * the gap between two neighbouring rows nearest the bed's middle that takes the box (its length
 * along the rod, or else turned, its width along it and its length across) under the rod and its
 * clamps over it, ROOM clear of each; none where no gap takes it.
 */
export function junctionPlace(
  layout: Layout,
  bed: AssemblyNode,
  x: number,
): { y: number; turned: boolean } | undefined {
  const [length, width] = bedJunctionBoxSize()
  const rows = rowsAlong(bed, x)
  const gaps = rows.slice(1).map((b, i) => [rows[i], b] as const)
  const middle = layout.bed.center[1]
  for (const [along, turned] of [
    [length, false],
    [width, true],
  ] as const) {
    const clamps = along - 2 * JUNCTION_CLAMP.in + JUNCTION_CLAMP.along
    const fits = gaps
      .filter(
        ([a, b]) =>
          b.y - b.below - (a.y + a.below) >= along + 2 * ROOM && b.y - b.above - (a.y + a.above) >= clamps + 2 * ROOM,
      )
      .map(([a, b]) => (a.y + a.below + b.y - b.below) / 2)
    const best = fits.sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle))[0]
    if (best !== undefined) return { y: best, turned }
  }
  return undefined
}

/** The spec's field that sizes the bed, and its value as text: the bed where the spec gives it, else the frame. */
function bedField(spec: Spec): string {
  const mm = (size: number | { x: number; y: number; z?: number }) =>
    typeof size === 'number'
      ? `${formatMm(size)} mm`
      : `${[size.x, size.y, ...(size.z === undefined ? [] : [size.z])].map(formatMm).join(' x ')} mm`
  if (spec.bed) return `bed: ${mm(spec.bed)}`
  return spec.buildVolume ? `buildVolume: ${mm(spec.buildVolume)}` : `frame.size: ${mm(spec.frame.size as number)}`
}

/** The clamp's screws: through the clamp, down beside the section, through the box's base and its nut. */
export const clampScrewLength = (held: HeldSection, wall: number) =>
  standardScrewLength(
    JUNCTION_CLAMP.over + (held.round ? held.width / 2 : held.top - held.under) + wall + METRIC.M3.nutThickness + 1,
  )

/**
 * The clamp over the rod or tube, in its print frame (printed on its top face): a block
 * JUNCTION_CLAMP.along wide, over the section by `over` and down to the rod's axis (a groove for
 * the rod, loose on it) or onto the tube's top, its 2 M3 holes JUNCTION_CLAMP.beside the section.
 */
export function junctionClamp(held: HeldSection): PrintedPart {
  const { over, along, beside } = JUNCTION_CLAMP
  const legs = held.round ? held.width / 2 : 0
  const half = held.width / 2 + 2 * beside
  const height = over + legs
  const screwX = held.width / 2 + beside
  return {
    name: 'bed-junction-clamp',
    description: `Bed junction box clamp: holds the bed's junction box up against a ${held.round ? `${formatMm(held.width)} mm bed rod` : `${formatMm(held.width)} mm wide bed tube`}, 2 x M3 down beside it into nuts in the box`,
    module: 'bed',
    params: { width: held.width, round: held.round },
    solid: () =>
      difference(
        box([-half, -along / 2, 0], [half, along / 2, height]),
        ...(held.round
          ? [
              cylinder({
                axis: 'y',
                center: [0, 0, height],
                length: along + 2,
                diameter: held.width + FITS.bore.loose,
              }),
            ]
          : []),
        ...[-1, 1].map((s) =>
          clearanceHole('M3', { axis: 'z', center: [s * screwX, 0, height / 2], length: height + 2 }),
        ),
      ),
  }
}

/** Where the box hangs: the rod's X, its middle's Y, the box's base (up, on the section's underside), machine. */
export interface JunctionPlace {
  readonly x: number
  readonly y: number
  readonly base: number
  /** Its width along the rod, its length across (where rows stand closer than its length). */
  readonly turned: boolean
}

/** The box's place on a bed (the rightmost rod or tube, junctionPlace). */
export function bedJunctionPlace(layout: Layout, bed: AssemblyNode, held: HeldSection, spec: Spec): JunctionPlace {
  const x = Math.max(...rodXsOf(layout))
  const place = junctionPlace(layout, bed, x)
  if (!place) {
    const [, width] = bedJunctionBoxSize()
    throw new InputError(
      `${bedField(spec)} leaves no gap of at least ${formatMm(width + 2 * ROOM)} mm between the rows of the bed's supports for its mains junction box (hung under its rightmost rod or tube); use a larger bed, or fewer rows of supports (a shorter bed along Y)`,
    )
  }
  return { x, ...place, base: held.under }
}

/** The box, its clamps with their screws and nuts, the cord's gland and the leads' grommet (bedJunction). */
export function bedJunctionLeaves(held: HeldSection, at: JunctionPlace): Leaf[] {
  const box = bedJunctionBox(bedJunctionBoxSize())
  const [length, width, depth] = box.size
  const clamp = junctionClamp(held)
  const clampTop = held.top + JUNCTION_CLAMP.over
  const screw = CAP_SCREW.part('M3', clampScrewLength(held, box.wall))
  const screwX = held.width / 2 + JUNCTION_CLAMP.beside
  const [along, across] = at.turned ? [width, length] : [length, width]
  const clampYs = [-1, 1].map((s) => at.y + s * (along / 2 - JUNCTION_CLAMP.in))
  const down = [0, 0, -1] as const
  const X = [1, 0, 0] as const
  const Y = [0, 1, 0] as const
  const side = at.x + across / 2
  const mid = at.base - depth / 2
  const entry = (dy: number): Vec3 => [side, at.y + dy, mid]
  return [
    // Its base up on the section's underside, its length along the rod (or across it, turned), the lid down.
    bought(
      box.part,
      at.turned ? frame([at.x, at.y, at.base], X, [0, -1, 0], down) : frame([at.x, at.y, at.base], Y, X, down),
    ),
    ...clampYs.flatMap((y) => [
      printed(clamp, frame([at.x, y, clampTop], X, [0, -1, 0], down)),
      ...[-1, 1].flatMap((s) => [
        bought(screw, aimed([at.x + s * screwX, y, clampTop], down, X), [box.part.id]),
        bought(HEX_NUT.part('M3'), aimed([at.x + s * screwX, y, at.base - box.wall], down, X), [box.part.id]),
      ]),
    ]),
    bought(cableGland(JUNCTION_BOX_GLANDS.bedCord.size), frame(entry(-ENTRY_APART), Y, [0, 0, 1], X), [box.part.id]),
    bought(GROMMET.part, frame(entry(ENTRY_APART), Y, [0, 0, 1], X), [box.part.id]),
  ]
}

/** The node's name, under the bed's. */
export const BED_JUNCTION_NODE = 'bed-junction'

/**
 * The bed with its junction box (a child node, moving with it) where its heater runs on mains;
 * the bed as it is otherwise. `support`: the rods' diameter, or the grid.
 */
export function withBedJunction(
  spec: Spec,
  layout: Layout,
  bed: AssemblyNode,
  support: { rod: number } | 'grid',
): AssemblyNode {
  if (bedHeating(layout.bed).supply !== 'mains') return bed
  const held = heldSection(layout, support)
  const node: AssemblyNode = {
    name: BED_JUNCTION_NODE,
    module: 'bed',
    transform: identity,
    leaves: bedJunctionLeaves(held, bedJunctionPlace(layout, bed, held, spec)),
    children: [],
  }
  return { ...bed, children: [...bed.children, node] }
}

/** The cord gland's clamping range, mm: what the bed cord's outside must lie within. */
export const CORD_GLAND_CLAMPS = CABLE_GLANDS[JUNCTION_BOX_GLANDS.bedCord.size].clamps
