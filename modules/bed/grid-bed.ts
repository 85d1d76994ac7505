import { difference, hole } from '../../src/kernel/index.js'
import { aimed, frame, identity, invertRigid, translation } from '../../src/kernel/matrix.js'
import type { Layout } from '../../src/layout/index.js'
import { FITS } from '../../src/parts/fits.js'
import { bought, printed, stock } from '../../src/parts/leaves.js'
import type { AssemblyNode, Leaf, StockHole, StockPiece } from '../../src/parts/types.js'
import { formatMm, toNanometre } from '../../src/spec/units.js'
import { BED_HEATER, BED_INSULATION } from '../vitamins/bed.js'
import { CAP_SCREW, COUNTERSUNK_M3, HEX_NUT, METRIC, standardScrewLength, WASHER } from '../vitamins/fasteners.js'
import { rectangularTube } from '../vitamins/stock.js'
import { BED, MAX_BED_SAG } from './dimensions.js'
import { BRACKET_IN_CARRIAGE, bedGeometry, bracketBolts, rodXsOf } from './geometry.js'
import { GRID, type GridSupports, plateGrowth, type TubeSection } from './grid.js'
import { gridBedSag } from './grid-frame.js'
import { BRACKET_TO_PRINT, bedTubeBracket, pinNutOut, pinScrewLength } from './parts.js'
import { plateLeaves } from './plate.js'

/** The most cross tubes the model tries; where none passes, the grid takes the most that fit and its check fails. */
const MOST_CROSS = 12
/** A plate screw goes in the middle of each overhang and of each gap between Y tubes at least this long (ours: a hand reaches its nut). */
const SCREW_GAP = 100
const DOWN = [0, 0, -1] as const
const X = [1, 0, 0] as const
const Z = [0, 0, 1] as const

/** Heights of the grid, machine Z: under the cork, under the cross tubes, under the Y tubes. */
function gridHeights(layout: Layout) {
  const corkUnder = layout.bed.topAsDrawn - GRID.plateThickness - BED_HEATER.thickness - BED_INSULATION.thickness
  const crossUnder = corkUnder - GRID.crossTube.height
  return { corkUnder, crossUnder, tubeUnder: crossUnder - GRID.yTube.height }
}

/**
 * The cross tubes' middles, machine Y: `count` evenly along the plate, each with its share of it
 * (half a spacing past the outer ones), pulled in where the brackets' risers are nearer.
 */
export function crossRows(layout: Layout, count: number): number[] {
  const { bed } = layout
  const g = bedGeometry(layout)
  // Spaced at least their width and the clearance apart, on a bed too shallow for `count` evenly.
  const spacing = Math.max(bed.y / count, GRID.crossTube.width + GRID.clearance)
  const riserInner = g.rodStart + GRID.riser
  const reach = Math.min(
    bed.y / 2 - spacing / 2,
    bed.center[1] - riserInner - GRID.clearance - GRID.crossTube.width / 2,
  )
  return Array.from({ length: count }, (_, i) => bed.center[1] - reach + (2 * reach * i) / (count - 1))
}

/** Where the plate rests on the grid, for `gridBedSag`. */
export function gridSupports(layout: Layout, count: number): GridSupports {
  const { bed } = layout
  const g = bedGeometry(layout)
  const { start, length } = yTubeSpan(layout)
  // Each end bears on its pocket's floor from the tube's end to the riser's inner face.
  const front = g.rodStart + GRID.riser - start
  const rear = GRID.riser - GRID.endWall - GRID.endRoom
  return {
    thickness: GRID.plateThickness,
    x: { plate: [bed.center[0] - bed.x / 2, bed.center[0] + bed.x / 2], supports: rodXsOf(layout) },
    y: { plate: [bed.center[1] - bed.y / 2, bed.center[1] + bed.y / 2], supports: crossRows(layout, count) },
    yTube: GRID.yTube,
    crossTube: GRID.crossTube,
    rests: [start + front / 2, start + length - rear / 2],
  }
}

/**
 * The Y tubes' front end, machine Y, and their length: the rods' less the pockets' end walls, the
 * play at the front end (pinned) and the room at the rear (where the tube grows).
 */
