import { box, cylinder, difference, hexPrism, hole, type Solid, union } from '../../src/kernel/index.js'
import { METRIC } from './fasteners.js'
import { OVERRUN, zCylinder, zHole } from './solids.js'

/**
 * Tool head parts, as bought. Each is one object: its real dimensions (sources in
 * ../shared/reference/d3d-design-facts.md and docs/design.md) and `part`, its BOM line and its
 * shape in its own frame, or the function of its size that gives them.
 */

/**
 * E3D V6-class hot end, groove mount, its axis along z from the nozzle tip (z = 0) to the top
 * of the mount (z = length): nozzle, 20 x 16 x 11.5 heater block (reaching 14 towards +x),
 * heat break, 22 mm heatsink, then the 16 mm collars either side of the 12 mm, 6 mm groove.
 * The kit's 30 mm heatsink fan and its clip sit on the -y side.
 */
export const HOT_END = {
  length: 62.3,
  /** The nozzle's tip, then its hex up to the heater block. */
  nozzle: { diameter: 2, length: 2, acrossFlats: 7 },
  collarDiameter: 16,
  grooveDiameter: 12,
  /** Heights of the groove's bottom and top, and of the bottom collar's underside. */
  grooveBottom: 52.6,
  grooveTop: 58.6,
  collarBottom: 49.6,
  heatBreakDiameter: 7,
  heatsinkDiameter: 22,
  heatsink: [20, 46],
  /** Between the heatsink and the bottom collar. */
  neckDiameter: 12,
  block: { min: [-6, -8, 5], max: [14, 8, 16.5] },
  /**
   * The PTFE liner of the 1.75 mm V6 runs down the heatsink's 4.2 mm bore into the heat break's
   * top and stops on its 2 mm bore, this high above the nozzle tip (E3D's drawings: the heat
   * break from 12.6 to 34.7, its liner socket from 29.7).
   */
  linerSeat: 29.7,
  /** The Bowden collet sits in an 8 mm pocket, 6.5 deep, in the heatsink's top (E3D's drawings). */
  colletPocket: { diameter: 8, depth: 6.5 },
  fan: { min: [-15, -29, 18], max: [15, -8, 48] },
  part: {
    id: 'hotend-e3d-v6',
    description:
      'E3D V6-class hot end, 1.75 mm, groove mount (16 mm collars, 12 mm groove), 0.4 mm nozzle, 24 V heater and thermistor, 30 mm heatsink fan',
    /** Ours: the aluminium heatsink and block, brass nozzle, heater and fan, about what the kit weighs (40-60 g). */
    grams: 60,
    shape: hotEndShape,
  },
} as const

function hotEndShape(): Solid {
  const h = HOT_END
  const { nozzle, block } = h
  return union(
    zCylinder(0, nozzle.length, nozzle.diameter),
    hexPrism({
      axis: 'z',
      center: [0, 0, (nozzle.length + block.min[2]) / 2],
      length: block.min[2] - nozzle.length,
      acrossFlats: nozzle.acrossFlats,
    }),
    box(block.min, block.max),
    zCylinder(block.max[2], h.heatsink[0], h.heatBreakDiameter),
    zCylinder(h.heatsink[0], h.heatsink[1], h.heatsinkDiameter),
    zCylinder(h.heatsink[1], h.collarBottom, h.neckDiameter),
    zCylinder(h.collarBottom, h.grooveBottom, h.collarDiameter),
    zCylinder(h.grooveBottom, h.grooveTop, h.grooveDiameter),
    zCylinder(h.grooveTop, h.length, h.collarDiameter),
    box(h.fan.min, h.fan.max),
  )
}

