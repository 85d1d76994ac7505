import { describe, expect, it } from 'vitest'
import { evaluate, volume } from '../../src/kernel/index.js'
import { BED_HEATER, BED_INSULATION } from './bed.js'
import { expectClosedBetween } from './expect-shape.js'

const MAINS = { watts: 220, volts: 120, supply: 'mains', switching: 'switched by the relay' } as const

describe('bed heater and insulation', () => {
  it('name both by their size to 0.01 mm, the heater by its power and voltage too, and list the holes', () => {
    const heater = BED_HEATER.part(254.444, 200, MAINS, [[10, 20.5]], 4)
    expect(heater.id).toMatch(/^bed-heater-254\.44x200-220w-120v-1h[0-9a-f]{8}$/)
    expect(heater.description).toMatch(
      /^Silicone heater mat 254\.44 x 200 mm, 220 W at 120 V AC \(or at 230 V AC where that is the mains: a 120 V mat on 230 V draws four times its power\), .*, 1 holes 4 mm at \(10, 20\.5\) mm from its front left corner; switched by the relay$/,
    )
    expect(BED_HEATER.part(100, 100, { ...MAINS, watts: 40, volts: 24, supply: 'dc' }, [], 4).description).toContain(
      '40 W at 24 V DC',
    )
    expect(BED_INSULATION.part(254.444, 200, [], 4).id).toMatch(/^bed-insulation-254\.44x200-0h[0-9a-f]{8}$/)
    // One id, one shape: the holes are in it.
    const cork = (holes: [number, number][]) => BED_INSULATION.part(100, 100, holes, 4).id
    expect(cork([[10, 20]])).toBe(cork([[10, 20]]))
    expect(cork([[10, 20]])).not.toBe(cork([[10, 21]]))
  })

  it('are closed sheets of their size and thickness, and have their holes through', async () => {
    expect(BED_HEATER.thickness).toBeLessThan(BED_INSULATION.thickness)
    await expectClosedBetween(BED_HEATER.part(250, 210, MAINS, [], 4), [0, 0, 0], [250, 210, BED_HEATER.thickness])
    await expectClosedBetween(BED_INSULATION.part(250, 210, [], 4), [0, 0, 0], [250, 210, BED_INSULATION.thickness])
    const whole = volume(await evaluate(BED_INSULATION.part(100, 100, [], 4).shape()))
    const holed = volume(await evaluate(BED_INSULATION.part(100, 100, [[50, 50]], 4).shape()))
    // A 4 mm hole through 10 mm of cork: 126 mm3, less a little for the facets.
    expect(whole - holed).toBeGreaterThan(120)
    expect(whole - holed).toBeLessThan(Math.PI * 4 * BED_INSULATION.thickness)
  })
})
