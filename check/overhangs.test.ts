import { describe, expect, it } from 'vitest'
import { box, difference, evaluate, hexPrism, hole, prism, type Solid, union } from '../src/kernel/index.js'
import { bridgedNutSlot, clearanceHole, nutSlot, SACRIFICIAL_LAYER, teardropHole } from '../src/parts/features.js'
import { FITS } from '../src/parts/fits.js'
import { MAX_BRIDGE_MM, printability } from './overhangs.js'

const of = async (solid: Solid) => printability(await evaluate(solid))

/** A 40 mm long block, `width` wide and 10 tall, with a tunnel `gap` wide and 5 tall under it along y. */
const arch = (gap: number) => difference(box([0, 0, 0], [gap + 20, 10, 10]), box([10, -1, 0 - 1], [10 + gap, 11, 5]))

describe('the overhang and bridge check', () => {
  it('passes a cube: its underside is on the bed', async () => {
    const result = await of(box([0, 0, 0], [10, 10, 10]))
    expect(result).toMatchObject({ overhangs: [], ceilings: [], unsupportedArea: 0, lowestUnsupported: undefined })
  })

  it('fails a T: its arms are flat ledges with nothing under them', async () => {
    const t = union(box([10, 0, 0], [20, 10, 10]), box([0, 0, 10], [30, 10, 15]))
    const result = await of(t)
    expect(result.unsupportedArea).toBeCloseTo(200, 3)
    expect(result.lowestUnsupported).toBeCloseTo(10, 5)
    expect(Math.max(...result.ceilings.map((c) => c.ledge))).toBeCloseTo(10, 0) // to the 0.5 mm grid
  })

  it('passes a short bridge and fails a long one, measuring the span', async () => {
    const short = await of(arch(8))
    expect(short.unsupportedArea).toBe(0)
    expect(short.ceilings).toHaveLength(1)
    expect(short.ceilings[0].span).toBeCloseTo(8, 5)
    expect(short.ceilings[0].area).toBeCloseTo(80, 3)
    const long = await of(arch(MAX_BRIDGE_MM + 2))
    expect(long.ceilings[0].span).toBeCloseTo(MAX_BRIDGE_MM + 2, 5)
    expect(long.unsupportedArea).toBeCloseTo((MAX_BRIDGE_MM + 2) * 10, 3)
    expect(long.lowestUnsupported).toBeCloseTo(5, 5)
  })

  it('fails a bridge that a hole runs up through: the lines that meet the hole hang from one end', async () => {
    const block = difference(box([0, 0, 0], [28, 30, 10]), box([10, -1, -1], [18, 31, 5]))
    const holed = difference(block, hole({ axis: 'z', center: [14, 15, 5], length: 12, diameter: 6 }))
    expect((await of(block)).unsupportedArea).toBe(0)
    const [ceiling] = (await of(holed)).ceilings
    expect(ceiling.span).toBeCloseTo(8, 5)
    // Lines across the slot that graze the hole end up to half the slot (4 mm) from a wall.
    expect(ceiling.ledge).toBeGreaterThan(2)
    expect(ceiling.ledge).toBeLessThanOrEqual(4)
  })

  it("fails a nut trap's ceiling around the screw hole, passes it bridged by a sacrificial layer", async () => {
    const plate = box([-10, -10, 0], [10, 10, 8])
    const trap = hexPrism({ axis: 'z', center: [0, 0, 1.5], length: 5, acrossFlats: 6 })
    const screw = hole({ axis: 'z', center: [0, 0, 5], length: 12, diameter: 3.4 })
    expect((await of(difference(plate, trap, screw))).unsupportedArea).toBeGreaterThan(0)
    const sacrificial = hole({ axis: 'z', center: [0, 0, 6.2], length: 4, diameter: 3.4 })
    expect((await of(difference(plate, trap, sacrificial))).unsupportedArea).toBe(0)
  })

  it('passes a 45 degree chamfer and fails a 50 degree one', async () => {
    // A wall leaning out over the bed by `run` for every 10 mm it rises.
    const leaning = (run: number) =>
      prism(
        [
          [0, 0],
          [10, 0],
          [10 + run, 10],
          [0, 10],
        ],
        0,
        10,
      )
    const upright = (run: number) =>
      ({ kind: 'transform', matrix: [1, 0, 0, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 10, 0, 1], child: leaning(run) }) as const
    expect((await of(upright(10) as Solid)).unsupportedArea).toBe(0)
    const steep = await of(upright(10 * Math.tan((50 * Math.PI) / 180)) as Solid)
    expect(steep.unsupportedArea).toBeGreaterThan(100)
    expect(steep.overhangs.length).toBeGreaterThan(0)
  })

  it('fails a round horizontal hole and passes a teardrop one', async () => {
    const block = box([-10, -5, 0], [10, 5, 20])
    const round = await of(difference(block, hole({ axis: 'y', center: [0, 0, 10], length: 12, diameter: 8 })))
    expect(round.unsupportedArea).toBeGreaterThan(0)
    expect(round.lowestUnsupported).toBeGreaterThan(10)
    const teardrop = await of(difference(block, teardropHole(8, { axis: 'y', center: [0, 0, 10], length: 12 })))
    expect(teardrop.unsupportedArea).toBe(0)
    expect(teardrop.ceilings).toHaveLength(1)
    expect(teardrop.ceilings[0].span).toBeLessThan(4)
  })

  it("passes an M6 nut slot's ceiling chamfered to a 10 mm bridge over a sacrificial layer, fails it plain", async () => {
    const m6 = { nutAcrossFlats: 10, nutThickness: 5.2 }
    const at = { axis: 'z', seat: [0, 0, 3], allowance: FITS.nut.thickness.loose, slide: 'y', open: 15 } as const
    const top = 3 + 5.2 + FITS.nut.thickness.loose
    const block = box([-12, -15, 0], [12, 15, 12])
    const screw = [
      clearanceHole('M6', { axis: 'z', center: [0, 0, 1], length: 6 }),
      clearanceHole('M6', { axis: 'z', center: [0, 0, top + SACRIFICIAL_LAYER + 3], length: 6 }),
    ]
    const plain = await of(difference(block, nutSlot(m6, at), ...screw))
    expect(plain.ceilings.map((c) => c.span)).toEqual([expect.closeTo(10.4, 5)])
    expect(plain.unsupportedArea).toBeGreaterThan(0)
    const bridged = await of(difference(block, bridgedNutSlot(m6, { ...at, ceiling: 'far' }), ...screw))
    expect(bridged.ceilings.map((c) => c.span)).toEqual([expect.closeTo(9.8, 5)])
    expect(bridged.unsupportedArea).toBe(0)
  })
})
