// Properties of the spec, the layout and the machine tree (no geometry) over every spec the schema allows.
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { AXIS, BELT } from '../../modules/axis/dimensions.js'
import { bedHeating } from '../../modules/bed/dimensions.js'
import { GT2 } from '../../modules/vitamins/belt-drive.js'
import { countBought, countPrinted, stockPieces } from '../../src/assembly/collect.js'
import { layoutOf, REGISTERED } from '../../src/assembly/index.js'
import { buildMachine } from '../../src/assembly/machine.js'
import { billOfMaterials } from '../../src/export/bom.js'
import { cutList } from '../../src/export/cutlist.js'
import { axisList, frameMembers, type Layout } from '../../src/layout/index.js'
import { BED_CLEARANCE, MIN_TRAVEL } from '../../src/layout/rules.js'
import { InputError } from '../../src/spec/errors.js'
import { parseSpec } from '../../src/spec/parse.js'
import { parseLength } from '../../src/spec/units.js'
import { anySpec, buildVolumeSpec, frameSpec, grown, growth, tightSpec, written } from './arbitraries.js'
import { attempt, badNumbers, expectClearProblems } from './checks.js'
import { runs } from './runs.js'

// A failing property shrinks its counterexample over many more builds: room for that, or a timeout would hide it.
vi.setConfig({ testTimeout: 600_000 })

/** The spec's layout and machine tree, or the InputError that refuses it. */
async function plan(raw: unknown) {
  const spec = parseSpec(raw)
  const planned = await attempt(() => {
    const layout = layoutOf(spec)
    return { layout, machine: buildMachine(spec, layout, REGISTERED) }
  })
  return { spec, planned }
}

const EPS = 1e-9

describe('the spec', () => {
  it('reads every way of writing a length as the millimetres it means', () => {
    fc.assert(
      fc.property(written(1, 10_000), ({ input, mm }) => {
        expect(parseLength(input)).toBeCloseTo(mm, 6)
      }),
      runs(1000),
    )
  })

  it('accepts every generated spec, and a resolved spec resolves to itself', () => {
    fc.assert(
      fc.property(anySpec, (raw) => {
        const spec = parseSpec(raw)
        expect(parseSpec(spec)).toEqual(spec)
      }),
      runs(500),
    )
  })
})

describe('any spec the schema allows', () => {
  it('is laid out with every number finite, or refused with the field, its value and what is allowed', async () => {
    await fc.assert(
      fc.asyncProperty(anySpec, async (raw) => {
        const { spec, planned } = await plan(raw)
        if (planned instanceof InputError) return expectClearProblems(planned, spec)
        const stock = stockPieces(planned.machine)
        const outputs = {
          layout: planned.layout,
          cutlist: cutList(stock),
          bom: billOfMaterials(countBought(planned.machine), stock),
        }
        expect(badNumbers(outputs)).toEqual([])
      }),
      runs(500),
    )
  })
})

