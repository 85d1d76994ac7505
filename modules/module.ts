/**
 * What a module is: a contract (numbers the layout reads) and the geometry it builds from the
 * layout, by the role it plays in the machine. A new module is a folder whose index.ts exports
 * one of these, and one line in registry.ts.
 */
import type { AxisLayout, FrameLayout, Layout } from '../src/layout/index.js'
import type {
  AccessoryContract,
  AxisContract,
  BedFigures,
  ControlContract,
  FrameContract,
  MountsContract,
  ToolHeadContract,
} from '../src/parts/contracts.js'
import type { AssemblyNode, Drilling } from '../src/parts/types.js'
import type { Spec } from '../src/spec/schema.js'

/** What a module builds from: the resolved spec and its layout. */
export interface BuildContext {
  readonly spec: Spec
  readonly layout: Layout
  /** The Z motors' gearbox reduction (AxisOptions.reduction); none, or 1, is the plain motor. */
  readonly zReduction?: number
}

/** A carriage bolt hole as (du, dv): steps of half the bolt square from the carriage's middle. */
export type CarriageHole = readonly [number, number]

export interface AxisOptions {
  readonly rodDiameter: number
  readonly motorBodyLength: number
  /**
   * Z axes whose drive must hold the bed with the motors off: the nominal ratio of the planetary
   * gearbox on the motor, one of NEMA17_GEARBOX.ratios; none, or 1, is the plain motor.
   */
  readonly reduction?: number
  /** The end pieces' through bolts belong to a mount (the Z mounts): none are placed here. */
  readonly endsMounted?: boolean
  /** Carriage holes a load bolts through; their bolts are the load's. */
  readonly holesTaken?: readonly CarriageHole[]
  /** Y axes: the row of carriage holes (dv) whose bolts run on into the X axis's end faces. */
  readonly gantryRow?: -1 | 1
  /** What each carriage carries, placed in that carriage's node (origin at its motor-side face, axes u, v, w). */
  readonly loads?: readonly (readonly AssemblyNode[])[]
}

interface Named {
  /** The module's folder, e.g. "axis". */
  readonly name: string
}

export interface FrameModule extends Named {
  readonly role: 'frame'
  readonly contract: FrameContract
  /** The frame, with the holes other modules need drilled in its steel. */
  readonly build: (frame: FrameLayout, drillings: readonly Drilling[]) => AssemblyNode
}

export interface AxisModule extends Named {
  readonly role: 'axis'
  /**
   * What its carriages run on: rods (left out: the universal axis, which every Z axis is), or a
   * rail on a steel tube, which the checks take for a long X or Y axis where no rod is stiff enough.
   */
  readonly guide?: 'rods' | 'rail'
  readonly contract: AxisContract
  /** Every hole of a carriage, for loads that take them all. */
  readonly carriageHoles: readonly CarriageHole[]
  readonly build: (axis: AxisLayout, options: AxisOptions) => AssemblyNode
}

/** A module built from the layout alone that bolts to the frame's steel, where it needs holes drilled. */
interface OnTheFrame<Role extends string, Contract> extends Named {
  readonly role: Role
  readonly contract: Contract
  readonly build: (context: BuildContext) => AssemblyNode[]
  readonly drillings: (context: BuildContext) => Drilling[]
}

export type MountsModule = OnTheFrame<'mounts', MountsContract>

export interface BedModule extends Named {
  readonly role: 'bed'
  /** The bed, which moves with the Z motion. */
  readonly build: (context: BuildContext) => AssemblyNode
  /** What each Z carriage carries to hold the bed, and the carriage holes it bolts through. */
  readonly carriageLoad: (context: BuildContext) => AssemblyNode
  readonly holesTaken: readonly CarriageHole[]
  /** The bed's plate, sag and heating, for the engineering checks. */
  readonly figures: (context: BuildContext) => BedFigures
}

export interface ToolHeadModule extends Named {
  readonly role: 'tool-head'
  readonly contract: ToolHeadContract
  /** The carriage holes the head bolts through: all of them, or these. */
  readonly holesTaken: 'all' | readonly CarriageHole[]
  /** The head on the X carriage `index` (0 the first), as a load of that carriage. */
  readonly build: (name: string, index: number) => AssemblyNode
}

export type ControlModule = OnTheFrame<'control', ControlContract>

/** Anything else on the machine (a spool holder, a filament guide): placed from the layout alone. */
export interface AccessoryModule extends Named {
  readonly role: 'accessory'
  /** The room it needs, if the frame must leave it some. */
  readonly contract?: AccessoryContract
  readonly build: (context: BuildContext) => AssemblyNode[]
  readonly drillings?: (context: BuildContext) => Drilling[]
}

export type ModuleDefinition =
  | FrameModule
  | AxisModule
  | MountsModule
  | BedModule
  | ToolHeadModule
  | ControlModule
  | AccessoryModule
