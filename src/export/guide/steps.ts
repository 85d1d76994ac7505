import { type PlacedLeaf, stockPieces } from '../../assembly/collect.js'
import { type ModuleSet, REGISTERED } from '../../assembly/index.js'
import { bounds } from '../../kernel/index.js'
import type { Kit } from '../kit.js'
import { firmwareFiles } from '../klipper/index.js'
import {
  assemblyActions,
  countWord,
  describe,
  joinActions,
  listLines,
  nodeName,
  SCREW,
  shortName,
  WITH_A_SCREW,
} from './actions.js'
import { bedJunctionActions, isBedJunction } from './bed-junction.js'
import { calibrationActions, PRINTER_CFG } from './calibration.js'
import type { Draft } from './draft.js'
import { inBox } from './fasteners.js'
import { gridBedActions, isGridBed } from './grid-bed.js'
import { AFTER_ASSEMBLY, drillingsOf, drillingThrough, drillThrough, jointsOf, settleFasteners } from './joints.js'
import { boughtLines, CutRows, printedLines, stockLines } from './lines.js'
import { gramsOf, HEAVY_KG, isMains, isMetalWork, PRECAUTION } from './precautions.js'
import { POWER_ON, withSetups } from './setups.js'
import { type Box, splitNode } from './split.js'
import { holesInNote, MINUTES, stepTime } from './time.js'
import { mergeTools, toolsOfBought, toolsOfRow } from './tools.js'
import type { Step } from './types.js'
import { leafId, leafKey, type Role, rolesOf, type Unit, unitLeaves, unitsOf } from './units.js'
import { fitElsewhere, intoWiring, wiringLines, wiringStep } from './wiring-step.js'

/** The phases of the build, in order, by the role of the modules they build. */
const PHASES: readonly Role[] = ['axis', 'frame', 'mounts', 'bed', 'tool-head', 'accessory', 'control']

/**
 * The crimped or soldered joints a part takes, by its BOM item: a butt splice joins two wires (2
 * crimps), a diode is soldered into a wire at both leads (2), a contact, ferrule, terminal or
 * receptacle ends one wire, a solder sleeve joins a conductor to a lead (1); so a step counts the
 * joints the wiring table's rows make.
 */
