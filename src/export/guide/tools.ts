import { FITS } from '../../parts/fits.js'
import { OPENING_CORNER_DRILL } from '../templates/template.js'
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
/**
 * Crimped contacts by the die they take: open-barrel contacts (JST-XH) a crimper for them;
 * ferrules a square ferrule crimper; insulated terminals and butt splices the die of their colour (red 22-16 AWG,
 * blue 16-14 AWG, yellow 12-10 AWG: the insulated terminals' colour code, UL 486A-486B).
 */
const CRIMP_DIES: readonly (readonly [RegExp, (id: string) => string])[] = [
  [/^crimp-jst-xh/, () => 'crimper for open-barrel contacts (JST-XH, 2.54 mm)'],
  [/^crimp-dupont/, () => 'crimper for open-barrel contacts (Dupont, 2.54 mm)'],
  [/^ferrule-/, () => 'crimper for ferrules (square)'],
  [
    /terminal|receptacle|butt-splice/,
    (id) => `crimper for insulated terminals (${/-(red|blue|yellow)-/.exec(id)?.[1] ?? "the wire gauge's colour"} die)`,
  ],
]
/** Fork terminals go under a supply's and a relay's M3.5 terminal screws (combination heads: a PH2, ISO 8764). */
const SCREW_TERMINALS = /^fork-terminal-/
/** Wires into a board's rising-clamp terminals (5.08 mm pitch: a 2.5 mm blade, ours). */
const INTO_SCREW_TERMINALS = /^ferrule-/
/** What is checked for continuity and earth before the plug goes in (IEC 60204-1 18.2: earth continuity). */
const CHECKED = /^(earth-bond-|wire-[\w-]*earth)/
/** A diode joined into a wire: soldered, its joint under heat-shrink (the BAT85 in the probe's signal wire). */
const SOLDERED = /^diode-/
/** Heat-shrink tube and solder sleeves (heat-shrink with a solder ring), shrunk with hot air. */
const SHRUNK = /^(heat-shrink|solder-sleeve)-/
/**
 * The wiring's ring terminals (by their crimp range's colour) and the earth point land on the
 * frame's and panels' bolts of their thread, opened and tightened again.
 */
const ON_A_BOLT = /^(?:ring-terminal-(m\d+)-(?:red|blue|yellow)-|earth-bond-frame-(m\d+)$)/
/** Bought by the length and cut to the part's (a piece of DIN rail): sawn, its ends filed. */
const CUT_TO_LENGTH = /^din-rail-/
/** A probe set to its height over the nozzle with a feeler gauge (the probe step's action). */
const SET_BY_GAUGE = /^probe-/

const mm = (n: number) => `${n} mm`

/**
 * The tool names one bought part needs, from its id and what its description asks (a box's
 * "drill its lid 22.3 mm", a gland's "in a 16.5 mm hole").
 */
export function toolsOfBought(id: string, description = ''): string[] {
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
  const tools: string[] = []
  const die = CRIMP_DIES.find(([kind]) => kind.test(id))
  if (die) tools.push(die[1](id))
  if (/^wire-/.test(id)) tools.push('wire stripper and cutter')
  if (SCREW_TERMINALS.test(id)) tools.push('screwdriver PH2')
  if (INTO_SCREW_TERMINALS.test(id)) tools.push('screwdriver flat 2.5 mm')
  if (CHECKED.test(id)) tools.push('multimeter')
  if (SOLDERED.test(id)) tools.push('soldering iron and solder')
  if (SHRUNK.test(id)) tools.push('heat gun')
  const bolt = ON_A_BOLT.exec(id)
  const thread = bolt?.[1] ?? bolt?.[2]
  // The machine's bolts the rings land on are ISO 4762 cap screws with ISO 4032 nuts.
  if (thread) tools.push(`hex key ${mm(HEX_KEY['cap-screw'][thread])}`, `spanner ${mm(NUT_SPANNER[thread])}`)
  if (SET_BY_GAUGE.test(id)) tools.push('feeler gauge', 'steel rule (a straight edge)')
  if (CUT_TO_LENGTH.test(id)) tools.push(sawFor(id), 'file, flat')
  for (const d of drillsOfDescription(description)) tools.push(d > TWIST_DRILL_MAX ? largeHole(d) : `drill ${mm(d)}`)
  return tools
}

