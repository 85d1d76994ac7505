import { box, difference, type Solid, transform } from '../../src/kernel/index.js'
import {
  aimed,
  applyToPoint,
  frame,
  identity,
  invertRigid,
  type Mat4,
  multiply,
  originOf,
  translation,
} from '../../src/kernel/matrix.js'
import type { AxisLayout, Layout } from '../../src/layout/index.js'
import { Z_ROD_UNDER_FRAME } from '../../src/layout/rules.js'
import type { AccessoryContract } from '../../src/parts/contracts.js'
import { clearanceHole, nutSlot, SACRIFICIAL_LAYER, teardropHole } from '../../src/parts/features.js'
import { FITS, SET_SCREW_DRAWN_OFF } from '../../src/parts/fits.js'
import { bought } from '../../src/parts/leaves.js'
import { partName } from '../../src/parts/names.js'
import type { AssemblyNode, Leaf, PrintedPart } from '../../src/parts/types.js'
import { baseRodDiameter } from '../../src/spec/schema.js'
import { AXIS_CONTRACT } from '../axis/contract.js'
import { AXIS } from '../axis/dimensions.js'
import type { AccessoryModule } from '../module.js'
import { HEX_NUT, METRIC, SET_SCREW_M3 } from '../vitamins/fasteners.js'
import { FILAMENT_SPOOL, type SpoolSize } from '../vitamins/filament.js'
import { rod } from '../vitamins/stock.js'

/**
 * The spool holder (OSE): two upright rods plugged into the top of the rear Z motor ends, where
 * the Z rods leave room (they go only halfway in), and a rod across their tops, joined by two
 * printed tees. The spool hangs on the cross rod over the rear of the frame, above the tool head.
 */
export const SPOOL = {
  /** The upright stops this short of the Z rod's end inside the motor end. */
  gap: 0.25,
  /** Tee: 20 square; the upright goes 25 into it; the cross rod's axis 5 above the upright's end. */
  tee: { half: 10, socket: 25, crossOver: 5, top: 17 },
  /** Set screws: onto the upright this far below its end, onto the cross rod from the top. */
  uprightScrewBelow: 12,
  /** Room between the spool's lowest point and the tool head's highest (the head's contract gives its height). */
  spoolOverHead: 10,
  /** Room along the cross rod between the spool and a tee or the rod's end. */
  spoolBesideTee: 5,
} as const

const M3 = METRIC.M3
/** Up as the tee prints. */
const PRINT_UP = [0, 1, 0] as const
/** Tee frame to print: lying on its plain -y side, (x, -z, y + half). */
const TEE_TO_PRINT: Mat4 = [1, 0, 0, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 0, SPOOL.tee.half, 1]
/**
 * The set screws' nut slots start this far off the rods' surfaces: about 2 mm of plastic over
 * the bores (0.45 mm over the tips of their teardrops).
 */
const NUT_OFF_ROD = { upright: 2.2, cross: 2.2 } as const
const NUT_ALLOWANCE = { upright: FITS.nut.thickness.snug, cross: FITS.nut.thickness.loose } as const
/** Where a set screw's nut is drawn off its rod's surface: in the middle of its slot. */
const nutOffRod = (rod: 'upright' | 'cross') => NUT_OFF_ROD[rod] + NUT_ALLOWANCE[rod] / 2

/**
 * An M3 set screw along +y onto a rod (radius r) at height z, in a tee of half-width `half`: its
 * nut in a slot that opens as `nut` says, the hole from the rod to the slot, and past the slot's
 * far face (a ceiling as printed) the hole from one layer on.
 */
function setScrew(
  r: number,
  half: number,
  rod: 'upright' | 'cross',
  z: number,
  nut: { readonly slide: 'x' | 'z'; readonly open: number },
): Solid[] {
  const slotEnd = r + NUT_OFF_ROD[rod] + M3.nutThickness + NUT_ALLOWANCE[rod]
  return [
    clearanceHole('M3', { axis: 'y', center: [0, (r - 1 + slotEnd) / 2, z], length: slotEnd - r + 1 }),
    clearanceHole('M3', {
      axis: 'y',
      center: [0, (slotEnd + SACRIFICIAL_LAYER + half + 1) / 2, z],
      length: half + 1 - slotEnd - SACRIFICIAL_LAYER,
    }),
    nutSlot(M3, { axis: 'y', seat: [0, r + NUT_OFF_ROD[rod], z], allowance: NUT_ALLOWANCE[rod], ...nut }),
  ]
}

