import { AXIS } from '../../modules/axis/dimensions.js'
import { frame, type Mat4 } from '../kernel/matrix.js'
import {
  BELT_OVER_TWICE_AXIS,
  X_ROD_OVER_FRAME,
  Y_ROD_HEIGHT_OVER_TOP,
  Y_ROD_OVER_FRAME,
  Z_AXIS_STANDOFF,
  Z_ROD_UNDER_FRAME,
} from './rules.js'
import type { AxisLayout, Direction, Size3 } from './types.js'

/** How far the rods run past the idler end's inner face: OSE's idler stops them 5.5 short of its end. */
const ROD_SHORT_OF_IDLER_END = AXIS.idlerEndLength - AXIS.idlerRodDepth

/** Rod length per direction, from OSE's cut-list rules. */
export function rodLengths(style: 'angle' | 'plate', outer: Size3): Record<Direction, number> {
  return {
    x: outer.x + X_ROD_OVER_FRAME,
    y: outer.y + Y_ROD_OVER_FRAME[style],
    z: outer.z - Z_ROD_UNDER_FRAME,
  }
}

/** Where the rods start in the motor end: right through it, except on Z (halfway, OSE). */
const rodStart = (direction: Direction) => (direction === 'z' ? AXIS.motorEndLength / 2 : 0)

export function axisLength(direction: Direction, rodLength: number): number {
  return rodStart(direction) + rodLength + ROD_SHORT_OF_IDLER_END
}

export function travelFor(direction: Direction, rodLength: number): number {
  return axisLength(direction, rodLength) - AXIS.motorEndLength - AXIS.idlerEndLength - AXIS.carriageLength
}

function axis(name: string, direction: Direction, rodLength: number, placement: Mat4): AxisLayout {
  const length = axisLength(direction, rodLength)
  const travel = travelFor(direction, rodLength)
  return {
    name,
    direction,
    placement,
    length,
    rodLength,
    rodStart: rodStart(direction),
    travel,
    carriageAt: AXIS.motorEndLength + travel / 2,
    beltLength: 2 * length + BELT_OVER_TWICE_AXIS,
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
  style: 'angle' | 'plate',
  outer: Size3,
  zAt: readonly number[],
): { axes: AxisLayout[]; yStandoff: number } {
  const rods = rodLengths(style, outer)
  const T = AXIS.thickness
  const xLength = axisLength('x', rods.x)
  const yLength = axisLength('y', rods.y)
  const zLength = axisLength('z', rods.z)
  const yStandoff = (xLength - outer.x) / 2
  const yRodHeight = outer.z + Y_ROD_HEIGHT_OVER_TOP
  const yMotorFace = (outer.y + yLength) / 2

  const yLeft = axis(
    'y-left',
    'y',
    rods.y,
    frame([-yStandoff - T, yMotorFace, yRodHeight], [0, -1, 0], [0, 0, -1], [1, 0, 0]),
  )
  const yRight = axis(
    'y-right',
    'y',
    rods.y,
    frame([outer.x + yStandoff + T, yMotorFace, yRodHeight], [0, -1, 0], [0, 0, 1], [-1, 0, 0]),
  )
  // The X axis rides at the Y carriages' middle; its end pieces' mid-plane lines up with the
  // carriage's upper M6 holes (15 above the rods), so its outer face is 15 + 12 above them.
  const yCarriageMiddle = yMotorFace - (yLeft.carriageAt + AXIS.carriageLength / 2)
  const xTop = yRodHeight + 15 + AXIS.halfThickness
  const x = axis('x', 'x', rods.x, frame([-yStandoff, yCarriageMiddle, xTop], [1, 0, 0], [0, -1, 0], [0, 0, -1]))

  const zSuffix = (i: number) => (zAt.length === 1 ? '' : i === 0 ? '-left' : '-right')
  const zOff = T + Z_AXIS_STANDOFF
  const zFront = zAt.map((px, i) =>
    axis(`z-front${zSuffix(i)}`, 'z', rods.z, frame([px, -zOff, zLength], [0, 0, -1], [-1, 0, 0], [0, 1, 0])),
  )
  const zRear = zAt.map((px, i) =>
    axis(`z-rear${zSuffix(i)}`, 'z', rods.z, frame([px, outer.y + zOff, zLength], [0, 0, -1], [1, 0, 0], [0, -1, 0])),
  )
  return { axes: [x, yLeft, yRight, ...zFront, ...zRear], yStandoff }
}
