import { BED_MODULE, chooseBedSupport } from '../../modules/bed/index.js'
import { countBought, countPrinted, stockPieces } from '../assembly/collect.js'
import { type Guide, type Guides, layoutOf, type ModuleSet, machineOf, REGISTERED } from '../assembly/index.js'
import {
  type Check,
  chooseGuides,
  chooseZMotor,
  type GuideCandidates,
  type GuideChoice,
  guideCandidates,
  guideSpan,
  horizontalLoads,
  machineChecks,
  movingNodes,
  type PrintedGrams,
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
  /** Each direction's guide (rods of a diameter, or a rail), and whether the spec pinned them or the checks chose them. */
  readonly guides: Guides & { readonly pinned: boolean }
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
export async function makeKit(given: Spec, options: KitOptions = {}): Promise<Kit> {
  const modules = options.modules ?? REGISTERED
  const models = options.models ?? new ModelStore()
  const spec = withBedSupport(given, modules)
  refuseUnpoweredSpec(spec, layoutOf(spec, modules))
  const zMotor = await chooseZMotorFor(spec, modules, models)
  const candidates = candidatesOf(spec, modules)
  const fixed = candidates.x.length === 1 && candidates.y.length === 1
  const guides: Guides = fixed
    ? { x: candidates.x[0], y: candidates.y[0], z: baseRodDiameter(spec) }
    : (await chooseGuidesFor(spec, candidates, modules, models)).guides
  // A pinned rod diameter that every direction keeps is the spec's, though the checks weighed the rail against it.
  const pinned = fixed || (spec.rod.diameter !== undefined && guides.x.kind === 'rods' && guides.y.kind === 'rods')
  const { layout, machine } = machineOf(spec, modules, zMotor.nominal, guides)
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
    guides,
    railOffered: modules.railAxis !== undefined,
    zMotor,
    bed: modules.bed.figures({ spec, layout }),
  })
  if (zMotor.pinned) refuseFailingPin(checks, zMotor)
  await refuseFailingGuides(checks, spec, modules, models)
  if (given.bedSupport) refuseFailingBed(checks, given.bedSupport)
  refuseUnheatableBed(checks, layout)
  refuseFailingChecks(checks, spec)
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
    guides: { ...guides, pinned },
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
 * What each horizontal direction may run on (src/engineering/rod-choice.ts): the spec's pins, and
 * the rail where a rail axis is registered. A rail pinned where none is, is refused.
 */
function candidatesOf(spec: Spec, modules: ModuleSet): GuideCandidates {
  const railOffered = modules.railAxis !== undefined
  for (const direction of ['x', 'y'] as const)
    if (spec.guide?.[direction] === 'rail' && !railOffered)
      throw new InputError([`guide.${direction}: "rail": no registered axis module runs on a rail; use "rods"`])
  return guideCandidates({ diameter: spec.rod.diameter, x: spec.guide?.x, y: spec.guide?.y, railOffered })
}

/**
 * The X and Y guides (src/engineering/rod-choice.ts), each candidate machine's horizontal
 * carriages weighed (their printed parts modelled now, kept for the kit); the Z rods the spec's.
 */
function chooseGuidesFor(
  spec: Spec,
  candidates: GuideCandidates,
  modules: ModuleSet,
  models: ModelStore,
): Promise<GuideChoice> {
  const carriageLength = modules.axis.contract.carriageLength
  return chooseGuides(baseRodDiameter(spec), candidates, async (guides) => {
    const { layout, machine } = machineOf(spec, modules, 1, guides)
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
      span: guideSpan(guides[a.axis.direction as 'x' | 'y'], a.axis, carriageLength),
    }))
  })
}

/** A guide as the spec writes it: a rod diameter, or the rail. */
const guideText = (guide: Guide, direction: string): string =>
  guide.kind === 'rods' ? `${formatMm(guide.diameter)}mm` : `guide.${direction} "rail"`

/**
 * A guide the spec pins (its rod diameter, or rods or the rail for a direction) must keep every
 * carriage at the limit: else the spec is refused, naming the failing checks and what the checks
 * would choose without the pin.
 */
