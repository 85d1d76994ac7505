import { applyToPoint, type Vec3 } from '../kernel/matrix.js'
import type { AxisContract, Contracts, FrameStyle, Profile, ToolHeadContract } from '../parts/contracts.js'
import { InputError } from '../spec/errors.js'
import { quote } from '../spec/limits.js'
import type { Spec } from '../spec/schema.js'
import { formatMm } from '../spec/units.js'
import { layoutAxes, rodLengths, travelFor } from './axes.js'
import { layoutFrame, leastFrameSize, sideSteelEdge } from './frame.js'
import {
  BED_CLEARANCE,
  CARRIAGE_GAP,
  MIN_TRAVEL,
  Y_ROD_HEIGHT_OVER_TOP,
  Z_AXIS_CORNER_CLEARANCE,
  Z_AXIS_STANDOFF,
} from './rules.js'
import type { Axes, AxisLayout, Direction, FrameLayout, Size3, ToolHeadsLayout } from './types.js'

export { sideSteelEdge } from './frame.js'
export type {
  AngleFrameLayout,
  Axes,
  AxisLayout,
  Direction,
  FrameLayout,
  PlateFrameLayout,
  Size3,
  ToolHeadsLayout,
} from './types.js'
export { axisList, frameMembers } from './types.js'

/** The tool head a spec gets when it names none. */
export const DEFAULT_TOOL_HEAD = 'extruder'

export interface BedLayout {
  readonly x: number
  readonly y: number
  /** Machine X and Y of the bed's middle: the frame's middle. */
  readonly center: readonly [number, number]
  /** Bed rods (along Y): the frame's top opening less the bed clearance at each end. */
  readonly rodLength: number
  /** Machine Z of the bed's top as drawn: the middle of the Z travel. */
  readonly topAsDrawn: number
  /** The part of the bed every nozzle reaches (the reached build volume), from its front-left corner. */
  readonly printable: { readonly x: [number, number]; readonly y: [number, number] }
}

export interface Layout {
  readonly frame: FrameLayout
  readonly axes: Axes
  readonly bed: BedLayout
  /** How far the Y axes stand off the frame's sides, set by the X axis's length. */
  readonly yAxisStandoff: number
  /** How far the Z axes stand off the frame's front and rear faces. */
  readonly zAxisStandoff: number
  readonly tools: 1 | 2
  readonly toolHeads: ToolHeadsLayout
  /** Machine Z of the nozzle tip; the bed's top reaches it at the top of the Z travel. */
  readonly nozzleZ: number
  readonly buildVolume: { readonly requested?: Size3; readonly reached: Size3 }
}

const DIRECTIONS: readonly Direction[] = ['x', 'y', 'z']
/** The X and Y carriages' middles range this far off the axis's middle, towards the idler: (59.5 - 55) / 2. */
const carriageRangeOffset = (axis: AxisContract) => (axis.motorEndLength - axis.idlerEndLength) / 2
/** A second carriage's pitch, middle to middle: the heads' side by side, or the carriage's length and a gap if longer. */
const secondCarriagePitch = (head: ToolHeadContract, axis: AxisContract) =>
  Math.max(head.sideBySidePitch, axis.carriageLength + CARRIAGE_GAP)
/** Reach lost along X by a second carriage: the nozzles' common range shrinks by its pitch at each end. */
const secondToolLoss = (head: ToolHeadContract, axis: AxisContract, tools: number) =>
  2 * secondCarriagePitch(head, axis) * (tools - 1)