/** 5015 radial blower, 24 V: body 51 x 51 x 15 in local x, z and y, the outlet at its bottom (z = 0). */
export const BLOWER_5015 = {
  size: 51,
  thickness: 15,
  /** The scroll: its centre (x, z), and its diameter. */
  scrollCenter: [26, 26],
  scrollDiameter: 48,
  /** The outlet: 20 wide along x from the body's -x edge, 15 deep, on the bottom face, up to the scroll's centre. */
  outletWidth: 20,
  /** Mounting lugs: holes 4.3 at these (x, z) corners, through the 15 mm, in bosses 9 across. */
  lugs: [
    [4.5, 46.5],
    [46.5, 4.5],
  ],
  lugHole: 4.3,
  lugDiameter: 9,
  part: {
    id: 'blower-5015-24v',
    description: 'Radial blower 5015 (51 x 51 x 15 mm), 24 V, part cooling',
    /** Ours: a plastic blower of this size with its motor, about 20-25 g. */
    grams: 25,
    shape: blowerShape,
  },
} as const

function blowerShape(): Solid {
  const b = BLOWER_5015
  const [scrollX, scrollZ] = b.scrollCenter
  const across = (x: number, z: number, diameter: number) =>
    cylinder({ axis: 'y', center: [x, b.thickness / 2, z], length: b.thickness, diameter })
  return difference(
    union(
      across(scrollX, scrollZ, b.scrollDiameter),
      box([0, 0, 0], [b.outletWidth, b.thickness, scrollZ]),
      ...b.lugs.map(([x, z]) => across(x, z, b.lugDiameter)),
    ),
    ...b.lugs.map(([x, z]) =>
      hole({ axis: 'y', center: [x, b.thickness / 2, z], length: b.thickness + 2 * OVERRUN, diameter: b.lugHole }),
    ),
  )
}

/**
 * M8 inductive probe, 2 mm rated sensing distance: threaded body along z from its tip at z = 0.
 * It is sure to switch once mild steel is within 0.81 of that (the assured operating distance of
 * IEC 60947-5-2, as inductive sensors' datasheets give it).
 */
export const INDUCTIVE_PROBE = {
  diameter: 8,
  length: 55,
  sensingDistance: 2,
  assuredDistance: 0.81 * 2,
  part: {
    id: 'probe-inductive-m8',
    description: 'Inductive proximity probe, M8 x 55 mm body, 2 mm sensing distance, NPN NO, 5-24 V, for bed levelling',
    /** Ours: a brass M8 body of this length with its nuts and a metre of cable, about 30 g. */
    grams: 30,
    shape: (): Solid => zCylinder(0, INDUCTIVE_PROBE.length, INDUCTIVE_PROBE.diameter),
  },
} as const

/**
 * The probe's signal diode: the probe runs on 24 V and its output may be pulled up to it, so a
 * Schottky diode, its cathode (band) toward the probe, lets the probe pull the board's input low
 * and keeps the 24 V off it; the input's own pull-up makes the high. A BAT85 (Schottky, 30 V,
 * 200 mA, at most 0.32 V forward at 1 mA: Vishay's BAT85 data sheet), as the Voron documentation
 * fits at a 5 V input [VDE]: its low drop leaves the low well under a 3.3 V input's threshold.
 */
export const PROBE_DIODE = {
  id: 'diode-bat85',
  description:
    "Schottky diode BAT85 (30 V, 200 mA, glass axial), in the probe's signal wire at the board's input, its cathode (band) toward the probe, under heat-shrink",
  /** Ours: a small glass axial diode with its leads, about 0.15 g. */
  grams: 0.15,
  size: [4, 2, 2],
} as const

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
  fixingDepth: 8,
  part: {
    id: 'extruder-dual-drive-bmg',
    description:
      'Direct-drive extruder, dual-drive gears 3:1 (BMG type), 1.75 mm, for NEMA17, with PTFE coupling and motor screws',
    /** Ours: a BMG-type extruder without its motor weighs 75-90 g. */
    grams: 85,
    shape: extruderShape,
  },
} as const

function extruderShape(): Solid {
  const e = EXTRUDER
  return difference(
    union(box(e.body.min, e.body.max), zCylinder(-e.outlet.length, OVERRUN, e.outlet.diameter)),
    ...e.fixings.map((at) => zHole(at, -OVERRUN, e.fixingDepth, METRIC.M3.diameter)),
  )
}
