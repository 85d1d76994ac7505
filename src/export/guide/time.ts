import type { StepTime, TimeCounts } from './types.js'

/**
 * The time model, minutes per unit of work (docs/design.md, "Build guide"). The assembly rates
 * (screws, parts placed) are calibrated on OSE's published build time of the D3D: a complete
 * machine from a prepared kit (parts printed, steel cut and drilled) in 5 hours, a first print in 6
 * (OSE wiki, "Kit Certification"); the test in steps.test.ts holds the d3d-12in's assembly steps
 * to it. Cutting, drilling, welding and crimping are ours.
 */
export const MINUTES = {
  /** A screw with its nut and washers: found, put in, tightened. */
  screw: 0.75,
  /** A printed part placed (its nuts pressed into their traps with it). */
  printed: 1,
  /** Another bought part fitted: a motor, a bearing, a board. */
  bought: 1.5,
  /** A built sub-assembly set in its place and bolted (ours). */
  placed: 5,
  /** One cut of a piece of stock, marked, sawn and deburred (ours). */
  cut: 5,
  /** One hole in steel: spotted, piloted, opened, deburred (ours). */
  hole: 3,
  /** One weld seam, tacked and stitched (ours). */
  weld: 10,
  /** One crimped or soldered joint: a terminal crimped, a splice's barrel, a diode's lead soldered (ours). */
  crimp: 1,
  /** From first power-on to a first print: OSE's 6 hours less its 5 (Kit Certification). */
  calibration: 60,
} as const

export function stepTime(counts: TimeCounts): StepTime {
  const minutes =
    counts.screws * MINUTES.screw +
    counts.printed * MINUTES.printed +
    counts.bought * MINUTES.bought +
    counts.cuts * MINUTES.cut +
    counts.holes * MINUTES.hole +
    counts.welds * MINUTES.weld +
    counts.crimps * MINUTES.crimp +
    counts.placed * MINUTES.placed +
    counts.fixed
  return { ...counts, minutes: Math.round(minutes) }
}

/** Holes a cut-list note asks for: the sum of its "N holes" (and "1 hole"). */
export function holesInNote(note: string): number {
  return [...note.matchAll(/(\d+) holes?\b/g)].reduce((sum, m) => sum + Number(m[1]), 0)
}

/** "1 h 25 min", "40 min". */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return h > 0 ? `${h} h ${m} min` : `${m} min`
}
