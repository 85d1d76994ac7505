import type { Mat4 } from '../kernel/matrix.js'

export type Direction = 'x' | 'y' | 'z'
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
  readonly count: number
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

export interface FrameLayout {
  readonly style: 'angle' | 'plate'
  readonly outer: Size3
  /** Angle: leg width and thickness. Plate: border width and plate thickness. */
  readonly profile: { readonly width: number; readonly thickness: number }
  /** Clear space inside the steel. */
  readonly inner: Size3
  /**
   * The clear opening of the frame's top, in X and Y: what the bed passes through when it
   * rises to the nozzle. The angle frame's inner size; the plate frame's top window.
   */
  readonly opening: { readonly x: number; readonly y: number }
  /** Angle frame: 12 bars, 4 along each direction. */
  readonly bars: readonly AngleBar[]
  /** Angle frame corner connector: bracket length w + 2t, wall 3t, reach along each bar. */
  readonly corner?: { readonly bracketLength: number; readonly wall: number; readonly reach: number }
  /** Plate frame: six panes. */
  readonly panes: readonly Pane[]
}
