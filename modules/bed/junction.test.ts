import { describe, expect, it } from 'vitest'
import { type PlacedLeaf, placedLeaves } from '../../src/assembly/collect.js'
import { machineCables, matLeadExit, SERVICE_ALLOWANCE } from '../../src/engineering/electrical-cables.js'
import { applyToPoint, identity, translation } from '../../src/kernel/matrix.js'
import { bought } from '../../src/parts/leaves.js'
import type { AssemblyNode } from '../../src/parts/types.js'
import { machineOf } from '../../test/machines.js'
import { switchedByContactor } from '../control/dimensions.js'
import { panelGrommetsAt } from '../control/index.js'
import { BOX_FOOTPRINTS, JUNCTION_BOX_SIZES } from '../vitamins/electronics.js'
import { WASHER } from '../vitamins/fasteners.js'
import { bedHeating } from './dimensions.js'
import { GRID } from './grid.js'
import {
  BED_JUNCTION_CONTENTS,
  BED_JUNCTION_NODE,
  bedJunctionBoxSize,
  heldSection,
  JUNCTION_CLAMP,
  junctionPlace,
  withBedJunction,
} from './junction.js'

const origin = (m: Parameters<typeof applyToPoint>[0]) => applyToPoint(m, [0, 0, 0])
const idOf = (p: PlacedLeaf) => (p.leaf.kind === 'bought' ? p.leaf.part.id : '')

/** The bed's junction node of a machine, and what the bed carries. */
function junctionOf(preset: string, sets: string[] = []) {
  const built = machineOf(preset, sets)
  const bed = built.machine.children.find((c) => c.name === 'bed')!
  const node = bed.children.find((c) => c.name === BED_JUNCTION_NODE)
  return { ...built, bed, node }
}

const VARIANTS: [string, string[]][] = [
  ['d3d-12in', []],
  ['d3d-12in', ['bedSupport=grid']],
  ['d3d-1m', []],
  ['d3d-1m', ['bedSupport=grid']],
]

describe("the bed's junction box", () => {
  it('is the least catalogue box whose floor holds its 3 two-point lever connectors', () => {
    const [length, width] = bedJunctionBoxSize()
    const footprint = BED_JUNCTION_CONTENTS.levers.reduce(
      (s, n) => s + BOX_FOOTPRINTS.lever[n][0] * BOX_FOOTPRINTS.lever[n][1],
      0,
    )
    expect((length - 5) * (width - 5)).toBeGreaterThanOrEqual(footprint)
    expect(bedJunctionBoxSize()).toEqual(JUNCTION_BOX_SIZES[0])
  })

  it.each(VARIANTS)(
    '%s %j: hangs under the rightmost rod or tube, clamped, between its rows, with its gland and grommet',
    (preset, sets) => {
      const { bed, node, layout, spec } = junctionOf(preset, sets)
      expect(bedHeating(layout.bed).supply).toBe('mains')
      expect(node).toBeDefined()
      const grid = sets.includes('bedSupport=grid')
      const held = heldSection(layout, grid ? 'grid' : { rod: spec.rod?.diameter ?? 8 })
      const ids = node!.leaves.map((l) => (l.kind === 'bought' ? l.part.id : l.kind === 'printed' ? l.part.name : ''))
      const [length, width] = bedJunctionBoxSize()
      expect(ids.filter((id) => id.startsWith('bed-junction-box-'))).toEqual([
        `bed-junction-box-${bedJunctionBoxSize().join('x')}`,
      ])
      expect(ids.filter((id) => id === 'bed-junction-clamp')).toHaveLength(2)
      expect(ids.filter((id) => /^m3x\d+-cap-screw$/.test(id))).toHaveLength(4)
      expect(ids.filter((id) => id === 'm3-hex-nut')).toHaveLength(4)
      expect(ids.filter((id) => id.startsWith('cable-gland-'))).toEqual(['cable-gland-m20'])
      expect(ids.filter((id) => id === 'grommet-rubber-16mm')).toHaveLength(1)
      // The box's base on the section's underside, its middle under the rightmost rod or tube.
      const box = node!.leaves.find((l) => l.kind === 'bought' && l.part.id.startsWith('bed-junction-box-'))!
      const [bx, by, bz] = origin(box.transform)
      expect(bz).toBeCloseTo(held.under, 6)
      expect(bx).toBeGreaterThan(layout.bed.center[0])
      // Along Y, clear of every block or bolt washer under the rod and every cross tube over it.
      const rows = bed.leaves
        .filter(
          (l) =>
            (l.kind === 'printed' && l.part.name === 'bed-block') || (l.kind === 'bought' && l.part.id === 'm6-washer'),
        )
        .map((l) => origin(l.transform))
        .filter(([x]) => Math.abs(x - bx) < 30)
        .map(([, y]) => y)
      expect(rows.length).toBeGreaterThan(0)
      const reachBelow = grid ? WASHER.M6.outside / 2 : 12
      const reachAbove = grid ? GRID.crossTube.width / 2 : 12
      for (const y of rows) {
        expect(Math.abs(y - by), `row at ${y}`).toBeGreaterThanOrEqual(length / 2 + reachBelow)
        expect(Math.abs(y - by), `row at ${y}`).toBeGreaterThanOrEqual(
          length / 2 - JUNCTION_CLAMP.in + JUNCTION_CLAMP.along / 2 + reachAbove,
        )
      }
      expect(width).toBeGreaterThan(held.width)
    },
  )

  it('is left off a bed heated from the 24 V supply', () => {
    const built = junctionOf('d3d-12in')
    const { layout, bed } = built
    const tiny: { x: [number, number]; y: [number, number] } = { x: [0, 60], y: [0, 60] }
    const dcLayout = { ...layout, bed: { ...layout.bed, printable: tiny } }
    expect(bedHeating(dcLayout.bed).supply).toBe('dc')
    const bare = { ...bed, children: bed.children.filter((c) => c.name !== BED_JUNCTION_NODE) }
    expect(withBedJunction(built.spec, dcLayout, bare, { rod: 8 })).toBe(bare)
  })

  it('finds no place on a rod with no gap that takes it, and the spec is refused naming the bed', async () => {
    const { layout } = junctionOf('d3d-12in')
    const x = 200
    const washers = [100, 160, 220].map((y) => bought(WASHER.part('M6'), translation([x, y, 0])))
    const crowded: AssemblyNode = { name: 'bed', module: 'bed', transform: identity, leaves: washers, children: [] }
    expect(junctionPlace(layout, crowded, x)).toBeUndefined()
    // A bed 50 mm deep: its front and rear rows of blocks leave no room between them.
    const shallow = ['bed={"x":"1ft","y":"50mm"}', 'frame.size={"x":"400mm","y":"12in","z":"12in"}', 'zAxes=2']
    expect(() => machineOf('d3d-12in', shallow)).toThrow(
      /^bed: 304\.8 x 50 mm leaves no gap of at least 62 mm between the rows of the bed's supports for its mains junction box/,
    )
  })

  it('turns the box across the rod where its rows stand closer than its length but not its width', () => {
    const { layout } = junctionOf('d3d-12in')
    const x = 200
    // Washers 75 mm apart: 63 mm between them, short of the box's 83 mm and 2 mm either end, past its 58 mm.
    const washers = [100, 175].map((y) => bought(WASHER.part('M6'), translation([x, y, 0])))
    const rows: AssemblyNode = { name: 'bed', module: 'bed', transform: identity, leaves: washers, children: [] }
    expect(junctionPlace(layout, rows, x)).toEqual({ y: 137.5, turned: true })
  })
})

