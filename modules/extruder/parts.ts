import { box, difference, hole, prism, type Solid, transform, union } from '../../src/kernel/index.js'
import type { Mat4 } from '../../src/kernel/matrix.js'
import {
  bore,
  bridgedNutSlot,
  clearanceHole,
  nutSlot,
  nutTrap,
  SACRIFICIAL_LAYER,
  teardropClearanceHole,
} from '../../src/parts/features.js'
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
/** The M6 heads sink into the plate's underside (6 mm heads), so that the plate's face stays flush. */
export const CARRIAGE_BOLT_COUNTERBORE = { diameter: M6.headDiameter + FITS.capHead.M6, depth: 6.5 }
/** The M6 nuts' slots in the extruder mount: their floor (the face a nut is pulled down onto) 3 mm over its bottom. */
export const MOUNT_NUT_SEAT = TOOL_HEAD.mount.min[2] + 3

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

/** Down in the tool head frame: up as the plate prints (PLATE_TO_PRINT turns it over). */
const DOWN = [0, 0, -1] as const

/**
 * The clamp screws along x; teardrops pointing down in the tool head frame, up as the plate
 * prints. Pointed: with the truncated teardrop's flat, 9 mm long between the split face and the
 * nut trap, PrusaSlicer 2.5 laid support in the hole.
 */
const clampScrewHoles = (): Solid[] =>
  [-1, 1].map((s) =>
    teardropClearanceHole('M3', {
      axis: 'x',
      center: [0, s * TOOL_HEAD.clamp.screwY, CLAMP_SCREW_Z],
      length: 2 * TOOL_HEAD.clamp.halfWidth + 2,
      up: DOWN,
      pointed: true,
    }),
  )

const M8 = METRIC.M8
/** The probe's upper nut, drawn in the middle of its slot's room: the z of its lower face. */
export const PROBE_NUT_Z = TOOL_HEAD.probeHolder.nutFace - M8.nutThickness - FITS.nut.thickness.loose / 2

/**
 * The plate under the X carriage: four M6 through the carriage and the extruder mount, their
 * nuts slid in from the plate's front and rear edges; the hot end clamp's fixed half; the tab
 * that holds the blower; the block that holds the probe. Printed upside down (PLATE_TO_PRINT).
 */
export function toolHeadPlate(): PrintedPart {
  const { plate, tab, clamp } = TOOL_HEAD
  const solid = () => {
    const bodies = [
      prism(plateOutline(), plate.min[2], plate.max[2]),
      clampBlock(1),
      box([tab.x[0], tab.y[0], tab.z[0]], [tab.x[1], tab.y[1], tab.z[1]]),
      box([tab.x[0], tab.y[0], tab.lowZ], [tab.x[1], tab.lowY, tab.z[0] + 1]),
      // Under the tab where it stands past the plate, as printed: a 45 degree gusset.
      xzPrism(
        [
          [tab.x[0], tab.z[1] - 1],
          [tab.x[1], tab.z[1] - 1],
          [tab.x[1], tab.z[1]],
          [plate.max[0], tab.z[1] + (tab.x[1] - plate.max[0])],
          [tab.x[0], tab.z[1] + (tab.x[1] - plate.max[0])],
        ],
        tab.y,
      ),
      probeBlock(),
    ]
    const cutters = [
      ...hotEndSeat(1),
      bore(PTFE_TUBE, FITS.bore.tube, { axis: 'z', center: [0, 0, plate.min[2] / 2], length: -plate.min[2] + 2 }),
      ...CARRIAGE_BOLTS.flatMap(([x, y]) => carriageBoltCutters(x, y)),
      ...colletAccess(),
      ...clampScrewHoles(),
      ...[-1, 1].map((s) =>
        nutTrap(M3, {
          axis: 'x',
          center: [clamp.halfWidth - (clamp.nutTrap - 1) / 2, s * clamp.screwY, CLAMP_SCREW_Z],
          length: clamp.nutTrap + 1,
          // Flats up and down: as printed, the trap's roof is a 3.4 mm bridge, its sides 30 degrees off vertical.
          turnDegrees: 30,
        }),
      ),
      ...BLOWER_LUGS.map(([, y, z]) =>
        teardropClearanceHole('M3', {
          axis: 'x',
          center: [(tab.x[0] + tab.x[1]) / 2, y, z],
          length: tab.x[1] - tab.x[0] + 2,
          up: DOWN,
        }),
      ),
      ...probeCutters(),
      ...tabWindows(),
      ...TOOL_HEAD.pockets.map(({ x, y }) => box([x[0], y[0], plate.min[2] - 1], [x[1], y[1], TOOL_HEAD.pocketTop])),
    ]
    return transform(difference(union(...bodies), ...cutters), PLATE_TO_PRINT)
  }
  return {
    name: 'toolhead-plate',
    description:
      'Tool head plate under the X carriage (4 x M6 through the carriage): hot end groove mount (fixed half), blower tab, probe holder',
    module: 'extruder',
    params: {},
    solid,
  }
}

