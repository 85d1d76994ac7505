import { aimed, frame, identity, invertRigid, multiply, rotation, translation } from '../../src/kernel/matrix.js'
import type { Layout } from '../../src/layout/index.js'
import type { BedFigures } from '../../src/parts/contracts.js'
import { FITS, SET_SCREW_DRAWN_OFF } from '../../src/parts/fits.js'
import { bought, printed, stock } from '../../src/parts/leaves.js'
import type { AssemblyNode } from '../../src/parts/types.js'
import { baseRodDiameter, type Spec } from '../../src/spec/schema.js'
import { formatMm } from '../../src/spec/units.js'
import type { BedModule } from '../module.js'
import { COUNTERSUNK_M3, HEX_NUT, SET_SCREW_M3 } from '../vitamins/fasteners.js'
import { DENSITY } from '../vitamins/mass.js'
import { rod } from '../vitamins/stock.js'
import { BED, bedHeating, bedSag, MAX_BED_SAG, type PlateSupports } from './dimensions.js'
import { BRACKET_IN_CARRIAGE, bedGeometry, bracketBolts, rodXsOf } from './geometry.js'
import { GRID, GRID_SAG_MODEL } from './grid.js'
import { gridBedModule, gridBracketNode, gridCrossCount, gridSupports } from './grid-bed.js'
import { gridBedSag } from './grid-frame.js'
import { withBedJunction } from './junction.js'
import {
  BLOCK_NUT_Z,
  BLOCK_SCREW_Y,
  BLOCK_TO_PRINT,
  BRACKET_TO_PRINT,
  bedBlock,
  bedBracket,
  PLATE_SCREW_LENGTH,
  SET_SCREW_NUT,
} from './parts.js'
import { plateLeaves } from './plate.js'

export { BED, bedHeating, bedSag } from './dimensions.js'
export { GRID, gridSag } from './grid.js'
export { gridBedModule, gridBracketNode, gridCrossCount, gridSupports } from './grid-bed.js'
export { gridBedSag, gridFrame } from './grid-frame.js'

/** The nuts are drawn in the middle of their slots. */
const M3_NUT_IN_SLOT = FITS.nut.thickness.snug / 2
const UP = [0, 0, 1] as const
const X = [1, 0, 0] as const

/**
 * The bracket a Z carriage carries, as a child node of the carriage: the printed bracket, three
 * M6 from the carriage's outer face into nuts in the bracket, two set screws on the rods.
 */
export function bedBracketNode(layout: Layout, rodDiameter: number): AssemblyNode {
  const g = bedGeometry(layout)
  const part = bedBracket(g.reach, g.rodHeight, rodDiameter)
  const rodY = g.reach + BED.bracket.riser / 2
  const setScrews = [-1, 1].flatMap((s) => [
    // It opens the layer the bracket prints over its hole at the top of the nut's slot.
    bought(
      SET_SCREW_M3.part(8),
      translation([s * BED.rodOffset, rodY, g.rodHeight + rodDiameter / 2 + SET_SCREW_DRAWN_OFF]),
      ['bed-bracket'],
    ),
    bought(
      HEX_NUT.part('M3'),
      aimed([s * BED.rodOffset, rodY, g.rodHeight + SET_SCREW_NUT + M3_NUT_IN_SLOT], UP, [0, 1, 0]),
    ),
  ])
  return {
    name: 'bed-bracket',
    module: 'bed',
    transform: BRACKET_IN_CARRIAGE,
    leaves: [printed(part, invertRigid(BRACKET_TO_PRINT)), ...bracketBolts(), ...setScrews],
    children: [],
  }
}

/**
 * The rows of bed blocks along the rods, as machine Y: the first and last as near the bed's
 * front and rear edges as the brackets' risers allow, the others evenly between.
 */
