import { universalAxis } from '../../modules/axis/index.js'
import { frameModule } from '../../modules/frame/index.js'
import type { Layout } from '../layout/index.js'
import type { Spec } from '../spec/schema.js'
import { identity } from './matrix.js'
import type { AssemblyNode } from './types.js'

/** The whole machine: one tree that every output reads. */
export function buildMachine(spec: Spec, layout: Layout): AssemblyNode {
  const axisOptions = { rodDiameter: spec.rod.diameter, motorBodyLength: spec.motor.bodyLength }
  return {
    name: 'machine',
    module: 'machine',
    transform: identity,
    leaves: [],
    children: [frameModule(layout.frame), ...layout.axes.map((axis) => universalAxis(axis, axisOptions))],
  }
}
