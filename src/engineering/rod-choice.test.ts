import { describe, expect, it } from 'vitest'
import { type Guide, type Guides, rodsOf } from '../assembly/index.js'
import type { AxisLayout } from '../layout/index.js'
import { chooseGuides, guideCandidates, guideSpan, rodsHold } from './rod-choice.js'
import { rodPair } from './rods.js'

/**
 * Worked by hand (E = 200 000 N/mm2, steel 7.85e-6 kg/mm3, a 1 kg carriage):
 * 8 mm: I = pi 8^4 / 64 = 201.06 mm4, EI = 4.0212e7 N mm2, 50.27 mm2 of section.
 * 10 mm: I = 490.87 mm4, EI = 9.8175e7 N mm2, 78.54 mm2.
 * k = 2 x 48 EI / L^3; m = 1 + 2 x 17/35 x each rod's mass; f = sqrt(k / m) / 2 pi.
 */
const worked = [
  // 400 mm, 8 mm: k = 60.32 N/mm, rods 0.1579 kg each, m = 1.1534 kg: 36.4 Hz.
  { diameter: 8, span: 400, hz: 36.4 },
  // 500 mm, 8 mm: k = 30.88 N/mm, rods 0.1973 kg, m = 1.1917 kg: 25.6 Hz.
  { diameter: 8, span: 500, hz: 25.6 },
  // 500 mm, 10 mm: k = 75.40 N/mm, rods 0.3083 kg, m = 1.2995 kg: 38.3 Hz.
  { diameter: 10, span: 500, hz: 38.3 },
  // 700 mm, 10 mm: k = 27.48 N/mm, rods 0.4316 kg, m = 1.4193 kg: 22.1 Hz.
  { diameter: 10, span: 700, hz: 22.1 },
]

const axis = (direction: 'x' | 'y') => ({ direction }) as AxisLayout

/** A machine whose X carriage (1 kg) spans `x`, and whose two Y carriages (1 kg) span `y`, whatever the rods. */
const machine = (x: number, y: number) => {
  const seen: Guides[] = []
  const loadsOn = async (guides: Guides) => {
    seen.push(guides)
    return [
      { axis: axis('x'), load: 1, span: x },
      { axis: axis('y'), load: 1, span: y },
      { axis: axis('y'), load: 1, span: y },
    ]
  }
  return { seen, loadsOn }
}

const RAIL: Guide = { kind: 'rail' }
/** Rods of 8 then 10 mm, as the spec leaves them, with or without a registered rail axis. */
const rodsOnly = guideCandidates({ railOffered: false })
const rodsOrRail = guideCandidates({ railOffered: true })

describe('rods chosen by their frequency', () => {
  it.each(worked)('$diameter mm rods over $span mm ring at $hz Hz under 1 kg', ({ diameter, span, hz }) => {
    expect(rodPair({ diameter, span, load: 1 }).frequency).toBeCloseTo(hz, 1)
    expect(rodsHold(diameter, span, 1)).toBe(hz >= 35)
  })

  it('takes 8 mm where 8 mm reaches 35 Hz, 10 mm where only 10 mm does, and 10 mm (failing) where none does', async () => {
    // X over 400 mm: 8 mm holds. Y over 500 mm: 8 mm does not, 10 mm does.
    expect(await chooseGuides(8, rodsOnly, machine(400, 500).loadsOn)).toEqual({
      guides: { x: rodsOf(8), y: rodsOf(10), z: 8 },
      holds: { x: true, y: true },
    })
    // X over 700 mm: neither holds, so 10 mm; Y over 400 mm: 8 mm.
    expect(await chooseGuides(8, rodsOnly, machine(700, 400).loadsOn)).toEqual({
      guides: { x: rodsOf(10), y: rodsOf(8), z: 8 },
      holds: { x: false, y: true },
    })
  })

  it('weighs each candidate on the machine built with it, X first (Y carries X), and leaves Z as given', async () => {
    const { seen, loadsOn } = machine(500, 400)
    expect((await chooseGuides(7.9375, rodsOnly, loadsOn)).guides).toEqual({ x: rodsOf(10), y: rodsOf(8), z: 7.9375 })
    expect(seen).toEqual([
      { x: rodsOf(8), y: rodsOf(8), z: 7.9375 },
      { x: rodsOf(10), y: rodsOf(8), z: 7.9375 },
      { x: rodsOf(10), y: rodsOf(8), z: 7.9375 },
    ])
  })

  it('sizes a direction by its weakest axis: one Y axis that fails takes both to 10 mm', async () => {
    const loadsOn = async () => [
      { axis: axis('x'), load: 1, span: 400 },
      { axis: axis('y'), load: 1, span: 400 },
      { axis: axis('y'), load: 1, span: 500 },
    ]
    expect(await chooseGuides(8, rodsOnly, loadsOn)).toEqual({
      guides: { x: rodsOf(8), y: rodsOf(10), z: 8 },
      holds: { x: true, y: true },
    })
  })
})

