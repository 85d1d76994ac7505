import type { PlacedLeaf } from '../../assembly/collect.js'
import { LIMITS } from '../../engineering/limits.js'
import { boughtLines } from './lines.js'
import { leafId } from './units.js'

/** Screws by their BOM item; nuts and washers go with a screw. */
export const SCREW = /-(cap-screw|low-head-screw|countersunk-screw|set-screw)$/
export const WITH_A_SCREW = /-(hex-nut|washer)$/

/** "2 x a, 1 x b". */
export const listLines = (lines: readonly { id: string; quantity: number }[]) =>
  lines.map((l) => `${l.quantity} x ${l.id}`).join(', ')

/** Which of the nodes a leaf is in: the longest node path its own path starts with. */
function instanceOf(where: readonly string[], p: PlacedLeaf): string | undefined {
  const path = p.path.slice(1).join('/')
  return [...where].sort((a, b) => b.length - a.length).find((w) => path === w || path.startsWith(`${w}/`))
}

/**
 * The lines of one kind of parts for one sub-assembly: "2 x a" when every node gets the same,
 * or each node's own ("x/carriage: none; y-left/carriage: 2 x a").
 */
export function perInstance(
  where: readonly string[],
  leaves: readonly PlacedLeaf[],
  keep: (id: string) => boolean,
): string {
  const of = (w: string) =>
    listLines(boughtLines(leaves.filter((p) => instanceOf(where, p) === w)).filter((l) => keep(l.id)))
  const texts = where.map(of)
  if (texts.every((t) => t === texts[0])) return texts[0]
  const byText = new Map<string, string[]>()
  for (const [i, t] of texts.entries()) byText.set(t, [...(byText.get(t) ?? []), where[i]])
  return [...byText].map(([t, ws]) => `${ws.join(', ')}: ${t || 'none'}`).join('; ')
}

/**
 * Generic assembly text: what goes in, with what, for each of the nodes (`leaves`: every node's,
 * so that nodes that differ, a carriage whose holes a tool head takes, say so). `trapped`: a nut
 * in a trap of a printed part, pressed in first; the other nuts go on with their screws.
 */
export function assemblyActions(
  where: readonly string[],
  leaves: readonly PlacedLeaf[],
  trapped: (nut: PlacedLeaf) => boolean,
  onSteel?: string,
): string[] {
  const isNut = (id: string) => id.endsWith('-hex-nut')
  const inTraps = leaves.filter((p) => p.leaf.kind === 'bought' && isNut(p.leaf.part.id) && trapped(p))
  const rest = leaves.filter((p) => !inTraps.includes(p))
  const isFitted = (id: string) => !SCREW.test(id) && !WITH_A_SCREW.test(id)
  const isFastener = (id: string) => SCREW.test(id) || WITH_A_SCREW.test(id)
  const each = where.length > 1 ? ` (for each of ${where.join(', ')})` : ''
  const has = (test: (id: string) => boolean, among = leaves) => boughtLines(among).some((l) => test(l.id))
  return [
    `Lay out the parts of one${each}: the picture shows ${where[0]}, its new parts in colour.`,
    ...toDrill(leaves).map((l) => `Drill ${l.id} first, as its line asks: ${DRILL_ITS.exec(l.description)?.[0]}.`),
    ...(inTraps.length > 0 ? [`Press the nuts into their traps first: ${perInstance(where, inTraps, isNut)}.`] : []),
    ...(has(isFitted) ? [`Fit ${perInstance(where, leaves, isFitted)} where the picture has them.`] : []),
    ...(has((id) => SCREW.test(id))
      ? [
          onSteel
            ? `Bolt it to the steel in its place, through ${onSteel}: ${perInstance(where, rest, isFastener)}; tight.`
            : `Bolt it together: ${perInstance(where, rest, isFastener)}; snug, evenly, not so tight that a printed part cracks.`,
        ]
      : has(isNut, rest)
        ? [`Put on ${perInstance(where, rest, isNut)} where the picture has them.`]
        : []),
  ]
}

/** What a bought part's description has the builder drill in it: "drill its lid 22.3 mm for the stop, its base for 2 x M6". */
const DRILL_ITS = /\bdrill its [^)]*/