function yTubeSpan(layout: Layout): { start: number; length: number } {
  const front = GRID.endWall + GRID.pocketPlay
  return {
    start: bedGeometry(layout).rodStart + front,
    length: layout.bed.rodLength - front - GRID.endWall - GRID.endRoom,
  }
}

/** How many cross tubes fit along the plate: each its width and GRID.clearance from the next; 2 always. */
export function mostCrossTubes(layout: Layout): number {
  const [first, last] = crossRows(layout, 2)
  const fit = 1 + Math.floor((last - first) / (GRID.crossTube.width + GRID.clearance))
  return Math.max(2, Math.min(MOST_CROSS, fit))
}

/** The fewest cross tubes (from 2) that keep the plate within MAX_BED_SAG, or the most that fit where none does. */
export function gridCrossCount(layout: Layout): number {
  const most = mostCrossTubes(layout)
  for (let count = 2; count < most; count++) {
    if (gridBedSag(gridSupports(layout, count)).total <= MAX_BED_SAG) return count
  }
  return most
}

/** The plate screws' X on a cross tube: the middles of the overhangs and of the long gaps between Y tubes. */
function screwXs(layout: Layout): number[] {
  const { bed } = layout
  const tubes = rodXsOf(layout).sort((a, b) => a - b)
  const half = GRID.yTube.width / 2
  const edges = [bed.center[0] - bed.x / 2, bed.center[0] + bed.x / 2]
  const clear: [number, number][] = [
    [edges[0], tubes[0] - half],
    ...tubes.slice(1).map((t, i): [number, number] => [tubes[i] + half, t - half]),
    [tubes[tubes.length - 1] + half, edges[1]],
  ]
  return clear
    .filter(([a, b], i) => i === 0 || i === clear.length - 1 || b - a >= SCREW_GAP)
    .map(([a, b]) => (a + b) / 2)
}

/** A tube drilled through both walls top to bottom at `top`, and through both side walls at `side` (y: over its underside); drawn with its holes. */
function drilledTube(
  section: TubeSection,
  length: number,
  notes: string,
  end: string,
  top: readonly StockHole[],
  side: readonly StockHole[] = [],
): StockPiece {
  const base = rectangularTube(section, length, notes)
  const faces = [
    { name: 'top face', width: section.width, edge: 'either side', holes: top },
    ...(side.length > 0 ? [{ name: 'side face', width: section.height, edge: 'its underside', holes: side }] : []),
  ]
  return {
    ...base,
    drilled: { end, faces },
    shape: () =>
      difference(
        base.shape(),
        ...top.map((h) =>
          hole({ axis: 'z', center: [h.x, h.y, section.height / 2], length: section.height + 2, diameter: h.diameter }),
        ),
        ...side.map((h) =>
          hole({ axis: 'y', center: [h.x, section.width / 2, h.y], length: section.width + 2, diameter: h.diameter }),
        ),
      ),
  }
}

/**
 * The plate screws' holes in the cross tube at row `y`: the M3 clearance where the plate, hotter
 * than its grid, grows past the screw by no more than the clearance's play (those hold the plate
 * in place), else GRID.freeHole, in which the screw slides as the plate grows.
 */
function plateScrewHoles(layout: Layout, y: number, xs: readonly number[]): number[] {
  const [cx, cy] = layout.bed.center
  const m3 = FITS.screwHole.M3
  return xs.map((x) => (plateGrowth(Math.hypot(x - cx, y - cy)) <= (m3 - METRIC.M3.diameter) / 2 ? m3 : GRID.freeHole))
}

