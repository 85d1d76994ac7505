import { difference, hole } from '../../src/kernel/index.js'
import {
  aimed,
  frame,
  identity,
  invertRigid,
  type Mat4,
  multiply,
  originOf,
  rotation,
  translation,
} from '../../src/kernel/matrix.js'
import type { Layout } from '../../src/layout/index.js'
import type { BedFigures } from '../../src/parts/contracts.js'
import { bore, clearanceHole } from '../../src/parts/features.js'
import { FITS, SET_SCREW_DRAWN_OFF } from '../../src/parts/fits.js'
import { bought, printed, stock } from '../../src/parts/leaves.js'
import type { AssemblyNode, StockPiece } from '../../src/parts/types.js'
import { baseRodDiameter } from '../../src/spec/schema.js'
import { formatMm, toNanometre } from '../../src/spec/units.js'
import { AXIS_CONTRACT } from '../axis/contract.js'
import { AXIS, PIECE } from '../axis/dimensions.js'
import type { BedModule } from '../module.js'
import { BED_HEATER, BED_INSULATION } from '../vitamins/bed.js'
import { EARTH_BOND } from '../vitamins/electronics.js'
import {
  CAP_SCREW,
  COUNTERSUNK_M3,
  HEX_NUT,
  LOW_HEAD_M6,
  METRIC,
  SET_SCREW_M3,
  standardScrewLength,
} from '../vitamins/fasteners.js'
import { DENSITY } from '../vitamins/mass.js'
import { plate, rod } from '../vitamins/stock.js'
import { BED, type BedHeating, bedHeating, bedSag, HEATING, MAX_BED_SAG, type PlateSupports } from './dimensions.js'
import {
  BLOCK_NUT_Z,
  BLOCK_SCREW_Y,
  BLOCK_TO_PRINT,
  BRACKET_BOLTS,
  BRACKET_NUT_FROM,
  BRACKET_TO_PRINT,
  bedBlock,
  bedBracket,
  PLATE_SCREW_LENGTH,
  SET_SCREW_NUT,
} from './parts.js'

export { BED, bedHeating, bedSag } from './dimensions.js'

const M6 = METRIC.M6
/** The nuts are drawn in the middle of their slots. */
const M3_NUT_IN_SLOT = FITS.nut.thickness.snug / 2
/** The bed plate's countersinks run this far past its top. */
const PAST_TOP = 1
const UP = [0, 0, 1] as const
const X = [1, 0, 0] as const

/** The bracket's frame in a Z carriage node's frame (origin at its motor-side face; u down, v, w inward). */
const BRACKET_IN_CARRIAGE: Mat4 = frame(AXIS_CONTRACT.carriageLoadFace, [0, -1, 0], [0, 0, 1], [-1, 0, 0])

/** The bed's numbers that the bracket and the bed share, from the layout. */
function bedGeometry(layout: Layout) {
  const { outer, opening } = layout.frame
  const zAxis = layout.axes.z.front[0]
  const standoff = layout.zAxisStandoff
  const rodStart = (outer.y - opening.y) / 2 + (opening.y - layout.bed.rodLength) / 2
  const rodZ = layout.bed.topAsDrawn - BED.rodBelowTop
  // Both drawn at mid-travel, so the rods' height above the carriage's middle holds over the whole travel.
  const carriageMiddle = originOf(zAxis.placement)[2] - (zAxis.carriageAt + AXIS.carriageLength / 2)
  // The bracket's params: differences of machine coordinates, whose float noise would change with the frame's size.
  return { rodStart, reach: toNanometre(standoff + rodStart), rodHeight: toNanometre(rodZ - carriageMiddle), rodZ }
}

/**
 * The bracket a Z carriage carries, as a child node of the carriage: the printed bracket, three
 * M6 from the carriage's outer face into nuts in the bracket, two set screws on the rods.
 */
export function bedBracketNode(layout: Layout, rodDiameter: number): AssemblyNode {
  const g = bedGeometry(layout)
  const part = bedBracket(g.reach, g.rodHeight, rodDiameter)
  // Low heads sunk in the carriage's outer traps, as the carriage's own are: its outer face stays flat.
  const headAt = -(AXIS.thickness - PIECE.m6Trap.depth)
  const nutAt = BRACKET_NUT_FROM + FITS.nut.thickness.loose / 2
  const bolt = LOW_HEAD_M6.part(standardScrewLength(nutAt + M6.nutThickness + 1 - headAt))
  const along = [0, 1, 0] as const
  const bolts = BRACKET_BOLTS.flatMap(([x, z]) => [
    bought(bolt, aimed([x, headAt, z], along, X)),
    bought(HEX_NUT.part('M6'), aimed([x, nutAt, z], along, UP)),
  ])
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
    leaves: [printed(part, invertRigid(BRACKET_TO_PRINT)), ...bolts, ...setScrews],
    children: [],
  }
}

