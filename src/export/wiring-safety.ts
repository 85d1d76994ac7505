import { type BedHeating, bedHeating } from '../../modules/bed/dimensions.js'
import { EARTH_STUD_HOLE, EARTH_STUD_NODE, mainsWire, PSU_HOOD } from '../../modules/control/dimensions.js'
import { supplyLeadsOutside } from '../../modules/control/index.js'
import { BED_HEATER } from '../../modules/vitamins/bed.js'
import { E_STOP, FUSE_TERMINAL, GROMMET, SSR_COVER } from '../../modules/vitamins/electronics.js'
import { standardScrewLength } from '../../modules/vitamins/fasteners.js'
import { MAINS, round } from '../engineering/electrical.js'
import { SECOND_STOP_NODE, SERVICE_ALLOWANCE } from '../engineering/electrical-cables.js'
import type { Layout } from '../layout/index.js'
import { type Wiring, wireKind } from './wiring.js'

/**
 * The safety items and what the builder must earth, cover and fuse (docs/design.md, "Electrics
 * and safety"), from the power design: a mains bed adds its relay's fuse and earth. The parts the
 * control panels place (the inlet, the emergency stop, the contactor and its start button, the
 * relay's heat sink, the controller fan) the assembly counts.
 */

/** Contacts of the 22 mm latching emergency stop, A at 250 V AC. */
export const ESTOP_CONTACT_AMPS = E_STOP.contactAmps

type Row = readonly [string, string, number, string]

/** The safety items' BOM lines. */
export function safetyBom(w: Wiring, layout: Layout): Row[] {
  const p = w.power
  const fuse = (amps: number) => `fuse-${fuseSize(amps)}-t${amps}a`
  const rows: Row[] = [
    [
      fuse(p.inletFuse),
      `Fuse ${inletFuseText(p.inletFuse)}, time-lag, ${p.inletFuse} A: the inlet's (1.25 x ${round(p.mainsAmps.sizedFor, 2)} A at ${MAINS.sizedFor} V)`,
      1,
      'safety',
    ],
    [
      `spare-${fuse(p.inletFuse)}`,
      `Spare fuse for the inlet, ${inletFuseText(p.inletFuse)}, time-lag, ${p.inletFuse} A: kept, not fitted (in the inlet's fuse drawer where it has a spare's place)`,
      1,
      'safety',
    ],
    [
      `mains-cord-${p.inlet.coupler === 'C14' ? 'c13' : 'c19'}`,
      `Mains cord with earthed plug, ${p.inlet.coupler === 'C14' ? 'C13' : 'C19'} socket, ${p.inlet.amps} A, ${p.inlet.amps > 10 ? '1.5 mm2 (H05VV-F 3G1.5), or in North America 14 AWG (2.08 mm2, SJT 14/3; 1.5 mm2 is about 16 AWG)' : '0.75 mm2 (H05VV-F 3G0.75), or in North America 18 AWG (0.82 mm2, SJT 18/3)'}${needs20A(p.mainsAmps.sizedFor) ? ', its plug a NEMA 5-20 in North America (see safety.md, the 20 A circuit)' : ''}`,
      1,
      'safety',
    ],
    [
      fuse(p.fuse24),
      `Fuse 5 x 20 mm, time-lag, ${p.fuse24} A: the 24 V line, in the supply's +V before the 24 V distribution (1.25 x ${round(p.amps24, 2)} A)`,
      1,
      'safety',
    ],
    supplyLeadSleeve(layout),
    ...mainsSleeves(w, layout),
    ...longerBolts(w),
    ['silicone-sock-v6', 'Silicone sock for the V6 heater block', layout.tools, 'safety'],
    [
      'rcd-plug-in-30ma',
      "Plug-in RCD (GFCI) adaptor, 30 mA, rated for the machine's plug: between the outlet and the mains cord, where the outlet is not already on an RCD (safety.md); builder-supplied where the outlet has one",
      1,
      'safety',
    ],
    [
      'pei-sheet',
      `PEI sheet, self-adhesive, ${layout.bed.x} x ${layout.bed.y} mm, on the steel plate (the inductive probe needs the steel, so no glass)`,
      1,
      'safety',
    ],
  ]
  if (p.inletFuse > ESTOP_CONTACT_AMPS)
    rows.push([
      fuse(FUSE_TERMINAL.fuseAmps),
      `Fuse 5 x 20 mm, time-lag, ${FUSE_TERMINAL.fuseAmps} A: the contactor's coil circuit, in its fuse terminal on the contactor's rail`,
      1,
      'safety',
    ])
  if (p.bed)
    rows.push([
      fuse(p.bed.fuse),
      `Fuse ${fuseSize(p.bed.fuse).replace('x', ' x ')} mm, time-lag, ${p.bed.fuse} A: the bed heater (1.25 x ${round(p.bed.amps, 2)} A)`,
      1,
      'safety',
    ])
  return merged(rows)
}

