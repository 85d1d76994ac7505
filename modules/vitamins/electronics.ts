import { box, difference, type Solid, union } from '../../src/kernel/index.js'
import { METRIC } from './fasteners.js'
import { OVERRUN, tube, zHole, zThrough } from './solids.js'

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

/**
 * A 24 V enclosed supply of the catalogue: its rated power and current (Mean Well's LRS series
 * data: LRS-150-24 6.5 A, LRS-350-24 14.6 A at 24 V), its case (L x W x H: LRS-150 159 x 97 x 30,
 * LRS-350 215 x 115 x 30, Mean Well's LRS-150 and LRS-350 data sheets), its weight (the same data
 * sheets: 420 g and 760 g) and its input efficiency at full load (ours: 0.88, the low end of the
 * LRS data sheets' 88-91 %, so the mains current is not understated).
 */
export interface SupplyRating {
  readonly id: string
  readonly watts: number
  readonly amps: number
  readonly case: readonly [number, number, number]
  readonly efficiency: number
  readonly grams: number
}

/** The catalogue, least first: the electrical model takes the least that carries the 24 V load with its margin. */
export const SUPPLIES: readonly SupplyRating[] = [
  /** 420 g: Mean Well's LRS-150 data sheet. */
  { id: 'psu-24v-150w', watts: 156, amps: 6.5, case: [159, 97, 30], efficiency: 0.88, grams: 420 },
  /** 760 g: Mean Well's LRS-350 data sheet. */
  { id: 'psu-24v-350w', watts: 350.4, amps: 14.6, case: [215, 115, 30], efficiency: 0.88, grams: 760 },
]

/**
 * The supply the control panel holds, the catalogue's LRS-150-24 class: 159 x 97 x 30, lying on
 * its underside (z = 0), centred. The underside has 3 x M3 threads that a screw may enter at most
 * 5 mm (Mean Well's LRS-150 data sheet, case 241A: "3-M3 L=5"); two of them, 57 and 135 mm from
 * one end and 32 mm in from a long side (a public OpenSCAD PSU table's LRS-150 entry), hold it.
 */
export const POWER_SUPPLY = {
  rating: SUPPLIES[0],
  size: SUPPLIES[0].case,
  thread: 'M3',
  /** Least x first (the control panel spans its holes from it). */
  holes: [
    [159 / 2 - 135, 32 - 97 / 2],
    [159 / 2 - 57, 32 - 97 / 2],
  ],
  threadDepth: 5,
  part: {
    id: SUPPLIES[0].id,
    description:
      'Power supply 24 V 150 W (6.5 A), enclosed (Mean Well LRS-150-24 or equal, 159 x 97 x 30 mm), M3 mounting threads in its underside',
    grams: SUPPLIES[0].grams,
    shape: (): Solid => {
      const p = POWER_SUPPLY
      return difference(
        standing(p.size),
        ...p.holes.map((at) => zHole(at, -OVERRUN, p.threadDepth, METRIC[p.thread].diameter)),
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

/**
 * The bed plate's earth bond under the plate (a mains bed): 2 star washers (DIN 6798 A 3.2: 6.0
 * mm outside, 0.4 mm thick), the bed earth wire's M3 ring terminal between them (ours: an
 * insulated ring of about 6 mm outside, 0.8 mm thick; the wire's gauge is in wiring.csv), then
 * an M3 nut. Each lies on z = 0, centred, its hole along z.
 */
const ring = (outer: number, thickness: number): Solid => tube(outer, METRIC.M3.clearance, thickness)
export const EARTH_BOND = {
  starWasher: {
    outer: 6,
    thickness: 0.4,
    part: {
      id: 'star-washer-m3',
      description: 'Star washer M3 (DIN 6798 A 3.2), bites through to bare steel',
      /** Steel: its ring (6.0 / 3.2 mm, 0.4 thick) at 7.85 g/cm3, about 0.06 g. */
      grams: 0.06,
      shape: (): Solid => ring(EARTH_BOND.starWasher.outer, EARTH_BOND.starWasher.thickness),
    },
  },
  ringTerminal: {
    outer: 6,
    thickness: 0.8,
    part: {
      id: 'ring-terminal-m3-bed-earth',
      description:
        "Ring terminal M3, insulated, crimped on the bed earth wire (for its gauge, wiring.csv's bed earth row)",
      /** Ours: a tinned copper ring and barrel with its sleeve, about 0.5 g. */
      grams: 0.5,
      shape: (): Solid => ring(EARTH_BOND.ringTerminal.outer, EARTH_BOND.ringTerminal.thickness),
    },
  },
} as const