/** The tee in its frame: the upright's end at the origin, along -z below it; the cross rod along x above. */
function spoolTee(rodDiameter: number): PrintedPart {
  const { half, socket, crossOver, top } = SPOOL.tee
  const r = rodDiameter / 2
  const below = -SPOOL.uprightScrewBelow
  const solid = (): Solid =>
    transform(
      difference(
        box([-half, -half, -socket], [half, half, top]),
        // As printed (on its -y side) both rods run across the layers: teardrops pointing to +y
        // (pointed, where the other bore and the set screws break in).
        teardropHole(rodDiameter + FITS.bore.press, {
          axis: 'z',
          center: [0, 0, (-socket - 1) / 2],
          length: socket + 1,
          up: PRINT_UP,
          pointed: true,
        }),
        teardropHole(rodDiameter + FITS.bore.sliding, {
          axis: 'x',
          center: [0, 0, crossOver],
          length: 2 * half + 2,
          up: PRINT_UP,
          pointed: true,
        }),
        // Set screw onto the upright along +y, its nut slid in from the -x side; the slot's far
        // face prints as a ceiling, so the hole past it starts one layer on (SACRIFICIAL_LAYER).
        ...setScrew(r, half, 'upright', below, { slide: 'x', open: -half }),
        // Set screw onto the cross rod along +y (upright as printed), its nut slid in from the top.
        ...setScrew(r, half, 'cross', crossOver, { slide: 'z', open: top }),
      ),
      TEE_TO_PRINT,
    )
  return {
    name: partName('spool-tee', rodDiameter),
    description: 'Spool holder tee: joins an upright rod to the cross rod, 2 x M3 set screws',
    module: 'spool',
    params: { rodDiameter },
    solid,
  }
}

/** Where the holder stands: the upright sockets (left to right), the uprights' line in Y and their feet. */
function holderFeet(layout: Layout) {
  const rear = layout.axes.z.rear
  const xOf = (a: AxisLayout) => originOf(a.placement)[0]
  const sockets =
    rear.length === 1
      ? [-1, 1].map((s) => ({ axis: rear[0], x: xOf(rear[0]) + (s * AXIS.rodSpacing) / 2 }))
      : [
          { axis: rear[0], x: xOf(rear[0]) + AXIS.rodSpacing / 2 },
          { axis: rear[1], x: xOf(rear[1]) - AXIS.rodSpacing / 2 },
        ]
  const [, axisY, axisZ] = originOf(rear[0].placement)
  return { sockets, y: axisY - AXIS.halfThickness, bottom: axisZ - (rear[0].rodStart - SPOOL.gap) }
}

/** The X carriage's load face, where the tool head's reach is counted from. */
const carriageLoadFaceZ = (layout: Layout) => applyToPoint(layout.axes.x.placement, AXIS_CONTRACT.carriageLoadFace)[2]

/** The least upright (whole mm) that hangs a spool of this size clear over the tool head. */
function leastUpright(layout: Layout, bottom: number, rodDiameter: number, size: SpoolSize): number {
  const spoolBottomOverCrossRod = FILAMENT_SPOOL.hubHole / 2 - rodDiameter / 2 + FILAMENT_SPOOL.sizes[size].diameter / 2
  const crossRod =
    carriageLoadFaceZ(layout) + layout.toolHeads.heightAboveCarriage + SPOOL.spoolOverHead + spoolBottomOverCrossRod
  return Math.ceil(crossRod - SPOOL.tee.crossOver - bottom)
}

/**
 * Where a spool of this width hangs on the cross rod, its middle in X: between the tees when
 * there is room (two rear Z axes), else on the stretch left of the left tee; none if neither has.
 */
function spoolMiddle(teesX: readonly number[], width: number): number | undefined {
  const { half } = SPOOL.tee
  const needed = width + 2 * SPOOL.spoolBesideTee
  const stretch = [
    [teesX[0] + half, teesX[1] - half],
    [0, teesX[0] - half],
  ].find(([from, to]) => to - from >= needed)
  return stretch && (stretch[0] + stretch[1]) / 2
}

/**
 * The spool and the uprights' length: OSE's uprights (frame X size - 1 in) carry a 3 kg spool
 * where they hang it clear over the tool head and the cross rod has room for it; else a 1 kg
 * spool, on uprights lengthened to clear the tool head where OSE's are too short.
 */
function chooseSpool(layout: Layout, bottom: number, rodDiameter: number, teesX: readonly number[]) {
  const outerX = layout.frame.outer.x
  const oseUpright = outerX - Z_ROD_UNDER_FRAME
  const large = spoolMiddle(teesX, FILAMENT_SPOOL.sizes['3kg'].width)
  if (large !== undefined && oseUpright >= leastUpright(layout, bottom, rodDiameter, '3kg'))
    return { size: '3kg' as const, middle: large, uprightLength: oseUpright }
  const middle = spoolMiddle(teesX, FILAMENT_SPOOL.sizes['1kg'].width)
  // The layout keeps the frame at least SPOOL_CONTRACT.leastWidth wide.
  if (middle === undefined) throw new Error(`a frame ${outerX} mm wide has no room for a spool on its cross rod`)
  const uprightLength = Math.max(oseUpright, leastUpright(layout, bottom, rodDiameter, '1kg'))
  return { size: '1kg' as const, middle, uprightLength }
}