/**
 * The plate's outline in x and y, cut back where nothing hangs from it: a band across the four
 * M6 to their counterbores' edge and a wall past it; the blower tab's root, from a wall short of
 * the pockets over the blower out to the plate's -y edge; a shelf over the probe holder with a
 * wall round it.
 */
function plateOutline(): [number, number][] {
  const { plate, wall, probeHolder, pockets } = TOOL_HEAD
  const band = Math.max(...CARRIAGE_BOLTS.map(([, y]) => Math.abs(y))) + CARRIAGE_BOLT_COUNTERBORE.diameter / 2 + wall
  const root = Math.min(...pockets.map(({ x }) => x[0])) - wall
  const shelf = probeHolder.x[1] + wall
  const rear = probeHolder.y[1] + wall
  const [x0, y0] = [plate.min[0], plate.min[1]]
  const x1 = plate.max[0]
  return [
    [x0, -band],
    [root, -band],
    [root, y0],
    [x1, y0],
    [x1, band],
    [shelf, band],
    [shelf, rear],
    [-shelf, rear],
    [-shelf, band],
    [x0, band],
  ]
}

/**
 * The blower tab's two windows, either side of the rib along the line through the blower's lugs
 * (45 degrees: it rises one for one towards +y). Above the rib a triangle under the plate; below
 * it a triangle whose lower edge (as printed, its ceiling) rises at 45 degrees to the rib.
 */
function tabWindows(): Solid[] {
  const { tab } = TOOL_HEAD
  const [[, y0, z0], [, y1, z1]] = BLOWER_LUGS
  if (Math.abs(z1 - z0 - (y1 - y0)) > 1e-9) throw new Error('the blower tab rib is drawn rising at 45 degrees')
  // The rib's axis z = y + k; its edges a half width (measured square to it) either side.
  const k = z0 - y0
  const offset = (tab.rib / 2) * Math.SQRT2
  const [left, right] = [tab.y[0] + tab.frame, tab.y[1] - tab.frame]
  const [top, bottom] = [TOOL_HEAD.plate.min[2] - tab.frame, tab.z[0] + tab.frame]
  const above: [number, number][] = [
    [left, top],
    [left, left + k + offset],
    [top - k - offset, top],
  ]
  // Below the rib: bounded by the frame's +y edge and a line falling at 45 degrees to the frame's bottom.
  const c = bottom + right
  const meet = (c - k + offset) / 2
  const below: [number, number][] = [
    [right, right + k - offset],
    [meet, c - meet],
    [right, bottom],
  ]
  return [above, below].map((outline) => transform(prism(outline, tab.x[0] - 1, tab.x[1] + 1), YZ_PRISM))
}

/**
 * An M6 up through the plate, its head sunk into the plate's underside: as printed (upside down)
 * the counterbore opens upwards. Where it reaches under the hot end clamp's fixed half, the
 * clamp's corner is chamfered at 45 degrees up from the counterbore's edge, so nothing overhangs.
 */
function carriageBoltCutters(x: number, y: number): Solid[] {
  const { plate, clamp } = TOOL_HEAD
  const seat = plate.min[2] + CARRIAGE_BOLT_COUNTERBORE.depth
  const radius = CARRIAGE_BOLT_COUNTERBORE.diameter / 2
  const counterbore = hole({
    axis: 'z',
    center: [x, y, (plate.min[2] - 1 + seat) / 2],
    length: seat - plate.min[2] + 1,
    diameter: CARRIAGE_BOLT_COUNTERBORE.diameter,
  })
  const under = plate.min[2]
  const underClamp = box([0, -clamp.halfDepth, under - 2], [clamp.halfWidth, clamp.halfDepth, under])
  const cutters = [
    clearanceHole('M6', {
      axis: 'z',
      center: [x, y, (seat - 1 + plate.max[2] + 1) / 2],
      length: plate.max[2] + 2 - seat,
    }),
    difference(counterbore, underClamp),
  ]
  if (x < 0) return cutters
  // From the counterbore's edge under the plate, out past the clamp's face at 45 degrees.
  const edge = x - radius
  const reach = clamp.halfWidth + 1 - edge
  const chamfer = xzPrism(
    [
      [edge, under],
      [edge + reach, under],
      [edge + reach, under - reach],
    ],
    [y - radius, y + radius],
  )
  return [...cutters, chamfer]
}

