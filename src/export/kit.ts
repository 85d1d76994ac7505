import { countBought, countPrinted, stockPieces } from '../assembly/collect.js'
import { layoutOf, type ModuleSet, machineOf, REGISTERED, type RodDiameters, specRods } from '../assembly/index.js'
import {
  type Check,
  chooseRods,
  chooseZMotor,
  horizontalLoads,
  machineChecks,
  movingNodes,
  type PrintedGrams,
  type RodChoice,
  rodSpan,
  type ZMotor,
  zLoad,
} from '../engineering/index.js'
import type { Layout } from '../layout/index.js'
import type { AssemblyNode } from '../parts/types.js'
import { InputError } from '../spec/errors.js'
import { baseRodDiameter, type Spec } from '../spec/schema.js'
import { formatMm } from '../spec/units.js'
import { billOfMaterials } from './bom.js'
import { cutList } from './cutlist.js'
import { ModelStore } from './models.js'
import { checkFitsPrintVolume, makePart, type PartResult } from './parts.js'
import { printRecordOf } from './print-estimates.js'
import { figure } from './report.js'
import type { Table } from './table.js'
import { type Electrics, electricsOf, refuseUnpoweredSpec } from './wiring-files.js'

/** Everything one spec gives: the layout, the assembly tree and every view of it. */
export interface Kit {
  readonly spec: Spec
  readonly layout: Layout
  readonly machine: AssemblyNode
  readonly parts: readonly PartResult[]
  readonly cutlist: Table
  /** Every bought part and stock material, and the wiring's and safety items' lines. */
  readonly bom: Table
  /** The wiring and safety items, for a head whose cables the wiring knows. */
  readonly electrics?: Electrics
  /** The engineering checks of the machine, in a fixed order. */
  readonly checks: readonly Check[]
  /** The Z motors: any gearbox, and whether the spec pinned it or the checks chose it. */
  readonly zMotor: ZMotor & { readonly pinned: boolean }
  /** Each direction's rod diameter, and whether the spec pinned it or the checks chose it. */
  readonly rods: RodDiameters & { readonly pinned: boolean }
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
  const modules = options.modules ?? REGISTERED
  const models = options.models ?? new ModelStore()
  refuseUnpoweredSpec(spec, layoutOf(spec, modules))
  const zMotor = await chooseZMotorFor(spec, modules, models)
  const pinned = spec.rod.diameter !== undefined
  const rods = pinned ? specRods(spec) : (await chooseRodsFor(spec, modules, models)).rods
  const { layout, machine } = machineOf(spec, modules, zMotor.nominal, rods)
  const electrics = electricsOf({ spec, layout, machine })
  const printed = countPrinted(machine)
  const parts: PartResult[] = []
  for (const [i, counted] of printed.entries()) {
    options.onPart?.(i, printed.length, counted.item.name)
    const part = await makePart(counted, spec.material, models)
    checkFitsPrintVolume(part, spec.printVolume)
    parts.push(part)
  }
  const stock = stockPieces(machine)
  const checks = machineChecks({
    spec,
    layout,
    machine,
    printedGrams: printedGramsOf(parts, spec.material),
    carriageLength: modules.axis.contract.carriageLength,
    rods,
    zMotor,
    bed: modules.bed.figures({ spec, layout }),
  })
  if (zMotor.pinned) refuseFailingPin(checks, zMotor)
  if (pinned) await refuseFailingRods(checks, spec, modules, models)
  return {
    spec,
    layout,
    machine,
    parts,
    cutlist: cutList(stock, layout.frame),
    bom: withRows(billOfMaterials(countBought(machine), stock), electrics?.bom ?? []),
    electrics,
    checks,
    zMotor,
    rods: { ...rods, pinned },
  }
}

const withRows = (table: Table, rows: Table['rows']): Table => ({ ...table, rows: [...table.rows, ...rows] })

