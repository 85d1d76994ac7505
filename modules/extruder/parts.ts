import { box, difference, hole, prism, type Solid, transform, union } from '../../src/kernel/index.js'
import type { Mat4 } from '../../src/kernel/matrix.js'
import { bore, clearanceHole, nutSlot, nutTrap } from '../../src/parts/features.js'
import { FITS } from '../../src/parts/fits.js'
import type { PrintedPart } from '../../src/parts/types.js'
import { METRIC } from '../vitamins/fasteners.js'
import { BLOWER_5015, EXTRUDER, HOT_END } from '../vitamins/tool-head.js'
import { TOOL_HEAD } from './dimensions.js'
import { CLAMP_SCREW_Z, clampBlock, HOT_END_TOP, hotEndSeat, NOZZLE_Z } from './hotend-seat.js'

/**
 * The tool head's printed parts, modelled in the tool head frame (see dimensions.ts) and turned
 * to lie flat for printing; `toPrint` is that turn, so a leaf places a part by its inverse.
 */

const M3 = METRIC.M3
const M6 = METRIC.M6
/** The PTFE tube's outside diameter (stock.ts). */
const PTFE_TUBE = 4
export const CARRIAGE_BOLTS: readonly (readonly [number, number])[] = [
  [-15, -15],
  [-15, 15],
  [15, -15],
  [15, 15],
]

/** The blower's frame: its local x along -y, y along x, z up; the outlet centred on y = 0 under the plate. */
export const BLOWER_ORIGIN = [
  TOOL_HEAD.blowerX,
  BLOWER_5015.outletWidth / 2,
  TOOL_HEAD.plate.min[2] - BLOWER_5015.size,
] as const
const blowerPoint = (bx: number, by: number, bz: number): [number, number, number] => [
  BLOWER_ORIGIN[0] + by,
  BLOWER_ORIGIN[1] - bx,
  BLOWER_ORIGIN[2] + bz,
]
export const BLOWER_LUGS = BLOWER_5015.lugs.map(([bx, bz]) => blowerPoint(bx, 0, bz))

/** Probe position in the tool head frame (x, y) and its tip's height. */
export const PROBE_AT = [
  TOOL_HEAD.probeOffset[0],
  TOOL_HEAD.probeOffset[1],
  NOZZLE_Z + TOOL_HEAD.probeOffset[2],
] as const

export const PLATE_TO_PRINT: Mat4 = [1, 0, 0, 0, 0, -1, 0, 0, 0, 0, -1, 0, 0, 0, 0, 1]
export const CLAMP_TO_PRINT: Mat4 = [0, 0, 1, 0, 0, 1, 0, 0, -1, 0, 0, 0, 0, 0, 0, 1]
export const DUCT_TO_PRINT: Mat4 = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]

const clampScrewHoles = (): Solid[] =>
  [-1, 1].map((s) =>
    clearanceHole('M3', {
      axis: 'x',
      center: [0, s * TOOL_HEAD.clamp.screwY, CLAMP_SCREW_Z],
      length: 2 * TOOL_HEAD.clamp.halfWidth + 2,
    }),
  )

/**
 * The plate under the X carriage: four M6 through the carriage and the extruder mount, their
 * nuts slid in from the plate's front and rear edges; the hot end clamp's fixed half; the tab
 * that holds the blower; the shelf that holds the probe.
 */