/** The spool on the cross rod: its axis along X, the rod against the top of its hub hole. */
function spoolLeaf(size: SpoolSize, middle: number, y: number, crossZ: number, rodDiameter: number): Leaf {
  const { width } = FILAMENT_SPOOL.sizes[size]
  const axisZ = crossZ + rodDiameter / 2 - FILAMENT_SPOOL.hubHole / 2
  return bought(FILAMENT_SPOOL.part(size), frame([middle - width / 2, y, axisZ], [0, 1, 0], [0, 0, 1], [1, 0, 0]))
}

/**
 * Uprights in the rear Z motor ends' sockets nearest the middle (both sockets of a single rear Z
 * axis), the cross rod along X over the middle of the frame, and the spool on it. OSE's lengths:
 * uprights frame size - 1 in (longer where a spool would not clear the tool head), cross rod
 * frame size (the frame's X size).
 */
export function spoolHolder(layout: Layout, rodDiameter: number, zReduction = 1): AssemblyNode {
  const { outer } = layout.frame
  const { sockets, y, bottom } = holderFeet(layout)
  const spool = chooseSpool(
    layout,
    bottom,
    rodDiameter,
    sockets.map((s) => s.x),
  )
  const top = bottom + spool.uprightLength
  const tee = spoolTee(rodDiameter)
  const crossZ = top + SPOOL.tee.crossOver
  const motorEnds = AXIS_CONTRACT.motorEndParts(rodDiameter, zReduction)
  const r = rodDiameter / 2
  const leaves: Leaf[] = sockets.flatMap(({ axis: a, x }) => [
    {
      kind: 'stock',
      piece: rod(rodDiameter, spool.uprightLength, `spool holder upright, in the ${a.name} motor end`),
      transform: frame([x, y, bottom], [0, 0, 1], [0, 1, 0], [-1, 0, 0]),
      // Clamped in the motor end's rod grooves, as the Z rods are.
      nests: motorEnds.map((half) => `${a.name}/${half}`),
    },
    { kind: 'printed', part: tee, transform: multiply(translation([x, y, top]), invertRigid(TEE_TO_PRINT)) },
    // It opens the layer the tee prints over its hole at the far face of the nut's slot.
    bought(
      SET_SCREW_M3.part(8),
      aimed([x, y + r + SET_SCREW_DRAWN_OFF, top - SPOOL.uprightScrewBelow], [0, 1, 0], [1, 0, 0]),
      [tee.name],
    ),
    bought(
      HEX_NUT.part('M3'),
      aimed([x, y + r + nutOffRod('upright'), top - SPOOL.uprightScrewBelow], [0, 1, 0], [1, 0, 0]),
    ),
    bought(SET_SCREW_M3.part(8), aimed([x, y + r + SET_SCREW_DRAWN_OFF, crossZ], [0, 1, 0], [1, 0, 0]), [tee.name]),
    // Flats to the sides of its slot (along x), corners along the slot.
    bought(HEX_NUT.part('M3'), aimed([x, y + r + nutOffRod('cross'), crossZ], [0, 1, 0], [0, 0, 1])),
  ])
  leaves.push(
    {
      kind: 'stock',
      piece: rod(rodDiameter, outer.x, 'spool holder cross rod, through the two tees'),
      transform: translation([0, y, crossZ]),
    },
    spoolLeaf(spool.size, spool.middle, y, crossZ, rodDiameter),
  )
  return { name: 'spool-holder', module: 'spool', transform: identity, leaves, children: [] }
}

/**
 * The room the holder needs: with one rear Z axis in the middle, the tees stand either side of it
 * and a 1 kg spool hangs beside the left one, 5 mm off it and off the rod's end.
 */
const SPOOL_CONTRACT: AccessoryContract = {
  leastWidth:
    2 * (FILAMENT_SPOOL.sizes['1kg'].width + 2 * SPOOL.spoolBesideTee + SPOOL.tee.half) + AXIS_CONTRACT.rodSpacing,
  needs: "a 1 kg spool beside the spool holder's tee",
}

export const SPOOL_MODULE: AccessoryModule = {
  name: 'spool',
  role: 'accessory',
  contract: SPOOL_CONTRACT,
  build: ({ spec, layout, zReduction }) => [spoolHolder(layout, baseRodDiameter(spec), zReduction)],
}