/** The bed rods' X, machine: two either side of each pair of Z axes. */
const rodXsOf = (layout: Layout) =>
  layout.axes.z.front.flatMap((a) => {
    const x = originOf(a.placement)[0]
    return [x - BED.rodOffset, x + BED.rodOffset]
  })

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

/** How the heater is switched, for its BOM line. */
function switching(h: BedHeating): string {
  if (h.supply === 'dc') return "switched by the controller's bed output"
  const amps = `${Math.round(h.amps * 10) / 10} A at ${h.volts} V`
  return h.relayNeedsHeatSink
    ? `switched by the SSR-25DA, which needs a heat sink: ${amps}, more than the about ${HEATING.bareRelayAmps} A such a relay carries without one`
    : `switched by the SSR-25DA (${amps}, no heat sink needed)`
}

/**
 * The bed: the steel plate, its heater and cork, two rods per pair of Z axes and `rows` bed
 * blocks along each rod (bearing on the cork), drawn at the middle of the Z travel. It moves
 * with the Z carriages (whose brackets hold the rods).
 */
export function bedModule(layout: Layout, rodDiameter: number, rows: number = BED.rows): AssemblyNode {
  const g = bedGeometry(layout)
  const { bed } = layout
  const [cx, cy] = bed.center
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

  const holes = blocks.map(screwAt)
  const corner = [cx - bed.x / 2, cy - bed.y / 2] as const
  // A bed on mains is earthed: an M3 thread tapped in the plate at its front left corner.
  const heating = bedHeating(bed)
  const { inset: bondInset, sheetHole: bondHole, tapDrill } = BED.earthBond
  const bond = heating.supply === 'mains' ? [[corner[0] + bondInset, corner[1] + bondInset] as const] : []
  const fromCorner = ([x, y]: readonly [number, number]) =>
    `(${formatMm(x - cx + bed.x / 2)}, ${formatMm(y - cy + bed.y / 2)})`
  const [length, width] = bed.x >= bed.y ? [bed.x, bed.y] : [bed.y, bed.x]
  const base = plate(
    t,
    length,
    width,
    `bed plate, ${formatMm(bed.x)} x ${formatMm(bed.y)} mm: drill ${holes.length} holes ${formatMm(FITS.screwHole.M3)} mm countersunk to ${formatMm(COUNTERSUNK_M3.diameter)} mm, at ${holes.map(fromCorner).join(', ')} mm from its front left corner${bond.map((b) => `, and 1 hole ${formatMm(tapDrill)} mm at ${fromCorner(b)} for its earth bond, tapped M3 (bare steel round it underneath: the star washer bites it)`).join('')}`,
  )
  const local = (x: number, y: number) =>
    bed.x >= bed.y ? [x - corner[0], y - corner[1]] : [y - corner[1], corner[0] + bed.x - x]
  const bedPlate: StockPiece = {
    ...base,
    drilled: {
      end: bed.x >= bed.y ? "the plate's left edge" : "the plate's front edge",
      faces: [
        {
          name: 'top face',
          width,
          edge: bed.x >= bed.y ? "the plate's front edge" : "the plate's right edge",
          holes: [
            ...holes.map(([x, y]) => {
              const [lx, ly] = local(x, y)
              const countersink = COUNTERSUNK_M3.diameter
              return { x: lx, y: ly, diameter: FITS.screwHole.M3, countersink, purpose: 'a bed block', marked: true }
            }),
            ...bond.map(([x, y]) => {
              const [lx, ly] = local(x, y)
              return { x: lx, y: ly, diameter: tapDrill, purpose: 'the earth bond, tapped M3', marked: true }
            }),
          ],
        },
      ],
    },
    shape: () =>
      difference(
        base.shape(),
        ...holes.flatMap(([x, y]) => {
          const [lx, ly] = local(x, y)
          return [
            clearanceHole('M3', { axis: 'z', center: [lx, ly, t / 2], length: t + 2 }),
            bore(COUNTERSUNK_M3.diameter, FITS.countersink, {
              axis: 'z',
              center: [lx, ly, t - COUNTERSUNK_M3.head / 2 + PAST_TOP / 2],
              length: COUNTERSUNK_M3.head + PAST_TOP,
            }),
          ]
        }),
        // The thread drawn at its major diameter, as the power supply's.
        ...bond.map(([x, y]) => {
          const [lx, ly] = local(x, y)
          return hole({ axis: 'z', center: [lx, ly, t / 2], length: t + 2, diameter: METRIC.M3.diameter })
        }),
      ),
  }
  const plateAt =
    bed.x >= bed.y
      ? translation([corner[0], corner[1], top - t])
      : frame([corner[0] + bed.x, corner[1], top - t], [0, 1, 0], [-1, 0, 0], [0, 0, 1])

  // The heater where bedHeating puts it; the cork under all of the plate but its inset, so every block bears on it.
  const inset = BED.heaterInset
  const sheets = [
    { area: heating.area, z: top - t - BED_HEATER.thickness },
    {
      area: { x: [inset, bed.x - inset], y: [inset, bed.y - inset] } as const,
      z: top - t - BED_HEATER.thickness - BED_INSULATION.thickness,
    },
  ].map(({ area, z }) => {
    const at = [corner[0] + area.x[0], corner[1] + area.y[0]] as const
    const size = [area.x[1] - area.x[0], area.y[1] - area.y[0]] as const
    const sheetHoles = [
      ...holes.map(([x, y]) => [x - at[0], y - at[1]] as const),
      ...bond.map(([x, y]) => [x - at[0], y - at[1], bondHole] as const),
    ]
    const inside = sheetHoles.filter((h) => {
      // A hole that reaches the sheet at all is cut (a notch where it crosses its edge).
      const r = (h[2] ?? BED.sheetHole) / 2
      return h[0] > -r && h[0] < size[0] + r && h[1] > -r && h[1] < size[1] + r
    })
    return { size, inside, place: translation([at[0], at[1], z]) }
  })
  const [mat, cork] = sheets
  const rating = { watts: heating.watts, volts: heating.volts, supply: heating.supply, switching: switching(heating) }
  const zAxis = layout.axes.z.front[0]
  return {
    name: 'bed',
    module: 'bed',
    transform: identity,
    leaves: [
      stock(bedPlate, plateAt),
      bought(BED_HEATER.part(mat.size[0], mat.size[1], rating, mat.inside, BED.sheetHole), mat.place),
      bought(BED_INSULATION.part(cork.size[0], cork.size[1], cork.inside, BED.sheetHole), cork.place),
      ...rods,
      ...blockLeaves,
      ...bond.flatMap(([x, y]) => earthBondLeaves(x, y, top - t)),
    ],
    children: [],
    motion: { name: 'z', along: [0, 0, -1], travel: [-zAxis.travel / 2, zAxis.travel / 2] },
  }
}

