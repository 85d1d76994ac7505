import { box, cylinder, difference, hexPrism, hole, intersection, union } from '../../src/kernel/index.js'
import type { BoughtPart } from '../../src/parts/types.js'

/**
 * Every bought part ("vitamin") the modules use, with its real outer dimensions (sources in
 * ../shared/reference/d3d-design-facts.md and docs/design.md). Shapes sit in the part's own
 * frame: shafts, bores and screw axes along +Z, mounting face or head underside on z = 0.
 */

/**
 * NEMA17 stepper: 42.3 square body with rounded corners (53.6 across, NopSCADlib) below z = 0,
 * boss and 5 mm shaft above it, M3 holes 4.5 deep.
 */
export function nema17(bodyLength: number): BoughtPart {
  const p = NEMA17.holePitch / 2
  return {
    id: `nema17-${round(bodyLength)}`,
    description: `NEMA17 stepper motor, ${round(bodyLength)} mm body, 5 mm shaft, 1.8 deg`,
    shape: () =>
      union(
        difference(
          intersection(
            box([-21.15, -21.15, -bodyLength], [21.15, 21.15, 0]),
            cylinder({ axis: 'z', center: [0, 0, -bodyLength / 2], length: bodyLength, diameter: NEMA17.bodyDiameter }),
          ),
          ...[
            [-p, -p],
            [-p, p],
            [p, -p],
            [p, p],
          ].map(([x, y]) => hole({ axis: 'z', center: [x, y, -2], length: 5, diameter: 3 })),
        ),
        cylinder({ axis: 'z', center: [0, 0, 1], length: 2, diameter: 22 }),
        cylinder({ axis: 'z', center: [0, 0, 12], length: 24, diameter: 5 }),
      ),
  }
}

export const NEMA17 = {
  square: 42.3,
  bodyDiameter: 53.6,
  holePitch: 31,
  bossDiameter: 22,
  bossHeight: 2,
  shaftLength: 24,
} as const

/** GT2 pulley, 20 teeth, 5 mm bore: pitch diameter 40 / pi. */
export const gt2Pulley20: BoughtPart = {
  id: 'gt2-pulley-20t-5mm',
  description: 'GT2 pulley, 20 teeth, 5 mm bore, for 6 mm belt, with M3 grub screws',
  shape: () =>
    difference(
      union(
        cylinder({ axis: 'z', center: [0, 0, 3.5], length: 7, diameter: 16 }),
        cylinder({ axis: 'z', center: [0, 0, 11.5], length: 9, diameter: 12.22 }),
        cylinder({ axis: 'z', center: [0, 0, 16.5], length: 1, diameter: 16 }),
      ),
      hole({ axis: 'z', center: [0, 0, 8.5], length: 19, diameter: 5 }),
    ),
}

export const GT2 = { pitch: 2, beltWidth: 6, beltThickness: 1.38, pulleyPitchDiameter: 40 / Math.PI } as const

/** 626 ball bearing, 6 x 19 x 6: two stacked make the belt idler on an M6 axle. */
export const bearing626: BoughtPart = {
  id: 'bearing-626-2rs',
  description: 'Ball bearing 626-2RS, 6 x 19 x 6 mm (belt idler)',
  shape: () => tube(19, 6, 6),
}

export const BEARING_626 = { bore: 6, outside: 19, width: 6 } as const

/** LM8UU linear ball bearing: 15 x 24, 8 mm bore; shape along +Z from 0 to 24. */
export const lm8uu: BoughtPart = {
  id: 'lm8uu',
  description: 'Linear ball bearing LM8UU, 8 mm bore, 15 mm outside, 24 mm long',
  shape: () => tube(15, 8, 24),
}

export const LM8UU = { outside: 15, bore: 8, length: 24 } as const

/**
 * E3D V6-class hot end, groove mount, its axis along z from the nozzle tip (z = 0) to the top
 * of the mount (z = length): nozzle, 20 x 16 x 11.5 heater block (reaching 14 towards +x),
 * heat break, 22 mm heatsink, then the 16 mm collars either side of the 12 mm, 6 mm groove.
 * The kit's 30 mm heatsink fan and its clip sit on the -y side.
 */
