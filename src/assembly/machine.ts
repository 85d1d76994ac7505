import { CARRIAGE_HOLES, universalAxis } from '../../modules/axis/index.js'
import { bedBracketNode, bedModule } from '../../modules/bed/index.js'
import { controlPanels, panelDrillings } from '../../modules/control/index.js'
import { toolHead } from '../../modules/extruder/index.js'
import { frameModule } from '../../modules/frame/index.js'
import { axisMounts, mountDrillings } from '../../modules/mounts/index.js'
import { spoolHolder } from '../../modules/spool/index.js'
import { identity } from '../kernel/matrix.js'
import type { AxisLayout, Layout } from '../layout/index.js'
import type { AssemblyNode } from '../parts/types.js'
import type { Spec } from '../spec/schema.js'

/** The Z carriages' holes the bed bracket bolts through: the middle and the lower pair (u grows downwards). */
const BED_BRACKET_HOLES = [
  [0, 0],
  [1, -1],
  [1, 1],
] as const

/** A Y axis's row of carriage holes (dv) that lies higher in the machine: it bolts into the X axis's end faces. */
const upperRow = (axis: AxisLayout): -1 | 1 => (axis.placement[6] > 0 ? 1 : -1)

/**
 * The whole machine: one tree that every output reads. The X axis rides on the Y carriages, so
 * it moves with the Y motion; each X carriage carries a tool head, each Z carriage a bed
 * bracket, and the bed moves with the Z motion.
 */
export function buildMachine(spec: Spec, layout: Layout): AssemblyNode {
  const rod = spec.rod.diameter
  const options = { rodDiameter: rod, motorBodyLength: spec.motor.bodyLength }
  const y = layout.axes.find((a) => a.direction === 'y')!
  const axes = layout.axes.map((axis) => {
    if (axis.direction === 'y') return universalAxis(axis, { ...options, gantryRow: upperRow(axis) })
    if (axis.direction === 'z') {
      return universalAxis(axis, {
        ...options,
        endsMounted: true,
        holesTaken: BED_BRACKET_HOLES,
        loads: [[bedBracketNode(layout, rod)]],
      })
    }
    const heads = Array.from({ length: layout.tools }, (_, i) => [
      toolHead(i === 0 ? 'toolhead' : `toolhead-${i + 1}`, i === 0),
    ])
    const x = universalAxis(axis, { ...options, holesTaken: CARRIAGE_HOLES, loads: heads })
    // The Y carriages' u in the X axis's own frame: the direction the gantry moves.
    const yu = [y.placement[0], y.placement[1], y.placement[2]]
    const m = axis.placement
    const along = [0, 1, 2].map((k) => m[4 * k] * yu[0] + m[4 * k + 1] * yu[1] + m[4 * k + 2] * yu[2])
    return {
      ...x,
      motion: {
        name: 'y' as const,
        along: along as [number, number, number],
        travel: [-y.travel / 2, y.travel / 2] as const,
      },
    }
  })
  return {
    name: 'machine',
    module: 'machine',
    transform: identity,
    leaves: [],
    children: [
      frameModule(layout.frame, [...mountDrillings(layout), ...panelDrillings(layout)]),
      ...axes,
      ...axisMounts(layout),
      bedModule(layout, rod),
      spoolHolder(layout, rod),
      ...controlPanels(layout),
    ],
  }
}