/** The bought parts (a box) drilled by the builder before the rest goes in. */
const toDrill = (leaves: readonly PlacedLeaf[]) => boughtLines(leaves).filter((l) => DRILL_ITS.test(l.description))

/** Rods through the bearings and into the ends; a belt round its pulleys, clamped and tensioned. */
export function joinActions(where: readonly string[], leaves: readonly PlacedLeaf[]): string[] {
  const [first] = leaves
  // Nodes whose pieces go through other parts (a geared Z motor's ends, its 8 mm bore pulley) are named apart.
  const byNests = new Map<string, string[]>()
  for (const w of where) {
    const mine = leaves.find((p) => instanceOf(where, p) === w) ?? first
    const nests = (mine.leaf.nests ?? []).join(', ')
    byNests.set(nests, [...(byNests.get(nests) ?? []), w])
  }
  // A belt, round the pulley and the idler, is tensioned once it is in.
  const belt = first.leaf.kind === 'stock' && first.leaf.piece.item.startsWith('gt2-belt-')
  const [low, high] = LIMITS.beltPretension
  // What nests in the piece and in more (a rail on its tube, the rail's screws and block) goes on it on the
  // bench first; what nests in the piece alone (the tube's bolts) fastens it in its place after.
  const others = leaves.filter((p) => leafId(p) !== leafId(first))
  const onBench = others.filter((p) => (p.leaf.nests ?? []).some((n) => n !== leafId(first)))
  return [
    ...withIt(onBench).map((line, i) =>
      i === 0 ? line.replace(/^Then /, `On the bench first, onto each ${leafId(first)}: `) : line,
    ),
    ...[...byNests].map(
      ([nests, ws]) =>
        `For each of ${ws.join(', ')}: ${describe(first)}${onBench.length > 0 ? ', with all that on it,' : ''} through ${nests}, as the picture shows.`,
    ),
    ...withIt(others.filter((p) => !onBench.includes(p))),
    ...(belt
      ? [
          `Tension it with the tensioner's screw to ${low}-${high} N (plucked, the longer strand gives a low note; docs/design.md, "Engineering checks"), then check the carriage runs end to end.`,
        ]
      : []),
  ]
}

/** What goes in with a joining piece (a rail on its tube, the tube's bolts): each kind, how many, and into what. */
function withIt(leaves: readonly PlacedLeaf[]): string[] {
  const kinds = new Map<string, { p: PlacedLeaf; count: number }>()
  for (const p of leaves) {
    const kind = kinds.get(leafId(p)) ?? { p, count: 0 }
    kind.count += 1
    kinds.set(leafId(p), kind)
  }
  return [...kinds].map(
    ([id, { p, count }]) =>
      `Then ${describe(p)} (${id}): ${count}, into ${(p.leaf.nests ?? []).map((n) => n.slice(n.lastIndexOf('/') + 1)).join(', ')}.`,
  )
}

/** How many alike sub-assemblies a step makes. */
export const countWord = (n: number) => (n === 1 ? 'one' : `${n} alike`)

/**
 * A step's name from its nodes' names, the words they share ("y-rail-left", "y-rail-right": "Y
 * rail"): for a step that builds a whole sub-assembly round a piece of stock (a panel, a rail).
 */
export function nodeName(names: readonly string[]): string {
  const words = names.map((n) => n.split('-'))
  const shared = words[0].findIndex((w, i) => words.some((ws) => ws[i] !== w))
  const text = words[0].slice(0, shared < 0 ? undefined : Math.max(shared, 1)).join(' ')
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** A step's name from its first printed part's description, up to its first comma or colon. */
export function shortName(leaves: readonly PlacedLeaf[]): string {
  const printed = leaves.find((p) => p.leaf.kind === 'printed')
  return printed ? describe(printed) : ''
}

export function describe(p: PlacedLeaf): string {
  const text =
    p.leaf.kind === 'printed'
      ? p.leaf.part.description
      : p.leaf.kind === 'bought'
        ? p.leaf.part.description
        : p.leaf.piece.material
  return text.split(/[,:(]/)[0].trim()
}