export const HOT_END = {
  length: 62.3,
  collarDiameter: 16,
  grooveDiameter: 12,
  /** Heights of the groove's bottom and top, and of the bottom collar's underside. */
  grooveBottom: 52.6,
  grooveTop: 58.6,
  collarBottom: 49.6,
  heatsinkDiameter: 22,
  heatsink: [20, 46],
  block: { min: [-6, -8, 5], max: [14, 8, 16.5] },
  fan: { min: [-15, -29, 18], max: [15, -8, 48] },
} as const

/** Metric screw sizes: clearance hole, cap head, nut across flats and thickness. */
export const METRIC = {
  M3: { diameter: 3, clearance: 3.4, headDiameter: 5.5, headHeight: 3, nutAcrossFlats: 5.5, nutThickness: 2.4 },
  M4: { diameter: 4, clearance: 4.5, headDiameter: 7, headHeight: 4, nutAcrossFlats: 7, nutThickness: 3.2 },
  M6: { diameter: 6, clearance: 6.6, headDiameter: 10, headHeight: 6, nutAcrossFlats: 10, nutThickness: 5.2 },
  M8: { diameter: 8, clearance: 8.4, headDiameter: 13, headHeight: 8, nutAcrossFlats: 13, nutThickness: 6.5 },
} as const

/** Flat washers (ISO 7089): outside diameter and thickness. */
export const WASHER = {
  M3: { outside: 7, thickness: 0.5 },
  M4: { outside: 9, thickness: 0.8 },
  M6: { outside: 12, thickness: 1.6 },
  M8: { outside: 16, thickness: 1.6 },
} as const

export type MetricSize = keyof typeof METRIC

const STANDARD_LENGTHS = [6, 8, 10, 12, 16, 20, 25, 30, 35, 40, 45, 50, 55, 60, 70, 80, 90, 100]

/** The shortest standard screw length that reaches at least `needed` mm. */
export function standardScrewLength(needed: number): number {
  const length = STANDARD_LENGTHS.find((l) => l >= needed - 1e-9)
  if (length === undefined) throw new Error(`no standard screw is ${needed} mm long`)
  return length
}

/** Socket head cap screw (ISO 4762), head below z = 0, shank along +Z. */
export function capScrew(size: MetricSize, length: number): BoughtPart {
  const m = METRIC[size]
  return {
    id: `${size.toLowerCase()}x${length}-cap-screw`,
    description: `Socket head cap screw ${size} x ${length} mm (ISO 4762)`,
    shape: () =>
      union(
        cylinder({ axis: 'z', center: [0, 0, -m.headHeight / 2], length: m.headHeight, diameter: m.headDiameter }),
        cylinder({ axis: 'z', center: [0, 0, length / 2], length, diameter: m.diameter }),
      ),
  }
}

/** Low head cap screw (DIN 7984, M6 head 3.5 tall), head below z = 0, shank along +Z. */
export function lowHeadScrew(length: number): BoughtPart {
  const m = METRIC.M6
  return {
    id: `m6x${length}-low-head-screw`,
    description: `Low head cap screw M6 x ${length} mm (DIN 7984)`,
    shape: () =>
      union(
        cylinder({ axis: 'z', center: [0, 0, -LOW_HEAD_M6 / 2], length: LOW_HEAD_M6, diameter: m.headDiameter }),
        cylinder({ axis: 'z', center: [0, 0, length / 2], length, diameter: m.diameter }),
      ),
  }
}

export const LOW_HEAD_M6 = 3.5

/** Hex nut (ISO 4032) from z = 0 to its thickness. */
export function hexNut(size: MetricSize): BoughtPart {
  const m = METRIC[size]
  return {
    id: `${size.toLowerCase()}-hex-nut`,
    description: `Hex nut ${size} (ISO 4032)`,
    shape: () =>
      difference(
        hexPrism({
          axis: 'z',
          center: [0, 0, m.nutThickness / 2],
          length: m.nutThickness,
          acrossFlats: m.nutAcrossFlats,
        }),
        hole({ axis: 'z', center: [0, 0, m.nutThickness / 2], length: m.nutThickness + 1, diameter: m.diameter }),
      ),
  }
}