export function toolHeadPlate(): PrintedPart {
  const { plate, tab, probeShelf: shelf, clamp } = TOOL_HEAD
  const solid = () => {
    const bodies = [
      box(plate.min, plate.max),
      clampBlock(1),
      box([tab.x[0], tab.y[0], tab.z[0]], [tab.x[1], tab.y[1], tab.z[1]]),
      box([tab.x[0], tab.y[0], tab.lowZ], [tab.x[1], tab.lowY, tab.z[0] + 1]),
      box([shelf.x[0], shelf.y[0], shelf.z[0]], [shelf.x[1], shelf.y[1], shelf.z[1]]),
      box([shelf.x[0], shelf.wallY, shelf.z[0]], [shelf.x[1], shelf.y[1], plate.min[2] + 1]),
    ]
    const cutters = [
      ...hotEndSeat(),
      bore(PTFE_TUBE, FITS.bore.tube, { axis: 'z', center: [0, 0, plate.min[2] / 2], length: -plate.min[2] + 2 }),
      ...CARRIAGE_BOLTS.flatMap(([x, y]) => [
        clearanceHole('M6', { axis: 'z', center: [x, y, plate.min[2] / 2], length: -plate.min[2] + 2 }),
        // From the nearer edge.
        nutSlot(M6, {
          axis: 'z',
          seat: [x, y, TOOL_HEAD.nutSlotFloor],
          allowance: FITS.nut.thickness.loose,
          slide: 'y',
          open: y > 0 ? plate.max[1] : plate.min[1],
        }),
      ]),
      ...colletAccess(),
      ...clampScrewHoles(),
      ...[-1, 1].map((s) =>
        nutTrap(M3, {
          axis: 'x',
          center: [clamp.halfWidth - (clamp.nutTrap - 1) / 2, s * clamp.screwY, CLAMP_SCREW_Z],
          length: clamp.nutTrap + 1,
        }),
      ),
      ...BLOWER_LUGS.map(([, y, z]) =>
        clearanceHole('M3', {
          axis: 'x',
          center: [(tab.x[0] + tab.x[1]) / 2, y, z],
          length: tab.x[1] - tab.x[0] + 2,
        }),
      ),
      // The probe's M8 thread, between two nuts.
      clearanceHole('M8', {
        axis: 'z',
        center: [PROBE_AT[0], PROBE_AT[1], (shelf.z[0] + shelf.z[1]) / 2],
        length: shelf.z[1] - shelf.z[0] + 2,
      }),
    ]
    return transform(difference(union(...bodies), ...cutters), PLATE_TO_PRINT)
  }
  return {
    name: 'toolhead-plate',
    description:
      'Tool head plate under the X carriage (4 x M6 through the carriage): hot end groove mount (fixed half), blower tab, probe shelf',
    module: 'extruder',
    params: {},
    solid,
  }
}

/**
 * The relief over the hot end's top that leaves its Bowden collet free, and the window to it
 * from the plate's -x edge, both reaching `depth` into the plate's underside.
 */
function colletAccess(): Solid[] {
  const { diameter, depth, windowWidth } = TOOL_HEAD.colletRelief
  const [z0, z1] = [HOT_END_TOP - 1, HOT_END_TOP + depth]
  return [
    hole({ axis: 'z', center: [0, 0, (z0 + z1) / 2], length: z1 - z0, diameter }),
    box([TOOL_HEAD.plate.min[0] - 1, -windowWidth / 2, z0], [0, windowWidth / 2, z1]),
  ]
}

/** The hot end clamp's removable half, two M3 into nuts in the fixed half. */
export function hotEndClamp(): PrintedPart {
  return {
    name: 'hotend-clamp',
    description: 'Hot end clamp: the removable half of the groove mount, 2 x M3',
    module: 'extruder',
    params: {},
    solid: () => transform(difference(clampBlock(-1), ...hotEndSeat(), ...clampScrewHoles()), CLAMP_TO_PRINT),
  }
}

/**
 * The duct's jet: a line in (x, z) through a point `aimBelowTip` under the nozzle tip on its axis,
 * rising 16 degrees towards +x so that it passes under the heater block; `jet` high across it.
 * The duct keeps `blockClearance` from the block; its underside stays 2 mm above the nozzle tip.
 */
const DUCT = {
  aimBelowTip: 1,
  slope: Math.tan((16 * Math.PI) / 180),
  jet: 2.6,
  blockClearance: 5,
  underside: NOZZLE_Z + 2,
  halfWidth: 11.6,
  /** The mouth is 10 wide, so that the wall over it bridges 10 mm when printed upright. */
  mouthHalfWidth: 5,
  wall: 1.4,
  /** The socket round the blower's outlet, 2 mm deep (its fit: FITS.blowerOutlet), open on the block's side. */
  socket: 2,
} as const

/** The duct's mouth face, and the outer side of its wall facing the heater block. */
export const DUCT_MOUTH_X = HOT_END.block.max[0] + DUCT.blockClearance
/** The point the duct blows at, in the tool head frame. */
export const DUCT_AIM = [0, 0, NOZZLE_Z - DUCT.aimBelowTip] as const

/** Height of a line parallel to the jet's axis, `across` above it (measured square to it), at x. */
export function jetLineZ(x: number, across: number): number {
  return DUCT_AIM[2] + DUCT.slope * x + across * Math.hypot(1, DUCT.slope)
}

/**
 * The part-cooling duct, pushed onto the blower's outlet: a chamber under the outlet whose floor
 * slopes along the jet down to the mouth, printed upright with no overhang but the wall over the mouth.
 */