describe('a spec that builds', () => {
  // A spec refused is not a case for these properties.
  const built = async (raw: unknown) => {
    const { spec, planned } = await plan(raw)
    fc.pre(!(planned instanceof InputError))
    return { spec, ...(planned as Exclude<typeof planned, InputError>) }
  }
  const laidOut = async (raw: unknown) => {
    const layout = await attempt(() => layoutOf(parseSpec(raw)))
    fc.pre(!(layout instanceof InputError))
    return layout as Layout
  }

  it('moves each carriage over the rods from the motor end to the idler end, and no further', async () => {
    await fc.assert(
      fc.asyncProperty(anySpec, async (raw) => {
        const layout = await laidOut(raw)
        for (const a of axisList(layout.axes)) {
          expect(a.travel).toBeGreaterThanOrEqual(MIN_TRAVEL)
          const lastCarriage = a.secondCarriageAt ?? a.carriageAt
          // At one end of the travel the first carriage meets the motor end, at the other the last meets the idler end.
          expect(a.carriageAt - a.travel / 2).toBeCloseTo(AXIS.motorEndLength, 9)
          expect(lastCarriage + a.travel / 2 + AXIS.carriageLength).toBeCloseTo(a.length - AXIS.idlerEndLength, 9)
          // The rods start in the motor end and stop in the idler end.
          expect(a.rodStart).toBeGreaterThanOrEqual(0)
          expect(a.rodStart).toBeLessThan(AXIS.motorEndLength)
          expect(a.rodStart + a.rodLength).toBeGreaterThan(a.length - AXIS.idlerEndLength)
          expect(a.rodStart + a.rodLength).toBeLessThanOrEqual(a.length + EPS)
        }
      }),
      runs(1000),
    )
  })

  it("cuts each axis's belt long enough to go round its pulley and idler, and its two rods, as laid out", async () => {
    await fc.assert(
      fc.asyncProperty(anySpec, async (raw) => {
        const { layout, machine, spec } = await built(raw)
        const stock = stockPieces(machine)
        const rows = cutList(stock).rows.map(([item, , mm, , quantity, notes]) => ({
          item: String(item),
          mm: Number(mm),
          quantity: Number(quantity),
          notes: String(notes),
        }))
        for (const a of axisList(layout.axes)) {
          const span = a.length - AXIS.idlerEndLength + AXIS.idlerAt - AXIS.motorAt
          // Both ends are clamped in the carriage, so where the carriage is does not change what the loop takes:
          // the pitch-line loop round pulley and idler, less the carriage, plus the allowance in each clamp.
          const loop = 2 * span + Math.PI * GT2.pulleyPitchDiameter
          expect(a.beltLength).toBeCloseTo(loop - AXIS.carriageLength + 2 * BELT.clampAllowance, 9)
          const mine = stock.filter((s) => s.usedIn === a.name).map((s) => s.piece)
          expect(mine.filter((p) => p.item.startsWith('gt2-belt')).map((p) => p.length)).toEqual([a.beltLength])
          expect(mine.filter((p) => p.item.startsWith('rod-')).map((p) => p.length)).toEqual([a.rodLength, a.rodLength])
          const belt = rows.find((r) => r.item.startsWith('gt2-belt') && r.notes.includes(`${a.name} axis,`))
          expect(belt, a.name).toBeDefined()
          // The cut list gives lengths to 0.1 mm.
          expect(Math.abs(belt!.mm - a.beltLength), a.name).toBeLessThanOrEqual(0.05 + EPS)
        }
        for (const row of rows) {
          expect(row.mm, row.notes).toBeGreaterThan(0)
          expect(row.quantity, row.notes).toBeGreaterThan(0)
          if (row.item.startsWith('rod-')) expect(row.mm, row.notes).toBeLessThanOrEqual(spec.rod.stockLength + 0.05)
        }
        for (const { piece } of stock)
          if (piece.width !== undefined) expect(piece.width, piece.notes).toBeGreaterThan(0)
      }),
      runs(200),
    )
  })

  it('reaches at least the build volume asked for, over a bed that passes the frame top, inside the frame', async () => {
    await fc.assert(
      fc.asyncProperty(anySpec, async (raw) => {
        const layout = await laidOut(raw)
        const { reached, requested } = layout.buildVolume
        const { frame, bed } = layout
        for (const d of ['x', 'y'] as const) {
          expect(reached[d]).toBeGreaterThanOrEqual(MIN_TRAVEL)
          expect(reached[d]).toBeLessThanOrEqual(bed[d] + EPS)
          expect(bed[d]).toBeLessThanOrEqual(frame.opening[d] - 2 * BED_CLEARANCE + EPS)
          expect(frame.opening[d]).toBeLessThan(frame.outer[d])
        }
        expect(reached.z).toBeLessThan(frame.outer.z)
        // At the bottom of its travel the bed is still above the floor.
        expect(layout.bed.topAsDrawn - reached.z / 2).toBeGreaterThan(0)
        if (requested)
          for (const d of ['x', 'y', 'z'] as const) expect(reached[d]).toBeGreaterThanOrEqual(requested[d] - EPS)
      }),
      runs(1000),
    )
  })
})

/** Every length the layout gives, in a fixed order. */
const lengths = (layout: Layout): number[] => [
  ...axisList(layout.axes).flatMap((a) => [a.length, a.rodLength, a.travel, a.beltLength]),
  ...frameMembers(layout.frame).bars.map((b) => b.length),
  ...frameMembers(layout.frame).panes.flatMap((p) => [p.width, p.height, p.window.width, p.window.height]),
  ...Object.values(layout.frame.inner),
  ...Object.values(layout.frame.opening),
  layout.bed.x,
  layout.bed.y,
  layout.bed.rodLength,
  ...Object.values(layout.buildVolume.reached),
]

describe.each([
  ['frame', fc.oneof(frameSpec, tightSpec)],
  ['buildVolume', buildVolumeSpec],
] as const)('growing %s along one axis', (field, specs) => {
  it('shortens no length of the layout or the cut list and changes no printed part', async () => {
    await fc.assert(
      fc.asyncProperty(specs, growth, async (raw, change) => {
        const small = await plan(raw)
        const large = await plan(grown(small.spec, field, change))
        fc.pre(!(small.planned instanceof InputError) && !(large.planned instanceof InputError))
        const [a, b] = [small.planned, large.planned] as Exclude<typeof small.planned, InputError>[]
        const grew = lengths(b.layout)
        for (const [i, before] of lengths(a.layout).entries()) expect(grew[i]).toBeGreaterThanOrEqual(before - EPS)
        const [before, after] = [stockPieces(a.machine), stockPieces(b.machine)].map((s) => s.map((u) => u.piece))
        expect(after.map((p) => p.item)).toEqual(before.map((p) => p.item))
        for (const [i, piece] of after.entries()) {
          expect(piece.length, piece.notes).toBeGreaterThanOrEqual(before[i].length - EPS)
          expect(piece.width ?? 0, piece.notes).toBeGreaterThanOrEqual((before[i].width ?? 0) - EPS)
        }
        // A bed grown past the 24 V heater's power goes on mains: its junction box's clamps come with it.
        const mains = (layout: Layout) => bedHeating(layout.bed).supply === 'mains'
        const parts = (machine: typeof a.machine) =>
          countPrinted(machine)
            .filter((c) => mains(a.layout) === mains(b.layout) || c.item.name !== 'bed-junction-clamp')
            .map((c) => [c.item.name, JSON.stringify(c.item.params), c.quantity])
        expect(parts(b.machine)).toEqual(parts(a.machine))
      }),
      runs(150),
    )
  })
})
