import type { PlacedLeaf } from '../../assembly/collect.js'
import type { ModuleSet } from '../../assembly/index.js'
import type { Vec3 } from '../../kernel/matrix.js'
import type { Drilling } from '../../parts/types.js'
import type { Kit } from '../kit.js'
import { listLines } from './actions.js'
import type { Draft } from './draft.js'
import { alongScrew, clampedBy, type Fastener, fastenersOf, inBox } from './fasteners.js'
import { boughtLines } from './lines.js'
import type { Box } from './split.js'
import { drillsOfNote } from './tools.js'
import { type Unit, unitLeaves } from './units.js'

/** A frame bar's note that has its holes drilled through its corners once the frame stands. */
export const AFTER_ASSEMBLY = /after assembly/

/**
 * How a builder drills steel through a part's holes (the pieces' cut-list notes): the largest
 * size the notes name spots and opens each hole, the smallest pilots it, and each hole is bolted
 * before the next so that the part cannot shift.
 */
export function drillThrough(pieces: readonly PlacedLeaf[], guide: string, order: string): string {
  const sizes = [...new Set(pieces.flatMap((p) => (p.leaf.kind === 'stock' ? drillsOfNote(p.leaf.piece.notes) : [])))]
  const [pilot, open] = [Math.min(...sizes), Math.max(...sizes)]
  return `Drill the steel through it, ${order}, the work clamped: at each hole spot it with the ${open} mm drill through ${guide} (a few turns: the guide centres it), drill a ${pilot} mm pilot in the spot, open it to ${open} mm through ${guide}, deburr, and bolt it (washers and nut as the parts list has them) before drilling the next.`
}

/**
 * Every fastener in the step that can tighten it: a screw (with its washers and the nuts on its
 * shank) that clamps printed parts of two units waits for the step that has them both in their
 * place (an axis built on the bench is in its place once a step sets it there); one that clamps
 * its own unit's parts stays where they are put together. A nut in a trap of the step's own part
 * stays, pressed in before that part goes on. The step that gets them says what they join.
 */
export function settleFasteners(
  drafts: readonly Draft[],
  units: readonly Unit[],
  joints: readonly Joint[],
  boxOf: (p: PlacedLeaf) => Box,
): Draft[] {
  const stepOf = new Map<PlacedLeaf, number>()
  for (const [i, d] of drafts.entries()) for (const p of d.adds) stepOf.set(p, i)
  const placedAt = new Map<Unit, number>()
  for (const u of units) placedAt.set(u, Math.max(...unitLeaves(u).map((p) => stepOf.get(p) ?? 0)))
  for (const [i, d] of drafts.entries())
    for (const u of d.places ?? []) placedAt.set(u, Math.max(placedAt.get(u) ?? 0, i))
  const unitOf = new Map<PlacedLeaf, Unit>()
  for (const u of units) for (const p of unitLeaves(u)) unitOf.set(p, u)
  const moved = new Map<PlacedLeaf, number>()
  const joins = new Map<number, Map<string, PlacedLeaf[]>>()
  for (const { fastener: f, unit: own, clamped, others } of joints) {
    const from = stepOf.get(f.screw) ?? 0
    const target =
      others.length === 0
        ? Math.max(from, ...clamped.map((c) => stepOf.get(c) ?? 0))
        : Math.max(from, ...clamped.map((c) => placedAt.get(unitOf.get(c) as Unit) ?? 0))
    const joining = others.length > 0 && (target > from || drafts[from].places !== undefined)
    if (!joining && target === from) continue
    const stays = (n: PlacedLeaf) =>
      n.leaf.kind === 'bought' &&
      n.leaf.part.id.endsWith('-hex-nut') &&
      drafts[from].adds.some((q) => q.leaf.kind === 'printed' && q !== n && inBox(n, q, boxOf))
    const going = [f.screw, ...f.on.filter((n) => target === from || !stays(n))]
    for (const p of going) moved.set(p, target)
    if (joining) {
      const pair = `${own.root.path} to ${others.map((u) => u.root.path).join(' and ')}`
      const pairs = joins.get(target) ?? new Map<string, PlacedLeaf[]>()
      pairs.set(pair, [...(pairs.get(pair) ?? []), ...going])
      joins.set(target, pairs)
    }
  }
  return drafts.map((d, i) => {
    const kept = d.adds.filter((p) => (moved.get(p) ?? i) === i)
    const gained = [...moved].filter(([p, to]) => to === i && stepOf.get(p) !== i).map(([p]) => p)
    const byText = new Map<string, string[]>()
    for (const [pair, leaves] of joins.get(i) ?? []) {
      const text = listLines(boughtLines(leaves))
      byText.set(text, [...(byText.get(text) ?? []), pair])
    }
    const joined = [...byText].map(([text, pairs]) => `Bolt ${pairs.join(', ')}: ${text} each.`)
    const gone = new Set(d.adds.filter((p) => !kept.includes(p)))
    return {
      ...d,
      adds: [...kept, ...gained],
      shows: [...d.shows.filter((p) => !gone.has(p)), ...gained.filter((p) => !d.shows.includes(p))],
      ...(joined.length > 0 ? { joins: joined } : {}),
    }
  })
}