/** Spec to numbers: frame members, axis placements, rod and belt lengths, travel, build volume. */
export function computeLayout(spec: Spec, contracts: Contracts): Layout {
  const { style, profile } = spec.frame
  const tools = spec.tools
  const head = toolHeadOf(spec, contracts)
  const { axis } = contracts
  const requested = spec.buildVolume
  const bed = spec.bed ?? (requested ? { x: requested.x, y: requested.y } : undefined)
  const outer =
    spec.frame.size !== undefined
      ? asSize(spec.frame.size)
      : frameFor(spec, contracts, head, requested as Size3, bed as { x: number; y: number })
  const sizeField = (d: Direction) => (typeof spec.frame.size === 'object' ? `frame.size.${d}` : 'frame.size')
  /** The field that sizes the frame along a direction: its own size, or the build volume it is made to reach. */
  const sizedBy = (d: Direction) => (requested ? `buildVolume.${d}` : sizeField(d))

  const frame = layoutFrame(style, outer, profile, sizeField, contracts.frame)
  const rods = rodLengths(style, outer)
  const travel = {
    x: travelFor(axis, 'x', rods.x),
    y: travelFor(axis, 'y', rods.y),
    z: travelFor(axis, 'z', rods.z),
  }
  for (const d of DIRECTIONS) {
    if (travel[d] < MIN_TRAVEL) {
      const least = outer[d] + MIN_TRAVEL - travel[d]
      throw new InputError(
        `${sizeField(d)}: ${formatMm(outer[d])} mm is too small for the ${d.toUpperCase()} axis: its carriage would move ${formatMm(travel[d])} mm; the frame must be at least ${formatMm(Math.ceil(least))} mm along ${d.toUpperCase()}`,
      )
    }
    if (rods[d] > spec.rod.stockLength) {
      throw new InputError(
        `rod.stockLength: the ${d.toUpperCase()} rods must be ${formatMm(rods[d])} mm, longer than the ${formatMm(spec.rod.stockLength)} mm stock allowed; shorten the frame along ${d.toUpperCase()} (${sizedBy(d)}) or allow longer rods`,
      )
    }
  }
  const panels = contracts.control.leastSide(sideSteelEdge(frame), profile)
  const noPanelRoom = (['y', 'z'] as const).filter((d) => outer[d] < panels[d])
  if (noPanelRoom.length > 0) {
    throw new InputError(
      noPanelRoom.map(
        (d) =>
          `${sizeField(d)}: ${formatMm(outer[d])} mm along ${d.toUpperCase()} leaves no room for the control panels between the frame's steel; the frame must be at least ${formatMm(Math.ceil(panels[d]))} mm along ${d.toUpperCase()}`,
      ),
    )
  }
  // Each motor on a driver of its own: the two Y motors so that homing squares the gantry, each Z
  // motor so that the bed can be tilted level (Klipper's z_tilt).
  const motors = 3 + spec.zAxes + tools * head.motors
  const sockets = contracts.control.driverSockets
  if (motors > sockets) {
    throw new InputError(
      `${tools > 1 ? 'tools' : 'zAxes'}: ${spec.zAxes} Z axes and ${tools} tool${tools > 1 ? 's' : ''} need ${motors} stepper drivers (X, 2 Y, ${spec.zAxes} Z, ${tools * head.motors} for the tool heads), each on its own socket, and the controller has ${sockets}; ${tools > 1 ? 'use 1 tool or 2 Z axes' : 'use 2 Z axes'}`,
    )
  }
  const pitch = secondCarriagePitch(head, axis)
  if (tools === 2 && travel.x - pitch < MIN_TRAVEL) {
    throw new InputError(
      `tools: 2 tools leave the X carriages ${formatMm(travel.x - pitch)} mm of travel (the second stands ${pitch} mm beside the first), less than ${MIN_TRAVEL} mm; use 1 tool or a frame at least ${formatMm(Math.ceil(outer.x + MIN_TRAVEL + pitch - travel.x))} mm along X`,
    )
  }

  const bedSize = bed ?? fittingBed(axis, head, frame, travel, tools)
  for (const d of ['x', 'y'] as const) {
    const room = frame.opening[d] - 2 * BED_CLEARANCE
    if (bedSize[d] > room) {
      throw new InputError(
        `bed.${d}: a ${formatMm(bedSize[d])} mm bed does not fit through the frame's top: at most ${formatMm(room)} mm (opening ${formatMm(frame.opening[d])} mm less ${BED_CLEARANCE} mm each side)`,
      )
    }
  }
  const { axes: laid, yStandoff } = layoutAxes(axis, style, outer, zAxisPositions(spec, contracts, frame))
  const axes = tools === 2 ? { ...laid, x: withSecondCarriage(laid.x, pitch) } : laid
  const center = [outer.x / 2, outer.y / 2] as const
  const reached = {
    x: overlap(around(center[0], bedSize.x), nozzleRange(axis, axes.x, 'x')),
    y: overlap(around(center[1], bedSize.y), nozzleRange(axis, axes.y.left, 'y')),
    z: travel.z,
  }
  if (requested) {
    for (const d of DIRECTIONS) {
      if (reached[d] + 1e-9 < requested[d]) {
        const over = d === 'z' ? '' : `over a ${formatMm(bedSize[d])} mm bed `
        throw new InputError(
          `${d === 'z' ? 'buildVolume.z' : `bed.${d}`}: ${over}the printer reaches ${formatMm(reached[d])} mm along ${d.toUpperCase()}, less than buildVolume.${d} ${formatMm(requested[d])} mm; make the bed at least as large as the build volume`,
        )
      }
    }
  } else {
    // A frame so narrow that every nozzle (two tools share 128 mm less) reaches less of the bed than an axis's least travel.
    for (const d of ['x', 'y'] as const) {
      if (reached[d] < MIN_TRAVEL) {
        const least = frameFor(
          spec,
          contracts,
          head,
          { x: MIN_TRAVEL, y: MIN_TRAVEL, z: MIN_TRAVEL },
          bed ?? { x: MIN_TRAVEL, y: MIN_TRAVEL },
        )
        throw new InputError(
          `${sizeField(d)}: ${formatMm(outer[d])} mm along ${d.toUpperCase()} leaves ${formatMm(reached[d])} mm of the bed that every nozzle reaches, less than ${MIN_TRAVEL} mm; the frame must be at least ${formatMm(least[d])} mm along ${d.toUpperCase()}`,
        )
      }
    }
  }
  for (const accessory of contracts.accessories) {
    if (outer.x < accessory.leastWidth)
      throw new InputError(
        `${sizeField('x')}: ${formatMm(outer.x)} mm along X leaves no room for ${accessory.needs}; the frame must be at least ${formatMm(Math.ceil(accessory.leastWidth))} mm along X`,
      )
  }
  const printable = {
    x: onBed(around(center[0], bedSize.x), nozzleRange(axis, axes.x, 'x')),
    y: onBed(around(center[1], bedSize.y), nozzleRange(axis, axes.y.left, 'y')),
  }
  const leastY = contracts.control.leastPowerSide(profile, { ...bedSize, printable })
  if (outer.y < leastY) {
    const why = `no room on the power panel for the relay on the heat sink that a ${formatMm(bedSize.x)} x ${formatMm(bedSize.y)} mm mains bed needs, with the grommets its wires pass`
    throw new InputError(
      requested
        ? `buildVolume.y: a build volume of ${formatMm(requested.y)} mm along Y makes a ${formatMm(outer.y)} mm frame, which leaves ${why}; use a smaller build volume, or frame.size at least ${formatMm(Math.ceil(leastY))} mm along Y`
        : `${sizeField('y')}: ${formatMm(outer.y)} mm along Y leaves ${why}; the frame must be at least ${formatMm(Math.ceil(leastY))} mm along Y, or use a smaller bed`,
    )
  }
  // The X carriage's load face: the Y carriages' upper bolt row less half a piece above the Y rods.
  const nozzleZ = outer.z + Y_ROD_HEIGHT_OVER_TOP + axis.carriageBoltRow - axis.thickness / 2 - head.toolBelowCarriage
  return {
    frame,
    axes,
    bed: {
      ...bedSize,
      center,
      rodLength: frame.opening.y - 2 * BED_CLEARANCE,
      topAsDrawn: nozzleZ - travel.z / 2,
      printable,
    },
    yAxisStandoff: yStandoff,
    zAxisStandoff: Z_AXIS_STANDOFF,
    tools,
    toolHeads: {
      kind: head.kind,
      count: tools,
      toolBelowCarriage: head.toolBelowCarriage,
      ...(head.probeOffset
        ? { probeOffset: head.probeOffset, probeableArea: probeableArea(axis, axes, bedSize, center, head.probeOffset) }
        : {}),
      pitch,
      motorsEach: head.motors,
      heightAboveCarriage: head.heightAboveCarriage,
    },
    nozzleZ,
    buildVolume: { requested, reached },
  }
}