/** The cross tube at row `y`: its plate screws' holes (`screwHoles`, at `xs`) and its bolts' at the Y tubes. */
function crossTube(layout: Layout, xs: readonly number[], screwHoles: readonly number[]): StockPiece {
  const { bed } = layout
  const left = bed.center[0] - bed.x / 2
  const ct = GRID.crossTube
  const m6 = FITS.screwHole.M6
  const tubes = rodXsOf(layout)
  const at = (x: number) => formatMm(x - left)
  const sizes = [...new Set(screwHoles)].sort((a, b) => a - b)
  const screwText = sizes
    .map((d) => {
      const here = xs.filter((_, i) => screwHoles[i] === d)
      return `${here.length} ${here.length === 1 ? 'hole' : 'holes'} ${formatMm(d)} mm at ${here.map(at).join(', ')} mm`
    })
    .join(' and ')
  return drilledTube(
    ct,
    bed.x,
    `bed cross tube, on edge under the plate, across the Y tubes: drill ${screwText} for the plate's screws${sizes.includes(GRID.freeHole) ? ` (the ${formatMm(GRID.freeHole)} mm ones let the screws slide as the plate grows)` : ''}, and ${tubes.length} holes ${formatMm(m6)} mm for its bolts at ${tubes.map(at).join(', ')} mm from its left end (measure the Y tubes' spacing in the brackets first), each down through both walls on a drill press; tighten its bolts to ${formatMm(GRID.boltTorque)} N m (the hex key's short arm between finger and thumb)`,
    'its left end',
    [
      ...xs.map((x, i) => ({
        x: x - left,
        y: ct.width / 2,
        diameter: screwHoles[i],
        purpose: 'a plate screw',
        marked: true,
      })),
      ...tubes.map((x) => ({
        x: x - left,
        y: ct.width / 2,
        diameter: m6,
        purpose: 'a bolt to a Y tube',
        marked: true,
      })),
    ],
  )
}

/**
 * The bed on a grid: the steel plate, its heater and cork on `count` cross tubes along X (a
 * countersunk M3 through plate, heater, cork and tube into a washer and nut under it, at each of
 * `screwXs`), which rest on one Y tube in place of each bed rod, bolted to each (an M6 cap screw
 * from the cross tube's top, in a hole in the cork, through both tubes into a washer and nut);
 * the Y tubes' ends lie in the Z carriages' brackets, GRID.endWall and their play short of the
 * risers' outer faces, each pinned by an M4 through its side walls into a nut in the riser.
 */
