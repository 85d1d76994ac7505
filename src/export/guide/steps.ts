import { type PlacedLeaf, stockPieces } from '../../assembly/collect.js'
import { type ModuleSet, REGISTERED } from '../../assembly/index.js'
import { bounds } from '../../kernel/index.js'
import type { Kit } from '../kit.js'
import { firmwareFiles } from '../klipper/index.js'
import { wiringFiles } from '../wiring-files.js'
import { assemblyActions, countWord, describe, joinActions, SCREW, shortName, WITH_A_SCREW } from './actions.js'
import { calibrationActions, PRINTER_CFG } from './calibration.js'
import { boughtLines, CutRows, printedLines, stockLines } from './lines.js'
import { gramsOf, HEAVY_KG, isMains, isMetalWork, PRECAUTION } from './precautions.js'
import { type Box, splitNode } from './split.js'
import { holesInNote, MINUTES, stepTime } from './time.js'
import { mergeTools, toolsOfBought, toolsOfRow } from './tools.js'
import type { BoughtLine, Step } from './types.js'
import { leafId, leafKey, type Role, rolesOf, type Unit, unitLeaves, unitsOf } from './units.js'

/** A step before its lists, tools and time are worked out. */
interface Draft {
  readonly id: string
  readonly title: string
  readonly module: string
  readonly where: readonly string[]
  readonly adds: readonly PlacedLeaf[]
  /** What the picture colours: one instance's new leaves (or the nodes the step works on). */
  readonly shows: readonly PlacedLeaf[]
  /** What the picture may show done around them: one unit's leaves, or the whole machine. */
  readonly scope?: readonly PlacedLeaf[]
  /** Cut-list rows without pieces that the step makes (welds). */
  readonly rows?: readonly number[]
  readonly actions: readonly string[]
  readonly precautions?: readonly string[]
  readonly fixedMinutes?: number
  /** Built sub-assemblies the step sets in their place. */
  readonly placed?: number
  /** BOM lines that are no leaf of the tree (the wiring's). */
  readonly extra?: readonly BoughtLine[]
}

/** The wiring's BOM lines (wire, contacts, terminals, chain, ties), for a head whose cables are known. */
function wiringLines(kit: Kit): BoughtLine[] {
  return wiringFiles(kit, '').bom.map(([id, description, quantity]) => ({ id, description, quantity }))
}

/** The phases of the build, in order, by the role of the modules they build. */
const PHASES: readonly Role[] = ['axis', 'frame', 'mounts', 'bed', 'tool-head', 'accessory', 'control']

const CRIMPED = /(ferrule|terminal|crimp)/

/**
 * The build guide's steps, derived from the kit's assembly tree: each universal axis's
 * sub-assemblies (the same sub-assembly of every axis in one step), the frame, what mounts on it
 * and the axes onto it, the bed, the tool heads, the accessories, the control panels and their
 * wiring, then the first power-on and calibration. Every leaf of the tree is added by one step.
 */
export function guideSteps(kit: Kit, modules: ModuleSet = REGISTERED): Step[] {
  const roleOf = rolesOf(modules)
  const units = unitsOf(kit.machine)
  const rows = new CutRows(
    kit.cutlist,
    stockPieces(kit.machine).map((s) => s.piece),
  )
  const boxes = new Map(
    kit.parts.map((p) => {
      const b = bounds(p.mesh)
      const s = p.bedShift
      return [p.part.name, { min: b.min.map((v, k) => v - s[k]), max: b.max.map((v, k) => v - s[k]) }] as const
    }),
  )
  const boxOf = (p: PlacedLeaf): Box => {
    const box = boxes.get(leafId(p))
    if (!box) throw new Error(`printed part ${leafId(p)} is not in the kit`)
    return box
  }
  const byRole = (role: Role) => units.filter((u) => roleOf(u.module) === role)
  const axes = axisSteps(byRole('axis'), boxOf)
  const drafts: Draft[] = []
  for (const role of PHASES) {
    if (role === 'axis') drafts.push(...axes.steps)
    else if (role === 'frame') drafts.push(...frameSteps(byRole('frame'), rows))
    else drafts.push(...unitSteps(byRole(role)))
    if (role === 'mounts') drafts.push(axesOntoFrame(byRole('axis'), axes.loose))
    if (role === 'control') drafts.push(wiringStep(byRole('control'), wiringLines(kit)))
  }
  drafts.push(powerOnStep(kit, units))
  return finish(drafts, rows)
}

