import type { AxisModule, BuildContext, CarriageHole } from '../../modules/module.js'
import { axisOf, identity } from '../kernel/matrix.js'
import type { AxisLayout, Layout } from '../layout/index.js'
import type { AssemblyNode } from '../parts/types.js'
import { baseRodDiameter, type Spec } from '../spec/schema.js'
import type { ModuleSet } from './module-set.js'

/** A Y axis's row of carriage holes (dv) that lies higher in the machine: it bolts into the X axis's end faces. */
const upperRow = (axis: AxisLayout): -1 | 1 => (axisOf(axis.placement, 1)[2] > 0 ? 1 : -1)

/**
 * What a horizontal direction's carriages run on: two free rods of a diameter, each held in the
 * axis's end pieces, or a profile rail bolted along a steel tube (the rail axis module's).
 */
export type Guide = { readonly kind: 'rods'; readonly diameter: number } | { readonly kind: 'rail' }

/** Each horizontal direction's guide, and the Z axes' rod diameter, mm. */
export interface Guides {
  readonly x: Guide
  readonly y: Guide
  readonly z: number
}

/** Rods of a diameter. */
export const rodsOf = (diameter: number): Guide => ({ kind: 'rods', diameter })

/** Every axis on the spec's rods (its pinned diameter, or 8 mm). */
export const specGuides = (spec: Spec): Guides => ({
  x: rodsOf(baseRodDiameter(spec)),
  y: rodsOf(baseRodDiameter(spec)),
  z: baseRodDiameter(spec),
})

/** The axis module of a guide: the universal axis for rods, the registered rail axis for a rail. */
export function axisModuleFor(modules: ModuleSet, guide: Guide): AxisModule {
  if (guide.kind === 'rods') return modules.axis
  if (!modules.railAxis) throw new Error('no axis module runs on a rail')
  return modules.railAxis
}

/** The rod diameter an axis module takes for a guide (a rail axis holds no rods: the Z axes' size, unused). */
const rodDiameterOf = (guide: Guide, z: number): number => (guide.kind === 'rods' ? guide.diameter : z)

/**
 * The whole machine: one tree that every output reads. The X axis rides on the Y carriages, so
 * it moves with the Y motion; each X carriage carries a tool head, each Z carriage what holds
 * the bed, and the bed moves with the Z motion. `zReduction`: the Z motors' gearbox
 * (AxisOptions.reduction), 1 for the plain motor; `guides`: each direction's rods or rail.
 */
export function buildMachine(
  spec: Spec,
  layout: Layout,
  modules: ModuleSet,
  zReduction = 1,
  guides: Guides = specGuides(spec),
): AssemblyNode {
  const context: BuildContext = { spec, layout, zReduction }
  const options = { motorBodyLength: spec.motor.bodyLength }
  const axis = modules.axis
  const [xModule, yModule] = [axisModuleFor(modules, guides.x), axisModuleFor(modules, guides.y)]
  const { x, y, z } = layout.axes
  const head = modules.toolHeads.get(layout.toolHeads.kind)
  if (!head) throw new Error(`no tool head module of kind ${layout.toolHeads.kind}`)
  const headHoles: readonly CarriageHole[] = head.holesTaken === 'all' ? xModule.carriageHoles : head.holesTaken
  const heads = Array.from({ length: layout.toolHeads.count }, (_, i) => [
    head.build(i === 0 ? 'toolhead' : `toolhead-${i + 1}`, i),
  ])
  const xAxis = xModule.build(x, {
    ...options,
    rodDiameter: rodDiameterOf(guides.x, guides.z),
    holesTaken: headHoles,
    loads: heads,
  })
  const bedLoad = modules.bed.carriageLoad(context)
  const zAxes = [...z.front, ...z.rear].map((zAxis) =>
    axis.build(zAxis, {
      ...options,
      rodDiameter: guides.z,
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
        yModule.build(yAxis, {
          ...options,
          rodDiameter: rodDiameterOf(guides.y, guides.z),
          gantryRow: upperRow(yAxis),
        }),
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
