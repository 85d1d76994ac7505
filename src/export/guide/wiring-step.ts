import { SSR_COVER } from '../../../modules/vitamins/electronics.js'
import type { PlacedLeaf } from '../../assembly/collect.js'
import { formatMm } from '../../spec/units.js'
import type { Kit } from '../kit.js'
import type { Wiring, WiringRow } from '../wiring.js'
import { wiringFiles } from '../wiring-files.js'
import { earthBoltLength } from '../wiring-safety.js'
import { listLines, SCREW, WITH_A_SCREW } from './actions.js'
import type { Draft } from './draft.js'
import type { Joint } from './joints.js'
import { boughtLines, printedLines } from './lines.js'
import { PRECAUTION } from './precautions.js'
import type { BoughtLine } from './types.js'
import { type Role, type Unit, unitLeaves } from './units.js'

/**
 * The wiring's BOM lines (wire, contacts, terminals, chain, ties), for a head whose cables are
 * known; a part the tree places (a panel's inlet) is fitted by the step that adds it, not again here.
 */
export function wiringLines(kit: Kit, units: readonly Unit[]): BoughtLine[] {
  const placed = new Set(units.flatMap(unitLeaves).flatMap((p) => (p.leaf.kind === 'bought' ? [p.leaf.part.id] : [])))
  return wiringFiles(kit, '')
    .bom.filter(([id]) => !placed.has(id))
    .map(([id, description, quantity]) => ({ id, description, quantity }))
}

/** The wiring: what the control nodes hold, to connect to each other and to the machine (`table`: its rows). */
export function wiringStep(units: readonly Unit[], wiring: readonly BoughtLine[], table?: Wiring): Draft {
  const leaves = units.flatMap(unitLeaves)
  const parts = boughtLines(leaves).filter((l) => !SCREW.test(l.id) && !WITH_A_SCREW.test(l.id))
  const cables = wiring.filter((l) => CABLE_PARTS.test(l.id))
  const chains = wiring.filter((l) => CHAIN.test(l.id))
  const others = wiring.filter((l) => !CABLE_PARTS.test(l.id) && !CHAIN.test(l.id))
  return {
    extra: wiring,
    id: WIRING,
    title: 'Wiring',
    module: units[0]?.module ?? 'control',
    where: units.map((u) => u.root.path),
    adds: [],
    shows: leaves,
    actions: () => [
      ...(parts.length > 0 ? [`Wire the control panels' parts: ${listLines(parts)}.`] : []),
      ...(cables.length > 0
        ? [
            `Make each cable as wiring.md has it (the same table as wiring.csv: its length, gauge and ends): cut it, strip it, crimp its ends (${listLines(cables)}), and plug or screw each end to its part.`,
          ]
        : []),
      ...others.map((l) =>
        IN_A_WIRE.test(l.description)
          ? joinText(l, table?.rows ?? [])
          : SPARE.test(l.id)
            ? `Keep ${l.quantity} x ${l.id} with the machine: ${l.description}.`
            : `Fit ${l.quantity} x ${l.id}: ${l.description}.`,
      ),
      ...chains.map(
        (l) =>
          `Lay the moving cables in the cable chains (${l.quantity} x ${l.id}: ${l.description}); tie each chain's end links with 2 cable ties each, the fixed end to the frame and the moving end to what it follows (no end mount is made for them).`,
      ),
      `Bring each motor, heater, fan, thermistor and the probe to its connector on the controller, ${motorsText(table?.rows ?? [])}; tie the leads clear of every carriage at both ends of its travel.`,
      ...(table && table.ringBolts.length > 0 ? [ringBoltsText(table)] : []),
      "Mains last: the inlet to the power supply and the relay, the frame and both panels earthed. Then, the plug out, check with the multimeter: each earthed metal part to the plug's earth pin, and no continuity from line or neutral to earth.",
      ...(leaves.some((p) => p.leaf.kind === 'bought' && p.leaf.part.id === SSR_COVER.part.id)
        ? [
            `Once the relay's load terminals (1 and 2) are wired and their screws tightened on the forks, clip ${SSR_COVER.part.id} over the relay: never plug the machine in with the relay's load screws bare.`,
          ]
        : []),
    ],
    precautions: [PRECAUTION.mains],
  }
}

/** A BOM line kept with the machine, not fitted (a spare fuse). */
const SPARE = /^spare-/