export function gridBedModule(layout: Layout, count: number = gridCrossCount(layout)): AssemblyNode {
  const { bed } = layout
  const g = bedGeometry(layout)
  const h = gridHeights(layout)
  const top = bed.topAsDrawn
  const left = bed.center[0] - bed.x / 2
  const rows = crossRows(layout, count)
  const tubes = rodXsOf(layout)
  const xs = screwXs(layout)
  const { crossTube: ct, yTube: yt } = GRID
  const m6 = FITS.screwHole.M6
  const crossLeaves = rows.map((y) => {
    const piece = crossTube(layout, xs, plateScrewHoles(layout, y, xs))
    return stock(piece, translation([left, y - ct.width / 2, h.crossUnder]))
  })
  const span = yTubeSpan(layout)
  // The pins' middles from the tube's ends: its front end GRID.pocketPlay off its end wall, its rear GRID.endRoom.
  const pins = [
    { x: GRID.pinFrom - GRID.endWall - GRID.pocketPlay, diameter: FITS.screwHole.M4, purpose: 'the front pin' },
    { x: span.length - (GRID.pinFrom - GRID.endWall - GRID.endRoom), diameter: m6, purpose: 'the rear pin, sliding' },
  ].map((p) => ({ ...p, y: yt.height / 2, marked: true }))
  const yTube = drilledTube(
    yt,
    span.length,
    `bed tube, on edge, ${formatMm(2 * BED.rodOffset)} mm from its pair, its ends in the bed brackets' pockets: drill ${rows.length} holes ${formatMm(m6)} mm at ${rows.map((y) => formatMm(y - span.start)).join(', ')} mm from its front end, down through both walls (the top wall through the cross tubes' holes with the grid laid out, then the bottom wall through the top wall's hole on a drill press), and through both side walls, ${formatMm(yt.height / 2)} mm up, 1 hole ${formatMm(pins[0].diameter)} mm at ${formatMm(pins[0].x)} mm from its front end and 1 hole ${formatMm(pins[1].diameter)} mm at ${formatMm(span.length - pins[1].x)} mm from its rear end for its pins (the rear one wide: the tube grows there)`,
    'its front end',
    rows.map((y) => ({ x: y - span.start, y: yt.width / 2, diameter: m6, purpose: 'a cross tube', marked: false })),
    pins,
  )
  const tubeLeaves = tubes.map((x) =>
    stock(yTube, frame([x + yt.width / 2, span.start, h.tubeUnder], [0, 1, 0], [-1, 0, 0], [0, 0, 1])),
  )
  const washer = WASHER.M6.thickness
  const bolt = CAP_SCREW.part('M6', standardScrewLength(ct.height + yt.height + washer + METRIC.M6.nutThickness + 1))
  const bolts = rows.flatMap((y) =>
    tubes.flatMap((x) => [
      bought(bolt, aimed([x, y, h.corkUnder], DOWN, X)),
      bought(WASHER.part('M6'), translation([x, y, h.tubeUnder - washer])),
      bought(HEX_NUT.part('M6'), aimed([x, y, h.tubeUnder - washer], DOWN, X)),
    ]),
  )
  const m3Washer = WASHER.M3.thickness
  const screw = COUNTERSUNK_M3.part(
    standardScrewLength(top - h.crossUnder + m3Washer + METRIC.M3.nutThickness + FITS.pastScrewTip),
  )
  const screwAt = rows.flatMap((y) => xs.map((x) => [x, y] as const))
  const screws = screwAt.flatMap(([x, y]) => [
    bought(screw, aimed([x, y, top], DOWN, X)),
    bought(WASHER.part('M3'), translation([x, y, h.crossUnder - m3Washer])),
    bought(HEX_NUT.part('M3'), aimed([x, y, h.crossUnder - m3Washer], DOWN, X)),
  ])
  const plate = plateLeaves(
    layout,
    GRID.plateThickness,
    screwAt,
    rows.flatMap((y) => tubes.map((x) => [x, y, GRID.headHole] as const)),
  )
  const zAxis = layout.axes.z.front[0]
  return {
    name: 'bed',
    module: 'bed',
    transform: identity,
    leaves: [
      ...plate.slice(0, 3),
      ...tubeLeaves,
      ...crossLeaves,
      ...bolts,
      ...screws,
      ...pinLeaves(
        tubes,
        [g.rodStart + GRID.pinFrom, g.rodStart + bed.rodLength - GRID.pinFrom],
        h.tubeUnder + yt.height / 2,
      ),
      ...plate.slice(3),
    ],
    children: [],
    motion: { name: 'z', along: [0, 0, -1], travel: [-zAxis.travel / 2, zAxis.travel / 2] },
  }
}

/**
 * The pins at each end of each Y tube (at `tubes`, machine X; `ends`, machine Y; `z`): an M4 cap
 * screw and washer on the tube's outer side wall, through both side walls and the riser's wall
 * into a nut in the riser, between the tubes of a pair.
 */
function pinLeaves(tubes: readonly number[], ends: readonly number[], z: number): Leaf[] {
  const washer = WASHER.M4.thickness
  const outside = GRID.yTube.width / 2
  const nutOut = pinNutOut(GRID.yTube)
  const length = pinScrewLength(GRID.yTube)
  return tubes.flatMap((x, i) => {
    // The pairs alternate outer, inner from the left: each pin points to its pair's middle.
    const s = i % 2 === 0 ? 1 : -1
    const middle = x + s * BED.rodOffset
    return ends.flatMap((y) => [
      bought(WASHER.part('M4'), aimed([x - s * (outside + washer), y, z], [s, 0, 0], Z)),
      bought(CAP_SCREW.part('M4', length), aimed([x - s * (outside + washer), y, z], [s, 0, 0], Z)),
      bought(HEX_NUT.part('M4'), aimed([middle - s * nutOut, y, z], [s, 0, 0], Z)),
    ])
  })
}

/** The bracket a Z carriage carries under a grid bed: the tube bracket and its three M6. */
export function gridBracketNode(layout: Layout): AssemblyNode {
  const g = bedGeometry(layout)
  const seat = toNanometre(gridHeights(layout).tubeUnder - g.carriageMiddle)
  return {
    name: 'bed-bracket',
    module: 'bed',
    transform: BRACKET_IN_CARRIAGE,
    leaves: [printed(bedTubeBracket(g.reach, seat, GRID.yTube), invertRigid(BRACKET_TO_PRINT)), ...bracketBolts()],
    children: [],
  }
}
