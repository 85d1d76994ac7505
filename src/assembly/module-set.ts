import type {
  AccessoryModule,
  AxisModule,
  BedModule,
  ControlModule,
  FrameModule,
  ModuleDefinition,
  MountsModule,
  ToolHeadModule,
} from '../../modules/module.js'
import type { Contracts } from '../parts/contracts.js'

/** The modules of a machine by their role: one of each, any number of heads and accessories. */
export interface ModuleSet {
  readonly frame: FrameModule
  /** The axis on rods: every Z axis, and X and Y where their rods are stiff enough. */
  readonly axis: AxisModule
  /** The axis on a rail, if one is registered: X or Y where no rod is stiff enough. */
  readonly railAxis?: AxisModule
  readonly mounts: MountsModule
  readonly bed: BedModule
  readonly control: ControlModule
  /** By kind. */
  readonly toolHeads: ReadonlyMap<string, ToolHeadModule>
  /** By name. */
  readonly accessories: readonly AccessoryModule[]
}

type SingleRole = 'frame' | 'axis' | 'mounts' | 'bed' | 'control'

const onRail = (m: ModuleDefinition) => m.role === 'axis' && m.guide === 'rail'

/**
 * Sorts a list of modules by role (an axis module on a rail apart from the one on rods); a role
 * that needs one module and has none, or two, is a mistake here, as two rail axes are.
 */
export function moduleSet(modules: readonly ModuleDefinition[]): ModuleSet {
  const rails = modules.filter(onRail) as AxisModule[]
  if (rails.length > 1) throw new Error(`a machine takes one rail axis module, not ${rails.length}`)
  const one = <R extends SingleRole>(role: R) => {
    const found = modules.filter((m) => m.role === role && !onRail(m))
    if (found.length !== 1)
      throw new Error(
        `a machine needs one ${role} module, not ${found.length} (${found.map((m) => m.name).join(', ')})`,
      )
    return found[0] as Extract<ModuleDefinition, { role: R }>
  }
  const heads = modules.filter((m): m is ToolHeadModule => m.role === 'tool-head')
  const toolHeads = new Map(heads.map((h) => [h.contract.kind, h]))
  if (toolHeads.size !== heads.length) throw new Error('two tool head modules of one kind')
  return {
    frame: one('frame'),
    axis: one('axis'),
    ...(rails.length === 1 ? { railAxis: rails[0] } : {}),
    mounts: one('mounts'),
    bed: one('bed'),
    control: one('control'),
    toolHeads,
    accessories: modules
      .filter((m): m is AccessoryModule => m.role === 'accessory')
      .sort((a, b) => a.name.localeCompare(b.name)),
  }
}

/** What the layout reads: each module's contract. */
export function contractsOf(set: ModuleSet): Contracts {
  return {
    frame: set.frame.contract,
    axis: set.axis.contract,
    mounts: set.mounts.contract,
    control: set.control.contract,
    toolHeads: new Map([...set.toolHeads].map(([kind, head]) => [kind, head.contract])),
    accessories: set.accessories.flatMap((a) => (a.contract ? [a.contract] : [])),
  }
}