function rowYs(layout: Layout, rows: number): number[] {
  const g = bedGeometry(layout)
  const { bed } = layout
  const riserInner = g.rodStart + BED.bracket.riser
  const reach = Math.min(
    bed.y / 2 - BED.block.halfDepth,
    bed.center[1] - riserInner - BED.clearance - BED.block.halfDepth,
  )
  return Array.from({ length: rows }, (_, i) => bed.center[1] - reach + (2 * reach * i) / (rows - 1))
}

/** How many rows of blocks fit along the rods: blocks and the room between them; the front and rear rows always. */
export function mostBedRows(layout: Layout): number {
  const [first, last] = rowYs(layout, 2)
  return Math.max(2, 1 + Math.floor((last - first) / (2 * (BED.block.halfDepth + BED.clearance))))
}

/** Where the plate rests, for `bedSag`: the plate, the rods along X, the rows of blocks along Y, the rods' rests. */
export function bedSupports(layout: Layout, rodDiameter: number, rows: number): PlateSupports {
  const g = bedGeometry(layout)
  const { bed } = layout
  // The rods' ends lie flush with the risers' outer faces: each rests in the middle of its riser.
  const half = BED.bracket.riser / 2
  return {
    thickness: BED.plateThickness,
    x: { plate: [bed.center[0] - bed.x / 2, bed.center[0] + bed.x / 2], supports: rodXsOf(layout) },
    y: { plate: [bed.center[1] - bed.y / 2, bed.center[1] + bed.y / 2], supports: rowYs(layout, rows) },
    rod: { diameter: rodDiameter, rests: [g.rodStart + half, g.rodStart + layout.bed.rodLength - half] },
  }
}

/**
 * The rows of blocks per rod the sag model asks for: the fewest (from 2) whose own-weight sag
 * stays within MAX_BED_SAG, or 2 where no number that fits does (the rods then bend more at a
 * middle row than the plate sags between the end rows). It is 2 for every preset.
 */
export function bedRows(layout: Layout, rodDiameter: number): number {
  for (let rows = 2; rows <= mostBedRows(layout); rows++) {
    if (bedSag(bedSupports(layout, rodDiameter, rows)).total <= MAX_BED_SAG) return rows
  }
  return 2
}

/**
 * The bed: the steel plate, its heater and cork, two rods per pair of Z axes and `rows` bed
 * blocks along each rod (bearing on the cork), drawn at the middle of the Z travel. It moves
 * with the Z carriages (whose brackets hold the rods).
 */
export function bedModule(layout: Layout, rodDiameter: number, rows: number = BED.rows): AssemblyNode {
  const g = bedGeometry(layout)
  const { bed } = layout
  const top = bed.topAsDrawn
  const t = BED.plateThickness
  if (!Number.isInteger(rows) || rows < 2 || rows > mostBedRows(layout))
    throw new Error(`bed rows: ${rows} is not a whole number from 2 to ${mostBedRows(layout)}`)
  const blocks = rodXsOf(layout).flatMap((x) =>
    rowYs(layout, rows).map((y, i) => ({ x, y, side: 2 * i < rows - 1 ? -1 : 1 })),
  )
  const screwAt = (b: (typeof blocks)[number]) => [b.x, b.y - b.side * BLOCK_SCREW_Y] as const

  const rods = rodXsOf(layout).map((x) =>
    stock(
      rod(
        rodDiameter,
        bed.rodLength,
        `bed rod, ${formatMm(2 * BED.rodOffset)} mm from its pair, held in the bed brackets`,
      ),
      frame([x, g.rodStart, g.rodZ], [0, 1, 0], [-1, 0, 0], [0, 0, 1]),
    ),
  )
  const block = bedBlock(rodDiameter)
  const blockLeaves = blocks.flatMap((b) => {
    const place = multiply(
      multiply(translation([b.x, b.y, g.rodZ]), rotation([0, 0, b.side > 0 ? 180 : 0])),
      invertRigid(BLOCK_TO_PRINT),
    )
    const [sx, sy] = screwAt(b)
    const setY = b.y + b.side * BLOCK_SCREW_Y
    return [
      printed(block, place),
      bought(COUNTERSUNK_M3.part(PLATE_SCREW_LENGTH), aimed([sx, sy, top], [0, 0, -1], X)),
      bought(HEX_NUT.part('M3'), aimed([sx, sy, g.rodZ + BLOCK_NUT_Z + M3_NUT_IN_SLOT], UP, [0, 1, 0])),
      bought(SET_SCREW_M3.part(8), translation([b.x, setY, g.rodZ + rodDiameter / 2 + SET_SCREW_DRAWN_OFF])),
      bought(HEX_NUT.part('M3'), aimed([b.x, setY, g.rodZ + SET_SCREW_NUT + M3_NUT_IN_SLOT], UP, [0, 1, 0])),
    ]
  })

  const plate = plateLeaves(layout, t, blocks.map(screwAt))
  const zAxis = layout.axes.z.front[0]
  return {
    name: 'bed',
    module: 'bed',
    transform: identity,
    leaves: [...plate.slice(0, 3), ...rods, ...blockLeaves, ...plate.slice(3)],
    children: [],
    motion: { name: 'z', along: [0, 0, -1], travel: [-zAxis.travel / 2, zAxis.travel / 2] },
  }
}

