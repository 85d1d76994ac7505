import type { Tool } from './types.js'

/**
 * The tools a step needs, from what it uses: each rule reads a BOM item's id (the catalogue's
 * naming, modules/vitamins) or a cut-list row's notes. Sizes and their sources: docs/design.md,
 * "Build guide".
 */

/** Hex keys by screw standard and size, mm: the socket's nominal across flats `s`. */
const HEX_KEY: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  // ISO 4762 socket head cap screws
  'cap-screw': { m3: 2.5, m4: 3, m5: 4, m6: 5, m8: 6 },
  // DIN 7984 low head cap screws
  'low-head-screw': { m3: 2, m4: 2.5, m5: 3, m6: 4, m8: 5 },
  // ISO 10642 countersunk screws
  'countersunk-screw': { m3: 2, m4: 2.5, m5: 3, m6: 4, m8: 5 },
  // ISO 4026 set screws
  'set-screw': { m3: 1.5, m4: 2, m5: 2.5, m6: 3, m8: 4 },
}

/** Spanners by nut size: ISO 4032 hex nuts' across flats, mm. */
const NUT_SPANNER: Readonly<Record<string, number>> = { m3: 5.5, m4: 7, m5: 8, m6: 10, m8: 13 }

const SCREW = /^(m\d+)x[\d.]+-(cap-screw|low-head-screw|countersunk-screw|set-screw)$/
const NUT = /^(m\d+)-hex-nut$/
/** Bought parts that come with their own grub screws (GT2 pulleys: M3, ISO 4026). */
const WITH_GRUB_SCREWS = /^gt2-pulley-/
/** Crimped terminals and ferrules. */
const CRIMPED = /(ferrule|terminal|crimp)/

const mm = (n: number) => `${n} mm`

/** The tool names one bought part needs. */
export function toolsOfBought(id: string): string[] {
  const screw = SCREW.exec(id)
  if (screw) {
    const key = HEX_KEY[screw[2]]?.[screw[1]]
    if (key === undefined) throw new Error(`no hex key known for ${id}`)
    return [`hex key ${mm(key)}`]
  }
  const nut = NUT.exec(id)
  if (nut) {
    const across = NUT_SPANNER[nut[1]]
    if (across === undefined) throw new Error(`no spanner known for ${id}`)
    return [`spanner ${mm(across)}`]
  }
  if (WITH_GRUB_SCREWS.test(id)) return [`hex key ${mm(HEX_KEY['set-screw'].m3)}`]
  if (CRIMPED.test(id)) return ['crimping tool']
  if (/^wire-/.test(id)) return ['wire stripper and cutter']
  return []
}

/** Drill sizes a cut-list note names: "the 6.5 mm drill", "a 3 mm pilot", "holes 4.5 mm". */
export function drillsOfNote(note: string): number[] {
  const sizes = new Set<number>()
  for (const m of note.matchAll(/(\d+(?:\.\d+)?) mm (?:drill|pilot)/g)) sizes.add(Number(m[1]))
  for (const m of note.matchAll(/holes? (\d+(?:\.\d+)?) mm/g)) sizes.add(Number(m[1]))
  return [...sizes].sort((a, b) => a - b)
}

/** The tools a cut-list row needs: a saw for a piece to cut, drills, a countersink, a welder. */
export function toolsOfRow(item: string, note: string, cut: boolean): string[] {
  const tools: string[] = []
  if (cut) tools.push(sawFor(item))
  for (const d of drillsOfNote(note)) tools.push(`drill ${mm(d)}`)
  if (/countersunk/.test(note)) tools.push('countersink 90 degrees')
  if (/^weld/.test(item)) tools.push('welder')
  if (/\bclamp\b|\bclamp it\b|Clamp/.test(note)) tools.push('clamps')
  if (/squar|a square/.test(note)) tools.push('square')
  return tools
}

/** Steel and aluminium are cut with a hacksaw or cut-off wheel; belts and tubes with a knife. */
function sawFor(item: string): string {
  if (/^(gt2-belt|ptfe-tube)/.test(item)) return 'utility knife'
  return 'hacksaw or cut-off wheel'
}

/** Tools merged by name, each with the parts that need it, in a fixed order. */
export function mergeTools(needs: readonly { readonly part: string; readonly tools: readonly string[] }[]): Tool[] {
  const byName = new Map<string, Set<string>>()
  for (const { part, tools } of needs)
    for (const tool of tools) byName.set(tool, (byName.get(tool) ?? new Set()).add(part))
  return [...byName.keys()].sort(compareTools).map((name) => ({ name, for: [...(byName.get(name) ?? [])].sort() }))
}

/** By kind, then by size: hex keys 1.5 before 2.5. */
function compareTools(a: string, b: string): number {
  const kind = (t: string) => t.replace(/[\d.]+ mm/, '')
  const size = (t: string) => Number(/([\d.]+) mm/.exec(t)?.[1] ?? 0)
  return kind(a).localeCompare(kind(b)) || size(a) - size(b) || a.localeCompare(b)
}
