import type { Raster } from './raster.js'

export type Rgb = readonly [number, number, number]

/** How an item is drawn: its colour, lit, and its outline. */
export interface Paint {
  readonly colour: Rgb
  readonly edge: Rgb
}

/** The key light, camera space (x right, y up, z toward the camera): from above left, in front. */
const LIGHT = (() => {
  const [x, y, z] = [-0.45, 0.65, 0.6]
  const length = Math.hypot(x, y, z)
  return [x / length, y / length, z / length]
})()
/** Brightness of a face the key light does not reach, and what the light adds facing it square on. */
const AMBIENT = 0.5
const DIFFUSE = 0.6
/** Faces of one item meeting at a crease sharper than this (degrees) get an edge. */
const CREASE_DEGREES = 35
const CREASE_DOT = Math.cos((CREASE_DEGREES * Math.PI) / 180) * 127 * 127
/** A step in depth, in pixels, beyond which faces of one item that look alike still get an edge. */
const DEPTH_STEP = 1
const BACKGROUND = 255

/** The dot product of two packed normals, scaled by 127 * 127. */
function normalDot(p: number, q: number): number {
  return (
    ((p >> 16) - 128) * ((q >> 16) - 128) +
    (((p >> 8) & 255) - 128) * (((q >> 8) & 255) - 128) +
    ((p & 255) - 128) * ((q & 255) - 128)
  )
}

/**
 * Marks every pixel on an edge in `raster.edge` with the item whose outline it draws (the
 * nearer of the two sides; 0: none): where two items meet, where an item meets the background,
 * at a crease, and where one face of an item passes in front of another that looks the same way.
 * Only the drawn rows and the background rows next to them can hold an edge; the rows from
 * `first` to `last` are marked.
 */
function markEdges(raster: Raster, first: number, last: number): void {
  const { width, height, depth, owner, normal, edge } = raster
  edge.fill(0, first * width, (last + 1) * width)
  for (let y = first; y <= last; y++) {
    const start = y * width
    const below = y + 1 <= last && y + 1 < height
    for (let i = start, x = 0; x < width; i++, x++) {
      const o = owner[i]
      // With the sample to the right (step 1), then the one below (step width); k is the one
      // before i the other way (-1: none), for a step in depth.
      for (let pass = 0; pass < 2; pass++) {
        let j: number
        let k: number
        if (pass === 0) {
          if (x + 1 >= width) continue
          j = i + 1
          k = x > 0 ? i - 1 : -1
        } else {
          if (!below) continue
          j = i + width
          k = y > 0 ? i - width : -1
        }
        const p = owner[j]
        let meet = o !== p
        if (!meet && o !== 0) {
          const n = normal[i]
          const m = normal[j]
          // One plane's depth runs straight: a bend in it over three samples is a step between two.
          meet =
            n !== m
              ? normalDot(n, m) < CREASE_DOT
              : k >= 0 && owner[k] === o && normal[k] === n && Math.abs(depth[k] + depth[j] - 2 * depth[i]) > DEPTH_STEP
        }
        // The line is drawn a pixel wide on the nearer side.
        if (meet) {
          if (p === 0 || (o !== 0 && depth[i] >= depth[j])) edge[i] = o
          else edge[j] = p
        }
      }
    }
  }
}

const packRgb = (r: number, g: number, b: number) => (r << 16) | (g << 8) | b
const WHITE = packRgb(BACKGROUND, BACKGROUND, BACKGROUND)

/** Lights samples by their item and face normal; neighbouring samples mostly lie on one face, lit once. */
function lighter(paints: readonly Paint[]): (owner: number, normal: number) => number {
  let lastOwner = 0
  let lastNormal = 0
  let lastColour = 0
  return (owner, n) => {
    if (owner !== lastOwner || n !== lastNormal) {
      lastOwner = owner
      lastNormal = n
      const lit =
        (((n >> 16) - 128) * LIGHT[0] + (((n >> 8) & 255) - 128) * LIGHT[1] + ((n & 255) - 128) * LIGHT[2]) / 127
      const light = AMBIENT + DIFFUSE * Math.max(0, lit)
      const c = paints[owner - 1].colour
      lastColour = packRgb(...(c.map((v) => Math.min(255, Math.round(v * light))) as [number, number, number]))
    }
    return lastColour
  }
}

/** Half of each of two packed colours. */
const mixRgb = (a: number, b: number) =>
  packRgb(((a >> 16) + (b >> 16)) >> 1, (((a >> 8) & 255) + ((b >> 8) & 255)) >> 1, ((a & 255) + (b & 255)) >> 1)

/** The last picture's pixels: new memory costs more to touch than old memory to fill. */
let pixels = new Uint8Array(0)

/**
 * The picture's pixels, 3 bytes each: its item's edge colour, or its item's colour lit by its
 * face's normal, or white. Where `hidden` (a raster of some of the items alone) has an item that
 * `scene` does not show, the pixel is half that item's colour: the parts it draws show through
 * what hides them. The array is the same for every call (valid until the next one).
 */
export function resolve(scene: Raster, paints: readonly Paint[], hidden: Raster): Uint8Array {
  const { width, height, owner, normal, edge } = scene
  if (pixels.length !== width * height * 3) pixels = new Uint8Array(width * height * 3)
  const rgb = pixels.fill(BACKGROUND)
  if (scene.top > scene.bottom) return rgb
  // The drawn rows and a row of background round them; the rest stays white.
  const first = Math.max(0, scene.top - 1)
  const last = Math.min(height - 1, scene.bottom + 1)
  markEdges(scene, first, last)
  const edgeColours = [0, ...paints.map((p) => packRgb(p.edge[0], p.edge[1], p.edge[2]))]
  const sceneLight = lighter(paints)
  const hiddenLight = lighter(paints)
  const hiddenOwner = hidden.owner
  const hiddenNormal = hidden.normal
  // Where `hidden` has anything: its rows.
  const hiddenFirst = hidden.top * width
  const hiddenEnd = (hidden.bottom + 1) * width
  for (let i = first * width, end = (last + 1) * width, o = 3 * i; i < end; i++, o += 3) {
    const item = owner[i]
    const h = i >= hiddenFirst && i < hiddenEnd ? hiddenOwner[i] : 0
    if (item === 0 && h === 0) continue
    let colour = edge[i] !== 0 ? edgeColours[edge[i]] : item === 0 ? WHITE : sceneLight(item, normal[i])
    if (h !== 0 && h !== item) colour = mixRgb(colour, hiddenLight(h, hiddenNormal[i]))
    rgb[o] = colour >> 16
    rgb[o + 1] = (colour >> 8) & 255
    rgb[o + 2] = colour & 255
  }
  return rgb
}
