import { describe, expect, it } from 'vitest'
import type { Vec3 } from '../../src/kernel/index.js'
import { CONTROLLER, POWER_SUPPLY, SSR, STEPPER_DRIVER, SUPPLIES } from './electronics.js'
import { expectClosedBetween } from './expect-shape.js'
import { METRIC } from './fasteners.js'

/** The bounds of a box of this size standing on z = 0, centred. */
const standing = ([x, y, z]: Vec3): [Vec3, Vec3] => [
  [-x / 2, -y / 2, 0],
  [x / 2, y / 2, z],
]

describe('electronics', () => {
  it('have their holes inside their footprint, the controller board its holes clear of its parts', () => {
    const c = CONTROLLER
    for (const k of [0, 1]) {
      const hole = c.holes[k] / 2 + c.holeDiameter / 2
      expect(hole).toBeLessThan(c.size[k] / 2)
      expect(c.holes[k] / 2 - c.holeDiameter / 2).toBeGreaterThan(c.size[k] / 2 - c.partsInset)
    }
    expect(c.height).toBeGreaterThan(c.boardThickness)
    const thread = METRIC[POWER_SUPPLY.thread].diameter / 2
    for (const [x, y] of POWER_SUPPLY.holes) {
      expect(Math.abs(x) + thread).toBeLessThan(POWER_SUPPLY.size[0] / 2)
      expect(Math.abs(y) + thread).toBeLessThan(POWER_SUPPLY.size[1] / 2)
    }
    expect(POWER_SUPPLY.threadDepth).toBeLessThan(POWER_SUPPLY.size[2])
    expect(SSR.holeSpacing / 2 + METRIC.M4.clearance / 2).toBeLessThan(SSR.size[0] / 2)
  })

  it('are closed solids of their size, standing on z = 0, centred', async () => {
    const [x, y] = CONTROLLER.size
    await expectClosedBetween(CONTROLLER.part, ...standing([x, y, CONTROLLER.height]))
    await expectClosedBetween(STEPPER_DRIVER.part, ...standing(STEPPER_DRIVER.size))
    await expectClosedBetween(POWER_SUPPLY.part, ...standing(POWER_SUPPLY.size))
    await expectClosedBetween(SSR.part, ...standing(SSR.size))
  })

  it('list the supplies least first, each rated at its current times 24 V, the panel holding the least', () => {
    const watts = SUPPLIES.map((s) => s.watts)
    expect(watts).toEqual([...watts].sort((a, b) => a - b))
    for (const s of SUPPLIES) expect(s.watts).toBeCloseTo(s.amps * 24, 0)
    expect(POWER_SUPPLY.part.id).toBe(SUPPLIES[0].id)
    expect(POWER_SUPPLY.size).toEqual(SUPPLIES[0].case)
  })
})
