import { box, difference, type Solid, union } from '../../src/kernel/index.js'
import { METRIC } from './fasteners.js'
import { OVERRUN, zHole, zThrough } from './solids.js'

/**
 * Electronics, as bought. Each is one object: its real dimensions (sources in
 * ../shared/reference/d3d-design-facts.md and docs/design.md) and `part`, its BOM line and its
 * shape in its own frame, or the function of its size that gives them.
 */

/** A box of this size on z = 0, centred on the Z axis. */
const standing = ([x, y, z]: readonly [number, number, number]): Solid => box([-x / 2, -y / 2, 0], [x / 2, y / 2, z])

/**
 * The controller board (Octopus class): 8 stepper driver sockets, size, mounting holes, and the
 * height of its parts over the board, which stand 9 mm in from its edges. It lies on z = 0 (its
 * underside), centred.
 */
export const CONTROLLER = {
  size: [160, 100],
  holes: [150, 90],
  holeDiameter: 3.2,
  boardThickness: 1.6,
  partsInset: 9,
  height: 22,
  drivers: 8,
  part: {
    id: 'controller-8-drivers',
    description:
      '32-bit printer controller board, 24 V, 160 x 100 mm, 8 stepper driver sockets (BTT Octopus class), with its USB and power connectors',
    /** Ours: a 160 x 100 mm four-layer board with its connectors, about what such boards weigh. */
    grams: 150,
    shape: controllerShape,
  },
} as const

function controllerShape(): Solid {
  const c = CONTROLLER
  const [x, y] = c.size
  const [hx, hy] = c.holes
  const inset = c.partsInset
  const holes = [-1, 1].flatMap((sx) => [-1, 1].map((sy) => [(sx * hx) / 2, (sy * hy) / 2] as const))
  return union(
    difference(
      standing([x, y, c.boardThickness]),
      ...holes.map((at) => zThrough(at, 0, c.boardThickness, c.holeDiameter)),
    ),
    box([-x / 2 + inset, -y / 2 + inset, c.boardThickness], [x / 2 - inset, y / 2 - inset, c.height]),
  )
}

/** A stepper driver module, plugged into the controller: 15 x 20 board, 14 tall with its heat sink. */
export const STEPPER_DRIVER = {
  size: [15, 20, 14],
  part: {
    id: 'stepper-driver-tmc2209',
    description: 'Stepper driver module TMC2209 (UART, sensorless homing), with heat sink',
    /** Ours: a small board with its aluminium heat sink. */
    grams: 8,
    shape: (): Solid => standing(STEPPER_DRIVER.size),
  },
} as const

/** 24 V power supply, LRS-200-24 class: 159 x 97 x 30, lying on its mounting face (z = 0), centred, M4 threads 6 deep. */
export const POWER_SUPPLY = {
  size: [159, 97, 30],
  holes: [
    [-65, -35],
    [65, -35],
    [-65, 35],
    [65, 35],
  ],
  threadDepth: 6,
  part: {
    id: 'psu-24v-200w',
    description: 'Power supply 24 V 200 W, enclosed (LRS-200-24 class, 159 x 97 x 30 mm), M4 mounting threads',
    /** Mean Well's LRS-200 data sheet: 0.6 kg. */
    grams: 600,
    shape: (): Solid => {
      const p = POWER_SUPPLY
      return difference(
        standing(p.size),
        ...p.holes.map((at) => zHole(at, -OVERRUN, p.threadDepth, METRIC.M4.diameter)),
      )
    },
  },
} as const

/** Solid-state relay for the mains bed heater, on z = 0, centred; its two M4 holes 47.6 apart along x. */
export const SSR = {
  size: [62, 45, 23],
  holeSpacing: 47.6,
  part: {
    id: 'ssr-25da',
    description: 'Solid-state relay SSR-25DA (3-32 V DC in, 24-380 V AC out), switches the mains bed heater',
    /** Ours: the relay's usual 62 x 45 x 23 mm epoxy-filled case on its metal base, about 100 g. */
    grams: 100,
    shape: (): Solid => {
      const height = SSR.size[2]
      const holes = [-1, 1].map((s) => [(s * SSR.holeSpacing) / 2, 0] as const)
      return difference(standing(SSR.size), ...holes.map((at) => zThrough(at, 0, height, METRIC.M4.clearance)))
    },
  },
} as const
