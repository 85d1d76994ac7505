import {
  type AxisName,
  box,
  difference,
  hexPrism,
  hole,
  prism,
  type Solid,
  segmentsFor,
  transform,
  type Vec3,
} from '../kernel/index.js'
import { frame } from '../kernel/matrix.js'
import { FITS, type ScrewSize } from './fits.js'

/**
 * Printed features as cutters, sized by the table of fits: a part subtracts them from its body.
 * Sizes of bought parts come in as numbers (a catalogue entry fits `Nut` as it is).
 */

/** A cylindrical or prismatic cutter: its axis, the midpoint of that axis and its length. */
export interface CutterSpec {
  readonly axis: AxisName
  readonly center: Vec3
  readonly length: number
}

/** A hex nut: across flats and thickness. */
export interface Nut {
  readonly nutAcrossFlats: number
  readonly nutThickness: number
}

/** How far a slot runs past the face it opens on. */
const OVERSHOOT = 1

const AXES: readonly AxisName[] = ['x', 'y', 'z']

/** A clearance hole for a screw of the given size. */
export function clearanceHole(size: ScrewSize, at: CutterSpec): Solid {
  return hole({ ...at, diameter: FITS.screwHole[size] })
}

/** A bore for a round part (a rod, a collar, a tube), `fit` (one of FITS.bore) over its diameter. */
export function bore(diameter: number, fit: number, at: CutterSpec): Solid {
  return hole({ ...at, diameter: diameter + fit })
}

/**
 * A hex trap for a nut, `fit` over its across flats; `turnDegrees` as `hexPrism` takes it. The
 * caller sets the depth (the cutter's length) from the nut's thickness and FITS.nut.thickness.
 */
export function nutTrap(
  nut: Nut,
  at: CutterSpec & { readonly turnDegrees?: number },
  fit: number = FITS.nut.acrossFlats,
): Solid {
  return hexPrism({ ...at, acrossFlats: nut.nutAcrossFlats + fit })
}

export interface NutSlotSpec {
  /** The screw's axis, and the point on it where the slot's floor (the nut's near face) lies. */
  readonly axis: AxisName
  readonly seat: Vec3
  /** Room along the screw over the nut's thickness: FITS.nut.thickness.snug or .loose. */
  readonly allowance: number
  /** The axis the nut slides in along, and where on it the face lies that the slot opens on. */
  readonly slide: AxisName
  readonly open: number
}

/**
 * A slot a nut slides into from a face, its flats square to the slide: across flats and along
 * the screw the nut's size and its fits, from past the nut's far corner to past the open face.
 */
export function nutSlot(nut: Nut, { axis, seat, allowance, slide, open }: NutSlotSpec): Solid {
  const width = nut.nutAcrossFlats + FITS.nut.acrossFlats
  const corner = width / Math.sqrt(3)
  const along = AXES.indexOf(axis)
  const into = AXES.indexOf(slide)
  const extent = (k: number): readonly [number, number] => {
    if (k === along) return [seat[k], seat[k] + nut.nutThickness + allowance]
    if (k === into) return open > seat[k] ? [seat[k] - corner, open + OVERSHOOT] : [open - OVERSHOOT, seat[k] + corner]
    return [seat[k] - width / 2, seat[k] + width / 2]
  }
  const [x, y, z] = [0, 1, 2].map(extent)
  return box([x[0], y[0], z[0]], [x[1], y[1], z[1]])
}

/**
 * The outline of a teardrop in a plane whose second coordinate points up: the circle faceted as
 * `hole` facets it (flats on the diameter), drawn up to the tangents that rise at 45 degrees
 * from vertical, and cut flat where the circle's top was: NopSCADlib's `teardrop` (its default
 * `truncate`, utils/core/teardrops.scad). The flat is 2r(sqrt 2 - 1) = 0.83 r wide, a short bridge.
 * `pointed` runs the flanks up to their meeting point, r sqrt 2 over the centre: for a hole that a
 * screw enters from above, which would break the flat.
 */
export function teardropOutline(diameter: number, pointed = false): [number, number][] {
  const n = segmentsFor(diameter / 2)
  const r = diameter / 2 / Math.cos(Math.PI / n)
  const tangent = Math.PI / 4 + 1e-9
  // The facets' corners below the tangents, counter-clockwise from 135 degrees round to 45.
  const below = Array.from({ length: n }, (_, i) => (2 * Math.PI * i) / n)
    .filter((a) => a <= tangent || a >= Math.PI - tangent)
    .map((a) => (a > tangent ? a - 2 * Math.PI : a))
    .sort((a, b) => a - b)
    .map((a): [number, number] => [r * Math.cos(a), r * Math.sin(a)])
  if (pointed) return [...below, [0, r * Math.SQRT2]]
  // The tangents x + y = r sqrt 2 (and its mirror) meet the flat top y = r here.
  const flank = r * Math.SQRT2 - r
  return [...below, [flank, r], [-flank, r]]
}