/** Each axis sub-assembly once for all axes: carriages, ends, then what joins them (rods, belt). */
function axisSteps(units: readonly Unit[], boxOf: (p: PlacedLeaf) => Box) {
  const groups = new Map<string, { leaves: PlacedLeaf[]; shows: PlacedLeaf[]; unit: Unit; where: string[] }>()
  const joins = new Map<
    string,
    { leaves: PlacedLeaf[]; shows: PlacedLeaf[]; unit: Unit; where: string[]; spans: number; first: number }
  >()
  const loose: PlacedLeaf[] = []
  for (const unit of units) {
    for (const node of unit.nodes) {
      const split = splitNode(node.leaves, boxOf)
      for (const g of split.groups) {
        const found = groups.get(g.key) ?? { leaves: [], shows: [...g.leaves], unit, where: [] }
        found.leaves.push(...g.leaves)
        found.where.push(node.path)
        groups.set(g.key, found)
      }
      for (const j of split.joins) {
        const found = joins.get(j.id) ?? {
          leaves: [],
          shows: [...j.leaves],
          unit,
          where: [],
          spans: j.spans,
          first: joins.size,
        }
        found.leaves.push(...j.leaves)
        found.where.push(node.path)
        joins.set(j.id, found)
      }
      loose.push(...split.loose)
    }
  }
  const steps: Draft[] = [...groups.values()].map((g) => ({
    id: leafId(g.shows.find((p) => p.leaf.kind === 'printed') ?? g.shows[0]),
    title: `${shortName(g.shows)}: ${countWord(g.where.length)}`,
    module: g.unit.module,
    where: g.where,
    adds: g.leaves,
    shows: g.shows,
    scope: unitLeaves(g.unit),
    actions: assemblyActions(g.where, g.shows),
  }))
  const joined = [...joins].sort(([, a], [, b]) => a.spans - b.spans || a.first - b.first)
  for (const [id, j] of joined) {
    steps.push({
      id,
      title: `${describe(j.shows[0])}: ${countWord(j.where.length)}`,
      module: j.unit.module,
      where: j.where,
      adds: j.leaves,
      shows: j.shows,
      scope: unitLeaves(j.unit),
      actions: joinActions(j.where, j.shows),
    })
  }
  return { steps, loose }
}

/** The frame: its steel cut and drilled, then put together (and welded) and squared. */
function frameSteps(units: readonly Unit[], rows: CutRows): Draft[] {
  const leaves = units.flatMap(unitLeaves)
  const where = units.map((u) => u.root.path)
  const module = units[0]?.module ?? 'frame'
  const stock = leaves.filter((p) => p.leaf.kind === 'stock')
  const rest = leaves.filter((p) => p.leaf.kind !== 'stock')
  const welds = rows.withoutPieces
  const steps: Draft[] = []
  if (stock.length > 0)
    steps.push({
      id: 'frame-steel',
      title: 'Cut and drill the frame steel',
      module,
      where,
      adds: stock,
      shows: stock,
      actions: [
        'Cut each piece to its cut-list length, square and deburred; mark each with its row and the name in its note.',
        'Drill what the notes ask for now; holes through printed parts or other steel are drilled later, through them, where their step says.',
      ],
    })
  if (rest.length > 0 || welds.length > 0)
    steps.push({
      id: 'frame-assembly',
      title: welds.length > 0 ? 'Weld and square the frame' : 'Assemble and square the frame',
      module,
      where,
      adds: rest,
      shows: rest.length > 0 ? rest : stock,
      rows: welds,
      actions: [
        ...(rest.length > 0
          ? [
              `Put the frame together: ${printedLines(rest)
                .map((l) => `${l.quantity} x ${l.name}`)
                .join(', ')}, each bar pushed into its corners; fit the bolts loosely.`,
            ]
          : []),
        ...(welds.length > 0 ? ['Tack and weld the seams in the order of the weld-procedure row.'] : []),
        "Square it: each face's two diagonals equal within 1.5 mm (docs/design.md), then tighten (or weld) and check again.",
      ],
    })
  return steps
}

