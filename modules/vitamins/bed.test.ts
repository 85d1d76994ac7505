import { describe, expect, it } from 'vitest'
import { BED_HEATER, BED_INSULATION } from './bed.js'
import { expectClosedBetween } from './expect-shape.js'

describe('bed heater and insulation', () => {
  it('give the heater 0.4 W/cm2 to the nearest 10 W, and name both by their size to 0.01 mm', () => {
    expect(BED_HEATER.part(200, 200).description).toContain('about 160 W')
    expect(BED_HEATER.part(254.444, 200).id).toBe('bed-heater-254.44x200')
    expect(BED_INSULATION.part(254.444, 200).id).toBe('bed-insulation-254.44x200')
  })

  it('are closed sheets of their size and thickness', async () => {
    expect(BED_HEATER.thickness).toBeLessThan(BED_INSULATION.thickness)
    await expectClosedBetween(BED_HEATER.part(250, 210), [0, 0, 0], [250, 210, BED_HEATER.thickness])
    await expectClosedBetween(BED_INSULATION.part(250, 210), [0, 0, 0], [250, 210, BED_INSULATION.thickness])
  })
})
