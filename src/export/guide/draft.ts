import type { PlacedLeaf } from '../../assembly/collect.js'
import type { BoughtLine } from './types.js'
import type { Unit } from './units.js'

/** A step before its lists, tools and time are worked out. */
export interface Draft {
  readonly id: string
  readonly title: string
  readonly module: string
  readonly where: readonly string[]
  readonly adds: readonly PlacedLeaf[]
  /** What the picture colours: one instance's new leaves (or the nodes the step works on). */
  readonly shows: readonly PlacedLeaf[]
  /** What the picture may show done around them: one unit's leaves, or the whole machine. */
  readonly scope?: readonly PlacedLeaf[]
  /** Stock pieces an earlier step added that this one drills, through its parts (their notes say how). */
  readonly works?: readonly PlacedLeaf[]
  /** Cut-list rows without pieces that the step makes (welds). */
  readonly rows?: readonly number[]
  /** What to do, from the step's leaves once fasteners are settled, and the joins it bolts (settleFasteners). */
  readonly actions: (adds: readonly PlacedLeaf[], joins: readonly string[]) => string[]
  readonly precautions?: readonly string[]
  readonly fixedMinutes?: number
  /** Built sub-assemblies the step sets in their place. */
  readonly places?: readonly Unit[]
  /** What the fasteners settled in this step join: "y-mount-rear-left to y-left: 2 x ...". */
  readonly joins?: readonly string[]
  /** BOM lines that are no leaf of the tree (the wiring's). */
  readonly extra?: readonly BoughtLine[]
}
