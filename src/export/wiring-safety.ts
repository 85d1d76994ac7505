import type { BedHeating } from '../../modules/bed/dimensions.js'
import { BED_HEATER } from '../../modules/vitamins/bed.js'
import { MAINS, round } from '../engineering/electrical.js'
import type { Layout } from '../layout/index.js'
import type { Wiring } from './wiring.js'

/**
 * The safety items and what the builder must earth, cover and fuse (docs/design.md, "Electrics
 * and safety"), from the power design: a mains bed adds its relay's fuse, heat sink and earth.
 */

/** SSR-25DA class relays: on-state drop at most 1.6 V; its case at most 80 C (ours) in 40 C air (ratings at 40 C, [G3NB]). */
export const RELAY = { dropVolts: 1.6, caseMaxC: 80, ambientC: 40 } as const
/** Contacts of a 22 mm latching emergency stop, A at 250 V AC (ours: the usual 10 A rating of such blocks). */
export const ESTOP_CONTACT_AMPS = 10

/** The thermal resistance, K/W, a heat sink (with its interface) must have at most for the relay to carry `amps`. */
export const relayHeatSinkKPerW = (amps: number): number => (RELAY.caseMaxC - RELAY.ambientC) / (RELAY.dropVolts * amps)

type Row = readonly [string, string, number, string]

/** The safety items' BOM lines. */
export function safetyBom(w: Wiring, layout: Layout, heating: BedHeating): Row[] {
  const p = w.power
  const fuse = (amps: number) => `fuse-5x20-t${amps}a`
  const rows: Row[] = [
    [
      p.inlet.id,
      `IEC 60320 ${p.inlet.coupler} inlet, ${p.inlet.amps} A 250 V, with fuse holder (5 x 20 mm) and double-pole switch, panel mount`,
      1,
      'safety',
    ],
    [
      fuse(p.inletFuse),
      `Fuse 5 x 20 mm, time-lag, ${p.inletFuse} A: the inlet's (1.25 x ${round(p.mainsAmps.sizedFor, 2)} A at ${MAINS.sizedFor} V), and a spare`,
      2,
      'safety',
    ],
    [
      `mains-cord-${p.inlet.coupler === 'C14' ? 'c13' : 'c19'}`,
      `Mains cord with earthed plug, ${p.inlet.coupler === 'C14' ? 'C13' : 'C19'} socket, ${p.inlet.amps} A, ${p.inlet.amps > 10 ? '1.5 mm2 (14 AWG)' : '0.75 mm2 (18 AWG)'}`,
      1,
      'safety',
    ],
    [
      'fuse-holder-5x20-inline',
      `Fuse holder, inline, 5 x 20 mm: the 24 V line to the controller${p.bed ? ' and the bed heater line after the relay' : ''}`,
      p.bed ? 2 : 1,
      'safety',
    ],
    [
      fuse(p.fuse24),
      `Fuse 5 x 20 mm, time-lag, ${p.fuse24} A: the 24 V line (1.25 x ${round(p.amps24, 2)} A)`,
      1,
      'safety',
    ],
    [
      'estop-22mm-latching',
      `Emergency stop, 22 mm, red mushroom, latching (twist to release), 2 NC contacts ${ESTOP_CONTACT_AMPS} A 250 V`,
      1,
      'safety',
    ],
    [
      'earth-bond-frame-m6',
      "Earth bond to the frame: M6 star washer against bare steel under the right control panel's bolt nearest the power supply, the frame's earth point (the earth wires' M6 ring terminals are in the wiring lines)",
      1,
      'safety',
    ],
    ['fan-4010-24v', 'Fan 40 x 40 x 10 mm, 24 V, 0.1 A: cools the controller board and its drivers', 1, 'safety'],
    ['silicone-sock-v6', 'Silicone sock for the V6 heater block', layout.tools, 'safety'],
    [
      'pei-sheet',
      `PEI sheet, self-adhesive, ${layout.bed.x} x ${layout.bed.y} mm, on the steel plate (the inductive probe needs the steel, so no glass)`,
      1,
      'safety',
    ],
  ]
  if (p.inletFuse > ESTOP_CONTACT_AMPS)
    rows.push([
      'contactor-2p-25a',
      `Contactor, 2 poles, 25 A AC-1, coil at the mains voltage: switches the ${p.inletFuse} A mains that the emergency stop's contacts cannot; the stop opens its coil`,
      1,
      'safety',
    ])
  if (p.bed) {
    rows.push([
      fuse(p.bed.fuse),
      `Fuse 5 x 20 mm, time-lag, ${p.bed.fuse} A: the bed heater (1.25 x ${round(p.bed.amps, 2)} A)`,
      1,
      'safety',
    ])
    // Above the about 4 A a bare relay carries (modules/bed: bedHeating, [V2CFG]).
    if (heating.relayNeedsHeatSink)
      rows.push([
        'ssr-heat-sink',
        `Heat sink for the SSR-25DA, at most ${round(relayHeatSinkKPerW(heating.amps), 1)} K/W with thermal paste: ${round(heating.amps, 1)} A x ${RELAY.dropVolts} V = ${round(heating.amps * RELAY.dropVolts, 1)} W, the case at most ${RELAY.caseMaxC} C in ${RELAY.ambientC} C air`,
        1,
        'safety',
      ])
  }
  return merged(rows)
}

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

