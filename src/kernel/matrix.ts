import jscad from '@jscad/modeling'

/** A 4x4 placement matrix, column-major (JSCAD's and three.js's layout). */
export type Mat4 = readonly [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
]

export type Vec3 = readonly [number, number, number]

const { mat4 } = jscad.maths

export const identity: Mat4 = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]

/** a * b: b's placement, then a's (the sums in JSCAD's order, so results match it to the bit). */
export function multiply(a: Mat4, b: Mat4): Mat4 {
  const out = new Array<number>(16)
  for (let c = 0; c < 4; c++)
    for (let r = 0; r < 4; r++)
      out[4 * c + r] = b[4 * c] * a[r] + b[4 * c + 1] * a[4 + r] + b[4 * c + 2] * a[8 + r] + b[4 * c + 3] * a[12 + r]
  return out as unknown as Mat4
}

export const translation = (v: Vec3): Mat4 => mat4.fromTranslation(mat4.create(), [...v])

/** Rotation in degrees about X, then Y, then Z (JSCAD's order). */
export const rotation = (degrees: Vec3): Mat4 => {
  const [x, y, z] = degrees.map((d) => (d * Math.PI) / 180)
  return mat4.fromTaitBryanRotation(mat4.create(), z, y, x)
}

/**
 * The frame whose local X, Y and Z run along u, v and w, with its origin at `origin`:
 * how a module places a part modelled in its own coordinates.
 */
export function frame(origin: Vec3, u: Vec3, v: Vec3, w: Vec3): Mat4 {
  return [u[0], u[1], u[2], 0, v[0], v[1], v[2], 0, w[0], w[1], w[2], 0, origin[0], origin[1], origin[2], 1]
}

/** Where the matrix puts its origin. */
export const originOf = (m: Mat4): Vec3 => [m[12], m[13], m[14]]

/** Where the matrix sends one of its local axes (0: X, 1: Y, 2: Z), as a direction. */
export const axisOf = (m: Mat4, k: 0 | 1 | 2): Vec3 => [m[4 * k], m[4 * k + 1], m[4 * k + 2]]

export function applyToPoint(m: Mat4, p: Vec3): [number, number, number] {
  return [
    m[0] * p[0] + m[4] * p[1] + m[8] * p[2] + m[12],
    m[1] * p[0] + m[5] * p[1] + m[9] * p[2] + m[13],
    m[2] * p[0] + m[6] * p[1] + m[10] * p[2] + m[14],
  ]
}

/** A right-handed placement whose local Z runs along `z` and local X along `x` (square to it). */
export function aimed(origin: Vec3, z: Vec3, x: Vec3): Mat4 {
  const y: Vec3 = [z[1] * x[2] - z[2] * x[1], z[2] * x[0] - z[0] * x[2], z[0] * x[1] - z[1] * x[0]]
  return frame(origin, x, y, z)
}

/** The inverse of a rotation and shift. */
export function invertRigid(m: Mat4): Mat4 {
  const out = [m[0], m[4], m[8], 0, m[1], m[5], m[9], 0, m[2], m[6], m[10], 0, 0, 0, 0, 1]
  for (let r = 0; r < 3; r++) out[12 + r] = -(out[r] * m[12] + out[4 + r] * m[13] + out[8 + r] * m[14])
  return out as unknown as Mat4
}

/** A matrix from 16 numbers (a typed array, or numbers read back from JSON or a buffer). */
export function toMat4(values: ArrayLike<number>): Mat4 {
  if (values.length !== 16) throw new Error(`a 4x4 matrix has 16 numbers, not ${values.length}`)
  return Array.from(values) as unknown as Mat4
}