/** A fastener with the unit it belongs to, the printed parts it clamps and the other units they are in. */
export interface Joint {
  readonly fastener: Fastener
  readonly unit: Unit
  readonly clamped: readonly PlacedLeaf[]
  readonly others: readonly Unit[]
}

export function jointsOf(units: readonly Unit[], boxOf: (p: PlacedLeaf) => Box): Joint[] {
  const unitOf = new Map<PlacedLeaf, Unit>()
  for (const u of units) for (const p of unitLeaves(u)) unitOf.set(p, u)
  const all = [...unitOf.keys()]
  const printed = all.filter((p) => p.leaf.kind === 'printed')
  return fastenersOf(all).map((fastener) => {
    const unit = unitOf.get(fastener.screw) as Unit
    const clamped = clampedBy(fastener.screw, printed, boxOf)
    const others = [...new Set(clamped.map((c) => unitOf.get(c) as Unit))].filter((u) => u !== unit)
    return { fastener, unit, clamped, others }
  })
}

/** The holes the modules on the frame have drilled in its steel (as the machine's build asks them). */
export function drillingsOf(kit: Kit, modules: ModuleSet): Drilling[] {
  const context = { spec: kit.spec, layout: kit.layout }
  return [
    ...modules.mounts.drillings(context),
    ...modules.control.drillings(context),
    ...modules.accessories.flatMap((a) => a.drillings?.(context) ?? []),
  ]
}

/** A drilling is made through a part by the screw on whose axis it lies (mm off the axis). */
const ON_THE_HOLE = 1

/**
 * The steps that drill the frame's steel through their parts: a drilling on the axis of one of
 * the step's screws. A step without stock of its own (whose notes would say how) is told how,
 * after locating its parts with what they bolt to later, if that is built already.
 */
export function drillingThrough(
  drafts: readonly Draft[],
  joints: readonly Joint[],
  drillings: readonly Drilling[],
  frame: readonly PlacedLeaf[],
): Draft[] {
  const bars = frame.filter((p) => p.leaf.kind === 'stock')
  return drafts.map((d, i) => {
    if (d.adds.some((p) => p.leaf.kind === 'stock') || d.works) return d
    const screws = new Set(d.adds)
    const purposes = new Set(
      drillings
        .filter((h) =>
          joints.some(({ fastener: f }) => {
            if (!screws.has(f.screw)) return false
            const { t, off } = alongScrew(f.screw, [...h.at] as Vec3)
            return off < ON_THE_HOLE && t > 0
          }),
        )
        .map((h) => h.purpose),
    )
    const works = bars.filter(
      (p) =>
        p.leaf.kind === 'stock' &&
        [...purposes].some((w) => p.leaf.kind === 'stock' && p.leaf.piece.notes.includes(`for ${w}`)),
    )
    if (works.length === 0) return d
    const partners = [
      ...new Set(
        joints
          .flatMap((j) => (d.adds.some((p) => unitLeaves(j.unit).includes(p)) ? j.others : []))
          .map((u) => u.root.path),
      ),
    ]
    const by = drafts.findIndex((o, k) => k > i && o.places?.some((u) => partners.includes(u.root.path)))
    const locate =
      partners.length > 0 && by > i
        ? [
            `Locate them with what they carry: bolt them loosely to ${partners.join(', ')} with the screws step ${by + 1} lists, clamp each in its place on the frame as the picture has it, then take ${partners.join(', ')} off again to drill (the mounts stay clamped).`,
          ]
        : []
    const drill = [...locate, drillThrough(works, "the part's hole", 'one hole at a time')]
    const actions = d.actions
    return {
      ...d,
      works,
      actions: (adds, joins) => {
        const text = actions(adds, joins)
        const at = text.findIndex((a) => a.startsWith('Bolt it together'))
        if (at < 0) return [...text, ...drill]
        // Its bolts go in as their holes are drilled.
        const bolts = text[at].replace(
          'Bolt it together: ',
          'Its bolts through the steel, each put in as its hole is drilled: ',
        )
        return [...text.slice(0, at), ...drill, bolts, ...text.slice(at + 1)]
      },
    }
  })
}
