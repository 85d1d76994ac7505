/**
 * What each kind of module promises the others, in numbers only: its envelope, the interfaces
 * where others meet it, the space it needs and the checks it makes of its inputs. The layout
 * reads these (it never reads a module's geometry); each module's `contract.ts` fills one in.
 */
import type { Vec3 } from '../kernel/matrix.js'

export type FrameStyle = 'angle' | 'plate'

/** A profile of steel: angle leg width and thickness, or a pane's border and thickness. */
export interface Profile {
  readonly width: number
  readonly thickness: number
}

/** The angle frame's printed corner: what it takes of each bar and how far it reaches along it. */
export interface CornerDims {
  /** The bracket's length along each bar: the leg width and a wall each side. */
  readonly bracketLength: number
  readonly wall: number
  /** From the frame's outer corner to where the bar leaves the connector. */
  readonly reach: number
}

/** How the plate frame's panes are welded: a fillet in each inside corner, in stitches. */
export interface WeldRule {
  /** The fillet's leg. */
  readonly leg: number
  /** One stitch's length. */
  readonly stitch: number
  /** The most from one stitch's start to the next's. */
  readonly pitch: number
  /** The most the two diagonals of a face may differ, tacked and welded. */
  readonly diagonalTolerance: number
  /** The order of work, one step a line. */
  readonly procedure: readonly string[]
}

export interface FrameContract {
  /** The corner connector an angle frame of this profile gets. */
  readonly corner: (profile: Profile) => CornerDims
  /** Input checks of the profile (field-naming input errors). */
  readonly checkProfile: (style: FrameStyle, profile: Profile) => void
  /** How far the steel's outer faces lie inside the frame's outer faces (an angle frame's corners wrap the steel). */
  readonly steelInset: (style: FrameStyle, profile: Profile) => number
  /** The plate frame's welds for its plate. */
  readonly weld: (profile: Profile) => WeldRule
}

/** The universal axis, in its own (u, v, w) frame: see AxisLayout. */
export interface AxisContract {
  /** Through the printed pieces (w), split in two equal halves. */
  readonly thickness: number
  readonly rodSpacing: number
  readonly motorEndLength: number
  readonly idlerEndLength: number
  /** How far the rods go into the idler end (they stop short of its outer face). */
  readonly idlerRodDepth: number
  readonly carriageLength: number
  /** The middle of the carriage's load face (where a load bolts on), from its motor-side face. */
  readonly carriageLoadFace: Vec3
  /** How far the rows of carriage bolts lie off the rods' middle plane (v): half the 30 mm square. */
  readonly carriageBoltRow: number
  /**
   * The belt is twice the axis's length and this: its modelled path round pulley and idler to
   * the carriage's clamps, plus the clamp allowance at each end.
   */
  readonly beltOverTwiceLength: number
  /**
   * The motor end's printed halves, whose rod sockets also take other rods (the spool holder's
   * uprights): a Z axis's with a gearbox of this reduction (1: none) on its motor.
   */
  readonly motorEndParts: (rodDiameter: number, reduction?: number) => readonly string[]
}

/** What a kind of tool head needs from the X carriage and tells the rest of the machine. */
export interface ToolHeadContract {
  /** The spec's name for it, e.g. "extruder". */
  readonly kind: string
  /** The tool point (a nozzle tip) below the X carriage's load face. */
  readonly toolBelowCarriage: number
  /** The probe's trigger point relative to the tool point, when the head carries a probe. */
  readonly probeOffset?: Vec3
  /** Motors the head brings (each needs a driver). */
  readonly motors: number
  /** Middle to middle of two heads side by side on the X axis. */
  readonly sideBySidePitch: number
  /** Its highest point over the X carriage's load face: what must pass under anything hung over the gantry. */
  readonly heightAboveCarriage: number
}

export interface MountsContract {
  /** Half the width of a Z mount across the frame's face: the room a Z axis takes beside a corner. */
  readonly zMountHalfWidth: number
}

export interface ControlContract {
  /**
   * The least frame side (Y and Z) with room for the panels between the steel, `edge` the steel
   * at a side's bottom and top (the corners' reach, or a pane's border and the pane below).
   */
  readonly leastSide: (edge: number, profile: Profile) => { readonly y: number; readonly z: number }
  /**
   * The least frame side along Y for the power panel over this bed (its plate and printable area,
   * mm from its front-left corner): a bed whose heater's current needs the relay on a heat sink needs more.
   */
  readonly leastPowerSide: (
    profile: Profile,
    bed: {
      readonly x: number
      readonly y: number
      readonly printable: { readonly x: readonly [number, number]; readonly y: readonly [number, number] }
    },
  ) => number
  /** Stepper driver sockets on the controller: each motor needs one of its own. */
  readonly driverSockets: number
}

/** What an accessory needs of the frame: the least outer size along X it has room on, and what for. */
export interface AccessoryContract {
  readonly leastWidth: number
  /** What needs the room, for the message: "a 1 kg spool beside the spool holder's tee". */
  readonly needs: string
}

/** What the engineering checks read of a bed, as numbers: its plate, how it sags, how it is heated. */
export interface BedFigures {
  /** The plate's mass, kg, and its top face's area, mm2 (the heater heats the one and loses heat from the other). */
  readonly plateKg: number
  readonly plateArea: number
  /** The plate's own-weight sag between its supports, mm (the bed module's model). */
  readonly sag: number
  /** That model in a sentence, for a bed not on rods and rows of blocks (the check's basis says so). */
  readonly sagModel?: string
  readonly heater: {
    readonly watts: number
    readonly volts: number
    /** The share of the printable area the heater lies under, 0 to 1. */
    readonly coverage: number
    readonly wattsPerCm2: number
  }
}

/** The contracts of the modules a machine is made of, by the role each plays. */
export interface Contracts {
  readonly frame: FrameContract
  readonly axis: AxisContract
  readonly mounts: MountsContract
  readonly control: ControlContract
  /** Every kind of tool head, by its kind. */
  readonly toolHeads: ReadonlyMap<string, ToolHeadContract>
  readonly accessories: readonly AccessoryContract[]
}