/** A part joined into a wire, in the wiring table's rows that take it, with the splices that join it there. */
export function joinText(l: BoughtLine, rows: readonly WiringRow[]): string {
  const mine = rows.filter((r) => r.connectors.some((c) => c.id === l.id))
  const splices = mine.flatMap((r) => r.connectors.filter((c) => SPLICE.test(c.id)))
  const where =
    mine.length === 0
      ? ''
      : ` (wiring.csv's ${mine.map((r) => `"${r.cable.kind}"`).join(', ')} row${mine.length > 1 ? 's' : ''}${splices.length > 0 ? `, with ${listLines(splices.map((c) => ({ id: c.id, quantity: c.count })))}` : ''})`
  return `Join ${l.quantity} x ${l.id} into its wire as its cable is made${where}: ${l.description}.`
}

/** A crimped joint between two wires (an inline part's lead to its wire). */
const SPLICE = /^butt-splice-/
/** The part that puts two motors in series on one driver socket. */
const SERIES_ADAPTER = /^stepper-series-adapter-/

/**
 * Where the motors go, as the wiring table's rows have them: each on its own driver socket, or two
 * through the series adapter (a motor into its socket, the adapter's plug onto the driver's header).
 */
export function motorsText(rows: readonly WiringRow[]): string {
  const adapter = rows.find((r) => r.connectors.some((c) => SERIES_ADAPTER.test(c.id)))
  if (!adapter) return 'each motor on its own driver socket as printer.cfg names them'
  const through = rows.filter((r) => r !== adapter && /series adapter/.test(r.cable.from))
  const endOf = (text: string) => text.split(':')[0].trim()
  return `each motor on the driver socket printer.cfg names, except ${through.map((r) => `${endOf(r.cable.to)} into the ${endOf(r.cable.from)}`).join(', ')}, and the ${endOf(adapter.cable.from)} onto the ${endOf(adapter.cable.to)} (wiring.csv's motor rows)`
}

/**
 * Where the earth rings land: each on the bolt its row names, its star washer straight on the
 * scraped metal, the ring, then the flat washer and nut (a panel sheet's jumper under its bolt's
 * head, on the sheet); a
 * bolt too short for its rings is swapped for the BOM's earth bolt (wiring-safety.ts).
 */
export function ringBoltsText(w: Wiring): string {
  const groups = new Map<string, { count: number; rings: number; needs: number }>()
  for (const b of w.ringBolts) {
    const swapped = b.length < b.needs
    const bolt = swapped
      ? `earth-bond-frame-m6 (M6 x ${earthBoltLength(w)}) in place of its M6 x ${b.length}${b.place ? ` at (${b.place.join(', ')}) mm` : ''}`
      : `its own M6 x ${b.length}`
    const key = `${b.node}: ${bolt}`
    const g = groups.get(key) ?? { count: 0, rings: 0, needs: 0 }
    groups.set(key, { count: g.count + 1, rings: Math.max(g.rings, b.rings), needs: Math.max(g.needs, b.needs) })
  }
  const text = [...groups].map(
    ([key, g]) =>
      `${key}${g.count > 1 ? ` (${g.count} bolts)` : ''}, up to ${g.rings} ring${g.rings > 1 ? 's' : ''}: ${formatMm(Math.round(g.needs * 10) / 10)} mm of clamp and nut`,
  )
  return `Land each earth ring on the bolt its row names, its star washer straight on the metal scraped bare and the ring on it, then the flat washer and the nut (a panel sheet's bonding jumper under its bolt's head, on the sheet's outer face scraped bare, so that it bonds the sheet; on the earth stud, on its own nut, which holds it to the bare steel on a star washer; the others on the steel, never on the printed corner), and tighten it again: ${text.join('; ')}.`
}

/** The wiring step's id. */
export const WIRING = 'wiring'

/** A printed cover over terminals, by its description ("Hood over the power supply's terminal strip"). */
const COVER = /^(hood|cover)\b[^,:]*\bterminal/i

export const isCover = (p: PlacedLeaf) => p.leaf.kind === 'printed' && COVER.test(p.leaf.part.description)

/** A bought part joined into a wire, by its description ("in the probe's signal wire", "in the +24 V wire"). */
const IN_A_WIRE = /\bin the [^,:]*\bwire\b/