/** Countersunk screw (ISO 10642) M3: head top on z = 0, the 90 degree head drawn as its 6 x 1.7 envelope. */
export function countersunkScrew(length: number): BoughtPart {
  return {
    id: `m3x${length}-countersunk-screw`,
    description: `Countersunk screw M3 x ${length} mm (ISO 10642)`,
    shape: () =>
      union(
        cylinder({ axis: 'z', center: [0, 0, COUNTERSUNK_M3.head / 2], length: COUNTERSUNK_M3.head, diameter: 6 }),
        cylinder({ axis: 'z', center: [0, 0, length / 2], length, diameter: 3 }),
      ),
  }
}

export const COUNTERSUNK_M3 = { diameter: 6, head: 1.7 } as const

/** Set screw (ISO 4026, flat point) M3, along +Z from z = 0. */
export function setScrew(length: number): BoughtPart {
  return {
    id: `m3x${length}-set-screw`,
    description: `Set screw M3 x ${length} mm, flat point (ISO 4026)`,
    shape: () => cylinder({ axis: 'z', center: [0, 0, length / 2], length, diameter: 3 }),
  }
}

/** Flat washer (ISO 7089), from z = 0. */
export function washer(size: MetricSize): BoughtPart {
  const m = METRIC[size]
  const { outside, thickness } = WASHER[size]
  return {
    id: `${size.toLowerCase()}-washer`,
    description: `Flat washer ${size}, ${outside} mm outside (ISO 7089)`,
    shape: () =>
      difference(
        cylinder({ axis: 'z', center: [0, 0, thickness / 2], length: thickness, diameter: outside }),
        hole({ axis: 'z', center: [0, 0, thickness / 2], length: thickness + 1, diameter: m.clearance }),
      ),
  }
}

/** The hot end: see HOT_END. Its axis is local z, nozzle tip at the origin. */
export const hotEnd: BoughtPart = {
  id: 'hotend-e3d-v6',
  description:
    'E3D V6-class hot end, 1.75 mm, groove mount (16 mm collars, 12 mm groove), 0.4 mm nozzle, 24 V heater and thermistor, 30 mm heatsink fan',
  shape: () => {
    const h = HOT_END
    const rod = (z0: number, z1: number, diameter: number) =>
      cylinder({ axis: 'z', center: [0, 0, (z0 + z1) / 2], length: z1 - z0, diameter })
    return union(
      cylinder({ axis: 'z', center: [0, 0, 1], length: 2, diameter: 2, segments: 16 }),
      hexPrism({ axis: 'z', center: [0, 0, 3.5], length: 3, acrossFlats: 7 }),
      box(h.block.min, h.block.max),
      rod(h.block.max[2], h.heatsink[0], 7),
      rod(h.heatsink[0], h.heatsink[1], h.heatsinkDiameter),
      rod(h.heatsink[1], h.collarBottom, 12),
      rod(h.collarBottom, h.grooveBottom, h.collarDiameter),
      rod(h.grooveBottom, h.grooveTop, h.grooveDiameter),
      rod(h.grooveTop, h.length, h.collarDiameter),
      box(h.fan.min, h.fan.max),
    )
  },
}

/** 5015 radial blower, 24 V: body 51 x 51 x 15 in local x, z and y, the outlet at its bottom (z = 0). */
export const BLOWER_5015 = {
  size: 51,
  thickness: 15,
  /** The outlet: 20 wide along x from the body's -x edge, 15 deep, on the bottom face. */
  outletWidth: 20,
  /** Mounting lugs: holes 4.3 at these (x, z) corners, through the 15 mm. */
  lugs: [
    [4.5, 46.5],
    [46.5, 4.5],
  ],
} as const