export function fanDuct(): PrintedPart {
  const solid = () => {
    const { halfWidth: w, mouthHalfWidth, wall, socket } = DUCT
    const half = DUCT.jet / 2
    const outlet = BLOWER_5015.outletWidth / 2
    const [ox0, , oz0] = blowerPoint(0, 0, 0)
    const ox1 = ox0 + BLOWER_5015.thickness
    const fit = FITS.blowerOutlet
    const x1 = ox1 + fit + wall
    const body = box([DUCT_MOUTH_X, -w, DUCT.underside], [x1, w, oz0 + socket])
    const chamberX = DUCT_MOUTH_X + wall
    const m0 = DUCT_MOUTH_X - 1
    const channel = xzPrism(
      [
        [m0, jetLineZ(m0, -half)],
        [ox1, jetLineZ(ox1, -half)],
        [ox1, oz0 + 1],
        [chamberX, oz0 + 1],
        [chamberX, jetLineZ(chamberX, half)],
        [m0, jetLineZ(m0, half)],
      ],
      outlet,
    )
    // The mouth is narrower than the chamber: its sides filled back in.
    const mouthSides = [-1, 1].map((side) =>
      box(
        [DUCT_MOUTH_X, side > 0 ? mouthHalfWidth : -w, DUCT.underside],
        [chamberX, side > 0 ? w : -mouthHalfWidth, jetLineZ(chamberX, half) + 1],
      ),
    )
    const snout = box([ox0 - fit, -outlet - fit, oz0], [ox1 + fit, outlet + fit, oz0 + socket + 1])
    return transform(union(difference(body, channel, snout), ...mouthSides), DUCT_TO_PRINT)
  }
  return {
    name: 'fan-duct',
    description: 'Part-cooling duct: fits the 5015 blower outlet, blows under the heater block at the nozzle tip',
    module: 'extruder',
    params: {},
    solid,
  }
}

/** A prism on a polygon in (x, z), `halfWidth` either side of y = 0. */
const xzPrism = (points: [number, number][], halfWidth: number): Solid =>
  transform(prism(points, -halfWidth, halfWidth), XZ_PRISM)

/** A prism drawn in (x, z) and extruded along its local z, turned so that the extrusion runs along y. */
const XZ_PRISM: Mat4 = [1, 0, 0, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 0, 0, 1]

/** Where the extruder's two M3 fixing screws come up through the mount into its base. */
export const EXTRUDER_SCREWS: readonly (readonly [number, number])[] = [
  [-9, 0],
  [22, 0],
]
export const MOUNT_COUNTERBORE = {
  m6: { diameter: M6.headDiameter + FITS.capHead.M6, depth: 6.5 },
  m3: { diameter: M3.headDiameter + FITS.capHead.M3, depth: 3.5 },
} as const

/** The extruder's base on top of the X carriage: the four M6 heads sink into it, two M3 hold the extruder. */
export function extruderMount(): PrintedPart {
  const { mount } = TOOL_HEAD
  const solid = () => {
    const [z0, z1] = [mount.min[2], mount.max[2]]
    const { m6, m3 } = MOUNT_COUNTERBORE
    return difference(
      box(mount.min, mount.max),
      ...CARRIAGE_BOLTS.flatMap(([x, y]) => [
        clearanceHole('M6', { axis: 'z', center: [x, y, (z0 + z1) / 2], length: z1 - z0 + 2 }),
        hole({ axis: 'z', center: [x, y, z1 - (m6.depth - 1) / 2], length: m6.depth + 1, diameter: m6.diameter }),
      ]),
      ...EXTRUDER_SCREWS.flatMap(([x, y]) => [
        clearanceHole('M3', { axis: 'z', center: [x, y, (z0 + z1) / 2], length: z1 - z0 + 2 }),
        hole({ axis: 'z', center: [x, y, z0 + (m3.depth - 1) / 2], length: m3.depth + 1, diameter: m3.diameter }),
      ]),
      bore(PTFE_TUBE, FITS.bore.tube, { axis: 'z', center: [0, 0, (z0 + z1) / 2], length: z1 - z0 + 2 }),
      bore(EXTRUDER.outlet.diameter, FITS.bore.loose, {
        axis: 'z',
        center: [0, 0, z1 - (EXTRUDER.outlet.length + 1 - 1) / 2],
        length: EXTRUDER.outlet.length + 2,
      }),
    )
  }
  return {
    name: 'extruder-mount',
    description:
      'Extruder mount on top of the X carriage: the 4 M6 of the tool head sink into it; 2 x M3 hold the extruder',
    module: 'extruder',
    params: {},
    solid,
  }
}
