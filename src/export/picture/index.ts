import type { PlacedLeaf } from '../../assembly/collect.js'
import type { Vec3 } from '../../kernel/matrix.js'
import type { Leaf } from '../../parts/types.js'
import { dot, type Extent, emptyExtent, framing, include, toSamples, type View, viewFrom } from './camera.js'
import { type Paint, type Rgb, resolve } from './image.js'
import { MeshCache } from './meshes.js'
import { encodePng } from './png.js'
import { Raster } from './raster.js'
import type { Viewed } from './viewed.js'

export type { Rgb } from './image.js'
export { MeshCache } from './meshes.js'

export interface PictureItem {
  readonly placed: PlacedLeaf
  /** new: in its kind's colour; done: light grey. */
  readonly style: 'new' | 'done'
  /** Explode offset in machine mm, added after placement. */
  readonly shift?: Vec3
  /** A drilled stock piece drawn as cut, before its holes. */
  readonly blank?: boolean
}

export interface PictureOptions {
  /** Pixels; 800 by default. */
  readonly width?: number
  /** Pixels; 600 by default. */
  readonly height?: number
  /** Direction from the scene toward the camera; front-right-above by default. */
  readonly from?: Vec3
}

/** Front (-Y), right (+X) and above: the three faces a builder standing at the machine's front corner sees. */
const DEFAULT_FROM: Vec3 = [1, -1.6, 1.1]

/** The colours of new parts by kind: printed and bought as the viewer draws them, stock in a blue of its own. */
export const NEW_COLOURS: Readonly<Record<Leaf['kind'], Rgb>> = {
  printed: [0xf0, 0x8a, 0x24],
  bought: [0x3f, 0x7d, 0x4f],
  stock: [0x3d, 0x6f, 0xb4],
}
/** Parts built in an earlier step. */
export const DONE_COLOUR: Rgb = [0xd2, 0xd2, 0xd2]
const DONE_PAINT: Paint = { colour: DONE_COLOUR, edge: [0x8c, 0x8c, 0x8c] }
/** A new part's outline: its colour darkened to this share. */
const NEW_EDGE = 0.35

const paintOf = (item: PictureItem): Paint => {
  if (item.style === 'done') return DONE_PAINT
  const colour = NEW_COLOURS[item.placed.leaf.kind]
  return { colour, edge: colour.map((c) => Math.round(c * NEW_EDGE)) as unknown as Rgb }
}

/**
 * What the picture must show, camera mm: the 'new' items (all of them when none is new), both
 * where they are drawn and where they are shifted from, so that the picture shows where they go.
 */
function extentOf(view: View, items: readonly PictureItem[], viewed: readonly Viewed[]) {
  const anyNew = items.some((item) => item.style === 'new')
  const extent: Extent = emptyExtent()
  for (const [i, item] of items.entries()) {
    if (anyNew && item.style !== 'new') continue
    const { min, max } = viewed[i]
    const s = item.shift ?? [0, 0, 0]
    const [bx, by] = [-dot(view.right, s), -dot(view.up, s)]
    for (const [x, y] of [
      [min[0], min[1]],
      [max[0], max[1]],
    ]) {
      include(extent, x, y)
      include(extent, x + bx, y + by)
    }
  }
  return extent
}

/** The points of the item being drawn, in samples: one array for every picture, grown as needed. */
let samplePoints = new Float32Array(0)

/** PNG bytes of the items, framed to fit the 'new' items and their surroundings. Deterministic. */
export async function renderPicture(
  items: readonly PictureItem[],
  options: PictureOptions = {},
  meshes: MeshCache = new MeshCache(),
): Promise<Uint8Array> {
  const { width = 800, height = 600, from = DEFAULT_FROM } = options
  if (!(Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0))
    throw new Error(`a picture is a whole number of pixels each way, not ${width} x ${height}`)
  const view = viewFrom(from)
  const viewed = await Promise.all(items.map((item) => meshes.viewedOf(item.placed, item.shift, view, item.blank)))
  const scene = Raster.empty(width, height)
  // The new items alone too, to show them through done ones that hide them.
  const fresh = Raster.empty(scene.width, scene.height, 1)
  const frame = framing(extentOf(view, items, viewed), scene.width, scene.height)
  for (let i = 0; i < items.length; i++) {
    const { points, triangles, normals, min, max } = viewed[i]
    // Items wholly outside the frame are not drawn.
    const [left, right] = [frame.x + min[0] * frame.scale, frame.x + max[0] * frame.scale]
    const [top, bottom] = [frame.y - max[1] * frame.scale, frame.y - min[1] * frame.scale]
    if (right < 0 || left > scene.width || bottom < 0 || top > scene.height) continue
    if (samplePoints.length < points.length) samplePoints = new Float32Array(points.length)
    toSamples(frame, points, samplePoints)
    scene.drawMesh(samplePoints, triangles, normals, i + 1)
    if (items[i].style === 'new') fresh.drawMesh(samplePoints, triangles, normals, i + 1)
  }
  return encodePng(resolve(scene, items.map(paintOf), fresh), width, height)
}
