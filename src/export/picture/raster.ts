/** A face's normal packed in one number: x, y and z from -127 to 127, a byte each, offset by 128. */
export const packNormal = (x: number, y: number, z: number) => ((x + 128) << 16) | ((y + 128) << 8) | (z + 128)

/**
 * A z-buffer of samples: per sample its depth (toward the camera, in samples), which item covers
 * it (1 up; 0 is the background) and that face's normal (camera space, x right, y up, z toward
 * the camera, packed by packNormal). Typed arrays only: no object per sample. Only the rows from
 * `top` to `bottom` hold anything; the rest are background.
 */
export class Raster {
  readonly depth: Float32Array
  readonly owner: Int32Array
  readonly normal: Int32Array
  /** Per sample, the item whose edge it draws (0: none); cleared and filled by whoever draws the edges. */
  readonly edge: Int32Array
  top: number
  bottom: number

  private constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.depth = new Float32Array(width * height).fill(-Infinity)
    this.owner = new Int32Array(width * height)
    this.normal = new Int32Array(width * height)
    this.edge = new Int32Array(width * height)
    this.top = height
    this.bottom = -1
  }

  private static readonly kept: (Raster | undefined)[] = []

  /**
   * An empty raster: the one last given for this slot, its drawn rows cleared, when it has this
   * size (new memory costs more to touch than old memory to clear, and a build draws many
   * pictures of one size). A picture takes one slot per raster it draws at once.
   */
  static empty(width: number, height: number, slot = 0): Raster {
    const kept = Raster.kept[slot]
    if (kept?.width !== width || kept.height !== height) {
      const made = new Raster(width, height)
      Raster.kept[slot] = made
      return made
    }
    if (kept.top <= kept.bottom) {
      const [start, end] = [kept.top * width, (kept.bottom + 1) * width]
      kept.depth.fill(-Infinity, start, end)
      kept.owner.fill(0, start, end)
      kept.normal.fill(0, start, end)
    }
    kept.top = height
    kept.bottom = -1
    return kept
  }

  /**
   * Draws a closed mesh's faces that look at the camera. `points` are its vertices in sample
   * coordinates: x right, y down, z toward the camera, 3 floats each; `normals` its triangles'
   * normals, packed (0: the face looks away).
   */
  drawMesh(points: Float32Array, triangles: Uint32Array, normals: Int32Array, owner: number): void {
    const { width, height, depth, normal } = this
    const owners = this.owner
    let { top, bottom } = this
    for (let t = 0, f = 0; t < triangles.length; t += 3, f++) {
      const packed = normals[f]
      if (packed === 0) continue
      const a = triangles[t] * 3
      const b = triangles[t + 1] * 3
      const c = triangles[t + 2] * 3
      const ax = points[a]
      const ay = points[a + 1]
      const az = points[a + 2]
      const bx = points[b]
      const by = points[b + 1]
      const cx = points[c]
      const cy = points[c + 1]
      const e1x = bx - ax
      const e1y = by - ay
      const e1z = points[b + 2] - az
      const e2x = cx - ax
      const e2y = cy - ay
      const e2z = points[c + 2] - az
      // The face's normal's z in sample coordinates; y runs down, so a face that looks at the camera
      // (counter-clockwise seen from outside) has a negative z here (none when too thin to tell).
      const area = e1x * e2y - e1y * e2x
      if (!(area < 0)) continue
      // The columns and rows whose centres lie within the triangle's box: none for many a small one.
      const x0 = Math.max(0, Math.ceil((ax < bx ? (ax < cx ? ax : cx) : bx < cx ? bx : cx) - 0.5))
      const x1 = Math.min(width - 1, Math.floor((ax > bx ? (ax > cx ? ax : cx) : bx > cx ? bx : cx) - 0.5))
      const y0 = Math.max(0, Math.ceil((ay < by ? (ay < cy ? ay : cy) : by < cy ? by : cy) - 0.5))
      const y1 = Math.min(height - 1, Math.floor((ay > by ? (ay > cy ? ay : cy) : by > cy ? by : cy) - 0.5))
      if (x0 > x1 || y0 > y1) continue
      if (y0 < top) top = y0
      if (y1 > bottom) bottom = y1
      // Its x and y, for the depth's slopes.
      const nx = e1y * e2z - e1z * e2y
      const ny = e1z * e2x - e1x * e2z
      const dzdx = -nx / area
      const dzdy = -ny / area
      // Edge functions and their steps along a row and down a column, each <= 0 inside (the area is negative).
      const s0 = by - cy
      const s1 = cy - ay
      const s2 = ay - by
      const r0 = cx - bx
      const r1 = ax - cx
      const r2 = bx - ax
      const px = x0 + 0.5
      const py = y0 + 0.5
      let w0row = r0 * (py - by) + s0 * (px - bx)
      let w1row = r1 * (py - cy) + s1 * (px - cx)
      let w2row = r2 * (py - ay) + s2 * (px - ax)
      let zrow = az + dzdx * (px - ax) + dzdy * (py - ay)
      // Where each edge crosses the row (its function is 0), as a column: a lower bound on the
      // columns inside for an edge whose function falls along the row, an upper one where it rises.
      let lo0 = s0 < 0 ? x0 - w0row / s0 : -Infinity
      let lo1 = s1 < 0 ? x0 - w1row / s1 : -Infinity
      let lo2 = s2 < 0 ? x0 - w2row / s2 : -Infinity
      let hi0 = s0 > 0 ? x0 - w0row / s0 : Infinity
      let hi1 = s1 > 0 ? x0 - w1row / s1 : Infinity
      let hi2 = s2 > 0 ? x0 - w2row / s2 : Infinity
      const d0 = s0 !== 0 ? -r0 / s0 : 0
      const d1 = s1 !== 0 ? -r1 / s1 : 0
      const d2 = s2 !== 0 ? -r2 / s2 : 0
      for (let y = y0; y <= y1; y++) {
        // Only the columns between the crossings, rounded outward (the test below is exact).
        const lo = lo0 > lo1 ? (lo0 > lo2 ? lo0 : lo2) : lo1 > lo2 ? lo1 : lo2
        const hi = hi0 < hi1 ? (hi0 < hi2 ? hi0 : hi2) : hi1 < hi2 ? hi1 : hi2
        const start = lo > x0 ? Math.floor(lo) : x0
        const end = hi < x1 ? Math.ceil(hi) : x1
        const skip = start - x0
        let w0 = w0row + s0 * skip
        let w1 = w1row + s1 * skip
        let w2 = w2row + s2 * skip
        let z = zrow + dzdx * skip
        for (let x = start, i = y * width + start; x <= end; x++, i++) {
          if (w0 <= 0 && w1 <= 0 && w2 <= 0 && z > depth[i]) {
            depth[i] = z
            owners[i] = owner
            normal[i] = packed
          }
          w0 += s0
          w1 += s1
          w2 += s2
          z += dzdx
        }
        lo0 += d0
        lo1 += d1
        lo2 += d2
        hi0 += d0
        hi1 += d1
        hi2 += d2
        w0row += r0
        w1row += r1
        w2row += r2
        zrow += dzdy
      }
    }
    this.top = top
    this.bottom = bottom
  }
}
