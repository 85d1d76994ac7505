import { aimed, applyToPoint, originOf } from '../../src/kernel/matrix.js'
import type { Layout } from '../../src/layout/index.js'
import { Y_ROD_HEIGHT_OVER_TOP } from '../../src/layout/rules.js'
import type { AssemblyNode, Drilling } from '../../src/parts/types.js'
import { toNanometre } from '../../src/spec/units.js'
import type { MountsModule } from '../module.js'
import { MOUNTS_CONTRACT } from './contract.js'
import { Z_MOUNT } from './dimensions.js'
import { type YMountGeometry, yMount, yMountCorners, yMountLeaves, yMountPoints } from './y-side-mount.js'
import { type ZMountGeometry, zMount, zMountLeaves, zMountPoints } from './z-mount.js'

function yGeometry(layout: Layout): YMountGeometry {
  const y = layout.axes.y.left
  const { frame } = layout
  const common = {
    // Differences of machine coordinates: rounded, their float noise does not change with the frame's size.
    standoff: toNanometre(layout.yAxisStandoff),
    rodHeight: Y_ROD_HEIGHT_OVER_TOP,
    endOffset: toNanometre((y.length - frame.outer.y) / 2),
  }
  return frame.style === 'angle'
    ? { frame: 'angle', ...common }
    : { frame: 'plate', ...common, border: frame.profile.width, thickness: frame.profile.thickness }
}

function zGeometry(layout: Layout): ZMountGeometry {
  const z = layout.axes.z.front[0]
  return {
    frame: layout.frame.style,
    width: layout.frame.profile.width,
    thickness: layout.frame.profile.thickness,
    standoff: layout.zAxisStandoff,
    motorEndOverTop: toNanometre(z.length - layout.frame.outer.z),
  }
}

/** Where each Z axis's mounts sit: the frame's front or rear face, turned half round at the rear. */
function zFrames(layout: Layout) {
  const { outer } = layout.frame
  const { front, rear } = layout.axes.z
  return [...front.map((axis) => ({ axis, rear: false })), ...rear.map((axis) => ({ axis, rear: true }))].map(
    ({ axis, rear }) => {
      const [x] = originOf(axis.placement)
      const toMachine = (c0: number) => aimed([x, rear ? outer.y : 0, c0], [0, 0, 1], rear ? [-1, 0, 0] : [1, 0, 0])
      return { axis, top: toMachine(outer.z), bottom: toMachine(0) }
    },
  )
}

/**
 * The mounts that hold the axes to the frame: a Y side mount at each end of each Y axis, a Z
 * mount at each end of each Z axis. One node per mount, in machine coordinates.
 */
export function axisMounts(layout: Layout): AssemblyNode[] {
  const yg = yGeometry(layout)
  const yParts = { left: yMount(yg, 'left'), right: yMount(yg, 'right') }
  const yNodes = yMountCorners(layout.frame.outer, yg.endOffset).map(
    (c): AssemblyNode => ({
      name: `y-mount-${c.name}`,
      module: 'mounts',
      transform: c.place,
      leaves: yMountLeaves(yg, yParts[c.hand], c.hand),
      children: [],
    }),
  )
  const zg = zGeometry(layout)
  const zParts = { top: zMount(zg, 'top'), bottom: zMount(zg, 'bottom') }
  const zNodes = zFrames(layout).flatMap(({ axis, top, bottom }) =>
    (['top', 'bottom'] as const).map(
      (end): AssemblyNode => ({
        name: `${axis.name}-mount-${end}`,
        module: 'mounts',
        transform: end === 'top' ? top : bottom,
        leaves: zMountLeaves(zg, zParts[end], end),
        children: [],
      }),
    ),
  )
  return [...yNodes, ...zNodes]
}

/** The holes the mounts need in the frame's steel, in machine coordinates on its outer faces. */
export function mountDrillings(layout: Layout): Drilling[] {
  const out: Drilling[] = []
  if (layout.frame.style === 'plate') {
    const yg = yGeometry(layout)
    const p = yMountPoints(yg)
    for (const c of yMountCorners(layout.frame.outer, yg.endOffset)) {
      for (const [b, cc] of p.frameBolts)
        out.push({ at: applyToPoint(c.place, [0, b, cc]), normal: 'x', purpose: 'a Y side mount' })
    }
  }
  const zg = zGeometry(layout)
  for (const { top, bottom } of zFrames(layout)) {
    for (const [end, at] of [
      ['top', top],
      ['bottom', bottom],
    ] as const) {
      const p = zMountPoints(zg, end)
      for (const s of [-1, 1]) {
        out.push({ at: applyToPoint(at, [s * Z_MOUNT.boltOffset, 0, p.frameBoltC]), normal: 'y', purpose: 'a Z mount' })
      }
    }
  }
  return out
}

export const MOUNTS_MODULE: MountsModule = {
  name: 'mounts',
  role: 'mounts',
  contract: MOUNTS_CONTRACT,
  build: ({ layout }) => axisMounts(layout),
  drillings: ({ layout }) => mountDrillings(layout),
}