/** Heat-shrink tube 2:1 by its bore as supplied, mm (1/4, 3/8, 1/2 and 3/4 in: the sizes it is sold in). */
const SHRINK_BORES = [6.4, 9.5, 12.7, 19.1] as const
/** The circle round 3 equal round wires in a bundle, in wire diameters (1 + 2 / sqrt 3). */
const THREE_ROUND = 1 + 2 / Math.sqrt(3)
/** Ours: a sleeve's bore at least 1 mm over the bundle, to slide it on. */
const SLIDE_ON = 1
/** Ours: the sleeve reaches 10 mm inside the hood past its wall, where the tie holds the leads. */
const SLEEVE_PAST = 10

/**
 * The supply's mains leads (L, N, earth) run on the sheet's outside from the upper grommet to the
 * hood's notch (supplyLeadsOutside): one piece of heat-shrink over the three, from the grommet's
 * flange to SLEEVE_PAST inside the hood, a second insulation over the run (so no single
 * insulation is all there is where a hand reaches); its bore the least that slides over the
 * bundle of the three thickest the wiring uses (mainsWire), 5 mm steps.
 */
export function supplyLeadSleeve(layout: Layout): Row {
  const bundle = THREE_ROUND * mainsWire(bedHeating(layout.bed)).diameter
  const bore = SHRINK_BORES.find((b) => b >= bundle + SLIDE_ON && b / 2 <= bundle)
  if (bore === undefined) throw new Error(`no heat-shrink in the list takes a ${round(bundle, 1)} mm bundle`)
  const length = Math.ceil((supplyLeadsOutside(layout) - GROMMET.flange / 2 + PSU_HOOD.wall + SLEEVE_PAST) / 5) * 5
  return [
    `heat-shrink-${bore}mm-supply-leads`,
    `Heat-shrink tube 2:1, ${bore} mm, one piece of ${length} mm: over the supply's 3 mains leads (a ${round(bundle, 1)} mm bundle) from the upper grommet's flange to ${SLEEVE_PAST} mm inside the supply's hood, their only run on the panel's outside`,
    1,
    'safety',
  ]
}

/** PVC insulating sleeving by its bore, mm (ours: sizes it is commonly sold in). */
const SLEEVE_BORES = [6, 8, 10, 12] as const

/**
 * The mains single wires (H05V-K class, one insulation) where they run behind the power panel
 * outside any box, in the open frame where a hand reaches: each row's conductors in one piece of
 * PVC sleeving over its route (the allowances at its ends go into a gland, a grommet or a
 * terminal), a second insulation over the basic one, as the supply leads' heat-shrink outside
 * the sheet; its bore the least of SLEEVE_BORES SLIDE_ON over the row's conductors side by side
 * (the machine's mainsWire). One line a bore, its pieces' lengths in all.
 */
