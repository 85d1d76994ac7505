import { describe, expect, it } from 'vitest'
import type { Vec3 } from '../../src/kernel/index.js'
import { aboutZ, expectClosedBetween } from './expect-shape.js'
import { METRIC } from './fasteners.js'
import { BLOWER_5015, EXTRUDER, HOT_END, INDUCTIVE_PROBE } from './tool-head.js'

const ascending = (values: readonly number[]) => values.every((v, k) => k === 0 || v > values[k - 1])
/** A round feature of this diameter centred at `at` lies within [from, to]. */
const fits = (at: number, diameter: number, [from, to]: readonly [number, number]) =>
  at - diameter / 2 >= from && at + diameter / 2 <= to

describe('hot end', () => {
  const h = HOT_END
  it('stacks nozzle, block, heat break, heatsink, collar, groove and collar upwards, the groove the narrowest', () => {
    const heights = [h.nozzle.length, h.block.min[2], h.block.max[2], ...h.heatsink, h.collarBottom]
    expect(ascending([0, ...heights, h.grooveBottom, h.grooveTop, h.length])).toBe(true)
    expect(h.grooveDiameter).toBeLessThan(h.collarDiameter)
    expect(h.heatBreakDiameter).toBeLessThan(h.neckDiameter)
    expect(h.neckDiameter).toBeLessThan(h.heatsinkDiameter)
    expect(h.nozzle.diameter).toBeLessThan(h.nozzle.acrossFlats)
  })

  it('is a closed solid from the nozzle tip to the top of the mount, its block, heatsink and fan its width', async () => {
    const r = h.heatsinkDiameter / 2
    const min: Vec3 = [Math.min(h.block.min[0], h.fan.min[0], -r), Math.min(h.block.min[1], h.fan.min[1], -r), 0]
    const max: Vec3 = [Math.max(h.block.max[0], h.fan.max[0], r), Math.max(h.block.max[1], h.fan.max[1], r), h.length]
    await expectClosedBetween(h.part, min, max)
  })
})

describe('blower', () => {
  const b = BLOWER_5015
  const body = [0, b.size] as const
  it('has its scroll, outlet and lugs inside its body, the lugs round their holes', () => {
    for (const c of b.scrollCenter) expect(fits(c, b.scrollDiameter, body)).toBe(true)
    expect(fits(b.outletWidth / 2, b.outletWidth, body)).toBe(true)
    for (const c of b.lugs.flat()) expect(fits(c, b.lugDiameter, body)).toBe(true)
    expect(b.lugHole).toBeLessThan(b.lugDiameter)
  })

  it('is a closed solid the size of its body', async () => {
    await expectClosedBetween(b.part, [0, 0, 0], [b.size, b.thickness, b.size])
  })
})

describe('inductive probe', () => {
  it('is an M8 body, closed, from its tip', async () => {
    const p = INDUCTIVE_PROBE
    expect(p.diameter).toBe(METRIC.M8.diameter)
    await expectClosedBetween(p.part, ...aboutZ(p.diameter, 0, p.length))
  })
})

describe('extruder', () => {
  const e = EXTRUDER
  const span = (k: number) => [e.body.min[k], e.body.max[k]] as const
  it('has its motor shaft, outlet and fixings inside its body', () => {
    const [shaftX, shaftZ] = e.shaft
    expect(fits(shaftX, 0, span(0)) && fits(shaftZ, 0, span(2))).toBe(true)
    expect(fits(0, e.outlet.diameter, span(0)) && fits(0, e.outlet.diameter, span(1))).toBe(true)
    const m3 = METRIC.M3.diameter
    for (const [x, y] of e.fixings) expect(fits(x, m3, span(0)) && fits(y, m3, span(1))).toBe(true)
    expect(e.fixingDepth).toBeLessThan(e.body.max[2])
  })

  it('is a closed solid, its body and the outlet below it', async () => {
    const [x0, y0] = e.body.min
    await expectClosedBetween(e.part, [x0, y0, -e.outlet.length], e.body.max)
  })
})
