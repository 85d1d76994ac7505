import type { PlacedLeaf } from '../../assembly/collect.js'
import { LIMITS } from '../../engineering/limits.js'
import { boughtLines } from './lines.js'

/** Screws by their BOM item; nuts and washers go with a screw. */
export const SCREW = /-(cap-screw|low-head-screw|countersunk-screw|set-screw)$/
export const WITH_A_SCREW = /-(hex-nut|washer)$/

/** Generic assembly text: what goes in, with what, for each of the nodes. */
export function assemblyActions(where: readonly string[], leaves: readonly PlacedLeaf[]): string[] {
  const bought = boughtLines(leaves)
  const fitted = bought.filter((l) => !SCREW.test(l.id) && !WITH_A_SCREW.test(l.id))
  const nuts = bought.filter((l) => l.id.endsWith('-hex-nut'))
  const screws = bought.filter((l) => SCREW.test(l.id))
  const each = where.length > 1 ? ` (for each of ${where.join(', ')})` : ''
  const list = (lines: readonly { id: string; quantity: number }[]) =>
    lines.map((l) => `${l.quantity} x ${l.id}`).join(', ')
  return [
    `Lay out the parts of one${each}: the picture shows ${where[0]}, its new parts in colour.`,
    ...(nuts.length > 0 ? [`Press the nuts into their traps first: ${list(nuts)}.`] : []),
    ...(fitted.length > 0 ? [`Fit ${list(fitted)} where the picture has them.`] : []),
    ...(screws.length > 0
      ? [`Bolt it together: ${list(screws)}; snug, evenly, not so tight that a printed part cracks.`]
      : []),
  ]
}

/** Rods through the bearings and into the ends; a belt round its pulleys, clamped and tensioned. */
export function joinActions(where: readonly string[], leaves: readonly PlacedLeaf[]): string[] {
  const [first] = leaves
  const nests = first.leaf.nests ?? []
  const roundBought =
    first.leaf.kind === 'stock' && leaves.some((p) => (p.leaf.nests ?? []).some((n) => !n.startsWith('axis-')))
  const [low, high] = LIMITS.beltPretension
  return [
    `For each of ${where.join(', ')}: ${describe(first)} through ${nests.join(', ')}, as the picture shows.`,
    ...(roundBought
      ? [
          `Tension it with the tensioner's screw to ${low}-${high} N (plucked, the longer strand gives a low note; docs/design.md, "Engineering checks"), then check the carriage runs end to end.`,
        ]
      : []),
  ]
}

/** How many alike sub-assemblies a step makes. */
export const countWord = (n: number) => (n === 1 ? 'one' : `${n} alike`)

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
