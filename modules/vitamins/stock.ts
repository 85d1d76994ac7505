import { box, cylinder, difference, hole, prism, union } from '../../src/kernel/index.js'
import type { StockDrilling, StockPiece } from '../../src/parts/types.js'
import { formatMm } from '../../src/spec/units.js'
import { GT2 } from './belt-drive.js'
import { circleArea, DENSITY, gramsOf } from './mass.js'
import { MGN12H, type SquareTube, tubeSection } from './rails.js'

/** GT2 6 mm belt, g per mm: 0.0083 kg/m (the belt tension article in ../shared/reference/builder-rules.md, [BTB]). */
const BELT_GRAMS_PER_MM = 0.0083

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
    grams: gramsOf(circleArea(diameter) * length, DENSITY.steel),
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
    grams: gramsOf((2 * width - thickness) * thickness * length, DENSITY.steel),
    shape: () => union(box([0, 0, 0], [length, width, thickness]), box([0, 0, 0], [length, thickness, width])),
  }
}

/**
 * Aluminium rectangular tube (6060/6063-T6, EN 755-9 sizes), `width` across and `height` tall
 * with a `wall`: along local X from 0, across local Y from 0 to its width, up local Z from 0.
 */
export function rectangularTube(
  section: { readonly width: number; readonly height: number; readonly wall: number },
  length: number,
  notes: string,
): StockPiece {
  const { width: w, height: h, wall: t } = section
  return {
    item: `tube-aluminium-${formatMm(h)}x${formatMm(w)}x${formatMm(t)}`,
    material: `Aluminium rectangular tube ${formatMm(h)} x ${formatMm(w)} x ${formatMm(t)} mm, 6060 or 6063`,
    length,
    notes,
    grams: gramsOf((w * h - (w - 2 * t) * (h - 2 * t)) * length, DENSITY.aluminium),
    shape: () => difference(box([0, 0, 0], [length, w, h]), box([-1, t, t], [length + 1, w - t, h - t])),
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
    grams: gramsOf(length * width * thickness, DENSITY.steel),
    shape: () => box([0, 0, 0], [length, width, thickness]),
  }
}

/** An aluminium sheet: length x width, thickness along local Z. */
export function sheet(thickness: number, length: number, width: number, notes: string): StockPiece {
  return {
    item: `sheet-aluminium-${formatMm(thickness)}`,
    material: `Aluminium sheet ${formatMm(thickness)} mm`,
    length,
    width,
    notes,
    grams: gramsOf(length * width * thickness, DENSITY.aluminium),
    shape: () => box([0, 0, 0], [length, width, thickness]),
  }
}

/**
 * GT2 belt, cut to length, drawn as its loop round two wheels on local X (at 0 and `span`,
 * their belt-side radii given), GT2.beltWidth tall along Z from 0.
 */
export function belt(
  length: number,
  notes: string,
  loop: { span: number; firstRadius: number; secondRadius: number },
): StockPiece {
  const t = GT2.beltThickness
  const outline = (grow: number) =>
    convexHull([...circle(0, loop.firstRadius + grow), ...circle(loop.span, loop.secondRadius + grow)])
  return {
    item: `gt2-belt-${GT2.beltWidth}mm`,
    material: `GT2 belt, ${GT2.beltWidth} mm wide, glass fibre reinforced`,
    length,
    notes,
    grams: length * BELT_GRAMS_PER_MM,
    shape: () => prism(outline(t), 0, GT2.beltWidth, [outline(0)]),
  }
}

const circle = (cx: number, r: number): [number, number][] =>
  Array.from({ length: 48 }, (_, i) => [cx + r * Math.cos((i * Math.PI) / 24), r * Math.sin((i * Math.PI) / 24)])

/** Counter-clockwise convex hull (monotone chain). */
function convexHull(points: [number, number][]): [number, number][] {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const cross = (o: number[], a: number[], b: number[]) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])
  const half = (list: [number, number][]) => {
    const out: [number, number][] = []
    for (const p of list) {
      while (out.length >= 2 && cross(out[out.length - 2], out[out.length - 1], p) <= 0) out.pop()
      out.push(p)
    }
    out.pop()
    return out
  }
  return [...half(sorted), ...half([...sorted].reverse())]
}

/** PTFE tube 4 x 2 mm (the filament path from the extruder into the hot end). */
export function ptfeTube(length: number, notes: string): StockPiece {
  return {
    item: 'ptfe-tube-4x2',
    material: 'PTFE tube, 4 mm outside, 2 mm bore',
    length,
    notes,
    grams: gramsOf((circleArea(4) - circleArea(2)) * length, DENSITY.ptfe),
    shape: () =>
      difference(
        cylinder({ axis: 'x', center: [length / 2, 0, 0], length, diameter: 4 }),
        hole({ axis: 'x', center: [length / 2, 0, 0], length: length + 2, diameter: 2 }),
      ),
  }
}

/**
 * The holes of a profile rail cut to this length, mm from one end: at the rail's pitch, the cut
 * centred on them, so that both ends keep the same distance to their hole, at least the maker's
 * end distance.
 */
export function railHoles(length: number): number[] {
  const { holePitch, endDistance } = MGN12H.rail
  const count = Math.floor((length - 2 * endDistance) / holePitch) + 1
  if (count < 2) throw new Error(`an MGN12 rail ${formatMm(length)} mm long keeps fewer than two holes`)
  const first = (length - (count - 1) * holePitch) / 2
  return Array.from({ length: count }, (_, i) => first + i * holePitch)
}

/** A profile rail (MGN12) cut to length: its foot on z = 0, centred on y = 0. */
export function profileRail(length: number, notes: string): StockPiece {
  const { width, height, gramsPerMm } = MGN12H.rail
  return {
    item: 'rail-mgn12',
    material: 'Profile rail HIWIN MGN12 (or equal), M3 counterbored holes at 25 mm',
    length,
    notes,
    grams: gramsPerMm * length,
    shape: () => box([0, -width / 2, 0], [length, width / 2, height]),
  }
}

/** A square steel tube cut to length, centred on y = 0 and z = 0 (its corners drawn sharp). */
export function squareTube(tube: SquareTube, length: number, notes: string, drilled?: StockDrilling): StockPiece {
  const { size, wall } = tube
  const name = `${formatMm(size)}x${formatMm(size)}x${formatMm(wall)}`
  return {
    item: `tube-${name}`,
    material: `Square steel tube ${formatMm(size)} x ${formatMm(size)} x ${formatMm(wall)} mm, cold formed (EN 10219)`,
    length,
    notes,
    grams: gramsOf(tubeSection(tube).area * length, DENSITY.steel),
    ...(drilled ? { drilled } : {}),
    shape: () =>
      difference(
        box([0, -size / 2, -size / 2], [length, size / 2, size / 2]),
        box([-1, -size / 2 + wall, -size / 2 + wall], [length + 1, size / 2 - wall, size / 2 - wall]),
      ),
  }
}