export const blower5015: BoughtPart = {
  id: 'blower-5015-24v',
  description: 'Radial blower 5015 (51 x 51 x 15 mm), 24 V, part cooling',
  shape: () => {
    const b = BLOWER_5015
    return difference(
      union(
        cylinder({ axis: 'y', center: [26, b.thickness / 2, 26], length: b.thickness, diameter: 48 }),
        box([0, 0, 0], [b.outletWidth, b.thickness, 26]),
        ...b.lugs.map(([x, z]) =>
          cylinder({ axis: 'y', center: [x, b.thickness / 2, z], length: b.thickness, diameter: 9 }),
        ),
      ),
      ...b.lugs.map(([x, z]) =>
        hole({ axis: 'y', center: [x, b.thickness / 2, z], length: b.thickness + 2, diameter: 4.3 }),
      ),
    )
  },
}

/** M8 inductive probe, 2 mm sensing distance: threaded body along z from its tip at z = 0. */
export const INDUCTIVE_PROBE = { diameter: 8, length: 55 } as const

export const inductiveProbe: BoughtPart = {
  id: 'probe-inductive-m8',
  description: 'Inductive proximity probe, M8 x 55 mm body, 2 mm sensing distance, NPN NO, 5-24 V, for bed levelling',
  shape: () =>
    cylinder({
      axis: 'z',
      center: [0, 0, INDUCTIVE_PROBE.length / 2],
      length: INDUCTIVE_PROBE.length,
      diameter: INDUCTIVE_PROBE.diameter,
    }),
}

/**
 * Direct-drive extruder, dual-drive 3:1 geared (BMG type), for a NEMA17 (bought separately) on
 * its +y face: the filament path is local z through the origin, the body's bottom on z = 0.
 */
export const EXTRUDER = {
  body: { min: [-14.5, -16.5, 0], max: [27.5, 16.5, 42] },
  /** The motor shaft, parallel to y, this far along x from the filament and this high. */
  shaft: [6.5, 22],
  /** The filament outlet's coupling below the body, into the PTFE tube. */
  outlet: { diameter: 8, length: 4 },
  /** Tapped M3 holes in its base for fixing it, 8 deep. */
  fixings: [
    [-9, 0],
    [22, 0],
  ],
} as const

export const extruder: BoughtPart = {
  id: 'extruder-dual-drive-bmg',
  description:
    'Direct-drive extruder, dual-drive gears 3:1 (BMG type), 1.75 mm, for NEMA17, with PTFE coupling and motor screws',
  shape: () => {
    const e = EXTRUDER
    return difference(
      union(
        box(e.body.min, e.body.max),
        cylinder({
          axis: 'z',
          center: [0, 0, -e.outlet.length / 2 + 0.5],
          length: e.outlet.length + 1,
          diameter: e.outlet.diameter,
        }),
      ),
      ...e.fixings.map(([x, y]) => hole({ axis: 'z', center: [x, y, 3.5], length: 9, diameter: 3 })),
    )
  },
}

/** Silicone heater mat under the bed plate, 0.4 W/cm2, mains voltage (switched by the SSR). */
export function bedHeater(x: number, y: number): BoughtPart {
  const watts = Math.round((x * y * 0.004) / 10) * 10
  return {
    id: `bed-heater-${round(x)}x${round(y)}`,
    description: `Silicone heater mat ${round(x)} x ${round(y)} mm, about ${watts} W, 120/230 V AC, self-adhesive, with 100k thermistor and thermal fuse`,
    shape: () => box([0, 0, 0], [x, y, BED_HEATER_THICKNESS]),
  }
}

export const BED_HEATER_THICKNESS = 1.5

/** Insulation under the heater: self-adhesive cork, 10 mm. */
export function bedInsulation(x: number, y: number): BoughtPart {
  return {
    id: `bed-insulation-${round(x)}x${round(y)}`,
    description: `Insulation sheet, cork, ${round(x)} x ${round(y)} x ${BED_INSULATION_THICKNESS} mm, self-adhesive`,
    shape: () => box([0, 0, 0], [x, y, BED_INSULATION_THICKNESS]),
  }
}

