import { countBought, countPrinted, stockPieces } from '../assembly/collect.js'
import { type ModuleSet, machineOf, REGISTERED } from '../assembly/index.js'
import type { Layout } from '../layout/index.js'
import type { AssemblyNode } from '../parts/types.js'
import type { Spec } from '../spec/schema.js'
import { billOfMaterials } from './bom.js'
import { cutList } from './cutlist.js'
import { ModelStore } from './models.js'
import { checkFitsPrintVolume, makePart, type PartResult } from './parts.js'
import type { Table } from './table.js'

/** Everything one spec gives: the layout, the assembly tree and every view of it. */
export interface Kit {
  readonly spec: Spec
  readonly layout: Layout
  readonly machine: AssemblyNode
  readonly parts: readonly PartResult[]
  readonly cutlist: Table
  readonly bom: Table
}

export interface KitOptions {
  /** Called before each printed part is modelled. */
  readonly onPart?: (index: number, total: number, name: string) => void
  /** The modules to build with; the registered ones by default. */
  readonly modules?: ModuleSet
  /**
   * The models made so far, to take parts from and keep new ones in; without it, every part is
   * modelled anew.
   */
  readonly models?: ModelStore
}

/** Spec in, kit out. Throws InputError when the spec cannot be built. */
export async function makeKit(spec: Spec, options: KitOptions = {}): Promise<Kit> {
  const { layout, machine } = machineOf(spec, options.modules ?? REGISTERED)
  const models = options.models ?? new ModelStore()
  const printed = countPrinted(machine)
  const parts: PartResult[] = []
  for (const [i, counted] of printed.entries()) {
    options.onPart?.(i, printed.length, counted.item.name)
    const part = await makePart(counted, spec.material, models)
    checkFitsPrintVolume(part, spec.printVolume)
    parts.push(part)
  }
  const stock = stockPieces(machine)
  return {
    spec,
    layout,
    machine,
    parts,
    cutlist: cutList(stock, layout.frame),
    bom: billOfMaterials(countBought(machine), stock),
  }
}