/** Equal units (the same leaves) in one step each, in tree order. */
function unitSteps(units: readonly Unit[]): Draft[] {
  const bySignature = new Map<string, Unit[]>()
  for (const unit of units) {
    const signature = unitLeaves(unit).map(leafKey).sort().join(',')
    bySignature.set(signature, [...(bySignature.get(signature) ?? []), unit])
  }
  return [...bySignature.values()].map((same) => {
    const [first] = same
    const where = same.map((u) => u.root.path)
    const shows = unitLeaves(first)
    const printed = shows.find((p) => p.leaf.kind === 'printed')
    return {
      // Alike units are named by their part, which more of them do not change (4 Z mounts or 2).
      id: same.length > 1 && printed ? leafId(printed) : first.root.node.name,
      title: shortName(shows) ? `${shortName(shows)} (${where.join(', ')})` : where.join(', '),
      module: first.module,
      where,
      adds: same.flatMap(unitLeaves),
      shows,
      actions: [
        ...(first.parent === undefined ? [] : [`Onto what carries it: ${same.map((u) => u.parent).join(', ')}.`]),
        ...assemblyActions(where, shows),
      ],
    }
  })
}

/** Each axis onto its mounts, with the leaves of the axes that fasten them to something else. */
function axesOntoFrame(units: readonly Unit[], loose: readonly PlacedLeaf[]): Draft {
  const where = units.map((u) => u.root.path)
  return {
    id: 'axes-onto-frame',
    title: `The axes onto the frame: ${where.join(', ')}`,
    module: units[0]?.module ?? 'axis',
    where,
    adds: loose,
    shows: [...units.flatMap(unitLeaves)],
    placed: units.length,
    actions: [
      `Set each axis on its mounts as the picture shows (${where.join(', ')}) and bolt its end faces to them; the motor ends where the picture has them.`,
      ...(loose.length > 0
        ? [
            `Fasten the axes to one another with ${boughtLines(loose)
              .map((l) => `${l.quantity} x ${l.id}`)
              .join(', ')}.`,
          ]
        : []),
      'Move each carriage by hand from end to end: it runs without binding, or the mounts are set again.',
    ],
  }
}

/** The wiring: what the control nodes hold, to connect to each other and to the machine. */
function wiringStep(units: readonly Unit[], wiring: readonly BoughtLine[]): Draft {
  const leaves = units.flatMap(unitLeaves)
  const parts = boughtLines(leaves).filter((l) => !SCREW.test(l.id) && !WITH_A_SCREW.test(l.id))
  return {
    extra: wiring,
    id: 'wiring',
    title: 'Wiring',
    module: units[0]?.module ?? 'control',
    where: units.map((u) => u.root.path),
    adds: [],
    shows: leaves,
    actions: [
      `Wire the control panels' parts: ${parts.map((l) => `${l.quantity} x ${l.id} (${l.description})`).join('; ')}.`,
      'Bring each motor, heater, fan, thermistor and the probe to its connector on the controller, each Y and Z motor on its own driver socket as printer.cfg names them; tie the leads clear of every carriage at both ends of its travel.',
      ...(wiring.length > 0
        ? ['Each cable, its length, gauge and ends: wiring.md (the same table as wiring.csv).']
        : []),
      'Mains last: the inlet to the power supply and the relay, the frame and both panels earthed.',
    ],
    precautions: [PRECAUTION.mains],
  }
}