/** A printed part weighs what the slicer says it uses, or its solid mass where no estimate is kept. */
function printedGramsOf(parts: readonly PartResult[], material: Spec['material']): PrintedGrams {
  const grams = new Map(parts.map((p) => [p.part.name, printRecordOf(p, material)?.filamentGrams ?? p.grams]))
  return (name) => {
    const g = grams.get(name)
    if (g === undefined) throw new Error(`printed part ${name} is not in the kit`)
    return g
  }
}

/**
 * The Z motors, by what the Z belts carry, which no gearbox changes: the plain machine's bed and
 * Z carriages weighed (their printed parts modelled now, kept for the kit).
 */
async function chooseZMotorFor(spec: Spec, modules: ModuleSet, models: ModelStore) {
  const { layout, machine } = machineOf(spec, modules)
  const moving: AssemblyNode = { ...machine, leaves: [], children: movingNodes(machine, 'z') }
  const parts = []
  for (const counted of countPrinted(moving)) parts.push(await makePart(counted, spec.material, models))
  const motors = layout.axes.z.front.length + layout.axes.z.rear.length
  return chooseZMotor(spec, zLoad(machine, printedGramsOf(parts, spec.material)), motors)
}

/**
 * The X and Y rods (src/engineering/rod-choice.ts), each candidate machine's horizontal
 * carriages weighed (their printed parts modelled now, kept for the kit); the Z rods the spec's.
 */
function chooseRodsFor(spec: Spec, modules: ModuleSet, models: ModelStore): Promise<RodChoice> {
  const carriageLength = modules.axis.contract.carriageLength
  return chooseRods(baseRodDiameter(spec), async (rods) => {
    const { layout, machine } = machineOf(spec, modules, 1, rods)
    const { x, y } = layout.axes
    const moving: AssemblyNode = {
      ...machine,
      leaves: [],
      children: machine.children.filter((c) => [x.name, y.left.name, y.right.name].includes(c.name)),
    }
    const parts = []
    for (const counted of countPrinted(moving)) parts.push(await makePart(counted, spec.material, models))
    return horizontalLoads(layout, machine, printedGramsOf(parts, spec.material)).map((a) => ({
      ...a,
      span: rodSpan(a.axis, carriageLength),
    }))
  })
}

/**
 * Rods the spec pins must keep every carriage at the limit: else the spec is refused, naming the
 * failing checks and the least diameter the checks would choose.
 */
async function refuseFailingRods(checks: readonly Check[], spec: Spec, modules: ModuleSet, models: ModelStore) {
  const failing = checks.filter((c) => c.id.endsWith('-rods-frequency') && !c.pass)
  if (failing.length === 0) return
  const pinned = baseRodDiameter(spec)
  const chosen = await chooseRodsFor({ ...spec, rod: { stockLength: spec.rod.stockLength } }, modules, models)
  throw new InputError(
    failing.map((c) => {
      const direction = c.id.startsWith('x-') ? 'x' : 'y'
      const least = chosen.rods[direction]
      const use = chosen.holds[direction]
        ? `the least that passes is ${least}mm`
        : `no rod the axes take passes (${least}mm rings below too)`
      return `rod.diameter: ${formatMm(pinned)} mm fails ${c.id}: ${figure(c.value)} ${c.unit}, at least ${figure(c.limit)}; ${use}, or leave it out to have it chosen`
    }),
  )
}

/** A Z gearbox the spec pins must hold the bed: else the spec is refused with the checks it fails. */
function refuseFailingPin(checks: readonly Check[], zMotor: ZMotor): void {
  const failing = checks.filter((c) => c.id.startsWith('z-hold-') && !c.pass)
  if (failing.length === 0) return
  throw new InputError(
    failing.map(
      (c) =>
        `motor.zReduction: ${zMotor.nominal} fails ${c.id}: ${figure(c.value)} ${c.unit}, at least ${figure(c.limit)}; use ${c.fix}, or leave it out to have it chosen`,
    ),
  )
}
