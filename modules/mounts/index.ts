import { aimed, applyToPoint, multiply, originOf, translation } from '../../src/kernel/matrix.js'
import { type Layout, sideSteelEdge } from '../../src/layout/index.js'
import { Y_ROD_HEIGHT_OVER_TOP } from '../../src/layout/rules.js'
import type { AssemblyNode, Drilling } from '../../src/parts/types.js'
import { toNanometre } from '../../src/spec/units.js'
import type { MountsModule } from '../module.js'
import { MOUNTS_CONTRACT } from './contract.js'
import { Y_RAIL, Z_MOUNT } from './dimensions.js'
import { type YRailGeometry, yRailLeaves, yRailPoints } from './y-rail.js'
import { railSpacer, type YMountGeometry, yMount, yMountLeaves, yMountPoints } from './y-side-mount.js'
import { type ZMountGeometry, zMount, zMountLeaves, zMountPoints } from './z-mount.js'

/** The Y rails' geometry: the same on both sides. */
function railGeometry(layout: Layout): YRailGeometry {
  const { frame } = layout
  const { width, thickness } = frame.profile
  return {
    steelThickness: thickness,
    steelMiddle: -(thickness + width / 2),
    inset: frame.steelInset,
    frameLength: frame.outer.y,
    endOffset: toNanometre((layout.axes.y.left.length - frame.outer.y) / 2),
    boltFromFace: sideSteelEdge(frame) + Y_RAIL.boltPastCorner,
  }
}

/** The Y mounts' shape, from the rail's top: what does not change with the frame's size (rounded to the nanometre). */
function yGeometry(layout: Layout): YMountGeometry {
  return {
    standoff: toNanometre(layout.yAxisStandoff),
    rodHeight: Y_ROD_HEIGHT_OVER_TOP - yRailPoints(railGeometry(layout)).top,
  }
}

/**
 * The two sides' frames: a outward, b along the side, c up from the frame's top. The right side
 * runs from the front, the left one (turned half round) from the rear, so both are rotations.
 */
function sides(outer: { x: number; y: number; z: number }) {
  return [
    { side: 'left' as const, place: aimed([0, outer.y, outer.z], [0, 0, 1], [-1, 0, 0]), ends: ['rear', 'front'] },
    { side: 'right' as const, place: aimed([outer.x, 0, outer.z], [0, 0, 1], [1, 0, 0]), ends: ['front', 'rear'] },
  ]
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
 * The mounts that hold the axes to the frame: on each side a Y rail with a Y mount at each end
 * of the Y axis (fixed on the left, floating on the right), a Z mount at each end of each Z
 * axis. One node per rail and per mount, in machine coordinates.
 */
export function axisMounts(layout: Layout): AssemblyNode[] {
  const yg = yGeometry(layout)
  const rg = railGeometry(layout)
  const rail = yRailPoints(rg)
  const mountBolts = yMountPoints(yg).baseBolts
  const spacer = railSpacer(rail.spacerLength)
  const yNodes = sides(layout.frame.outer).flatMap(({ side, place, ends }): AssemblyNode[] => {
    const part = yMount(yg, side === 'left' ? 'fixed' : 'float')
    return [
      {
        name: `y-rail-${side}`,
        module: 'mounts',
        transform: place,
        leaves: yRailLeaves(rg, spacer, mountBolts),
        children: [],
      },
      ...rail.mounts.map(
        ({ b, toward }, i): AssemblyNode => ({
          name: `y-mount-${ends[i]}-${side}`,
          module: 'mounts',
          transform: multiply(place, translation([0, b, rail.top])),
          leaves: yMountLeaves(yg, part, toward),
          children: [],
        }),
      ),
    ]
  })
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
  const rail = yRailPoints(railGeometry(layout))
  const out: Drilling[] = sides(layout.frame.outer).flatMap(({ place }) =>
    rail.bolts.map((b) => ({ at: applyToPoint(place, [0, b, rail.boltC]), normal: 'x' as const, purpose: 'a Y rail' })),
  )
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
