import type { StockPiece } from '../../src/assembly/types.js'
import { box, cylinder, union } from '../../src/kernel/index.js'
import { formatMm } from '../../src/spec/units.js'
import { GT2 } from './catalogue.js'

/**
 * Stock cut to length. Each shape runs along local +X from 0 to its length, as the cut list
 * reads it; the module that uses a piece places it.
 */

export function rod(diameter: number, length: number, notes: string): StockPiece {
  return {
    item: `rod-${formatMm(diameter)}mm`,
    material: `Smooth steel rod ${formatMm(diameter)} mm, hardened and ground`,
    length,
    notes,
    shape: () => cylinder({ axis: 'x', center: [length / 2, 0, 0], length, diameter }),
  }
}

/** Steel angle: the heel on local X, one leg along +Y and one along +Z. */
export function angleBar(width: number, thickness: number, length: number, notes: string): StockPiece {
  return {
    item: `angle-${formatMm(width)}x${formatMm(thickness)}`,
    material: `Steel angle ${formatMm(width)} x ${formatMm(width)} x ${formatMm(thickness)} mm`,
    length,
    notes,
    shape: () => union(box([0, 0, 0], [length, width, thickness]), box([0, 0, 0], [length, thickness, width])),
  }
}

/** A steel pane with a square window: length x width, thickness along local Z. */
export function plate(thickness: number, length: number, width: number, notes: string): StockPiece {
  return {
    item: `plate-${formatMm(thickness)}`,
    material: `Steel plate ${formatMm(thickness)} mm`,
    length,
    width,
    notes,
    shape: () => box([0, 0, 0], [length, width, thickness]),
  }
}

/** GT2 belt, cut to length; drawn as a flat strip. */
export function belt(length: number, notes: string): StockPiece {
  return {
    item: `gt2-belt-${GT2.beltWidth}mm`,
    material: `GT2 belt, ${GT2.beltWidth} mm wide, glass fibre reinforced`,
    length,
    notes,
    shape: () => box([0, 0, 0], [length, GT2.beltThickness, GT2.beltWidth]),
  }
}
