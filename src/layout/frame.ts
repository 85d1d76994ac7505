import type { FrameContract, FrameStyle, Profile, WeldRule } from '../parts/contracts.js'
import { InputError } from '../spec/errors.js'
import { formatMm } from '../spec/units.js'
import type { AngleBar, Direction, FrameLayout, Pane, PlateFrameLayout, Size3, WeldedJoint } from './types.js'

/** The frame's members from its outer size and profile (OSE's rules, facts file "Frames"). */
export function layoutFrame(
  style: FrameStyle,
  outer: Size3,
  profile: Profile,
  sizeField: (d: Direction) => string,
  contract: FrameContract,
): FrameLayout {
  const { width, thickness } = profile
  contract.checkProfile(style, profile)
  const steelInset = contract.steelInset(style, profile)
  if (style === 'angle') {
    const corner = contract.corner(profile)
    const { bracketLength } = corner
    const bars: AngleBar[] = (['x', 'y', 'z'] as const).map((along) => ({
      along,
      length: outer[along] - 2 * bracketLength,
      count: 4,
    }))
    for (const bar of bars) {
      // To the nanometre: the least frame, in whole mm, can leave bars of exactly twice the width.
      if (bar.length + 1e-6 < 2 * width) {
        throw new InputError(
          `${sizeField(bar.along)}: ${formatMm(outer[bar.along])} mm along ${bar.along.toUpperCase()} leaves angle bars of ${formatMm(bar.length)} mm between the corners; with ${formatMm(width)} mm angle the frame must be at least ${formatMm(2 * bracketLength + 2 * width)} mm`,
        )
      }
    }
    const clear = (s: number) => s - 2 * (width + thickness)
    const inner = mapSize(outer, clear)
    return { style, outer, profile, inner, opening: { x: inner.x, y: inner.y }, steelInset, bars, corner }
  }
  return {
    style,
    outer,
    profile,
    inner: mapSize(outer, (s) => s - 2 * thickness),
    opening: { x: outer.x - 2 * width, y: outer.y - 2 * width },
    steelInset,
    panes: layoutPanes(outer, width, thickness),
    welding: contract.weld(profile),
    joints: weldedJoints(outer, thickness, contract.weld(profile)),
  }
}

/**
 * The 12 seams in welding order: each next one across the box from the last (the uprights
 * corner to opposite corner, then the bottom's and top's edges), so that no side takes two
 * stitches in a row.
 */
const SEAMS: readonly (readonly [string, string, Direction])[] = [
  ['front', 'left', 'z'],
  ['rear', 'right', 'z'],
  ['front', 'right', 'z'],
  ['rear', 'left', 'z'],
  ['bottom', 'front', 'x'],
  ['top', 'rear', 'x'],
  ['bottom', 'rear', 'x'],
  ['top', 'front', 'x'],
  ['bottom', 'left', 'y'],
  ['top', 'right', 'y'],
  ['bottom', 'right', 'y'],
  ['top', 'left', 'y'],
]

/** Every seam runs between the two panes square to it: the outer size less a plate at each end. */
export function weldedJoints(outer: Size3, thickness: number, rule: WeldRule): WeldedJoint[] {
  return SEAMS.map(([a, b, along]) => ({ panes: [a, b], along, ...stitching(outer[along] - 2 * thickness, rule) }))
}

/** Stitches spread evenly, one at each end, no further apart than the rule's pitch; full where they would meet. */
function stitching(length: number, { stitch, pitch }: WeldRule): Omit<WeldedJoint, 'panes' | 'along'> {
  const stitches = Math.ceil((length - stitch) / pitch - 1e-9) + 1
  if (stitches * stitch >= length) return { length, pattern: 'full', stitches: 1, pitch: 0, weldLength: length }
  return {
    length,
    pattern: 'stitch',
    stitches,
    pitch: (length - stitch) / (stitches - 1),
    weldLength: stitches * stitch,
  }
}

/**
 * The least whole-mm outer size whose members layoutFrame accepts: angle bars at least two leg
 * widths long between the corners; a window in every pane, the front, rear and side panes
 * standing between two plate thicknesses.
 */
export function leastFrameSize(style: FrameStyle, profile: Profile, contract: FrameContract): Size3 {
  const { width, thickness } = profile
  if (style === 'angle') {
    const s = Math.ceil(2 * contract.corner(profile).bracketLength + 2 * width)
    return { x: s, y: s, z: s }
  }
  const past = (mm: number) => Math.floor(mm) + 1
  return { x: past(2 * width), y: past(2 * width + 2 * thickness), z: past(2 * width + 2 * thickness) }
}

/** The steel at the bottom (and the top) of a side: the corners' reach (angle) or the border and the pane below (plate). */
export function sideSteelEdge(frame: FrameLayout): number {
  return frame.style === 'angle' ? frame.corner.reach : frame.profile.width + frame.profile.thickness
}

function mapSize(size: Size3, fn: (s: number) => number): Size3 {
  return { x: fn(size.x), y: fn(size.y), z: fn(size.z) }
}

/**
 * Six panes closing the box exactly: top and bottom full size, front and rear between them,
 * left and right between those. A pane is cut from an earlier pane's window when it fits.
 */
function layoutPanes(outer: Size3, border: number, t: number): PlateFrameLayout['panes'] {
  const { x, y, z } = outer
  const sides: Omit<Pane, 'window' | 'cutFromWindowOf'>[] = [
    { name: 'bottom', normal: 'z', width: x, height: y, origin: [0, 0, 0] },
    { name: 'top', normal: 'z', width: x, height: y, origin: [0, 0, z - t] },
    { name: 'front', normal: 'y', width: x, height: z - 2 * t, origin: [0, 0, t] },
    { name: 'rear', normal: 'y', width: x, height: z - 2 * t, origin: [0, y - t, t] },
    { name: 'left', normal: 'x', width: y - 2 * t, height: z - 2 * t, origin: [0, t, t] },
    { name: 'right', normal: 'x', width: y - 2 * t, height: z - 2 * t, origin: [x - t, t, t] },
  ]
  const panes = sides.map((side) => {
    const window = { width: side.width - 2 * border, height: side.height - 2 * border }
    if (window.width <= 0 || window.height <= 0) {
      throw new InputError(
        `frame.profile.width: a ${formatMm(border)} mm border leaves no window in the ${side.name} pane (${formatMm(side.width)} x ${formatMm(side.height)} mm); use a border under ${formatMm(Math.min(side.width, side.height) / 2)} mm`,
      )
    }
    return { ...side, window }
  })
  const [bottom, top, front, rear, left, right] = reuseWindows(panes)
  return [bottom, top, front, rear, left, right]
}

/** Largest panes first; each takes the first free window it fits in, either way round. */
function reuseWindows(panes: Pane[]): Pane[] {
  const order = [...panes].sort((a, b) => b.width * b.height - a.width * a.height)
  const freeWindows: Pane[] = []
  const source = new Map<string, string>()
  for (const pane of order) {
    const fits = (w: Pane) =>
      (w.window.width >= pane.width && w.window.height >= pane.height) ||
      (w.window.width >= pane.height && w.window.height >= pane.width)
    const host = freeWindows.find(fits)
    if (host) {
      source.set(pane.name, host.name)
      freeWindows.splice(freeWindows.indexOf(host), 1)
    }
    freeWindows.push(pane)
  }
  return panes.map((p) => (source.has(p.name) ? { ...p, cutFromWindowOf: source.get(p.name) } : p))
}
