import { difference, type Solid, union } from '../../src/kernel/index.js'
import type { BoughtPart } from '../../src/parts/types.js'
import { circleArea, DENSITY, gramsOf } from './mass.js'
import { zCylinder, zThrough } from './solids.js'

/**
 * The belt drive, as bought. Each is one object: its real dimensions (sources in
 * ../shared/reference/d3d-design-facts.md and docs/design.md) and `part`, its BOM line and its
 * shape in its own frame, or the function of its size that gives them.
 */

/**
 * A GT2 wheel along +Z from z = 0 with its bore through: flange diameter up to `teethFrom` (a
 * flange or the pulley's hub), the teeth up to `teethTo`, a flange up to `top`.
 */
function toothedWheel(
  wheel: { readonly flangeDiameter: number; readonly toothDiameter: number; readonly bore: number },
  teethFrom: number,
  teethTo: number,
  top: number,
): Solid {
  return difference(
    union(
      zCylinder(0, teethFrom, wheel.flangeDiameter),
      zCylinder(teethFrom, teethTo, wheel.toothDiameter),
      zCylinder(teethTo, top, wheel.flangeDiameter),
    ),
    zThrough([0, 0], 0, top, wheel.bore),
  )
}

/** A GT2 pulley's teeth, hub and flange, and its bore. */
interface PulleyDims {
  readonly bore: number
  readonly flangeDiameter: number
  readonly hubHeight: number
  readonly toothDiameter: number
  readonly toothHeight: number
  readonly flangeThickness: number
}

/** The pulley of these dimensions as bought: its BOM line, its mass (its drawn solid in aluminium) and its shape. */
function pulleyPart(p: PulleyDims): BoughtPart {
  const teethTop = p.hubHeight + p.toothHeight
  const height = teethTop + p.flangeThickness
  const solid =
    circleArea(p.flangeDiameter) * (p.hubHeight + p.flangeThickness) + circleArea(p.toothDiameter) * p.toothHeight
  return {
    id: `gt2-pulley-20t-${p.bore}mm`,
    description: `GT2 pulley, 20 teeth, ${p.bore} mm bore, for 6 mm belt, with M3 grub screws`,
    grams: gramsOf(solid - circleArea(p.bore) * height, DENSITY.aluminium),
    shape: () => toothedWheel(p, p.hubHeight, teethTop, height),
  }
}

/**
 * GT2 pulley, 20 teeth, 5 mm bore, along +Z from z = 0: the hub with its M3 grub screws, the
 * toothed part (12.22 across the teeth), a flange on top.
 */
const PULLEY = {
  teeth: 20,
  /** 20 teeth at GT2's 2 mm pitch: 40 / pi. */
  pitchDiameter: 40 / Math.PI,
  bore: 5,
  flangeDiameter: 16,
  hubHeight: 7,
  toothDiameter: 12.22,
  toothHeight: 9,
  flangeThickness: 1,
} as const
export const GT2_PULLEY = { ...PULLEY, part: pulleyPart(PULLEY) } as const

/**
 * The GT2 20-tooth pulley for a gearbox's 8 mm output shaft: GT2_PULLEY's teeth, hub and
 * flange round an 8 mm bore, so that the belt runs as it does on the plain motor.
 */
const PULLEY_8MM = { ...PULLEY, bore: 8 } as const
export const GT2_PULLEY_8MM = { ...PULLEY_8MM, part: pulleyPart(PULLEY_8MM) } as const

/**
 * GT2 toothed idler, 20 teeth, 3 mm bore (ball bearings inside), along +Z from z = 0: Gates
 * PowerGrip 2GT idler for 6 mm belt (McMaster-Carr's table: 15 mm flanges, 12.22 mm across the
 * teeth, 10 mm wide, 3 or 5 mm shaft). Its pitch diameter is the pulley's, so the two strands
 * of a belt round both run parallel. How the 10 mm splits into flanges and teeth is not given:
 * drawn as 1.5 mm flanges round 7 mm of teeth (room for the 6 mm belt).
 */
export const GT2_IDLER = {
  teeth: 20,
  pitchDiameter: 40 / Math.PI,
  bore: 3,
  toothDiameter: 12.22,
  flangeDiameter: 15,
  width: 10,
  flangeThickness: 1.5,
  part: {
    id: 'gt2-idler-20t-3mm',
    description: 'GT2 toothed idler, 20 teeth, 3 mm bore, with bearings, for 6 mm belt',
    /** Its drawn solid in aluminium, its bearings counted as aluminium too (ours: a gram either way). */
    get grams() {
      const p = GT2_IDLER
      const flanges = 2 * p.flangeThickness
      const solid = circleArea(p.flangeDiameter) * flanges + circleArea(p.toothDiameter) * (p.width - flanges)
      return gramsOf(solid - circleArea(p.bore) * p.width, DENSITY.aluminium)
    },
    shape: (): Solid => {
      const p = GT2_IDLER
      return toothedWheel(p, p.flangeThickness, p.width - p.flangeThickness, p.width)
    },
  },
} as const

/** GT2 belt: tooth pitch, width and thickness; it runs on GT2_PULLEY. */
export const GT2 = {
  pitch: 2,
  beltWidth: 6,
  beltThickness: 1.38,
  pulleyPitchDiameter: GT2_PULLEY.pitchDiameter,
} as const