async function refuseFailingGuides(checks: readonly Check[], spec: Spec, modules: ModuleSet, models: ModelStore) {
  const direction = (c: Check) => (c.id.startsWith('x-') ? 'x' : 'y')
  // A rail that fails is the spec's doing only where the spec pins it: a pinned rod diameter leaves the rail free.
  const pinnedFor = (c: Check) =>
    spec.guide?.[direction(c)] !== undefined || (c.id.endsWith('-rods-frequency') && spec.rod.diameter !== undefined)
  const failing = checks.filter((c) => /-(rods|rail)-frequency$/.test(c.id) && !c.pass && pinnedFor(c))
  if (failing.length === 0) return
  const free: Spec = { ...spec, rod: { stockLength: spec.rod.stockLength }, guide: undefined }
  const chosen = await chooseGuidesFor(free, candidatesOf(free, modules), modules, models)
  throw new InputError(
    failing.map((c) => {
      const d = direction(c)
      const kind = spec.guide?.[d]
      const field = kind ? `guide.${d}: "${kind}"` : `rod.diameter: ${formatMm(spec.rod.diameter as number)} mm`
      const least = guideText(chosen.guides[d], d)
      const use = chosen.holds[d]
        ? `the least that passes is ${least}`
        : chosen.guides[d].kind === 'rods'
          ? `no rod the axes take passes (${least} rings below too)`
          : `nothing the axes take passes (${least} rings below too)`
      return `${field} fails ${c.id}: ${figure(c.value)} ${c.unit}, at least ${figure(c.limit)}; ${use}, or leave it out to have it chosen`
    }),
  )
}

/**
 * The spec with what carries its bed (modules/bed: chooseBedSupport) where it gives none and the
 * registered bed would take the grid; a spec whose rods carry it stays as given.
 */
function withBedSupport(spec: Spec, modules: ModuleSet): Spec {
  if (spec.bedSupport || modules.bed !== BED_MODULE) return spec
  const support = chooseBedSupport(spec, layoutOf(spec, modules))
  return support === 'rods' ? spec : { ...spec, bedSupport: support }
}

/** A bed support the spec pins must keep the plate within its sag: else the spec is refused. */
function refuseFailingBed(checks: readonly Check[], support: NonNullable<Spec['bedSupport']>): void {
  const sag = checks.find((c) => c.id === 'bed-plate-sag' && !c.pass)
  if (!sag) return
  const use = support === 'rods' ? 'use grid' : sag.fix
  throw new InputError([
    `bedSupport: ${support} fails ${sag.id}: ${figure(sag.value)} ${sag.unit}, at most ${figure(sag.limit)}; ${use}, or leave it out to have it chosen`,
  ])
}

/**
 * A bed whose heater never outruns the plate's loss from its top face cannot print the spec's
 * material at all (the heat-up time has no value): the spec is refused, naming the bed.
 */
function refuseUnheatableBed(checks: readonly Check[], layout: Layout): void {
  const heatUp = checks.find((c) => c.id === 'bed-heat-up')
  if (!heatUp || Number.isFinite(heatUp.value)) return
  throw new InputError([
    `bed: ${formatMm(layout.bed.x)} x ${formatMm(layout.bed.y)} mm never heats (${heatUp.concern}): the heater gives less than the plate loses from its top face on the way; a smaller bed (or frame), or a material that prints on a cooler bed`,
  ])
}

/**
 * A machine must pass every check: one that fails any is refused, each failing check named with
 * its figure, its limit and what would fix it (the refusals before this one name a pinned field).
 * The frame's size is what sets the spans, the bed and the loads the checks weigh.
 */
function refuseFailingChecks(checks: readonly Check[], spec: Spec): void {
  const failing = checks.filter((c) => !c.pass)
  if (failing.length === 0) return
  // The spec gives exactly one of the frame's size and the build volume the frame is sized from.
  const [field, size] = spec.buildVolume
    ? ['buildVolume', spec.buildVolume]
    : ['frame.size', spec.frame.size as NonNullable<Spec['frame']['size']>]
  const sizeText =
    typeof size === 'number'
      ? `${formatMm(size)} mm`
      : `${formatMm(size.x)} x ${formatMm(size.y)} x ${formatMm(size.z)} mm`
  throw new InputError(
    failing.map(
      (c) =>
        `${field}: ${sizeText} makes a machine that fails ${c.id}: ${figure(c.value)} ${c.unit}, ${c.bound === 'min' ? 'at least' : 'at most'} ${figure(c.limit)} (${c.concern}); ${c.fix}`,
    ),
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