export const BED_INSULATION_THICKNESS = 10

/**
 * The controller board (Octopus class): 8 stepper driver sockets, size, mounting holes, and the
 * height of its parts over the board, which stand 9 mm in from its edges.
 */
export const CONTROLLER = { size: [160, 100], holes: [150, 90], height: 22, drivers: 8 } as const

export const PCB_THICKNESS = 1.6

/** The controller board lying on z = 0 (its underside), centred. */
export const controller: BoughtPart = {
  id: 'controller-8-drivers',
  description:
    '32-bit printer controller board, 24 V, 160 x 100 mm, 8 stepper driver sockets (BTT Octopus class), with its USB and power connectors',
  shape: () => {
    const [x, y] = CONTROLLER.size
    const [hx, hy] = CONTROLLER.holes
    return union(
      difference(
        box([-x / 2, -y / 2, 0], [x / 2, y / 2, PCB_THICKNESS]),
        ...[-1, 1].flatMap((sx) =>
          [-1, 1].map((sy) =>
            hole({ axis: 'z', center: [(sx * hx) / 2, (sy * hy) / 2, PCB_THICKNESS / 2], length: 3, diameter: 3.2 }),
          ),
        ),
      ),
      box([-x / 2 + 9, -y / 2 + 9, PCB_THICKNESS], [x / 2 - 9, y / 2 - 9, CONTROLLER.height]),
    )
  },
}

/** A stepper driver module, plugged into the controller: 15 x 20 board, 14 tall with its heat sink. */
export const stepperDriver: BoughtPart = {
  id: 'stepper-driver-tmc2209',
  description: 'Stepper driver module TMC2209 (UART, sensorless homing), with heat sink',
  shape: () => box([-7.5, -10, 0], [7.5, 10, 14]),
}

/** 24 V power supply, LRS-200-24 class: 159 x 97 x 30, lying on its mounting face (z = 0), centred, M4 threads 6 deep. */
export const POWER_SUPPLY = {
  size: [159, 97, 30],
  holes: [
    [-65, -35],
    [65, -35],
    [-65, 35],
    [65, 35],
  ],
} as const

export const powerSupply: BoughtPart = {
  id: 'psu-24v-200w',
  description: 'Power supply 24 V 200 W, enclosed (LRS-200-24 class, 159 x 97 x 30 mm), M4 mounting threads',
  shape: () => {
    const [x, y, z] = POWER_SUPPLY.size
    return difference(
      box([-x / 2, -y / 2, 0], [x / 2, y / 2, z]),
      ...POWER_SUPPLY.holes.map(([hx, hy]) => hole({ axis: 'z', center: [hx, hy, 2.5], length: 7, diameter: 4 })),
    )
  },
}

/** Solid-state relay for the mains bed heater, on z = 0, centred; its two M4 holes 47.6 apart along x. */
export const SSR = { size: [62, 45, 23], holeSpacing: 47.6 } as const

export const solidStateRelay: BoughtPart = {
  id: 'ssr-25da',
  description: 'Solid-state relay SSR-25DA (3-32 V DC in, 24-380 V AC out), switches the mains bed heater',
  shape: () => {
    const [x, y, z] = SSR.size
    return difference(
      box([-x / 2, -y / 2, 0], [x / 2, y / 2, z]),
      ...[-1, 1].map((s) =>
        hole({ axis: 'z', center: [(s * SSR.holeSpacing) / 2, 0, z / 2], length: z + 2, diameter: 4.5 }),
      ),
    )
  },
}

/** A ring or sleeve along +Z from z = 0: bearings. */
function tube(outside: number, bore: number, length: number) {
  return difference(
    cylinder({ axis: 'z', center: [0, 0, length / 2], length, diameter: outside }),
    hole({ axis: 'z', center: [0, 0, length / 2], length: length + 1, diameter: bore }),
  )
}

function round(x: number): number {
  return Math.round(x * 100) / 100
}