export function mainsSleeves(w: Wiring, layout: Layout): Row[] {
  const d = mainsWire(bedHeating(layout.bed)).diameter
  const pieces = new Map<number, { route: number; kinds: string[] }>()
  for (const r of w.rows.filter((x) => wireKind(x.cable.kind) === '-mains' && x.cable.route > 0)) {
    const bore = SLEEVE_BORES.find((b) => b >= r.conductors * d + SLIDE_ON)
    if (bore === undefined) throw new Error(`no sleeve in the list takes ${r.conductors} wires of ${d} mm`)
    const seen = pieces.get(bore) ?? { route: 0, kinds: [] }
    pieces.set(bore, {
      route: seen.route + Math.ceil(r.cable.length - 2 * SERVICE_ALLOWANCE),
      kinds: [...seen.kinds, r.cable.kind],
    })
  }
  return [...pieces]
    .sort(([a], [b]) => a - b)
    .map(([bore, { route, kinds }]) => {
      const m = round(route / 1000, 2)
      return [
        `sleeve-pvc-${bore}mm`,
        `Insulating sleeve, PVC, ${bore} mm bore, ${kinds.length} pieces, ${m} m in all: one over each run of mains single wires behind the power panel, outside the boxes (wiring.csv's ${kinds.map((k) => `"${k}"`).join(', ')}), its route's length, a second insulation in the open frame; ordered by the metre`,
        Math.ceil(m),
        'safety',
      ] as const
    })
}

/**
 * The panel bolts whose earth rings need a longer bolt than the panel's (the earth point's): an
 * M6 cap screw of the length each needs, in place of the panel's (which is left over).
 */
function longerBolts(w: Wiring): Row[] {
  const short = w.ringBolts.filter((b) => b.length < b.needs)
  if (short.length === 0) return []
  const length = earthBoltLength(w)
  const where = short
    .map(
      (b) =>
        `${b.node}'s ${b.place ? `hole at (${b.place.join(', ')}) mm` : `bolt at (${b.at.map((c) => round(c, 1)).join(', ')}) mm in the machine`} (${b.rings} ring terminals: ${round(b.needs, 2)} mm of clamp and nut)`,
    )
    .join('; ')
  return [
    [
      'earth-bond-frame-m6',
      `Earth bolt: socket head cap screw M6 x ${length} mm (ISO 4762), for the earth ring terminals with their star washers under its nut, in place of the M6 x ${short[0].length} there (left over): ${where}`,
      short.length,
      'safety',
    ],
  ]
}

/** The earth bolts' length: the longest the panel bolts that carry rings need. */
export const earthBoltLength = (w: Wiring): number =>
  Math.max(...w.ringBolts.filter((b) => b.length < b.needs).map((b) => standardScrewLength(b.needs)))

/** The inlet's fuse, as its drawer takes it: 5 x 20 mm up to 10 A (the C14's), else 6.3 x 32 mm (the C20's, see IEC_INLET_C20). */
const inletFuseText = (amps: number) => `${fuseSize(amps).replace('x', ' x ')} mm`

/** Whether the machine needs a 20 A circuit at the lower mains (circuitText): more than 80 % of 15 A, within 80 % of 20 A. */
const needs20A = (amps: number) => amps > CONTINUOUS * 15 && amps <= CONTINUOUS * 20

/**
 * An inline fuse's size: 5 x 20 mm up to 10 A (ours: what the usual inline 5 x 20 holders are
 * rated for); above it the 6.3 x 32 mm (1/4 x 1-1/4 in) time-lag class, whose ceramic fuses run to
 * 30 A at 250 V (Littelfuse 326 series), in an inline holder of that size rated for its fuse.
 */
export const INLINE_5X20_AMPS = 10
export const fuseSize = (amps: number): '5x20' | '6.3x32' => (amps <= INLINE_5X20_AMPS ? '5x20' : '6.3x32')

/** One line per id: a fuse rating used on two circuits is one line with both counted. */
function merged(rows: readonly Row[]): Row[] {
  const byId = new Map<string, Row>()
  for (const [id, description, count, used] of rows) {
    const seen = byId.get(id)
    byId.set(
      id,
      seen
        ? [id, `${seen[1]}; ${description.replace(/^.*?: /, '')}`, seen[2] + count, used]
        : [id, description, count, used],
    )
  }
  return [...byId.values()]
}

/**
 * WAGO 221 lever connectors' highest continuous operating temperature, C (WAGO 221 series data
 * sheet, technical data: "T85", the EN 60998-1 marking moulded on each connector).
 */
const LEVER_MAX_C = 85

