import type { BuildContext, CarriageHole } from '../../modules/module.js'
import { axisOf, identity } from '../kernel/matrix.js'
import type { AxisLayout, Layout } from '../layout/index.js'
import type { AssemblyNode } from '../parts/types.js'
import { baseRodDiameter, type Spec } from '../spec/schema.js'
import type { ModuleSet } from './module-set.js'

/** A Y axis's row of carriage holes (dv) that lies higher in the machine: it bolts into the X axis's end faces. */
const upperRow = (axis: AxisLayout): -1 | 1 => (axisOf(axis.placement, 1)[2] > 0 ? 1 : -1)

/** The rod diameter of each direction's axes, mm. */
export interface RodDiameters {
  readonly x: number
  readonly y: number
  readonly z: number
}

/** Every axis on the spec's rods (its pinned diameter, or 8 mm). */
export const specRods = (spec: Spec): RodDiameters => ({
  x: baseRodDiameter(spec),
  y: baseRodDiameter(spec),
  z: baseRodDiameter(spec),
})

/**
 * The whole machine: one tree that every output reads. The X axis rides on the Y carriages, so
 * it moves with the Y motion; each X carriage carries a tool head, each Z carriage what holds
 * the bed, and the bed moves with the Z motion. `zReduction`: the Z motors' gearbox
 * (AxisOptions.reduction), 1 for the plain motor; `rods`: each direction's rod diameter.
 */
export function buildMachine(
  spec: Spec,
  layout: Layout,
  modules: ModuleSet,
  zReduction = 1,
  rods: RodDiameters = specRods(spec),
): AssemblyNode {
  const context: BuildContext = { spec, layout, zReduction }
  const options = { motorBodyLength: spec.motor.bodyLength }
  const axis = modules.axis
  const { x, y, z } = layout.axes
  const head = modules.toolHeads.get(layout.toolHeads.kind)
  if (!head) throw new Error(`no tool head module of kind ${layout.toolHeads.kind}`)
  const headHoles: readonly CarriageHole[] = head.holesTaken === 'all' ? axis.carriageHoles : head.holesTaken
  const heads = Array.from({ length: layout.toolHeads.count }, (_, i) => [
    head.build(i === 0 ? 'toolhead' : `toolhead-${i + 1}`, i),
  ])
  const xAxis = axis.build(x, { ...options, rodDiameter: rods.x, holesTaken: headHoles, loads: heads })
  const bedLoad = modules.bed.carriageLoad(context)
  const zAxes = [...z.front, ...z.rear].map((zAxis) =>
    axis.build(zAxis, {
      ...options,
      rodDiameter: rods.z,
      reduction: zReduction,
      endsMounted: true,
      holesTaken: modules.bed.holesTaken,
      loads: [[bedLoad]],
    }),
  )
  const drillings = [
    ...modules.mounts.drillings(context),
    ...modules.control.drillings(context),
    ...modules.accessories.flatMap((a) => a.drillings?.(context) ?? []),
  ]
  return {
    name: 'machine',
    module: 'machine',
    transform: identity,
    leaves: [],
    children: [
      modules.frame.build(layout.frame, drillings),
      gantry(xAxis, x, y.left),
      ...[y.left, y.right].map((yAxis) =>
        axis.build(yAxis, { ...options, rodDiameter: rods.y, gantryRow: upperRow(yAxis) }),
      ),
      ...zAxes,
      ...modules.mounts.build(context),
      modules.bed.build(context),
      ...modules.accessories.flatMap((a) => a.build(context)),
      ...modules.control.build(context),
    ],
  }
}

/** The X axis moves with the Y carriages: along the Y axis's u, in the X axis's own frame. */
function gantry(xAxis: AssemblyNode, x: AxisLayout, y: AxisLayout): AssemblyNode {
  const yu = axisOf(y.placement, 0)
  const m = x.placement
  const along = [0, 1, 2].map((k) => m[4 * k] * yu[0] + m[4 * k + 1] * yu[1] + m[4 * k + 2] * yu[2])
  return {
    ...xAxis,
    motion: { name: 'y', along: along as [number, number, number], travel: [-y.travel / 2, y.travel / 2] },
  }
}
