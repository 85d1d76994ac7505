import { describe, expect, it } from 'vitest'
import { aboutZ, expectClosedBetween } from './expect-shape.js'
import {
  CAP_SCREW,
  COUNTERSUNK_M3,
  HEX_NUT,
  LOW_HEAD_M6,
  METRIC,
  type MetricSize,
  SET_SCREW_M3,
  STANDARD_SCREW_LENGTHS,
  standardScrewLength,
  WASHER,
} from './fasteners.js'

const SIZES = Object.keys(METRIC) as MetricSize[]
/** A hexagon's corner from its centre: half its width across corners. */
const hexCorner = (acrossFlats: number) => acrossFlats / Math.sqrt(3)

describe('metric fasteners', () => {
  it('grow with their size: the clearance round the thread, heads, nuts and washers round the clearance', () => {
    for (const [k, size] of SIZES.entries()) {
      const m = METRIC[size]
      const w = WASHER[size]
      if (k > 0) expect(m.diameter, size).toBeGreaterThan(METRIC[SIZES[k - 1]].diameter)
      expect(m.clearance, size).toBeGreaterThan(m.diameter)
      expect(m.headDiameter, size).toBeGreaterThan(m.clearance)
      expect(m.nutAcrossFlats, size).toBeGreaterThan(m.clearance)
      expect(w.outside, size).toBeGreaterThan(2 * hexCorner(m.nutAcrossFlats))
    }
  })

  it('keep the low and countersunk heads within their size', () => {
    expect(LOW_HEAD_M6.headHeight).toBeLessThan(METRIC.M6.headHeight)
    expect(COUNTERSUNK_M3.diameter).toBeGreaterThan(METRIC.M3.clearance)
    // The 90 degree cone fits its envelope.
    expect(COUNTERSUNK_M3.head).toBeGreaterThanOrEqual((COUNTERSUNK_M3.diameter - METRIC.M3.diameter) / 2)
  })

  it('round a screw up to the next standard length', () => {
    for (const [k, length] of STANDARD_SCREW_LENGTHS.entries()) {
      if (k > 0) expect(length).toBeGreaterThan(STANDARD_SCREW_LENGTHS[k - 1])
      expect(standardScrewLength(length)).toBe(length)
      expect(standardScrewLength(length - 0.5)).toBe(length)
    }
    expect(standardScrewLength(16.4)).toBe(20)
    expect(() => standardScrewLength(101)).toThrow(/no standard screw/)
  })

  it('draw screws from the head to the shank end, closed', async () => {
    for (const size of SIZES) {
      const m = METRIC[size]
      await expectClosedBetween(CAP_SCREW.part(size, 16), ...aboutZ(m.headDiameter, -m.headHeight, 16))
    }
    const lowHead = aboutZ(METRIC.M6.headDiameter, -LOW_HEAD_M6.headHeight, 30)
    await expectClosedBetween(LOW_HEAD_M6.part(30), ...lowHead)
    await expectClosedBetween(COUNTERSUNK_M3.part(12), ...aboutZ(COUNTERSUNK_M3.diameter, 0, 12))
    await expectClosedBetween(SET_SCREW_M3.part(8), ...aboutZ(METRIC.M3.diameter, 0, 8))
  })

  it('draw nuts (corners along x) and washers, closed', async () => {
    for (const size of SIZES) {
      const { nutAcrossFlats: flats, nutThickness } = METRIC[size]
      const corner = hexCorner(flats)
      await expectClosedBetween(HEX_NUT.part(size), [-corner, -flats / 2, 0], [corner, flats / 2, nutThickness])
      await expectClosedBetween(WASHER.part(size), ...aboutZ(WASHER[size].outside, 0, WASHER[size].thickness))
    }
  })
})