describe('a rail where no rod holds', () => {
  it('lists rods first, then the rail where a rail axis is registered; a pin keeps only what it names', () => {
    expect(rodsOnly).toEqual({ x: [rodsOf(8), rodsOf(10)], y: [rodsOf(8), rodsOf(10)] })
    expect(rodsOrRail.x).toEqual([rodsOf(8), rodsOf(10), RAIL])
    expect(guideCandidates({ diameter: 10, railOffered: true }).x).toEqual([rodsOf(10), RAIL])
    // Pinned below the largest rod: rods only, so that a failing pin is refused with the larger rod named.
    expect(guideCandidates({ diameter: 8, railOffered: true })).toEqual({ x: [rodsOf(8)], y: [rodsOf(8)] })
    expect(guideCandidates({ diameter: 8, x: 'rail', railOffered: true }).x).toEqual([RAIL])
    expect(guideCandidates({ x: 'rail', railOffered: true })).toEqual({ x: [RAIL], y: rodsOrRail.y })
    expect(guideCandidates({ y: 'rods', diameter: 8, railOffered: true }).y).toEqual([rodsOf(8)])
    // A rail pinned where no rail axis is registered leaves nothing (the kit refuses the spec first).
    expect(guideCandidates({ x: 'rail', railOffered: false }).x).toEqual([])
  })

  it("spans rods between the end pieces and the rail's tube between the axis's end faces", () => {
    const long = { direction: 'x', length: 1107.1, travel: 922.6 } as AxisLayout
    expect(guideSpan(rodsOf(10), long, 70)).toBeCloseTo(992.6, 6)
    expect(guideSpan(RAIL, long, 70)).toBe(1107.1)
  })

  it('takes the rail only where 10 mm rods ring too low, weighed on the machine built with it', async () => {
    // The 1 m cube's spans: rods ring at 13 Hz over 993 mm, the rail's tube at 75 Hz over 1107 mm.
    const seen: Guides[] = []
    const loadsOn = async (guides: Guides) => {
      seen.push(guides)
      const span = (guide: Guide, rods: number, rail: number) => (guide.kind === 'rail' ? rail : rods)
      return [
        { axis: axis('x'), load: 0.82, span: span(guides.x, 992.6, 1107.1) },
        { axis: axis('y'), load: 3.1, span: span(guides.y, 967.2, 1081.7) },
      ]
    }
    expect(await chooseGuides(8, rodsOrRail, loadsOn)).toEqual({
      guides: { x: RAIL, y: RAIL, z: 8 },
      holds: { x: true, y: true },
    })
    expect(seen.map((g) => [g.x, g.y])).toEqual([
      [rodsOf(8), rodsOf(8)],
      [rodsOf(10), rodsOf(8)],
      [RAIL, rodsOf(8)],
      [RAIL, rodsOf(8)],
      [RAIL, rodsOf(10)],
      [RAIL, RAIL],
    ])
    // Where rods hold, the rail is never weighed.
    expect((await chooseGuides(8, rodsOrRail, machine(400, 400).loadsOn)).guides).toEqual({
      x: rodsOf(8),
      y: rodsOf(8),
      z: 8,
    })
  })
})
