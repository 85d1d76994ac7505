import { cylinder, difference, hole, type Solid } from '../../src/kernel/index.js'

/** How far a cutter runs past a face it opens, or a joined piece into the body it meets. */
export const OVERRUN = 1

type At = readonly [number, number]

/** A cylinder along +Z from z0 to z1 about the Z axis. */
export function zCylinder(z0: number, z1: number, diameter: number, segments?: number): Solid {
  return cylinder({ axis: 'z', center: [0, 0, (z0 + z1) / 2], length: z1 - z0, diameter, segments })
}

/** A hole cutter along +Z at `at`, from z0 to z1 (a blind hole: one end past its open face). */
export function zHole(at: At, z0: number, z1: number, diameter: number): Solid {
  return hole({ axis: 'z', center: [at[0], at[1], (z0 + z1) / 2], length: z1 - z0, diameter })
}

/** A hole cutter along +Z at `at`, through a part from z0 to z1. */
export function zThrough(at: At, z0: number, z1: number, diameter: number): Solid {
  return zHole(at, z0 - OVERRUN, z1 + OVERRUN, diameter)
}

/** A ring or sleeve along +Z from z = 0: bearings. */
export function tube(outside: number, bore: number, length: number): Solid {
  return difference(zCylinder(0, length, outside), zThrough([0, 0], 0, length, bore))
}
