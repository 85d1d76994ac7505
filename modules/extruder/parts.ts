import { box, difference, hole, prism, type Solid, transform, union } from '../../src/kernel/index.js'
import type { Mat4 } from '../../src/kernel/matrix.js'
import { bore, clearanceHole, nutSlot, nutTrap } from '../../src/parts/features.js'
import { FITS } from '../../src/parts/fits.js'
import type { PrintedPart } from '../../src/parts/types.js'
import { METRIC } from '../vitamins/fasteners.js'
import { BLOWER_5015, EXTRUDER } from '../vitamins/tool-head.js'
import { TOOL_HEAD } from './dimensions.js'
import { CLAMP_SCREW_Z, clampBlock, hotEndSeat, NOZZLE_Z } from './hotend-seat.js'

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

/** The duct's side profile (x, z): it takes the blower's outlet from above and blows at the nozzle from +x. */
const DUCT = {
  outer: [
    [17, NOZZLE_Z + 2],
    [35.6, NOZZLE_Z + 2],
    [35.6, -63],
    [17, -63],
  ],
  channel: [
    [19, -62],
    [34, -62],
    [34, NOZZLE_Z + 3.6],
    [16, NOZZLE_Z + 3.6],
    [16, NOZZLE_Z + 6.2],
    [19, NOZZLE_Z + 6.2],
  ],
  halfWidth: 11.6,
  /** The socket round the blower's outlet, 2 mm deep (its fit: FITS.blowerOutlet). */
  socket: 2,
  /** The socket's -x side starts this far inside the body's, so that both its side walls are 1.4 thick. */
  socketInset: 0.4,
} as const

/** The part-cooling duct, pushed onto the blower's outlet. */
export function fanDuct(): PrintedPart {
  const solid = () => {
    const w = DUCT.halfWidth
    const outlet = BLOWER_5015.outletWidth / 2
    const [ox0, , oz0] = blowerPoint(0, 0, 0)
    const ox1 = ox0 + BLOWER_5015.thickness
    const body = transform(prism(DUCT.outer as unknown as [number, number][], -w, w), XZ_PRISM)
    const socket = box([DUCT.outer[0][0] + DUCT.socketInset, -w, oz0], [DUCT.outer[1][0], w, oz0 + DUCT.socket])
    const channel = transform(prism(DUCT.channel as unknown as [number, number][], -outlet, outlet), XZ_PRISM)
    const fit = FITS.blowerOutlet
    const snout = box([ox0 - fit, -outlet - fit, oz0], [ox1 + fit, outlet + fit, oz0 + DUCT.socket + 1])
    return transform(difference(union(body, socket), channel, snout), DUCT_TO_PRINT)
  }
  return {
    name: 'fan-duct',
    description: 'Part-cooling duct: fits the 5015 blower outlet, blows at the nozzle',
    module: 'extruder',
    params: {},
    solid,
  }
}

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
