import type { Mat4, Vec3 } from '../kernel/matrix.js'
import type { CornerDims, Profile, WeldRule } from '../parts/contracts.js'

import type { Direction } from '../parts/types.js'

export type { Direction } from '../parts/types.js'
export type Size3 = { readonly x: number; readonly y: number; readonly z: number }

/**
 * Where one universal axis sits and how long its rods and belt are. The axis has its own
 * frame (u, v, w): u runs along the rods from the motor end's outer face (u = 0) to the idler
 * end's outer face (u = length); the rods lie at v = +-rodSpacing/2; w runs through the
 * thickness of the printed pieces (0 to 24, clamshell split at 12) and points into the
 * machine, so the motor sits outside (w < 0) and a carriage carries its load on w = 24.
 * `placement` maps that frame into the machine (origin at the frame's front-left-bottom
 * outer corner, X right, Y back, Z up).
 */
export interface AxisLayout {
  /** "x", "y-left", "y-right", "z-front", "z-rear", "z-front-left", ... */
  readonly name: string
  readonly direction: Direction
  readonly placement: Mat4
  /** Motor end outer face to idler end outer face. */
  readonly length: number
  readonly rodLength: number
  /** u where the rods start: 0 when they run through the motor end, half its length on Z. */
  readonly rodStart: number
  /** How far the carriage moves between the end pieces (each carriage, when there are two). */
  readonly travel: number
  /** u of the carriage's motor-side face as drawn (the middle of its travel). */
  readonly carriageAt: number
  /** u of a second carriage's motor-side face, when the axis carries two (the X axis of a 2-tool machine). */
  readonly secondCarriageAt?: number
  readonly beltLength: number
}

export interface AngleBar {
  readonly along: Direction
  readonly length: number
  /** One along each edge in that direction. */
  readonly count: 4
}

export interface Pane {
  /** "top", "bottom", "front", "rear", "left", "right". */
  readonly name: string
  readonly normal: Direction
  /** Outer size of the pane, first along the lower-letter axis of its plane (x before y before z). */
  readonly width: number
  readonly height: number
  readonly window: { readonly width: number; readonly height: number }
  /** Where the pane sits: its min corner in the machine. */
  readonly origin: readonly [number, number, number]
  /** The pane whose window this one is cut from, when that window is large enough. */
  readonly cutFromWindowOf?: string
}

interface FrameCommon {
  readonly outer: Size3
  /** Angle: leg width and thickness. Plate: border width and plate thickness. */
  readonly profile: Profile
  /** Clear space inside the steel. */
  readonly inner: Size3
  /**
   * The clear opening of the frame's top, in X and Y: what the bed passes through when it
   * rises to the nozzle. The angle frame's inner size; the plate frame's top window.
   */
  readonly opening: { readonly x: number; readonly y: number }
  /** How far the steel's outer faces lie inside the frame's outer faces: where a part bolted on the steel sits. */
  readonly steelInset: number
}

/** 12 steel angle bars, 4 along each direction, joined by 8 printed corners. */
export interface AngleFrameLayout extends FrameCommon {
  readonly style: 'angle'
  readonly bars: readonly AngleBar[]
  readonly corner: CornerDims
}

/** A seam where two panes meet, welded in their inside corner. */
export interface WeldedJoint {
  /** The two panes, e.g. ["bottom", "front"]. */
  readonly panes: readonly [string, string]
  readonly along: Direction
  /** The inside corner's length. */
  readonly length: number
  /** Stitches, the first and last at the seam's ends; or one weld the full length, on a seam too short to stitch. */
  readonly pattern: 'stitch' | 'full'
  readonly stitches: number
  /** From one stitch's start to the next's (0 when welded full). */
  readonly pitch: number
  /** Weld on this seam in all. */
  readonly weldLength: number
}

/** Six steel panes with windows, welded. */
export interface PlateFrameLayout extends FrameCommon {
  readonly style: 'plate'
  /** Bottom, top, front, rear, left, right. */
  readonly panes: readonly [Pane, Pane, Pane, Pane, Pane, Pane]
  readonly welding: WeldRule
  /** The 12 seams, in the order they are welded. */
  readonly joints: readonly WeldedJoint[]
}

export type FrameLayout = AngleFrameLayout | PlateFrameLayout

/** The frame's steel as lists: an angle frame has no panes, a plate frame no bars. */
export const frameMembers = (frame: FrameLayout): { bars: readonly AngleBar[]; panes: readonly Pane[] } =>
  frame.style === 'angle' ? { bars: frame.bars, panes: [] } : { bars: [], panes: frame.panes }

/** Every axis by its place: X on top, a Y axis on each side, Z axes on the front and rear faces (left to right). */
export interface Axes {
  readonly x: AxisLayout
  readonly y: { readonly left: AxisLayout; readonly right: AxisLayout }
  readonly z: { readonly front: readonly AxisLayout[]; readonly rear: readonly AxisLayout[] }
}

/** The axes as a list: X, Y left, Y right, the front Z axes, the rear ones. */
export const axisList = (axes: Axes): AxisLayout[] => [
  axes.x,
  axes.y.left,
  axes.y.right,
  ...axes.z.front,
  ...axes.z.rear,
]

/** The tool heads: their kind (a registered head), how many, and what the rest of the machine needs of them. */
export interface ToolHeadsLayout {
  readonly kind: string
  readonly count: 1 | 2
  /** The tool point (a nozzle tip) below the X carriage's load face. */
  readonly toolBelowCarriage: number
  /** The first head's probe trigger point relative to its tool point, if it has a probe. */
  readonly probeOffset?: Vec3
  /**
   * With a probe: the part of the bed the probe reaches as the first head ranges over its travel,
   * from the bed's front-left corner (X right, Y back).
   */
  readonly probeableArea?: { readonly x: readonly [number, number]; readonly y: readonly [number, number] }
  /** Middle to middle of the two heads when there are two. */
  readonly pitch: number
  /** Motors each head brings. */
  readonly motorsEach: number
  /** The heads' highest point over the X carriage's load face. */
  readonly heightAboveCarriage: number
}
