import { MODULES } from '../../modules/registry.js'
import { computeLayout, type Layout } from '../layout/index.js'
import type { AssemblyNode } from '../parts/types.js'
import type { Spec } from '../spec/schema.js'
import { buildMachine, type Guides, specGuides } from './machine.js'
import { contractsOf, type ModuleSet, moduleSet } from './module-set.js'

export { axisModuleFor, type Guide, type Guides, rodsOf, specGuides } from './machine.js'
export { type ModuleSet, moduleSet } from './module-set.js'

/** The registered modules (modules/registered.ts). */
export const REGISTERED: ModuleSet = moduleSet(MODULES)

/** The spec's layout, from the contracts of the modules. */
export const layoutOf = (spec: Spec, modules: ModuleSet = REGISTERED): Layout =>
  computeLayout(spec, contractsOf(modules))

/**
 * The spec's layout and the assembly tree built on it, with the Z motors' gearbox (1: none) and
 * each direction's guide (by default the spec's rods: its pinned diameter, or 8 mm).
 */
export function machineOf(
  spec: Spec,
  modules: ModuleSet = REGISTERED,
  zReduction = 1,
  guides: Guides = specGuides(spec),
): { layout: Layout; machine: AssemblyNode } {
  const layout = layoutOf(spec, modules)
  return { layout, machine: buildMachine(spec, layout, modules, zReduction, guides) }
}