/** The spec's kind of tool head, among those registered. */
function toolHeadOf(spec: Spec, contracts: Contracts): ToolHeadContract {
  const kind = spec.toolHead ?? DEFAULT_TOOL_HEAD
  const head = contracts.toolHeads.get(kind)
  if (!head)
    throw new InputError(
      `toolHead: ${quote(kind)} is not a kind of tool head here; known: ${[...contracts.toolHeads.keys()].join(', ')}`,
    )
  return head
}

function asSize(size: number | Size3): Size3 {
  return typeof size === 'number' ? { x: size, y: size, z: size } : size
}

const around = (c: number, size: number): [number, number] => [c - size / 2, c + size / 2]
const overlap = (a: readonly [number, number], b: readonly [number, number]) =>
  Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]))
/** The part of `range` on the bed `bed`, from the bed's low end. */
const onBed = (bed: readonly [number, number], range: readonly [number, number]): [number, number] => {
  const low = Math.max(bed[0], range[0])
  return [low - bed[0], Math.max(low, Math.min(bed[1], range[1])) - bed[0]]
}

/** Two carriages on the X axis: each travels less by the second's pitch; drawn in the middle of it. */
function withSecondCarriage(axis: AxisLayout, pitch: number): AxisLayout {
  const travel = axis.travel - pitch
  const carriageAt = axis.carriageAt - axis.travel / 2 + travel / 2
  return { ...axis, travel, carriageAt, secondCarriageAt: carriageAt + pitch }
}