/** The earth stud, by its place on the power panel (IEC 60204-1, 8.2: a protective conductor's terminal fixes nothing else). */
function earthPointText(w: Wiring): string {
  const stud = w.ringBolts.find((b) => b.node === EARTH_STUD_NODE)
  if (!stud?.place) throw new Error('the wiring lands no earth ring on the earth stud')
  const length = stud.length < stud.needs ? earthBoltLength(w) : stud.length
  const swapped =
    stud.length < stud.needs ? ` (the BOM's earth bolt, earth-bond-frame-m6, in place of the M6 x ${stud.length})` : ''
  return `the earth stud, an M6 x ${length}${swapped} through the front vertical steel at (${stud.place.join(', ')}) mm from the power panel's front lower corner, its head on the steel's outer face in the sheet's ${EARTH_STUD_HOLE} mm hole, held to the steel by its own nut on a star washer: it fixes nothing else (IEC 60204-1, 8.2), so the panel comes off without lifting an earth ring`
}

/**
 * NEC 210.19(A)(1) and 210.20(A): a branch circuit carries a continuous load (3 h or more) at most
 * 80 % of its rating: a 15 A circuit 12 A, a 20 A circuit 16 A.
 */
const CONTINUOUS = 0.8
function circuitText(amps: number): string {
  if (amps <= CONTINUOUS * 15) return ''
  if (amps > CONTINUOUS * 20)
    return ` At ${MAINS.sizedFor} V it is more than 80 % of a 20 A circuit (NEC 210.19(A)(1), 210.20(A)): run it at ${MAINS.other} V.`
  return ` At ${MAINS.sizedFor} V that is more than 80 % of a 15 A circuit (${round(CONTINUOUS * 15, 0)} A; NEC 210.19(A)(1) and 210.20(A) for a continuous load): plug it into a 20 A circuit, with a NEMA 5-20 plug on its cord.`
}

