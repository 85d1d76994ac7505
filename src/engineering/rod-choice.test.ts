import { describe, expect, it } from 'vitest'
import type { RodDiameters } from '../assembly/index.js'
import type { AxisLayout } from '../layout/index.js'
import { chooseRods, rodsHold } from './rod-choice.js'
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
  const seen: RodDiameters[] = []
  const loadsOn = async (rods: RodDiameters) => {
    seen.push(rods)
    return [
      { axis: axis('x'), load: 1, span: x },
      { axis: axis('y'), load: 1, span: y },
      { axis: axis('y'), load: 1, span: y },
    ]
  }
  return { seen, loadsOn }
}

describe('rods chosen by their frequency', () => {
  it.each(worked)('$diameter mm rods over $span mm ring at $hz Hz under 1 kg', ({ diameter, span, hz }) => {
    expect(rodPair({ diameter, span, load: 1 }).frequency).toBeCloseTo(hz, 1)
    expect(rodsHold(diameter, span, 1)).toBe(hz >= 35)
  })

  it('takes 8 mm where 8 mm reaches 35 Hz, 10 mm where only 10 mm does, and 10 mm (failing) where none does', async () => {
    // X over 400 mm: 8 mm holds. Y over 500 mm: 8 mm does not, 10 mm does.
    expect(await chooseRods(8, machine(400, 500).loadsOn)).toEqual({
      rods: { x: 8, y: 10, z: 8 },
      holds: { x: true, y: true },
    })
    // X over 700 mm: neither holds, so 10 mm; Y over 400 mm: 8 mm.
    expect(await chooseRods(8, machine(700, 400).loadsOn)).toEqual({
      rods: { x: 10, y: 8, z: 8 },
      holds: { x: false, y: true },
    })
  })

  it('weighs each candidate on the machine built with it, X first (Y carries X), and leaves Z as given', async () => {
    const { seen, loadsOn } = machine(500, 400)
    expect((await chooseRods(7.9375, loadsOn)).rods).toEqual({ x: 10, y: 8, z: 7.9375 })
    expect(seen).toEqual([
      { x: 8, y: 8, z: 7.9375 },
      { x: 10, y: 8, z: 7.9375 },
      { x: 10, y: 8, z: 7.9375 },
    ])
  })

  it('sizes a direction by its weakest axis: one Y axis that fails takes both to 10 mm', async () => {
    const loadsOn = async () => [
      { axis: axis('x'), load: 1, span: 400 },
      { axis: axis('y'), load: 1, span: 400 },
      { axis: axis('y'), load: 1, span: 500 },
    ]
    expect(await chooseRods(8, loadsOn)).toEqual({ rods: { x: 8, y: 10, z: 8 }, holds: { x: true, y: true } })
  })
})
