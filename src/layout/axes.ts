import { frame, type Mat4 } from '../kernel/matrix.js'
import type { AxisContract, FrameStyle } from '../parts/contracts.js'
import {
  X_ROD_OVER_FRAME,
  Y_ROD_HEIGHT_OVER_TOP,
  Y_ROD_OVER_FRAME,
  Z_AXIS_STANDOFF,
  Z_ROD_UNDER_FRAME,
} from './rules.js'
import type { Axes, AxisLayout, Direction, Size3 } from './types.js'

/** Rod length per direction, from OSE's cut-list rules. */
export function rodLengths(style: FrameStyle, outer: Size3): Record<Direction, number> {
  return {
    x: outer.x + X_ROD_OVER_FRAME,
    y: outer.y + Y_ROD_OVER_FRAME[style],
    z: outer.z - Z_ROD_UNDER_FRAME,
  }
}

/** Where the rods start in the motor end: right through it, except on Z (halfway, OSE). */
const rodStart = (axis: AxisContract, direction: Direction) => (direction === 'z' ? axis.motorEndLength / 2 : 0)

/** How far the rods run past the idler end's inner face: OSE's idler stops them short of its end. */
const rodShortOfIdlerEnd = (axis: AxisContract) => axis.idlerEndLength - axis.idlerRodDepth

export function axisLength(axis: AxisContract, direction: Direction, rodLength: number): number {
  return rodStart(axis, direction) + rodLength + rodShortOfIdlerEnd(axis)
}

export function travelFor(axis: AxisContract, direction: Direction, rodLength: number): number {
  return axisLength(axis, direction, rodLength) - axis.motorEndLength - axis.idlerEndLength - axis.carriageLength
}

function placeAxis(
  contract: AxisContract,
  name: string,
  direction: Direction,
  rodLength: number,
  placement: Mat4,
): AxisLayout {
  const length = axisLength(contract, direction, rodLength)
  const travel = travelFor(contract, direction, rodLength)
  return {
    name,
    direction,
    placement,
    length,
    rodLength,
    rodStart: rodStart(contract, direction),
    travel,
    carriageAt: contract.motorEndLength + travel / 2,
    beltLength: 2 * length + contract.beltOverTwiceLength,
  }
}

/**
 * Places the axes (OSE's arrangement): Y on the left and right faces with their rods above
 * the frame's top, X on top spanning the two Y carriages (its end faces bolt to the Y
 * carriages' inner faces, which sets how far the Y axes stand off the frame), Z on the front
 * and rear faces, standing off them, with the motor end on top, at the X positions given.
 * Every frame keeps w pointing into the machine and (u, v, w) right-handed, so no part is
 * ever mirrored.
 */
export function layoutAxes(
  contract: AxisContract,
  style: FrameStyle,
  outer: Size3,
  zAt: readonly number[],
): { axes: Axes; yStandoff: number } {
  const rods = rodLengths(style, outer)
  const T = contract.thickness
  const xLength = axisLength(contract, 'x', rods.x)
  const yLength = axisLength(contract, 'y', rods.y)
  const zLength = axisLength(contract, 'z', rods.z)
  const yStandoff = (xLength - outer.x) / 2
  const yRodHeight = outer.z + Y_ROD_HEIGHT_OVER_TOP
  const yMotorFace = (outer.y + yLength) / 2
  const place = (name: string, direction: Direction, placement: Mat4) =>
    placeAxis(contract, name, direction, rods[direction], placement)

  const left = place('y-left', 'y', frame([-yStandoff - T, yMotorFace, yRodHeight], [0, -1, 0], [0, 0, -1], [1, 0, 0]))
  const right = place(
    'y-right',
    'y',
    frame([outer.x + yStandoff + T, yMotorFace, yRodHeight], [0, -1, 0], [0, 0, 1], [-1, 0, 0]),
  )
  // The X axis rides at the Y carriages' middle; its end pieces' mid-plane lines up with the
  // carriage's upper bolt row, so its outer face is that row and half a piece above the rods.
  const yCarriageMiddle = yMotorFace - (left.carriageAt + contract.carriageLength / 2)
  const xTop = yRodHeight + contract.carriageBoltRow + T / 2
  const x = place('x', 'x', frame([-yStandoff, yCarriageMiddle, xTop], [1, 0, 0], [0, -1, 0], [0, 0, -1]))

  const zSuffix = (i: number) => (zAt.length === 1 ? '' : i === 0 ? '-left' : '-right')
  const zOff = T + Z_AXIS_STANDOFF
  const front = zAt.map((px, i) =>
    place(`z-front${zSuffix(i)}`, 'z', frame([px, -zOff, zLength], [0, 0, -1], [-1, 0, 0], [0, 1, 0])),
  )
  const rear = zAt.map((px, i) =>
    place(`z-rear${zSuffix(i)}`, 'z', frame([px, outer.y + zOff, zLength], [0, 0, -1], [1, 0, 0], [0, -1, 0])),
  )
  return { axes: { x, y: { left, right }, z: { front, rear } }, yStandoff }
}
