import { type AxisName, box, hexPrism, hole, type Solid, type Vec3 } from '../kernel/index.js'
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