/**
 * Where a cutter across the print's layers lies, and which way is up when the part prints: +z
 * (the default) when the part is modelled in its print orientation, else the model's direction
 * that prints as up (square to the axis).
 */
export type HorizontalCutter = CutterSpec & { readonly up?: Vec3 }

/** The frame of a cutter drawn in (u, v) with v up and extruded along local z, placed along `axis`. */
function horizontalFrame({ axis, center, up = [0, 0, 1] }: HorizontalCutter) {
  const along: Vec3 = [axis === 'x' ? 1 : 0, axis === 'y' ? 1 : 0, axis === 'z' ? 1 : 0]
  if (Math.abs(up[0] * along[0] + up[1] * along[1] + up[2] * along[2]) > 1e-9)
    throw new Error(`a teardrop along ${axis} cannot point along it`)
  const u: Vec3 = [
    up[1] * along[2] - up[2] * along[1],
    up[2] * along[0] - up[0] * along[2],
    up[0] * along[1] - up[1] * along[0],
  ]
  return frame(center, u, up, along)
}

/**
 * A hole that runs across the layers (horizontal as printed) and prints without support: a
 * teardrop pointing up, its round part the given diameter.
 */
export function teardropHole(diameter: number, at: HorizontalCutter & { readonly pointed?: boolean }): Solid {
  const body = prism(teardropOutline(diameter, at.pointed), -at.length / 2, at.length / 2)
  return transform(body, horizontalFrame(at))
}

/** A horizontal clearance hole for a screw of the given size, as a teardrop (see teardropHole). */
export function teardropClearanceHole(size: ScrewSize, at: HorizontalCutter & { readonly pointed?: boolean }): Solid {
  return teardropHole(FITS.screwHole[size], at)
}

/**
 * One layer left across a hole where it meets the ceiling of a counterbore, trap or slot, so that
 * the ceiling is a bridge anchored all round instead of lines ending in the air at the hole; the
 * screw (or a drill) opens it. The print settings' 0.2 mm layer (check/slicer.ts).
 */
export const SACRIFICIAL_LAYER = 0.2

/**
 * How far a nut slot's ceiling (the face it prints as a bridge) is chamfered at 45 degrees along
 * each side, so that an M6 slot (10.4 wide) bridges at most 10 mm (docs/design.md, "Printing
 * without supports"). It stays clear of a nut drawn in the middle of its room; the screw pulls the
 * nut against the slot's other face.
 */
export const SLOT_CEILING_CHAMFER = 0.3

/**
 * A nut slot (see nutSlot) whose ceiling, when printed, is the end of the room along the screw
 * at `ceiling` ('seat': the slot's floor as modelled; 'far': the other end): its two long edges
 * there are chamfered by SLOT_CEILING_CHAMFER, so the bridge over it is that much narrower.
 */
export function bridgedNutSlot(nut: Nut, spec: NutSlotSpec & { readonly ceiling: 'seat' | 'far' }): Solid {
  // Clear of the nut drawn in the middle of its room (its flats FITS.nut.acrossFlats / 2 in from the sides).
  if (SLOT_CEILING_CHAMFER > (spec.allowance + FITS.nut.acrossFlats) / 2 + 1e-9)
    throw new Error(`a bridged nut slot needs room over its nut for the chamfers: allowance ${spec.allowance}`)
  const [k, i] = [AXES.indexOf(spec.axis), AXES.indexOf(spec.slide)]
  const j = 3 - k - i
  const half = (nut.nutAcrossFlats + FITS.nut.acrossFlats) / 2
  const c = SLOT_CEILING_CHAMFER
  const inward = spec.ceiling === 'seat' ? 1 : -1
  const face = spec.ceiling === 'seat' ? spec.seat[k] : spec.seat[k] + nut.nutThickness + spec.allowance
  // In the plane (across, along the screw): the corner beyond each chamfer, reaching 1 mm past the slot.
  const wedge = (side: number): [number, number][] => [
    [spec.seat[j] + side * (half - c - 1), face - inward],
    [spec.seat[j] + side * (half + 1), face - inward],
    [spec.seat[j] + side * (half + 1), face + inward * (c + 1)],
  ]
  // That plane's axes as x and y; z (their cross product) runs along the slide, either way.
  const u = unit(j)
  const v = unit(k)
  const w: Vec3 = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]]
  const sign = w[i]
  const corner = (nut.nutAcrossFlats + FITS.nut.acrossFlats) / Math.sqrt(3)
  const ends = spec.open > spec.seat[i] ? [spec.seat[i] - corner, spec.open] : [spec.open, spec.seat[i] + corner]
  const [z0, z1] = [ends[0] - 2, ends[1] + 2].map((e) => e * sign).sort((a, b) => a - b)
  const wedges = [-1, 1].map((side) => transform(prism(wedge(side), z0, z1), frame([0, 0, 0], u, v, w)))
  return difference(nutSlot(nut, spec), ...wedges)
}

const unit = (k: number): Vec3 => [k === 0 ? 1 : 0, k === 1 ? 1 : 0, k === 2 ? 1 : 0]