describe("the bed's runs to its junction box", () => {
  it.each(VARIANTS)(
    '%s %j: the cord ends at the box, the mat leads and the earth wire run to it with the allowance',
    (preset, sets) => {
      const { machine, layout } = junctionOf(preset, sets)
      const heating = bedHeating(layout.bed)
      const cables = machineCables(machine, {
        mains: true,
        contactor: switchedByContactor(heating),
        inputs: [{ name: 'main power', label: 'POWER' }],
        grommets: panelGrommetsAt(layout),
      })
      const placed = placedLeaves(machine)
      const box = placed.find((p) => idOf(p).startsWith('bed-junction-box-'))!
      const grommet = placed.find((p) => p.path.includes(BED_JUNCTION_NODE) && idOf(p) === 'grommet-rubber-16mm')!
      const cord = cables.find((c) => c.kind === 'bed cord')!
      expect(cord.to).toBe("bed cord junction in the bed's junction box (L, N, PE)")
      // At least the distance from the power panel's box to the bed's as drawn.
      const panelBox = placed.find((p) => idOf(p).startsWith('junction-box-'))!
      const [a, b] = [origin(panelBox.world), origin(box.world)]
      expect(cord.route).toBeGreaterThanOrEqual(
        Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]) - 1e-6,
      )
      const leads = cables.find((c) => c.kind === 'bed heater leads')!
      const mat = placed.find((p) => /^bed-heater-/.test(idOf(p)))!
      const exit = matLeadExit(mat, origin(grommet.world))
      const g = origin(grommet.world)
      expect(leads.route).toBeCloseTo(Math.abs(exit[0] - g[0]) + Math.abs(exit[1] - g[1]) + Math.abs(exit[2] - g[2]), 6)
      expect(leads.route).toBeGreaterThan(0)
      expect(leads.length).toBe(leads.route + 2 * SERVICE_ALLOWANCE)
      // The exit lies on the mat's edge.
      const size = /^bed-heater-([\d.]+)x([\d.]+)-/.exec(idOf(mat))!.slice(1).map(Number)
      const [mx, my] = origin(mat.world)
      expect(
        [exit[0] - mx, mx + size[0] - exit[0], exit[1] - my, my + size[1] - exit[1]].some((d) => Math.abs(d) < 1e-6),
      ).toBe(true)
      const earth = cables.find((c) => c.kind === 'bed earth')!
      expect(earth.route).toBeGreaterThan(0)
      expect(earth.length).toBe(earth.route + 2 * SERVICE_ALLOWANCE)
    },
  )
})