const CRIMPS: readonly (readonly [RegExp, number])[] = [
  [/^(butt-splice|diode)-/, 2],
  [/^(crimp-|ferrule-|fork-terminal-|ring-terminal-|receptacle-|solder-sleeve-)/, 1],
]
export const crimpsOf = (id: string): number => CRIMPS.find(([kind]) => kind.test(id))?.[1] ?? 0

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
  const joints = jointsOf(units, boxOf)
  // The axes a unit bolts to: mounts located by their axis are one step.
  const partnerOf = (u: Unit) =>
    [
      ...new Set(
        joints.flatMap((j) =>
          j.unit === u ? j.others.filter((o) => roleOf(o.module) === 'axis').map((o) => o.root.path) : [],
        ),
      ),
    ].join(',')
  const axes = axisSteps(byRole('axis'), boxOf)
  const drafts: Draft[] = []
  for (const role of PHASES) {
    if (role === 'axis') drafts.push(...axes.steps)
    else if (role === 'frame') drafts.push(...frameSteps(byRole('frame'), rows))
    else drafts.push(...unitSteps(byRole(role), partnerOf, boxOf, rows))
    if (role === 'mounts') drafts.push(axesOntoFrame(byRole('axis'), axes.loose))
    if (role === 'control')
      drafts.push(
        wiringStep(byRole('control'), fitElsewhere(drafts, wiringLines(kit, units), roleOf), kit.electrics?.wiring),
      )
  }
  const cfg = firmwareFiles(kit).get(PRINTER_CFG)
  drafts.push(powerOnStep(cfg, kit, units))
  const settled = intoWiring(settleFasteners(drafts, units, joints, boxOf), joints, kit.electrics?.wiring.rows)
  const drilled = drillingThrough(settled, joints, drillingsOf(kit, modules), byRole('frame').flatMap(unitLeaves))
  return finish(withSetups(drilled, kit, cfg), rows)
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
  // A leaf of a node below that nests in a joining piece by "node/id" (a block on its axis's rail) goes in with it.
  const joinOf = (p: PlacedLeaf) =>
    (p.leaf.nests ?? [])
      .filter((n) => n.includes('/'))
      .map((n) => [...joins.values()].find((j) => j.leaves.some((q) => leafId(q) === n.slice(n.lastIndexOf('/') + 1))))
      .find((j) => j !== undefined)
  for (const p of [...loose]) {
    const join = joinOf(p)
    if (!join) continue
    loose.splice(loose.indexOf(p), 1)
    join.leaves.push(p)
    if (p.path.slice(1).join('/').startsWith(`${join.where[0]}/`)) join.shows.push(p)
  }
  const joined = [...joins].sort(([, a], [, b]) => a.spans - b.spans || a.first - b.first)
  // A group that fastens to what a join brings (a carriage onto the block on its rail) comes right after that join.
  const wantsOf = (leaves: readonly PlacedLeaf[]) => {
    const own = new Set(leaves.map(leafId))
    const brought = new Set(joined.flatMap(([, j]) => j.leaves.map(leafId)))
    return [...new Set(leaves.flatMap((p) => p.leaf.nests ?? []))].filter((n) => !own.has(n) && brought.has(n)).sort()
  }
  const lastJoinFor = (wants: readonly string[]) =>
    joined.reduce((last, [, j], i) => (j.leaves.some((p) => wants.includes(leafId(p))) ? i : last), -1)
  const groupSteps = [...groups.values()].map((g) => {
    const wants = wantsOf(g.leaves)
    const onIt =
      wants.length > 0
        ? [`It goes together on the ${wants.join(', ')} the step before put in place, not on the bench.`]
        : []
    return {
      after: lastJoinFor(wants),
      draft: {
        id: leafId(g.shows.find((p) => p.leaf.kind === 'printed') ?? g.shows[0]),
        title: `${shortName(g.shows)}: ${countWord(g.where.length)}`,
        module: g.unit.module,
        where: g.where,
        adds: g.leaves,
        shows: g.shows,
        scope: unitLeaves(g.unit),
        actions: (adds: readonly PlacedLeaf[]) => {
          const [layOut, ...rest] = assemblyActions(g.where, adds, trappedIn(adds, boxOf))
          return [layOut, ...onIt, ...rest]
        },
      } satisfies Draft,
    }
  })
  const groupsAfter = (i: number) => groupSteps.filter((g) => g.after === i).map((g) => g.draft)
  const steps: Draft[] = groupsAfter(-1)
  for (const [i, [id, j]] of joined.entries()) {
    steps.push({
      id,
      title: `${describe(j.shows[0])}: ${countWord(j.where.length)}`,
      module: j.unit.module,
      where: j.where,
      adds: j.leaves,
      shows: j.shows,
      scope: unitLeaves(j.unit),
      actions: (adds) => joinActions(j.where, adds),
    })
    steps.push(...groupsAfter(i))
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
      actions: () => [
        'Cut each piece to its cut-list length, square and deburred; mark each with its row and the name in its note.',
        'Drill what the notes ask for now; holes through printed parts or other steel are drilled later, through them, where their step says.',
      ],
    })
  // Bars drilled through their printed corners once the frame stands (their cut-list notes).
  const later = stock.filter((p) => p.leaf.kind === 'stock' && AFTER_ASSEMBLY.test(p.leaf.piece.notes))
  if (rest.length > 0 || welds.length > 0)
    steps.push({
      id: 'frame-assembly',
      title: welds.length > 0 ? 'Weld and square the frame' : 'Assemble and square the frame',
      module,
      where,
      adds: rest,
      shows: rest.length > 0 ? rest : stock,
      rows: welds,
      works: later,
      actions: () => [
        ...(rest.length > 0
          ? [
              `Put the frame together: ${printedLines(rest)
                .map((l) => `${l.quantity} x ${l.name}`)
                .join(
                  ', ',
                )}, each bar pushed onto its stops and into its corners${later.length > 0 ? ", each leg clamped onto its connector's plate (no bolts yet: the bars are drilled through the connectors' guide holes)" : '; fit the bolts loosely'}.`,
            ]
          : []),
        ...(welds.length > 0 ? ['Tack and weld the seams in the order of the weld-procedure row.'] : []),
        "Square it: each face's two diagonals equal within 1.5 mm (docs/design.md).",
        ...(later.length > 0 ? [drillThrough(later, "the connector's guide hole", 'one corner at a time')] : []),
        `${later.length > 0 ? 'Tighten every bolt' : 'Tighten (or weld)'}${boughtLines(rest).length > 0 ? ` (${listLines(boughtLines(rest))} in all)` : ''} and check the diagonals again.`,
      ],
    })
  return steps
}

/** A nut in a trap: its origin in the box of one of the step's printed parts (as settleFasteners keeps it there). */
const trappedIn =
  (adds: readonly PlacedLeaf[], boxOf: (p: PlacedLeaf) => Box) =>
  (nut: PlacedLeaf): boolean =>
    adds.some((q) => q.leaf.kind === 'printed' && inBox(nut, q, boxOf))

/**
 * Equal units (the same leaves) in one step each, in tree order. A step is named by its first
 * printed part, or by its nodes where it builds them round a piece of stock (a panel, a rail, a
 * plate: the printed part is one of many on it).
 */