const SIZE = '(\\d+(?:\\.\\d+)?)'
/**
 * Hole sizes a bought part's description has the builder make, mm: a box's "drill its lid 22.3 mm" and "its base for 2 x M6" (a screw's clearance
 * hole, fits.ts), a gland's "in a 16.5 mm hole" (in a box's wall).
 */
export function drillsOfDescription(description: string): number[] {
  const sizes = [
    ...description.matchAll(new RegExp(`\\bdrill (?:its \\w+ )?${SIZE} mm\\b`, 'g')),
    ...description.matchAll(new RegExp(`\\bin an? ${SIZE} mm hole\\b`, 'g')),
  ].map((m) => Number(m[1]))
  if (/\bdrill its\b/.test(description))
    for (const [, thread] of description.matchAll(/\bfor \d+ x (M\d+)\b/g))
      if (thread in FITS.screwHole) sizes.push(FITS.screwHole[thread as keyof typeof FITS.screwHole])
  return [...new Set(sizes)]
}

/** Drill sizes a cut-list note names: "the 6.5 mm drill", "a 3 mm pilot", "holes 4.5 mm". */
export function drillsOfNote(note: string): number[] {
  const sizes = new Set<number>()
  for (const m of note.matchAll(/(\d+(?:\.\d+)?) mm (?:drill|pilot)/g)) sizes.add(Number(m[1]))
  for (const m of note.matchAll(/holes? (\d+(?:\.\d+)?) mm/g)) sizes.add(Number(m[1]))
  return [...sizes].sort((a, b) => a - b)
}

/**
 * The largest twist drill the tools list, mm (ours: the capacity of a hand drill's 13 mm chuck,
 * where common twist-drill sets end); a hole over it is made with a step drill or a knockout punch.
 */
export const TWIST_DRILL_MAX = 13

/** A knockout punch for a hole: the next half millimetre up (ours; 22.5 mm for the 22 mm units' 22.3 mm hole, +0.4 mm). */
const punchFor = (d: number): number => Math.ceil(d * 2 - 1e-9) / 2

/** A hole too large to twist-drill: a step drill reaching it, or a knockout punch. */
const largeHole = (d: number): string => `step drill reaching ${mm(d)} (or a knockout punch ${mm(punchFor(d))})`

/** The threads a note has tapped: "tapped M3". */
const TAPPED = /\btapped (M\d+(?:\.\d+)?)/g

/** Rectangular openings a note has cut: "cut 1 opening 27.2 x 47 mm". */
const OPENING = /\bcut \d+ openings? [\d.]+ x [\d.]+ mm/

/** The tools a cut-list row needs: a saw for a piece to cut, drills, a countersink, a tap, a welder. */
export function toolsOfRow(item: string, note: string, cut: boolean): string[] {
  const tools: string[] = []
  if (cut) tools.push(sawFor(item))
  // Holes marked on the bench from a drilling template are punched before drilling.
  if (cut && MARKED.test(note)) tools.push('centre punch and hammer')
  for (const d of drillsOfNote(note)) tools.push(d > TWIST_DRILL_MAX ? largeHole(d) : `drill ${mm(d)}`)
  if (/countersunk/.test(note)) tools.push('countersink 90 degrees')
  if (/drill press/.test(note)) tools.push('drill press')
  if (/cutting oil/.test(note)) tools.push('cutting oil')
  for (const [, d] of note.matchAll(/(\d+(?:\.\d+)?) mm transfer punch/g))
    tools.push(`transfer punch ${mm(Number(d))} and hammer`)
  if (/straightedge/.test(note)) tools.push('straightedge (steel, as long as the piece)')
  if (/feeler gauge/.test(note)) tools.push('feeler gauge')
  for (const [, thread] of note.matchAll(TAPPED)) tools.push(`tap ${thread}`, 'tap wrench')
  if (OPENING.test(note))
    tools.push(`drill ${mm(OPENING_CORNER_DRILL)}`, 'jigsaw with a metal-cutting blade (or a nibbler)', 'file, flat')
  if (/^weld/.test(item)) tools.push('welder')
  if (/\bclamp\b|\bclamp it\b|Clamp/.test(note)) tools.push('clamps')
  if (/squar|a square/.test(note)) tools.push('square')
  return tools
}

/** A note that has holes drilled on the bench from their positions (the templates), not through a part. */
const MARKED = /\b[Dd]rill (its )?\d+ holes/

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
