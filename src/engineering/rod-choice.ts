// Each horizontal direction's guide: the least rods on which its carriages ring at or above the
// limit or, where no rod does and a rail axis is registered, a rail on a steel tube.

import { type Guide, type Guides, rodsOf } from '../assembly/index.js'
import type { AxisLayout } from '../layout/index.js'
import type { AxisLoad } from './checks.js'
import { LIMITS } from './limits.js'
import { railBeam } from './rail.js'
import { ROD_DIAMETERS, type RodPairFigures, rodPair, rodSpan } from './rods.js'

/**
 * A guide's free span on an axis, mm: rods between the end pieces (the travel and the carriage),
 * a rail's tube between the axis's end faces, where the Y mounts or the Y carriages hold it (the
 * printed end pieces between are not counted as stiff).
 */
export const guideSpan = (guide: Guide, axis: AxisLayout, carriageLength: number): number =>
  guide.kind === 'rods' ? rodSpan(axis, carriageLength) : axis.length

/** How a carriage of this load (kg) sits and rings on a guide over this span (mm). */
export const guideFigures = (guide: Guide, span: number, load: number): RodPairFigures =>
  guide.kind === 'rods' ? rodPair({ diameter: guide.diameter, span, load }) : railBeam({ span, load })

/** Whether a guide keeps a carriage of this load (kg) at the limit over this span (mm). */
export const guideHolds = (guide: Guide, span: number, load: number): boolean =>
  guideFigures(guide, span, load).frequency >= LIMITS.rodFrequency

/** Whether two rods of this diameter keep a carriage of this load (kg) at the limit over this span (mm). */
export const rodsHold = (diameter: number, span: number, load: number): boolean =>
  guideHolds(rodsOf(diameter), span, load)

/** The horizontal axes' loads on a machine built on these guides, with each axis's guide's span. */
export type LoadsOn = (guides: Guides) => Promise<readonly (AxisLoad & { readonly span: number })[]>

/** The guides each horizontal direction may take, least first. */
export interface GuideCandidates {
  readonly x: readonly Guide[]
  readonly y: readonly Guide[]
}

/** The guides chosen, and whether each horizontal direction's reach the limit on them. */
export interface GuideChoice {
  readonly guides: Guides
  readonly holds: { readonly x: boolean; readonly y: boolean }
}

/** What the spec leaves to choose: a pinned rod diameter, a pinned guide per direction, and whether a rail axis is registered. */
export interface GuidePins {
  readonly diameter?: number
  readonly x?: Guide['kind']
  readonly y?: Guide['kind']
  readonly railOffered: boolean
}

/**
 * Each direction's candidates, least first: its rods (the pinned diameter, or 8 then 10 mm),
 * then the rail where one is registered; only the rods or only the rail where the spec pins one.
 * A pinned diameter less than the largest rod keeps its direction on rods unless the spec pins
 * the rail: where it fails, larger rods would pass first, and the refusal names them.
 */
export function guideCandidates(pins: GuidePins): GuideCandidates {
  const rods = (pins.diameter === undefined ? ROD_DIAMETERS : [pins.diameter]).map(rodsOf)
  const largest = Math.max(...ROD_DIAMETERS)
  const railFree = pins.railOffered && (pins.diameter === undefined || pins.diameter >= largest)
  const rail: Guide[] = pins.railOffered ? [{ kind: 'rail' }] : []
  const of = (kind: Guide['kind'] | undefined) =>
    kind === 'rods' ? rods : kind === 'rail' ? rail : railFree ? [...rods, ...rail] : rods
  return { x: of(pins.x), y: of(pins.y) }
}

/**
 * The X and Y guides: for X, then Y (which carries the X axis), the first candidate whose
 * machine's carriages ring at or above the limit on every axis of that direction, each weighed on
 * the machine built with it (an LM10UU carriage is heavier, a rail's tube much heavier); the last
 * where none does, and its check then fails. The Z rods stay `z`: their load runs along them, not
 * across.
 */
export async function chooseGuides(z: number, candidates: GuideCandidates, loadsOn: LoadsOn): Promise<GuideChoice> {
  let guides: Guides = { x: candidates.x[0], y: candidates.y[0], z }
  const holds = { x: false, y: false }
  for (const direction of ['x', 'y'] as const) {
    for (const guide of candidates[direction]) {
      guides = { ...guides, [direction]: guide }
      const axes = (await loadsOn(guides)).filter((a) => a.axis.direction === direction)
      holds[direction] = axes.every((a) => guideHolds(guide, a.span, a.load))
      if (holds[direction]) break
    }
  }
  return { guides, holds }
}