/**
 * The probe holder's block: up to the plate behind `step` (the probe's hole stays inside it);
 * in front of it, under the hot end clamp, its top (modelled) steps down to `stepTop` and falls
 * `slope` (mm per mm) to its front: as printed, a chamfer under the block's front.
 */
function probeBlock(): Solid {
  const { plate, probeHolder: h } = TOOL_HEAD
  const top = plate.min[2] + 1
  const outline: [number, number][] = [
    [h.y[0], h.bottom],
    [h.y[1], h.bottom],
    [h.y[1], top],
    [h.step, top],
    [h.step, h.stepTop],
    [h.y[0], h.stepTop - h.slope * (h.step - h.y[0])],
  ]
  return transform(prism(outline, h.x[0], h.x[1]), YZ_PRISM)
}

/**
 * The probe's M8 hole through the holder, and the slot its upper nut slides into from the front:
 * as printed, the nut bears on the slot's floor and the slot's roof is a 45 degree gable up to a
 * ridge (PrusaSlicer 2.5 laid support under a 4 mm flat there), so nothing in it needs support.
 */
function probeCutters(): Solid[] {
  const { probeHolder: h } = TOOL_HEAD
  const [x, y] = PROBE_AT
  const width = M8.nutAcrossFlats + FITS.nut.acrossFlats
  const seat = h.nutFace - M8.nutThickness - FITS.nut.thickness.loose
  const far = y + width / Math.sqrt(3)
  const gable = xzPrism(
    [
      [x - width / 2, seat + 1],
      [x - width / 2, seat],
      [x, seat - width / 2],
      [x + width / 2, seat],
      [x + width / 2, seat + 1],
    ],
    [h.y[0] - 1, far],
  )
  return [
    clearanceHole('M8', {
      axis: 'z',
      center: [x, y, (h.bottom - 1 + TOOL_HEAD.plate.min[2] - 1) / 2],
      length: TOOL_HEAD.plate.min[2] - h.bottom,
    }),
    nutSlot(M8, { axis: 'z', seat: [x, y, seat], allowance: FITS.nut.thickness.loose, slide: 'y', open: h.y[0] }),
    gable,
  ]
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

/**
 * The clamp screws' heads sink this far into the cap's outer face: the heads stay clear of the -x
 * M6s' key paths (x <= -12.1) and the M3 x 20's tips, one thread (0.5) past their nuts, stop at
 * x = 12.4, clear of the +x M6s' (x >= 12.5 at the shank's edge).
 */
export const CLAMP_COUNTERBORE = { diameter: M3.headDiameter + FITS.capHead.M3, depth: 4.4 }

/**
 * The hot end clamp's removable half, two M3 into nuts in the fixed half, their heads sunk into
 * counterbores. It prints on its outer face: each counterbore's ceiling bridges over one layer
 * left across the hole (see SACRIFICIAL_LAYER).
 */
export function hotEndClamp(): PrintedPart {
  const { halfWidth, screwY } = TOOL_HEAD.clamp
  const seat = -halfWidth + CLAMP_COUNTERBORE.depth
  const screwHoles = [-1, 1].flatMap((s) => [
    clearanceHole('M3', {
      axis: 'x',
      center: [(seat + SACRIFICIAL_LAYER + 1) / 2, s * screwY, CLAMP_SCREW_Z],
      length: 1 - seat - SACRIFICIAL_LAYER,
    }),
    hole({
      axis: 'x',
      center: [(-halfWidth - 1 + seat) / 2, s * screwY, CLAMP_SCREW_Z],
      length: seat + halfWidth + 1,
      diameter: CLAMP_COUNTERBORE.diameter,
    }),
  ])
  return {
    name: 'hotend-clamp',
    description: 'Hot end clamp: the removable half of the groove mount, 2 x M3 in counterbores',
    module: 'extruder',
    params: {},
    solid: () => transform(difference(clampBlock(-1), ...hotEndSeat(-1), ...screwHoles), CLAMP_TO_PRINT),
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
  /**
   * The mouth is 10 wide, so that the wall over it bridges 10 mm when printed upright, and
   * `mouthDepth` deep: PrusaSlicer 2.5 lays a 10 mm bridge 1.4 mm deep on support, one 3 mm deep not.
   */
  mouthHalfWidth: 5,
  wall: 1.4,
  mouthDepth: 3,
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
    const { halfWidth: w, mouthHalfWidth, wall, socket, mouthDepth } = DUCT
    const half = DUCT.jet / 2
    const outlet = BLOWER_5015.outletWidth / 2
    const [ox0, , oz0] = blowerPoint(0, 0, 0)
    const ox1 = ox0 + BLOWER_5015.thickness
    const fit = FITS.blowerOutlet
    const x1 = ox1 + fit + wall
    const body = box([DUCT_MOUTH_X, -w, DUCT.underside], [x1, w, oz0 + socket])
    const chamberX = DUCT_MOUTH_X + mouthDepth
    const m0 = DUCT_MOUTH_X - 1
    const channel = xzPrism(
      [
        [m0, jetLineZ(m0, -half)],
        [ox1, jetLineZ(ox1, -half)],
        [ox1, oz0 + 1],
        [chamberX, oz0 + 1],
        // Flat over the mouth: the wall above it bridges the mouth's 10 mm.
        [chamberX, jetLineZ(chamberX, half)],
        [m0, jetLineZ(chamberX, half)],
      ],
      [-outlet, outlet],
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

/** A prism on a polygon in (x, z), between two values of y. */
const xzPrism = (points: [number, number][], [y0, y1]: readonly [number, number]): Solid =>
  transform(prism(points, -y1, -y0), XZ_PRISM)

/** A prism drawn in (x, z) and extruded along its local z, turned so that the extrusion runs along -y. */
const XZ_PRISM: Mat4 = [1, 0, 0, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 0, 0, 1]

/** A prism drawn in (y, z) and extruded along its local z, turned so that the extrusion runs along x. */
const YZ_PRISM: Mat4 = [0, 1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 1]

/** Where the extruder's two M3 fixing screws come up through the mount into its base. */
export const EXTRUDER_SCREWS: readonly (readonly [number, number])[] = [
  [-9, 0],
  [22, 0],
]
export const MOUNT_COUNTERBORE = {
  m3: { diameter: M3.headDiameter + FITS.capHead.M3, depth: 3.5 },
} as const

/**
 * The extruder's base on top of the X carriage: the four M6 come up into nuts slid into its
 * slots from its front and rear faces; two M3 hold the extruder, put in before the mount goes on.
 */
export function extruderMount(): PrintedPart {
  const { mount } = TOOL_HEAD
  const solid = () => {
    const [z0, z1] = [mount.min[2], mount.max[2]]
    const { m3 } = MOUNT_COUNTERBORE
    const slotTop = MOUNT_NUT_SEAT + M6.nutThickness + FITS.nut.thickness.loose
    // The slot's ceiling bridges over one layer left across the hole above it (see SACRIFICIAL_LAYER).
    const above = slotTop + SACRIFICIAL_LAYER
    return difference(
      box(mount.min, mount.max),
      ...CARRIAGE_BOLTS.flatMap(([x, y]) => [
        clearanceHole('M6', {
          axis: 'z',
          center: [x, y, (z0 - 1 + MOUNT_NUT_SEAT + 1) / 2],
          length: MOUNT_NUT_SEAT - z0 + 2,
        }),
        clearanceHole('M6', { axis: 'z', center: [x, y, (above + z1 + 1) / 2], length: z1 + 1 - above }),
        bridgedNutSlot(M6, {
          axis: 'z',
          seat: [x, y, MOUNT_NUT_SEAT],
          allowance: FITS.nut.thickness.loose,
          slide: 'y',
          open: y > 0 ? mount.max[1] : mount.min[1],
          ceiling: 'far',
        }),
      ]),
      ...EXTRUDER_SCREWS.flatMap(([x, y]) => {
        // The counterbore's ceiling bridges over one layer left across the hole (see SACRIFICIAL_LAYER).
        const from = z0 + m3.depth + SACRIFICIAL_LAYER
        return [
          clearanceHole('M3', { axis: 'z', center: [x, y, (from + z1 + 1) / 2], length: z1 + 1 - from }),
          hole({ axis: 'z', center: [x, y, z0 + (m3.depth - 1) / 2], length: m3.depth + 1, diameter: m3.diameter }),
        ]
      }),
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
      "Extruder mount on top of the X carriage, 4 M6 nuts in its slots. Order: screw the extruder onto it (2 x M3 up from its underside), set it on the carriage, slide the nuts in; clamp the hot end (its fan off) and its liner in the plate, hold the plate under the carriage with the liner up into the extruder's outlet, drive the 4 M6 up from the plate's underside; then clip on the hot end's heatsink fan",
    module: 'extruder',
    params: {},
    solid,
  }
}