/** The part of the bed under the first head's probe over that head's range, from the bed's front-left corner. */
function probeableArea(
  contract: AxisContract,
  axes: Axes,
  bed: { x: number; y: number },
  center: readonly [number, number],
  offset: Vec3,
): { x: [number, number]; y: [number, number] } {
  const within = (d: 'x' | 'y', k: 0 | 1, range: [number, number]) => {
    const bedMin = center[k] - bed[d] / 2
    const low = Math.max(range[0] + offset[k], bedMin)
    const high = Math.min(range[1] + offset[k], bedMin + bed[d])
    return [low - bedMin, Math.max(low, high) - bedMin] as [number, number]
  }
  return {
    x: within('x', 0, carriageRange(contract, axes.x, 'x')),
    y: within('y', 1, nozzleRange(contract, axes.y.left, 'y')),
  }
}

/** Where every nozzle can go along X or Y: the range all carriages' middles share, in the machine. */
function nozzleRange(contract: AxisContract, axis: AxisLayout, d: 'x' | 'y'): [number, number] {
  const pitch = axis.secondCarriageAt === undefined ? 0 : axis.secondCarriageAt - axis.carriageAt
  return carriageRange(contract, axis, d, pitch)
}

/** Where the first carriage's middle can go, in the machine; less `pitch` at its low end, where a second carriage follows it. */
function carriageRange(contract: AxisContract, axis: AxisLayout, d: 'x' | 'y', pitch = 0): [number, number] {
  const middle = (u: number) => applyToPoint(axis.placement, [u, 0, 0])[d === 'x' ? 0 : 1]
  const first = axis.carriageAt - axis.travel / 2 + contract.carriageLength / 2
  const ends = [middle(first + pitch), middle(first + axis.travel)]
  return [Math.min(...ends), Math.max(...ends)]
}

/** The least X of a Z axis's middle: past the corner (angle) or the pane's border (plate), half a Z mount and the clearance. */
function zAxisInset(contracts: Contracts, style: FrameStyle, profile: Profile): number {
  const edge = style === 'angle' ? contracts.frame.corner(profile).reach : profile.width
  return edge + contracts.mounts.zMountHalfWidth + Z_AXIS_CORNER_CLEARANCE
}

