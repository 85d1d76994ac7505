import { difference, hole } from '../../src/kernel/index.js'
import { aimed, frame, translation } from '../../src/kernel/matrix.js'
import type { Layout } from '../../src/layout/index.js'
import { bore, clearanceHole } from '../../src/parts/features.js'
import { FITS } from '../../src/parts/fits.js'
import { bought, stock } from '../../src/parts/leaves.js'
import type { Leaf, StockPiece } from '../../src/parts/types.js'
import { formatMm } from '../../src/spec/units.js'
import { BED_HEATER, BED_INSULATION } from '../vitamins/bed.js'
import { EARTH_BOND } from '../vitamins/electronics.js'
import { CAP_SCREW, COUNTERSUNK_M3, METRIC, WASHER } from '../vitamins/fasteners.js'
import { plate } from '../vitamins/stock.js'
import { BED, type BedHeating, bedHeating, HEATING } from './dimensions.js'

/** The bed plate's countersinks run this far past its top. */
const PAST_TOP = 1
const UP = [0, 0, 1] as const
const X = [1, 0, 0] as const

/** How the heater is switched, for its BOM line. */
function switching(h: BedHeating): string {
  if (h.supply === 'dc') return "switched by the controller's bed output"
  const amps = `${Math.round(h.amps * 10) / 10} A at ${h.volts} V`
  return h.relayNeedsHeatSink
    ? `switched by the SSR-25DA, which needs a heat sink: ${amps}, more than the about ${HEATING.bareRelayAmps} A such a relay carries without one`
    : `switched by the SSR-25DA (${amps}, no heat sink needed)`
}

/**
 * The plate on its supports: the steel plate `t` thick, drilled and countersunk for the screws at
 * `holes` (machine X, Y) and tapped for its earth bond on mains; the heater and the cork under it,
 * holed for the screws (and the cork for `corkHoles`, X, Y and diameter); the earth bond.
 */
export function plateLeaves(
  layout: Layout,
  t: number,
  holes: readonly (readonly [number, number])[],
  corkHoles: readonly (readonly [number, number, number])[] = [],
): Leaf[] {
  const { bed } = layout
  const [cx, cy] = bed.center
  const top = bed.topAsDrawn
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
  ].map(({ area, z }, i) => {
    const at = [corner[0] + area.x[0], corner[1] + area.y[0]] as const
    const size = [area.x[1] - area.x[0], area.y[1] - area.y[0]] as const
    const sheetHoles = [
      ...holes.map(([x, y]) => [x - at[0], y - at[1]] as const),
      ...bond.map(([x, y]) => [x - at[0], y - at[1], bondHole] as const),
      ...(i === 1 ? corkHoles.map(([x, y, d]) => [x - at[0], y - at[1], d] as const) : []),
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
  return [
    stock(bedPlate, plateAt),
    bought(BED_HEATER.part(mat.size[0], mat.size[1], rating, mat.inside, BED.sheetHole), mat.place),
    bought(BED_INSULATION.part(cork.size[0], cork.size[1], cork.inside, BED.sheetHole), cork.place),
    ...bond.flatMap(([x, y]) => earthBondLeaves(x, y, top - t, t)),
  ]
}

/** Under the plate, up from the screw's head: a star washer, the bed earth wire's ring terminal, a star washer on the bare steel. */
const EARTH_BOND_STACK = [EARTH_BOND.starWasher, EARTH_BOND.ringTerminal, EARTH_BOND.starWasher]
const EARTH_BOND_STACK_HEIGHT = EARTH_BOND_STACK.reduce((s, q) => s + q.thickness, 0)
/**
 * The earth bond's screw tip stays this far under the plate's top, mm (ours): ISO 4762's length
 * tolerance (+-0.24 mm at M3 x 4), the star washers flattening, and the rest to spare.
 */
const EARTH_BOND_TIP_MARGIN = 0.6

/**
 * The earth bond's cap screw, mm: through the stack and as far into the plate's thread as an
 * ISO 4032 M3 nut is thick (2.4 mm, a full-strength engagement), so that it ends inside the
 * plate, under the PEI sheet: 4 mm.
 */
const EARTH_BOND_SCREW = Math.round((EARTH_BOND_STACK_HEIGHT + METRIC.M3.nutThickness) * 10) / 10

/**
 * The earth bond at (x, y) under the underside (at `underside`) of a plate `t` thick: the stack,
 * then an M3 cap screw up through it into the thread tapped in the plate; a hex key reaches it from
 * below with the bed in place, through the heater's and the cork's notch. Where the screw would
 * end within EARTH_BOND_TIP_MARGIN of the plate's top (a thinner plate), flat washers under its
 * head take it back.
 */
function earthBondLeaves(x: number, y: number, underside: number, t: number) {
  const engaged = EARTH_BOND_SCREW - EARTH_BOND_STACK_HEIGHT
  const washers = Math.max(0, Math.ceil((engaged - (t - EARTH_BOND_TIP_MARGIN)) / WASHER.M3.thickness - 1e-9))
  const stack = [
    ...Array.from({ length: washers }, () => ({ part: WASHER.part('M3'), thickness: WASHER.M3.thickness })),
    ...EARTH_BOND_STACK,
  ]
  const height = stack.reduce((s, q) => s + q.thickness, 0)
  const under = stack.map((p, i) => {
    const above = stack.slice(i).reduce((s, q) => s + q.thickness, 0)
    return bought(p.part, translation([x, y, underside - above]))
  })
  return [...under, bought(CAP_SCREW.part('M3', EARTH_BOND_SCREW), aimed([x, y, underside - height], UP, X))]
}
