import jscad from '@jscad/modeling'

/** A 4x4 placement matrix, column-major (JSCAD's and three.js's layout). */
export type Mat4 = readonly number[]

type Vec3 = readonly [number, number, number]

const { mat4 } = jscad.maths

export const identity: Mat4 = mat4.create()

export const multiply = (a: Mat4, b: Mat4): Mat4 => mat4.multiply(mat4.create(), a as never, b as never)

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
  return out
}