/** safety.md: what to earth, cover and fuse, and the emergency stop, for this machine. */
export function safetyText(w: Wiring, heating: BedHeating, title: string): string {
  const p = w.power
  const mains = heating.supply === 'mains'
  const lines = [
    `# Electrical safety: ${title}`,
    '',
    `The machine draws ${round(p.mainsWatts, 0)} W from the mains: ${round(p.mainsAmps.sizedFor, 2)} A at ${MAINS.sizedFor} V, ${round(p.mainsAmps.other, 2)} A at ${MAINS.other} V. Fuses and wire are sized for ${MAINS.sizedFor} V, the larger current, and serve at ${MAINS.other} V as they are.${mains ? ` The bed heater does not: order the mat for your mains voltage (a ${MAINS.sizedFor} V mat on ${MAINS.other} V draws four times its power).` : ''} Set the power supply's input switch (115/230 V), where it has one, to your mains before it is first plugged in.`,
    '',
    '## Earth',
    '',
    "- The frame's earth point: the right control panel's bolt nearest the power supply, an M6 star washer against bare steel under it. The inlet's earth, the power supply's FG and (for a mains bed) the bed's earth wire each end there in an M6 ring terminal (wiring.csv).",
    mains
      ? `- The bed: its ${heating.watts} W heater runs on mains on a moving steel plate, so the plate is earthed (green/yellow wire, ${w.rows.find((r) => r.cable.kind === 'bed earth')?.awg} AWG, in the bed's service loop; M3 screw, star washers, ring terminal on bare steel).`
      : `- The bed's heater runs on 24 V DC (${heating.watts} W): earthing the plate is still advised.`,
    "- Check each bond with an ohmmeter: under 0.1 ohm from the inlet's earth pin to the bond.",
    '',
    '## Cover',
    '',
    "- The power supply's mains terminals (L, N, FG) and the inlet's soldered or crimped tabs: behind a cover, with heat-shrink on the tabs.",
    mains
      ? "- The solid-state relay's load terminals: its clear snap-on cover."
      : "- No mains on the relay: the bed is switched by the controller's bed output.",
    '- Mains wires end in ferrules or fork terminals, never bare strands or tinned ends in a screw terminal.',
    '',
    '## Fuses',
    '',
    `- Inlet: ${p.inletFuse} A time-lag, 5 x 20 mm, in the ${p.inlet.coupler} inlet (${p.inlet.amps} A): everything on the mains.`,
    ...(p.bed
      ? [`- Bed heater: ${p.bed.fuse} A time-lag, inline, on the live after the relay (${round(p.bed.amps, 2)} A).`]
      : []),
    `- 24 V to the controller: ${p.fuse24} A time-lag, inline (${round(p.amps24, 2)} A); the board fuses its own outputs.`,
    `- Bed over-temperature: the heater mat's thermal fuse (${BED_HEATER.thermalFuse.join('-')} C), in series with the heater${mains ? ' on the mains side' : ''}.`,
    '',
    '## Emergency stop',
    '',
    p.inletFuse > ESTOP_CONTACT_AMPS
      ? `- A latching 22 mm stop on the right control panel opens the coil of a 2-pole contactor that carries the mains after the inlet's switch (${p.inletFuse} A is more than the stop's ${ESTOP_CONTACT_AMPS} A contacts). Twist to release; the machine does not restart until the switch is cycled.`
      : `- A latching 22 mm stop on the right control panel opens live and neutral after the inlet's switch (its contacts carry ${ESTOP_CONTACT_AMPS} A, over the ${p.inletFuse} A fuse). Twist to release.`,
    ...(mains ? ['- OSE runs a mains bed only from a GFCI (RCD) outlet: plug the machine into one.'] : []),
    '',
  ]
  return lines.join('\n')
}