/** The narrowest frame (along X) that takes the Z axes: 2 in the middle, or 4 with a mount's width and the clearance between each pair. */
function leastWidthForZAxes(zAxes: 2 | 4, inset: number, mountHalfWidth: number): number {
  return zAxes === 2 ? 2 * inset : 2 * inset + 2 * mountHalfWidth + Z_AXIS_CORNER_CLEARANCE
}

/**
 * X of the Z axes: the middle for 2; for 4, the quarter points or, where a quarter point would
 * put a Z mount against a corner, as far out as the corner allows.
 */
function zAxisPositions(spec: Spec, contracts: Contracts, frame: FrameLayout): number[] {
  const width = frame.outer.x
  const halfWidth = contracts.mounts.zMountHalfWidth
  const inset = zAxisInset(contracts, frame.style, frame.profile)
  const least = leastWidthForZAxes(spec.zAxes, inset, halfWidth)
  if (width < least) {
    const field = typeof spec.frame.size === 'object' ? 'frame.size.x' : 'frame.size'
    throw new InputError(
      spec.zAxes === 2
        ? `${field}: ${formatMm(width)} mm leaves no room for the Z axes between the corners; the frame must be at least ${formatMm(Math.ceil(least))} mm along X`
        : `zAxes: 4 Z axes (two on each face, each ${formatMm(2 * halfWidth)} mm wide with its mounts) do not fit a frame ${formatMm(width)} mm wide; use 2, or a frame at least ${formatMm(Math.ceil(least))} mm along X`,
    )
  }
  if (spec.zAxes === 2) return [width / 2]
  const left = Math.max(width / 4, inset)
  return [left, width - left]
}

/**
 * The smallest frame, in whole mm, whose nozzles reach the build volume over a bed centred in
 * the frame, whose top lets the bed through with its clearance, and whose members, Z axes and
 * control panels fit.
 */
function frameFor(
  spec: Spec,
  contracts: Contracts,
  head: ToolHeadContract,
  build: Size3,
  bed: { x: number; y: number },
): Size3 {
  const { style, profile } = spec.frame
  const { axis } = contracts
  const border = style === 'angle' ? profile.width + profile.thickness : profile.width
  const members = leastFrameSize(style, profile, contracts.frame)
  const edge = style === 'angle' ? contracts.frame.corner(profile).reach : profile.width + profile.thickness
  const panels = contracts.control.leastSide(edge, profile)
  const least = { x: members.x, y: Math.max(members.y, panels.y), z: Math.max(members.z, panels.z) }
  const forZAxes = leastWidthForZAxes(
    spec.zAxes,
    zAxisInset(contracts, style, profile),
    contracts.mounts.zMountHalfWidth,
  )
  // Travel grows one for one with the frame, so travel(S) = S + travel(0).
  const zeroRods = rodLengths(style, { x: 0, y: 0, z: 0 })
  const size = (d: Direction) => {
    const lost =
      d === 'z' ? 0 : 2 * carriageRangeOffset(axis) + (d === 'x' ? secondToolLoss(head, axis, spec.tools) : 0)
    const forTravel = build[d] + lost - travelFor(axis, d, zeroRods[d])
    const forBed = d === 'z' ? 0 : bed[d] + 2 * (BED_CLEARANCE + border)
    const forAccessories = d === 'x' ? Math.max(0, ...contracts.accessories.map((a) => a.leastWidth)) : 0
    return Math.ceil(Math.max(forTravel, forBed, least[d], d === 'x' ? forZAxes : 0, forAccessories))
  }
  return { x: size('x'), y: size('y'), z: size('z') }
}

/** With no bed given: the largest whole-mm bed that passes the frame's top and that the nozzles cover. */
function fittingBed(
  axis: AxisContract,
  head: ToolHeadContract,
  frame: FrameLayout,
  travel: Size3,
  tools: number,
): { x: number; y: number } {
  const fitting = (d: 'x' | 'y') => {
    const reach = travel[d] - 2 * carriageRangeOffset(axis) - (d === 'x' ? secondToolLoss(head, axis, tools) : 0)
    return Math.floor(Math.min(reach, frame.opening[d] - 2 * BED_CLEARANCE))
  }
  return { x: fitting('x'), y: fitting('y') }
}
