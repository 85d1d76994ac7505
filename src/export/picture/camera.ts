import { frame, type Mat4, type Vec3 } from '../../kernel/matrix.js'

/** A camera's axes in machine coordinates: right and up across the picture, back toward the camera. */
export interface View {
  readonly right: Vec3
  readonly up: Vec3
  readonly back: Vec3
}

const unit = (v: Vec3): Vec3 => {
  const length = Math.hypot(v[0], v[1], v[2])
  if (!(length > 0)) throw new Error(`a view direction must not be zero: ${v.join(', ')}`)
  return [v[0] / length, v[1] / length, v[2] / length]
}

const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
]

export const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]

/** Looking from `from` (a direction) toward the scene, the machine's Z up in the picture (Y when looking along Z). */
export function viewFrom(from: Vec3): View {
  const back = unit(from)
  const vertical = Math.abs(back[2]) > 0.999
  const right = unit(cross(vertical ? [0, 1, 0] : [0, 0, 1], back))
  return { right, up: cross(back, right), back }
}

/** From machine coordinates to the camera's: x right, y up, z toward the camera, mm. */
export const cameraMatrix = ({ right: r, up: u, back: b }: View): Mat4 =>
  frame([0, 0, 0], [r[0], u[0], b[0]], [r[1], u[1], b[1]], [r[2], u[2], b[2]])

/** A box across the picture, camera units: what the picture must show. */
export interface Extent {
  minX: number
  maxX: number
  minY: number
  maxY: number
}

export const emptyExtent = (): Extent => ({ minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity })

export function include(extent: Extent, x: number, y: number): void {
  if (x < extent.minX) extent.minX = x
  if (x > extent.maxX) extent.maxX = x
  if (y < extent.minY) extent.minY = y
  if (y > extent.maxY) extent.maxY = y
}

/** Room round what the picture must show, as a share of its larger side: its surroundings. */
const MARGIN = 0.12
/** The least the picture spans each way, mm, so that a small part shows with what it goes on. */
const LEAST_SPAN = 120

/**
 * From camera coordinates to samples: x right from the left edge, y down from the top, depth
 * toward the camera, each `scale` samples a mm, the camera's origin at (x, y).
 */
export interface Framing {
  readonly scale: number
  readonly x: number
  readonly y: number
}

/** The framing that fits `extent` and its margin in width x height samples. */
export function framing(extent: Extent, width: number, height: number): Framing {
  const w = extent.maxX - extent.minX
  const h = extent.maxY - extent.minY
  const margin = 2 * MARGIN * Math.max(w, h)
  const scale = Math.min(width / Math.max(w + margin, LEAST_SPAN), height / Math.max(h + margin, LEAST_SPAN))
  const cx = (extent.minX + extent.maxX) / 2
  const cy = (extent.minY + extent.maxY) / 2
  if (![scale, cx, cy].every(Number.isFinite)) throw new Error('a picture needs items at finite places to frame')
  return { scale, x: width / 2 - cx * scale, y: height / 2 + cy * scale }
}

/** Camera points (3 each) to samples, into `out`. */
export function toSamples({ scale, x, y }: Framing, points: Float64Array, out: Float32Array): void {
  for (let v = 0; v < points.length; v += 3) {
    out[v] = x + points[v] * scale
    out[v + 1] = y - points[v + 1] * scale
    out[v + 2] = points[v + 2] * scale
  }
}