export const isInAWire = (p: PlacedLeaf) => p.leaf.kind === 'bought' && IN_A_WIRE.test(p.leaf.part.description)

/**
 * What the wiring step fits of the tree's leaves: a part joined into a wire (a diode, an inline
 * fuse), as its cables are made; and covers over terminals, with the fasteners that clamp them,
 * last, once the terminals under them are wired. Each moves there from the earlier step that adds it.
 */
export function intoWiring(
  drafts: readonly Draft[],
  joints: readonly Joint[],
  rows: readonly WiringRow[] = [],
): Draft[] {
  const at = drafts.findIndex((d) => d.id === WIRING)
  if (at < 0) return [...drafts]
  const before = new Set(drafts.slice(0, at).flatMap((d) => d.adds))
  const covers = [...before].filter(isCover)
  const inWires = new Set([...before].filter(isInAWire))
  const moving = new Set([
    ...inWires,
    ...covers,
    ...joints
      .filter((j) => j.clamped.some((c) => covers.includes(c)))
      .flatMap((j) => [j.fastener.screw, ...j.fastener.on])
      .filter((p) => before.has(p)),
  ])
  if (moving.size === 0) return [...drafts]
  return drafts.map((d, i) => {
    if (i < at)
      return { ...d, adds: d.adds.filter((p) => !moving.has(p)), shows: d.shows.filter((p) => !moving.has(p)) }
    if (i > at) return d
    const actions = d.actions
    return {
      ...d,
      adds: [...d.adds, ...moving],
      shows: [...d.shows, ...[...moving].filter((p) => !d.shows.includes(p))],
      actions: (adds, joins) => {
        const text = actions(adds, joins)
        const joined = boughtLines(adds.filter((p) => inWires.has(p)))
        const covering = adds.filter((p) => moving.has(p) && !inWires.has(p))
        const cables = text.findIndex((a) => a.startsWith('Make each cable')) + 1
        const cover = printedLines(covering)
          .map((l) => `${l.quantity} x ${l.name}`)
          .join(', ')
        return [
          ...text.slice(0, cables),
          ...joined.map((l) => joinText(l, rows)),
          ...text.slice(cables),
          ...(covering.length > 0
            ? [
                `Once the terminals under them are wired and checked, and before the plug goes in: fit ${cover} over them, each wire out through its notch, with ${listLines(boughtLines(covering.filter((p) => p.leaf.kind === 'bought')))}.`,
              ]
            : []),
        ]
      },
    }
  })
}

/** The wiring's lines that make its cables: wire, contacts, housings, terminals, splices and ties. */
const CABLE_PARTS = /^(wire-|crimp-|jst-|ferrule-|fork-terminal|ring-terminal|receptacle-|butt-splice-|cable-tie)/
const CHAIN = /^cable-chain/

/**
 * Lines of the wiring's BOM that another step fits, by kind, with what it does: a bed's sheet goes
 * on its plate, a hot end's sock on its heater block.
 */
const FITTED_ELSEWHERE: readonly { readonly kind: RegExp; readonly role: Role; readonly action: string }[] = [
  {
    kind: /^pei-sheet/,
    role: 'bed',
    action:
      'Stick the PEI sheet on the bed plate: plate cleaned with alcohol, the sheet laid from one edge to the other with a roller so that no bubble stays under it, its edges flush with the plate.',
  },
  {
    kind: /^silicone-sock/,
    role: 'tool-head',
    action:
      "Push a silicone sock over each hot end's heater block, the nozzle through its hole, once the heater and thermistor are in the block.",
  },
]

/** Moves each line that another step fits to the last step of its role's modules, with its action. */
export function fitElsewhere(
  drafts: Draft[],
  wiring: readonly BoughtLine[],
  roleOf: (module: string) => Role,
): BoughtLine[] {
  const left: BoughtLine[] = []
  for (const line of wiring) {
    const fit = FITTED_ELSEWHERE.find((f) => f.kind.test(line.id))
    const at = fit ? drafts.map((d) => roleOf(d.module)).lastIndexOf(fit.role) : -1
    if (!fit || at < 0) {
      left.push(line)
      continue
    }
    const d = drafts[at]
    drafts[at] = {
      ...d,
      extra: [...(d.extra ?? []), line],
      actions: (adds, joins) => [...d.actions(adds, joins), `${fit.action} (${line.quantity} x ${line.id})`],
    }
  }
  return left
}
