import { describe, expect, it } from 'vitest'
import { BEARING_626, LM8UU } from './bearings.js'
import { aboutZ, expectClosedBetween } from './expect-shape.js'
import { METRIC } from './fasteners.js'

describe('bearings', () => {
  it('have a bore inside their outside, the 626 on an M6 axle', () => {
    expect(BEARING_626.bore).toBeLessThan(BEARING_626.outside)
    expect(BEARING_626.bore).toBe(METRIC.M6.diameter)
    expect(LM8UU.bore).toBeLessThan(LM8UU.outside)
  })

  it('are closed rings as wide and long as their data', async () => {
    await expectClosedBetween(BEARING_626.part, ...aboutZ(BEARING_626.outside, 0, BEARING_626.width))
    await expectClosedBetween(LM8UU.part, ...aboutZ(LM8UU.outside, 0, LM8UU.length))
  })
})