/** Under the plate, up from the screw's head: a star washer, the bed earth wire's ring terminal, a star washer on the bare steel. */
const EARTH_BOND_STACK = [EARTH_BOND.starWasher, EARTH_BOND.ringTerminal, EARTH_BOND.starWasher]
const EARTH_BOND_STACK_HEIGHT = EARTH_BOND_STACK.reduce((s, q) => s + q.thickness, 0)

/**
 * The earth bond's cap screw, mm: through the stack and as far into the plate's thread as an
 * ISO 4032 M3 nut is thick (2.4 mm, a full-strength engagement), so that it ends inside the
 * plate, under the PEI sheet: 4 mm.
 */
const EARTH_BOND_SCREW = Math.round((EARTH_BOND_STACK_HEIGHT + METRIC.M3.nutThickness) * 10) / 10

/**
 * The earth bond at (x, y) under the plate's underside (at `underside`): the stack, then an M3
 * cap screw up through it into the thread tapped in the plate; a hex key reaches it from below
 * with the bed in place, through the heater's and the cork's notch.
 */
function earthBondLeaves(x: number, y: number, underside: number) {
  const under = EARTH_BOND_STACK.map((p, i) => {
    const above = EARTH_BOND_STACK.slice(i).reduce((s, q) => s + q.thickness, 0)
    return bought(p.part, translation([x, y, underside - above]))
  })
  return [
    ...under,
    bought(CAP_SCREW.part('M3', EARTH_BOND_SCREW), aimed([x, y, underside - EARTH_BOND_STACK_HEIGHT], UP, X)),
  ]
}

/** The Z carriages' holes the bed bracket bolts through: the middle and the lower pair (u grows downwards). */
const BED_BRACKET_HOLES = [
  [0, 0],
  [1, -1],
  [1, 1],
] as const

export const BED_MODULE: BedModule = {
  name: 'bed',
  role: 'bed',
  build: ({ spec, layout }) => bedModule(layout, baseRodDiameter(spec)),
  carriageLoad: ({ spec, layout }) => bedBracketNode(layout, baseRodDiameter(spec)),
  holesTaken: BED_BRACKET_HOLES,
  figures: ({ spec, layout }) => bedFigures(layout, baseRodDiameter(spec)),
}

/** The bed as the engineering checks read it: the plate's mass and area, its sag, its heater. */
function bedFigures(layout: Layout, rodDiameter: number): BedFigures {
  const { x, y } = layout.bed
  const heating = bedHeating(layout.bed)
  return {
    plateKg: (x * y * BED.plateThickness * DENSITY.steel) / 1e6,
    plateArea: x * y,
    sag: bedSag(bedSupports(layout, rodDiameter, BED.rows)).total,
    heater: {
      watts: heating.watts,
      volts: heating.volts,
      coverage: heating.coverage,
      wattsPerCm2: heating.wattsPerCm2,
    },
  }
}
