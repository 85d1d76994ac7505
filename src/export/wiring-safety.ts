import type { BedHeating } from '../../modules/bed/dimensions.js'
import { BED_HEATER } from '../../modules/vitamins/bed.js'
import { E_STOP, IEC_INLET_C14 } from '../../modules/vitamins/electronics.js'
import { standardScrewLength } from '../../modules/vitamins/fasteners.js'
import { MAINS, round } from '../engineering/electrical.js'
import { SECOND_STOP_NODE } from '../engineering/electrical-cables.js'
import type { Layout } from '../layout/index.js'
import type { Wiring } from './wiring.js'

/**
 * The safety items and what the builder must earth, cover and fuse (docs/design.md, "Electrics
 * and safety"), from the power design: a mains bed adds its relay's fuse and earth. The parts the
 * control panels place (the C14 inlet, the emergency stop, the relay's heat sink, the controller
 * fan) the assembly counts.
 */

/** Contacts of the 22 mm latching emergency stop, A at 250 V AC. */
export const ESTOP_CONTACT_AMPS = E_STOP.contactAmps

type Row = readonly [string, string, number, string]

/** The safety items' BOM lines. */
export function safetyBom(w: Wiring, layout: Layout): Row[] {
  const p = w.power
  const fuse = (amps: number) => `fuse-${fuseSize(amps)}-t${amps}a`
  // The panel places the C14 inlet; a larger one is not drawn.
  const inlet: Row[] =
    p.inlet.id === IEC_INLET_C14.part.id
      ? []
      : [
          [
            p.inlet.id,
            `IEC 60320 ${p.inlet.coupler} inlet, ${p.inlet.amps} A 250 V, with fuse holder (5 x 20 mm) and double-pole switch, panel mount`,
            1,
            'safety',
          ],
        ]
  const rows: Row[] = [
    ...inlet,
    [
      `fuse-5x20-t${p.inletFuse}a`,
      `Fuse 5 x 20 mm, time-lag, ${p.inletFuse} A: the inlet's (1.25 x ${round(p.mainsAmps.sizedFor, 2)} A at ${MAINS.sizedFor} V)`,
      1,
      'safety',
    ],
    [
      `spare-fuse-5x20-t${p.inletFuse}a`,
      `Spare fuse for the inlet, 5 x 20 mm, time-lag, ${p.inletFuse} A: kept, not fitted (in the inlet's fuse drawer where it has a spare's place)`,
      1,
      'safety',
    ],
    [
      `mains-cord-${p.inlet.coupler === 'C14' ? 'c13' : 'c19'}`,
      `Mains cord with earthed plug, ${p.inlet.coupler === 'C14' ? 'C13' : 'C19'} socket, ${p.inlet.amps} A, ${p.inlet.amps > 10 ? '1.5 mm2 (14 AWG)' : '0.75 mm2 (18 AWG)'}`,
      1,
      'safety',
    ],
    [
      fuse(p.fuse24),
      `Fuse 5 x 20 mm, time-lag, ${p.fuse24} A: the 24 V line, in the supply's +V before the 24 V distribution (1.25 x ${round(p.amps24, 2)} A)`,
      1,
      'safety',
    ],
    ...longerBolts(w),
    ['silicone-sock-v6', 'Silicone sock for the V6 heater block', layout.tools, 'safety'],
    [
      'pei-sheet',
      `PEI sheet, self-adhesive, ${layout.bed.x} x ${layout.bed.y} mm, on the steel plate (the inductive probe needs the steel, so no glass)`,
      1,
      'safety',
    ],
  ]
  if (p.inletFuse > ESTOP_CONTACT_AMPS)
    rows.push(
      [
        'contactor-2p-25a',
        `Contactor, 2 poles, 25 A AC-1, coil at the mains voltage, with a normally open auxiliary contact (13-14), screw terminals for 2 conductors: switches the ${p.inletFuse} A mains that the emergency stop's contacts cannot; the stop opens its coil, the auxiliary contact holds it in`,
        1,
        'safety',
      ],
      [
        'start-button-22mm',
        'Push button, 22 mm, green, momentary, 1 NO contact (3-4) 10 A 250 V: starts the contactor after the stop is released',
        1,
        'safety',
      ],
    )
  if (p.bed)
    rows.push([
      fuse(p.bed.fuse),
      `Fuse ${fuseSize(p.bed.fuse).replace('x', ' x ')} mm, time-lag, ${p.bed.fuse} A: the bed heater (1.25 x ${round(p.bed.amps, 2)} A)`,
      1,
      'safety',
    ])
  return merged(rows)
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

/** WAGO 221 lever connectors' highest operating temperature, C (WAGO 221 series data sheet: T 85). */
const LEVER_MAX_C = 85

/** The earth point's bolt, by its place on the power panel. */
function earthPointText(w: Wiring): string {
  const bolt = w.ringBolts.find((b) => b.node === 'control-panel-right' && b.rings >= 2)
  if (!bolt?.place) return "the power panel's M6 bolt nearest the power supply"
  const length = bolt.length < bolt.needs ? earthBoltLength(w) : bolt.length
  const swapped =
    bolt.length < bolt.needs
      ? ` (the BOM's earth bolt, earth-bond-frame-m6, in place of the panel's M6 x ${bolt.length})`
      : ''
  return `the power panel's M6 bolt at (${bolt.place.join(', ')}) mm from its front lower corner, an M6 x ${length}${swapped}`
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
    `- The earth point (the star point): ${earthPointText(w)}, on the bare steel of its bar. The inlet's earth, the power supply's FG${mains ? " and the bed cord's earth" : ''} each end there in an M6 ring terminal with a star washer under it against bare metal, under the nut (wiring.csv); the bonding jumpers end at the corner bolts wiring.csv names, at most ${Math.max(0, ...w.ringBolts.filter((b) => b.node === 'frame').map((b) => b.rings))} on one bolt.`,
    bonds > 0
      ? `- Bonding: the frame's bars meet only in printed corners, so each is joined to its neighbour by a green/yellow jumper (${w.rows.find((r) => r.cable.kind === 'bond')?.awg} AWG) between their corner bolts, ${bonds} jumpers in all (wiring.csv, item bond): scrape the paint or mill scale off under each star washer.`
      : '- Bonding: the welded frame is one piece, earthed at the earth point; each panel sheet and rail by its own jumper (wiring.csv, item bond).',
    mains
      ? `- The bed: its ${heating.watts} W heater runs on mains on a moving steel plate, so the plate is earthed through the bed cord's green/yellow core (${w.rows.find((r) => r.cable.kind === 'bed cord')?.awg} AWG), from the bed cord junction on the bed bracket to the plate's earth bond (M3 screw, star washers, ring terminal on bare steel).`
      : `- The bed's heater runs on 24 V DC (${heating.watts} W): earthing the plate is still advised.`,
    `- Check every bond before the first power-up, unplugged: with a multimeter on its lowest ohms range, touch the probes together and note the reading, then measure from the inlet's earth pin to each bar, each panel sheet${mains ? ', each rail and the bed plate' : ' and each rail'}; each less the probes' reading is under 0.1 ohm. (EN 50106's routine test passes at least 10 A from a source of at most 12 V for the same 0.1 ohm; a multimeter's small current does not load a loose joint, so also tug each jumper.)`,
    '',
    '## Cover',
    '',
    "- The power supply's terminal strip (L, N, FG and its 24 V outputs), which has no cover of its own: under its printed hood (psu-hood.stl), held by 4 M3 through the right panel, the wires out through its side notches and tied inside it. The inlet's tabs, behind the panel: each in a fully insulated push-on receptacle (wiring.csv).",
    mains
      ? "- The solid-state relay's load terminals: under its own clear cover, which SSR-25DA class relays come with; do not fit a relay that has none."
      : "- No mains on the relay: the bed is switched by the controller's bed output.",
    '- Mains wires end in ferrules or fork terminals in screw terminals, or stripped 11 mm into a lever connector; never tinned ends in a screw terminal.',
    w.boxed
      ? '- The mains lever-connector junctions (wiring.csv: mains distribution, bed cord junction) and the inline fuse holders: in the junction box behind the power panel, the wires in and out through its cable glands, its lid screwed on before the plug goes in.'
      : "- The mains lever-connector junctions (wiring.csv: mains distribution, bed cord junction on the panel) and the inline fuse holders are not under the supply's hood (it holds the supply's own wires only): fix them to the panel so that they cannot swing against metal.",
    ...(mains
      ? [
          `- The bed cord junction on the bed: on the bed bracket (the Z carriage's side of the bed), not on the plate: WAGO 221 lever connectors are rated to ${LEVER_MAX_C} C (WAGO 221 data sheet) and the plate runs hotter.`,
        ]
      : []),
    "- Heat-shrink: over each butt splice (9.5 mm); none over the fully insulated receptacles on the inlet's tabs.",
    ...(mains
      ? [
          "- The bed's moving mains lead is one sheathed 3-core flexible cord (wiring.csv, bed cord), clamped by a P-clip sized for it (wiring BOM) at the panel and at the bed bracket so that no pull reaches its cores, in spiral wrap along its loop.",
        ]
      : []),
    '',
    '## Fuses',
    '',
    `- Inlet: ${p.inletFuse} A time-lag, 5 x 20 mm, in the ${p.inlet.coupler} inlet (${p.inlet.amps} A): everything on the mains.`,
    ...(p.bed
      ? [
          `- Bed heater: ${p.bed.fuse} A time-lag, ${fuseSize(p.bed.fuse).replace('x', ' x ')} mm, in an inline holder for it spliced into the live from the relay to the bed cord junction (${round(p.bed.amps, 2)} A).`,
        ]
      : []),
    `- 24 V: ${p.fuse24} A time-lag, in an inline holder spliced into the supply's +V before the 24 V distribution, which feeds the board's ${w.setup.powerInputs.map((i) => i.label).join(', ')} inputs and the controller fan (${round(p.amps24, 2)} A in all).`,
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
    ...(mains ? ['- OSE runs a mains bed only from a GFCI (RCD) outlet: plug the machine into one.'] : []),
    '',
  ]
  return lines.join('\n')
}