/** The Z carriages' holes the bed bracket bolts through: the middle and the lower pair (u grows downwards). */
const BED_BRACKET_HOLES = [
  [0, 0],
  [1, -1],
  [1, 1],
] as const

export type BedSupport = 'rods' | 'grid'

/** What carries the bed as the spec says: its `bedSupport`, or the rods. */
const supportOf = (spec: Spec): BedSupport => spec.bedSupport ?? 'rods'

/**
 * What should carry the bed: the spec's `bedSupport` where it gives one; else the rods where they
 * keep the plate within MAX_BED_SAG with BED.rows of blocks, the grid of tubes where they do not.
 * Chosen before the machine is built (as the rods and the Z gearbox are), so a machine built
 * from a spec keeps its parts whatever its size.
 */
export function chooseBedSupport(spec: Spec, layout: Layout): BedSupport {
  if (spec.bedSupport) return spec.bedSupport
  return bedSag(bedSupports(layout, baseRodDiameter(spec), BED.rows)).total <= MAX_BED_SAG ? 'rods' : 'grid'
}

export const BED_MODULE: BedModule = {
  name: 'bed',
  role: 'bed',
  build: ({ spec, layout }) =>
    supportOf(spec) === 'rods'
      ? withBedJunction(spec, layout, bedModule(layout, baseRodDiameter(spec)), { rod: baseRodDiameter(spec) })
      : withBedJunction(spec, layout, gridBedModule(layout), 'grid'),
  carriageLoad: ({ spec, layout }) =>
    supportOf(spec) === 'rods' ? bedBracketNode(layout, baseRodDiameter(spec)) : gridBracketNode(layout),
  holesTaken: BED_BRACKET_HOLES,
  figures: ({ spec, layout }) => bedFigures(layout, baseRodDiameter(spec), supportOf(spec)),
}

/** The bed as the engineering checks read it: the plate's mass and area, its sag, its heater. */
function bedFigures(layout: Layout, rodDiameter: number, support: BedSupport): BedFigures {
  const { x, y } = layout.bed
  const heating = bedHeating(layout.bed)
  const rods = support === 'rods'
  const thickness = rods ? BED.plateThickness : GRID.plateThickness
  return {
    plateKg: (x * y * thickness * DENSITY.steel) / 1e6,
    plateArea: x * y,
    ...(rods
      ? { sag: bedSag(bedSupports(layout, rodDiameter, BED.rows)).total }
      : { sag: gridBedSag(gridSupports(layout, gridCrossCount(layout))).total, sagModel: GRID_SAG_MODEL }),
    heater: {
      watts: heating.watts,
      volts: heating.volts,
      coverage: heating.coverage,
      wattsPerCm2: heating.wattsPerCm2,
    },
  }
}
