import type { PlacedLeaf } from '../../assembly/collect.js'

/** A printed part of a step, by its STL name. */
export interface PrintedLine {
  readonly name: string
  readonly description: string
  readonly quantity: number
}

/** A bought part of a step, by its BOM item. */
export interface BoughtLine {
  readonly id: string
  readonly description: string
  readonly quantity: number
}

/** Pieces of one cut-list row a step uses (or a weld row it makes). */
export interface StockLine {
  /** The row's index in the kit's cut list, from 0. */
  readonly row: number
  readonly item: string
  readonly lengthMm: string
  readonly quantity: number
  /** The notes of the step's pieces (what each is for, how to drill it). */
  readonly notes: readonly string[]
}

/** A tool and the parts of the step that need it (BOM items or cut-list items). */
export interface Tool {
  readonly name: string
  readonly for: readonly string[]
}

/** What a step's time is counted from. */
export interface TimeCounts {
  readonly screws: number
  readonly printed: number
  readonly bought: number
  readonly cuts: number
  readonly holes: number
  readonly welds: number
  readonly crimps: number
  /** Built sub-assemblies set in their place. */
  readonly placed: number
  /** Fixed minutes of a step without parts (power-on and calibration). */
  readonly fixed: number
}

/** A step's counts and its minutes by the model in time.ts. */
export interface StepTime extends TimeCounts {
  readonly minutes: number
}

export interface Step {
  /** Unique, safe as a file name: the picture is img/<id>.png. */
  readonly id: string
  readonly title: string
  /** The module the step builds (a node's module), or "machine" for the machine as a whole. */
  readonly module: string
  /** The nodes it builds or works on, as paths below the machine. */
  readonly where: readonly string[]
  readonly printed: readonly PrintedLine[]
  readonly bought: readonly BoughtLine[]
  readonly stock: readonly StockLine[]
  readonly tools: readonly Tool[]
  /** Stock an earlier step added that this one drills through its parts, by item and cut-list note. */
  readonly works: readonly { readonly item: string; readonly notes: string }[]
  readonly precautions: readonly string[]
  /** What to do, in order. */
  readonly actions: readonly string[]
  readonly time: StepTime
  /** Every leaf the step puts in the machine. */
  readonly adds: readonly PlacedLeaf[]
  /** What its picture shows: the new leaves of one instance, and what they go onto. */
  readonly picture: { readonly shows: readonly PlacedLeaf[]; readonly onto: readonly PlacedLeaf[] }
}