/** safety.md: what to earth, cover and fuse, and the emergency stop, for this machine. */
export function safetyText(w: Wiring, heating: BedHeating, title: string): string {
  const p = w.power
  const mains = heating.supply === 'mains'
  const bonds = w.rows.filter((r) => r.cable.kind === 'bond' && r.cable.from.startsWith('frame bar')).length
  const lines = [
    `# Electrical safety: ${title}`,
    '',
    `The machine draws ${round(p.mainsWatts, 0)} W from the mains: ${round(p.mainsAmps.sizedFor, 2)} A at ${MAINS.sizedFor} V, ${round(p.mainsAmps.other, 2)} A at ${MAINS.other} V.${circuitText(p.mainsAmps.sizedFor)} Fuses and wire are sized for ${MAINS.sizedFor} V, the larger current, and serve at ${MAINS.other} V as they are.${mains ? ` The bed heater does not: order the mat for your mains voltage (a ${MAINS.sizedFor} V mat on ${MAINS.other} V draws four times its power).` : ''} Set the power supply's input switch (115/230 V), where it has one, to your mains before it is first plugged in.`,
    '',
    '## Earth',
    '',
    `IEC 60335-1 clause 27.1: the accessible metal parts of a class I appliance that could become live if insulation fails are connected to its earth. Here that is every steel bar of the frame, each control panel sheet, the steel Y rails${mains ? ' and the bed plate under its mains heater' : ''}.`,
    '',
    `- The earth point (the star point): ${earthPointText(w)}. The inlet's earth, the power supply's FG${mains ? " and the bed cord's earth" : ''} each end there in an M6 ring terminal inside the frame: its star washer on the stud's own nut, the ring on it, then the flat washer and the nut (never the star washer on the flat washer; wiring.csv); a panel sheet's bonding jumper lands its ring and star washer under its bolt's head, on the sheet's outer face scraped bare, so that it bonds the sheet itself, not the bar to itself; the bonding jumpers end at the corner bolts wiring.csv names, at most ${Math.max(0, ...w.ringBolts.filter((b) => b.node === 'frame').map((b) => b.rings))} on one bolt.`,
    bonds > 0
      ? `- Bonding: the frame's bars meet only in printed corners, so each is joined to its neighbour by a green/yellow jumper (${w.rows.find((r) => r.cable.kind === 'bond')?.awg} AWG) between their corner bolts, ${bonds} jumpers in all (wiring.csv, item bond): scrape the paint or mill scale off under each star washer.`
      : '- Bonding: the welded frame is one piece, earthed at the earth point; each panel sheet and rail by its own jumper (wiring.csv, item bond).',
    mains
      ? `- The bed: its ${heating.watts} W heater runs on mains on a moving steel plate, so the plate is earthed through the bed cord's green/yellow core (${w.rows.find((r) => r.cable.kind === 'bed cord')?.awg} AWG), from the bed cord junction in the bed's junction box to the plate's earth bond (M3 screw, star washers, ring terminal on bare steel).`
      : `- The bed's heater runs on 24 V DC (${heating.watts} W): earthing the plate is still advised.`,
    `- Check every bond before the first power-up, unplugged: with a multimeter on its lowest ohms range, touch the probes together and note the reading, then measure from the inlet's earth pin to each bar, each panel sheet${mains ? ', each rail and the bed plate' : ' and each rail'}; each less the probes' reading is under 0.1 ohm. (EN 50106's routine test passes at least 10 A from a source of at most 12 V for the same 0.1 ohm; a multimeter's small current does not load a loose joint, so also tug each jumper.)`,
    '',
    '## Cover',
    '',
    "- The power supply's terminal strip (L, N, FG and its 24 V outputs), which has no cover of its own: under its printed hood (psu-hood.stl), held by 4 M3 through the right panel, the wires out through its side notches and tied inside it. Its 3 mains leads, where they run on the panel's outside from the upper grommet to the hood's notch: in one piece of heat-shrink (the BOM's supply-leads heat-shrink) from the grommet's flange to inside the hood, a second insulation over the single insulation there.",
    `- Behind the panel, inside the frame where a hand reaches: the inlet's 6.3 mm tabs each in a fully insulated push-on receptacle (wiring.csv), whose nylon sleeve encloses the tab and the barrel, so that IEC 61032's test finger (probe B, the 12 mm finger of IEC 60529's IP2X, which IEC 60335-1 clause 8.1 applies) meets no bare metal; push each fully home. The emergency stop's${p.inletFuse > ESTOP_CONTACT_AMPS ? " and the start button's" : ''} contact blocks: 22 mm control units' contact blocks with finger-safe screw terminals (IP2X; Eaton's M22 catalogue gives its M22-K contact elements as finger and back-of-hand proof to EN 50274): fit blocks so marked, screws tightened down on their ferrules, no bare conductor past the terminal.${p.inletFuse > ESTOP_CONTACT_AMPS ? ' The contactor behind the panel: a modular contactor with finger-safe (IP20) terminals, as made for consumer units, every terminal screwed down on its ferrule, the unused ones too.' : ''}`,
    mains
      ? `- The solid-state relay's load terminals (1 and 2), outside on the panel: under its terminal cover (the BOM's ${SSR_COVER.part.id}: the relay's own clip-on cover where it comes with one, else a cover for 62 x 45 mm panel-mount relays, IP20 class, e.g. Crydom KS100; not every SSR-25DA is sold with one), clipped on once they are wired: do not power a relay whose load screws are bare.`
      : "- No mains on the relay: the bed is switched by the controller's bed output.",
    '- Mains wires end in ferrules or fork terminals in screw terminals, or stripped 11 mm into a lever connector; never tinned ends in a screw terminal.',
    "- The mains single wires behind the panel, outside the boxes (the frame is open there): each run in PVC sleeving (the BOM's sleeve-pvc lines, one piece a wiring.csv row), a second insulation over their one.",
    w.boxed
      ? `- The mains lever-connector junctions (wiring.csv: ${p.inletFuse > ESTOP_CONTACT_AMPS ? 'mains junction, ' : ''}mains distribution${mains ? ', bed cord junction' : ''})${mains ? " and the bed fuse's inline holder" : ''}: in the junction box behind the power panel, the wires in and out through its cable glands, its lid screwed on before the plug goes in.`
      : "- The mains lever-connector junctions (wiring.csv: mains distribution, bed cord junction on the panel) and the inline fuse holders are not under the supply's hood (it holds the supply's own wires only): fix them to the panel so that they cannot swing against metal.",
    ...(mains
      ? [
          `- The bed cord junction on the bed: in the bed's junction box (IP65, its lid screwed on), which hangs under the bed's rightmost rod or tube, below the cork, not on the plate: WAGO 221 lever connectors are rated to ${LEVER_MAX_C} C (WAGO 221 series data sheet, technical data: T85, continuous operating temperature) and the plate runs hotter.`,
        ]
      : []),
    "- Heat-shrink: over each butt splice (9.5 mm); none over the fully insulated receptacles on the inlet's tabs.",
    ...(mains
      ? [
          "- The bed's moving mains lead is one sheathed 3-core flexible cord (wiring.csv, bed cord), clamped by the M20 cable gland of the junction box at the panel and of the bed's junction box at the bed (its sheath in the gland's seal, the cap done up) so that no pull reaches its cores, in spiral wrap along its loop.",
        ]
      : []),
    '',
    '## Fuses',
    '',
    `- Inlet: ${p.inletFuse} A time-lag, ${inletFuseText(p.inletFuse)}, in the ${p.inlet.coupler} inlet (${p.inlet.amps} A): everything on the mains.`,
    ...(p.inletFuse > ESTOP_CONTACT_AMPS
      ? [
          `- Contactor coil circuit: ${FUSE_TERMINAL.fuseAmps} A time-lag, 5 x 20 mm, in its fuse terminal beside the contactor on its rail, in the live before the emergency stop (EN 60204-1, 7.2.4: the control circuit protected on its own, under the stop's ${ESTOP_CONTACT_AMPS} A contacts).`,
        ]
      : []),
    ...(p.bed
      ? [
          `- Bed heater: ${p.bed.fuse} A time-lag, ${fuseSize(p.bed.fuse).replace('x', ' x ')} mm, in an inline holder for it spliced into the live from the relay to the bed cord junction (${round(p.bed.amps, 2)} A).`,
        ]
      : []),
    `- 24 V: ${p.fuse24} A time-lag, in an inline holder spliced into the supply's +V before the 24 V distribution, both in the 24 V box behind the controller panel (apart from the mains: the supply's 24 V leads reach it through their own grommet in the power panel), which feeds the board's ${w.setup.powerInputs.map((i) => i.label).join(', ')} inputs and the controller fan (${round(p.amps24, 2)} A in all).`,
    `- Bed over-temperature: the heater mat's thermal fuse (${BED_HEATER.thermalFuse.join('-')} C), in series with the heater${mains ? ' on the mains side' : ''}.`,
    '',
    '## Emergency stop',
    '',
    p.inletFuse > ESTOP_CONTACT_AMPS
      ? `- A latching 22 mm stop on the right control panel opens the coil circuit of a 2-pole contactor that carries the mains after the inlet's switch (${p.inletFuse} A is more than the stop's ${ESTOP_CONTACT_AMPS} A contacts). The contactor holds itself in through its auxiliary contact (13-14), in parallel with a momentary start button: once the stop opens the coil, the machine stays off after the stop is twisted free, until the start button is pressed.`
      : `- A latching 22 mm stop on the right control panel opens live and neutral after the inlet's switch (its contacts carry ${ESTOP_CONTACT_AMPS} A, over the ${p.inletFuse} A fuse). Twist to release; switch the inlet off before you do, and on again to restart.`,
    ...(w.rows.some((r) => r.cable.at === SECOND_STOP_NODE)
      ? [
          `- A second latching 22 mm stop, in its own box on the right side's front vertical steel where a standing hand finds it, is in series with the panel's: ${p.inletFuse > ESTOP_CONTACT_AMPS ? "its NC contact in the coil circuit after the panel stop's" : "its two NC contacts in live and neutral after the panel stop's"}, through one sheathed cable (wiring.csv, ${w.rows.find((r) => r.cable.at === SECOND_STOP_NODE)?.cable.kind}). Either stop switches the machine off.`,
        ]
      : []),
    ...(mains
      ? [
          "- OSE runs a mains bed only from a GFCI (RCD) outlet: plug the machine into one, or through the BOM's plug-in RCD (rcd-plug-in-30ma).",
        ]
      : []),
    '',
  ]
  return lines.join('\n')
}