function powerOnStep(kit: Kit, units: readonly Unit[]): Draft {
  const cfg = firmwareFiles(kit).get(PRINTER_CFG)
  return {
    id: 'power-on',
    title: 'First power-on and calibration',
    module: 'machine',
    where: ['machine'],
    adds: [],
    shows: units.flatMap(unitLeaves),
    actions: calibrationActions(cfg, kit.spec),
    precautions: [PRECAUTION.mains, PRECAUTION.hot, PRECAUTION.moving],
    fixedMinutes: MINUTES.calibration,
  }
}

/** Lists, tools, precautions, time and pictures of each step. */
function finish(drafts: readonly Draft[], rows: CutRows): Step[] {
  const stepOf = new Map<PlacedLeaf, number>()
  for (const [i, d] of drafts.entries()) for (const p of d.adds) stepOf.set(p, i)
  const ids = new Set<string>()
  // What stands in the machine so far: what machine steps added or set in place.
  const inMachine = new Set<PlacedLeaf>()
  return drafts.map((d, i) => {
    const id = ids.has(d.id) ? `${d.id}-${i + 1}` : d.id
    ids.add(id)
    const stock = stockLines(d.adds, rows, d.rows)
    const bought = [...boughtLines(d.adds), ...(d.extra ?? [])]
    const pieces = d.adds.flatMap((p) => (p.leaf.kind === 'stock' ? [p.leaf.piece] : []))
    const tools = mergeTools([
      ...bought.map((l) => ({ part: l.id, tools: toolsOfBought(l.id) })),
      ...pieces.map((p) => ({ part: p.item, tools: toolsOfRow(p.item, p.notes, true) })),
      ...(d.rows ?? []).map((r) => ({
        part: rows.cell(r, 'item'),
        tools: toolsOfRow(rows.cell(r, 'item'), rows.cell(r, 'notes'), false),
      })),
    ])
    const shown = new Set(d.shows)
    const onto = (d.scope ?? [...inMachine]).filter((p) => !shown.has(p) && (!d.scope || (stepOf.get(p) ?? i) < i))
    if (!d.scope) for (const p of [...d.adds, ...d.shows]) inMachine.add(p)
    const work = d.scope ? d.adds : [...d.adds, ...onto]
    const precautions = [
      ...(d.precautions ?? []),
      ...(d.adds.some(isMains) && !d.precautions?.includes(PRECAUTION.mains) ? [PRECAUTION.mains] : []),
      ...(d.adds.some(isMetalWork) ? [PRECAUTION.sharp] : []),
      ...((d.rows ?? []).some((r) => rows.cell(r, 'item').startsWith('weld')) ? [PRECAUTION.weld] : []),
      ...(gramsOf(work) / 1000 > HEAVY_KG ? [PRECAUTION.heavy(gramsOf(work) / 1000)] : []),
    ]
    const count = (test: (id: string) => boolean, lines = boughtLines(d.adds)) =>
      lines.filter((l) => test(l.id)).reduce((n, l) => n + l.quantity, 0)
    const time = stepTime({
      screws: count((b) => SCREW.test(b)),
      printed: d.adds.filter((p) => p.leaf.kind === 'printed').length,
      bought: count((b) => !SCREW.test(b) && !WITH_A_SCREW.test(b) && !CRIMPED.test(b)),
      cuts: pieces.length,
      holes: pieces.reduce((n, p) => n + holesInNote(p.notes), 0),
      welds: (d.rows ?? [])
        .filter((r) => rows.cell(r, 'item').startsWith('weld-fillet'))
        .reduce((n, r) => n + Number(rows.cell(r, 'quantity')), 0),
      crimps: count((b) => CRIMPED.test(b), bought),
      placed: d.placed ?? 0,
      fixed: d.fixedMinutes ?? 0,
    })
    return {
      id,
      title: d.title,
      module: d.module,
      where: d.where,
      printed: printedLines(d.adds),
      bought,
      stock,
      tools,
      precautions,
      actions: d.actions,
      time,
      adds: d.adds,
      picture: { shows: d.shows, onto },
    }
  })
}