function unitSteps(
  units: readonly Unit[],
  partnerOf: (u: Unit) => string,
  boxOf: (p: PlacedLeaf) => Box,
  rows: CutRows,
): Draft[] {
  // Units bolted to one axis (its two mounts) go together; alike sets of them in one step.
  const sets = new Map<string, Unit[]>()
  for (const unit of units) {
    const key = partnerOf(unit) || unit.root.path
    sets.set(key, [...(sets.get(key) ?? []), unit])
  }
  const bySignature = new Map<string, Unit[][]>()
  for (const set of sets.values()) {
    const signature = set.map((u) => unitLeaves(u).map(leafKey).sort().join(',')).join('|')
    bySignature.set(signature, [...(bySignature.get(signature) ?? []), set])
  }
  return [...bySignature.values()].map((alike) => {
    const same = alike.flat()
    const [first] = same
    const where = same.map((u) => u.root.path)
    const shows = alike[0].flatMap(unitLeaves)
    const printed = shows.find((p) => p.leaf.kind === 'printed')
    return {
      // Alike units are named by their part, which more of them do not change (4 Z mounts or 2).
      id: same.length > 1 && printed ? leafId(printed) : first.root.node.name,
      title: `${shows.some((p) => p.leaf.kind === 'stock') || !shortName(shows) ? nodeName(same.map((u) => u.root.node.name)) : shortName(shows)} (${where.join(', ')})`,
      module: first.module,
      where,
      adds: same.flatMap(unitLeaves),
      shows,
      actions: (adds, joins) => [
        ...(first.parent === undefined ? [] : [`Onto what carries it: ${same.map((u) => u.parent).join(', ')}.`]),
        ...(isGridBed(adds)
          ? [...gridBedActions(adds.filter((p) => !isBedJunction(p))), ...bedJunctionActions(adds)]
          : assemblyActions(where, adds, trappedIn(adds, boxOf), steelHolesFor(shows, rows))),
        ...joins,
      ],
    }
  })
}

/**
 * Where a unit of bought parts only (a box) bolts straight to the frame's steel: the cut-list rows
 * whose notes drill holes for what its box is for ("Box for the second emergency stop": "2 holes
 * 6.5 mm for the second emergency stop").
 */
function steelHolesFor(leaves: readonly PlacedLeaf[], rows: CutRows): string | undefined {
  if (leaves.some((p) => p.leaf.kind !== 'bought')) return undefined
  const purpose = boughtLines(leaves)
    .map((l) => /^Box for (the [^,:]+)/.exec(l.description)?.[1])
    .find((p) => p !== undefined)
  if (!purpose) return undefined
  const found = rows
    .indices()
    .filter((r) => new RegExp(`holes? [\\d.]+ mm for ${purpose}\\b`).test(rows.cell(r, 'notes')))
  if (found.length === 0) return undefined
  return `the holes ${found.map((r) => `cut-list row ${r + 1}`).join(' and ')} drills for ${purpose}`
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
    shows: [...units.flatMap(unitLeaves), ...loose],
    places: units,
    actions: (_, joins) => [
      `Set each axis on its mounts as the picture shows (${where.join(', ')}), the motor ends where the picture has them.`,
      ...joins,
      'Move each carriage by hand from end to end: it runs without binding, or the mounts are set again.',
    ],
  }
}

function powerOnStep(cfg: string | undefined, kit: Kit, units: readonly Unit[]): Draft {
  return {
    id: POWER_ON,
    title: 'First power-on and calibration',
    module: 'machine',
    where: ['machine'],
    adds: [],
    shows: units.flatMap(unitLeaves),
    actions: () => calibrationActions(cfg, kit.spec),
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
      ...bought.map((l) => ({ part: l.id, tools: toolsOfBought(l.id, l.description) })),
      ...pieces.map((p) => ({ part: p.item, tools: toolsOfRow(p.item, p.notes, true) })),
      ...(d.works ?? []).flatMap((p) =>
        p.leaf.kind === 'stock'
          ? [{ part: p.leaf.piece.item, tools: toolsOfRow(p.leaf.piece.item, p.leaf.piece.notes, false) }]
          : [],
      ),
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
    const count = (each: (id: string) => number, lines = boughtLines(d.adds)) =>
      lines.reduce((n, l) => n + each(l.id) * l.quantity, 0)
    const one = (test: (id: string) => boolean) => (id: string) => (test(id) ? 1 : 0)
    const time = stepTime({
      screws: count(one((b) => SCREW.test(b))),
      printed: d.adds.filter((p) => p.leaf.kind === 'printed').length,
      bought: count(one((b) => !SCREW.test(b) && !WITH_A_SCREW.test(b) && crimpsOf(b) === 0)),
      cuts: pieces.length,
      holes: pieces.reduce((n, p) => n + holesInNote(p.notes), 0),
      welds: (d.rows ?? [])
        .filter((r) => rows.cell(r, 'item').startsWith('weld-fillet'))
        .reduce((n, r) => n + Number(rows.cell(r, 'quantity')), 0),
      crimps: count(crimpsOf, bought),
      placed: d.places?.length ?? 0,
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
      actions: d.actions(d.adds, d.joins ?? []),
      works: [
        ...new Map(
          (d.works ?? []).flatMap((p) =>
            p.leaf.kind === 'stock'
              ? [[p.leaf.piece.notes, { item: p.leaf.piece.item, notes: p.leaf.piece.notes }]]
              : [],
          ),
        ).values(),
      ],
      time,
      adds: d.adds,
      picture: { shows: d.shows, onto },
    }
  })
}
