import type { PlacedLeaf } from '../../assembly/collect.js'
import { formatMm } from '../../spec/units.js'
import type { Kit } from '../kit.js'
import { listLines } from './actions.js'
import type { Draft } from './draft.js'
import { boughtLines } from './lines.js'

/**
 * What a step sets on a part before or as it fits it: the controller board's jumpers and
 * modifications (its setup data, modules/vitamins: BOARD_SETUPS), before the board and its drivers
 * go in, and checked at power-on; the probe's height over the nozzle (the tool head's probe
 * offset), before its nuts are tightened.
 */
export function withSetups(drafts: readonly Draft[], kit: Kit, cfg: string | undefined): Draft[] {
  const wiring = kit.electrics?.wiring
  const probeZ = kit.layout.toolHeads.probeOffset?.[2]
  return drafts.map((d) => {
    if (d.id === POWER_ON && wiring)
      return insert(
        d,
        (text) => Math.min(1, text.length),
        () => [boardCheck(wiring.setup.jumpers)],
      )
    const board = wiring && d.adds.find((p) => idOf(p) === wiring.board.part)
    const probe = probeZ === undefined ? undefined : d.adds.find((p) => PROBE.test(idOf(p)))
    let out = d
    if (board && wiring) out = insert(out, fitAt, () => boardActions(wiring, cfg))
    if (probe && probeZ !== undefined)
      out = insert(
        out,
        (text) => fitAt(text) + 1,
        (adds) => [probeAction(probe, probeZ, adds)],
      )
    return out
  })
}

/** The power-on step's id (steps.ts). */
export const POWER_ON = 'power-on'

/** A probe the step sets to its height (the catalogue's probe ids: "probe-inductive-m8"). */
const PROBE = /^probe-.*-(m\d+)$/

const idOf = (p: PlacedLeaf) => (p.leaf.kind === 'bought' ? p.leaf.part.id : '')

/** Before the step's "Fit ..." action (the first fitting of its bought parts), or at its end. */
const fitAt = (text: readonly string[]) => {
  const i = text.findIndex((a) => a.startsWith('Fit '))
  return i < 0 ? text.length : i
}

function insert(
  d: Draft,
  at: (text: readonly string[]) => number,
  added: (adds: readonly PlacedLeaf[]) => string[],
): Draft {
  const actions = d.actions
  return {
    ...d,
    actions: (adds, joins) => {
      const text = actions(adds, joins)
      const i = at(text)
      return [...text.slice(0, i), ...added(adds), ...text.slice(i)]
    },
  }
}

type Wiring = NonNullable<Kit['electrics']>['wiring']
type Jumper = Wiring['setup']['jumpers'][number]

/** The sockets whose drivers printer.cfg homes sensorless: a [tmc2209 ...] section with a diag_pin. */
const sensorlessSections = (cfg: string | undefined) =>
  new Set([...(cfg ?? '').matchAll(/^\[tmc\d+ (\S+)\][^[]*?^diag_pin:/gm)].map((m) => m[1]))

/** The board's jumpers and modifications, each an action, before the board and its drivers go in. */
function boardActions(wiring: Wiring, cfg: string | undefined): string[] {
  const motorPins = [...new Set(wiring.rows.filter((r) => r.cable.kind === 'motor').map((r) => r.pin))]
  const sensorless = sensorlessSections(cfg)
  const sockets = (which: Jumper['sockets']) => {
    if (which === undefined) return ''
    const pins = motorPins.filter((pin) => which === 'used' || sensorless.has(/\((\w+)\)$/.exec(pin)?.[1] ?? ''))
    return pins.length > 0 ? ` (${pins.join(', ')})` : ''
  }
  return [
    `Set up the ${wiring.board.name} before it and its drivers are fitted, as wiring.md's "Board setup" has it (with its sources): what goes under a driver socket cannot be reached once the driver is in.`,
    ...wiring.setup.jumpers.map((j) => `Board setup, ${j.where}${sockets(j.sockets)}: ${j.set}. Why: ${j.why}.`),
  ]
}

/** At power-on, before the plug goes in: the board's setup, done. */
function boardCheck(jumpers: readonly Jumper[]): string {
  const items = jumpers.map((j) => `${j.where}: ${j.set.split(';')[0]}`)
  return `Check the board setup (wiring.md, "Board setup") before the plug goes in: ${items.join('; ')}.`
}

/** The probe's tip set the tool head's probe offset above the nozzle's tip, then its nuts tightened. */
function probeAction(probe: PlacedLeaf, z: number, adds: readonly PlacedLeaf[]): string {
  const nut = `${PROBE.exec(idOf(probe))?.[1]}-hex-nut`
  const nuts = boughtLines(adds).filter((l) => l.id === nut)
  const gap = formatMm(z)
  return `Set the probe's height: its tip ${gap} mm above the nozzle's tip (the tool head's probe offset, manifest.json probeOffsetMm.z). Hold the steel rule flat across the nozzle's tip, slide a ${gap} mm feeler gauge between the rule and the probe's tip, and turn the probe in its holder until the gauge just drags; then tighten its nuts (${listLines(nuts)}) against the holder and check the gap again.`
}
