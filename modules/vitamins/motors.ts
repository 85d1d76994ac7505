import { box, difference, intersection, type Solid, union } from '../../src/kernel/index.js'
import type { BoughtPart } from '../../src/parts/types.js'
import { METRIC } from './fasteners.js'
import { hundredths } from './hundredths.js'
import { OVERRUN, zCylinder, zHole } from './solids.js'

/**
 * Stepper motors, as bought. Each is one object: its real dimensions (sources in
 * ../shared/reference/d3d-design-facts.md and docs/design.md) and `part`, its BOM line and its
 * shape in its own frame, or the function of its size that gives them.
 */

/**
 * NEMA17 stepper: 42.3 square body with rounded corners (53.6 across, NopSCADlib) below z = 0,
 * boss and 5 mm shaft above it, M3 holes 4.5 deep; `part` takes the body's length.
 */
export const NEMA17 = {
  square: 42.3,
  bodyDiameter: 53.6,
  holePitch: 31,
  holeDepth: 4.5,
  bossDiameter: 22,
  bossHeight: 2,
  shaftDiameter: 5,
  shaftLength: 24,
  part: (bodyLength: number): BoughtPart => ({
    id: `nema17-${hundredths(bodyLength)}`,
    description: `NEMA17 stepper motor, ${hundredths(bodyLength)} mm body, ${NEMA17.shaftDiameter} mm shaft, 1.8 deg`,
    shape: () => nema17Shape(bodyLength),
  }),
} as const

function nema17Shape(bodyLength: number): Solid {
  const m = NEMA17
  const half = m.square / 2
  const p = m.holePitch / 2
  const holes = [
    [-p, -p],
    [-p, p],
    [p, -p],
    [p, p],
  ] as const
  return union(
    difference(
      intersection(box([-half, -half, -bodyLength], [half, half, 0]), zCylinder(-bodyLength, 0, m.bodyDiameter)),
      ...holes.map((at) => zHole(at, -m.holeDepth, OVERRUN, METRIC.M3.diameter)),
    ),
    zCylinder(0, m.bossHeight, m.bossDiameter),
    zCylinder(0, m.shaftLength, m.shaftDiameter),
  )
}
