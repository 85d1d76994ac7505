import { bedHeating } from '../../modules/bed/dimensions.js'
import { CORD_GLAND_CLAMPS } from '../../modules/bed/junction.js'
import { panelGrommetsAt } from '../../modules/control/index.js'
import { RAMPS_EXTRAS } from '../../modules/vitamins/controller-ramps.js'
import { BOARD_SETUPS, type BoardSetup, EARTH_BOND, POWER_SUPPLY } from '../../modules/vitamins/electronics.js'
import { PROBE_DIODE } from '../../modules/vitamins/tool-head.js'
import { countBought } from '../assembly/collect.js'
import {
  AWG_MM2,
  chooseSupply,
  ferruleFor,
  gaugeFor,
  LOADS,
  loads,
  MAINS_CORD_MM2,
  type PowerDesign,
  powerDesign,
  round,
  SUPPLY_MARGIN,
  totalWatts,
} from '../engineering/electrical.js'
import {
  type Cable,
  type CableKind,
  cableChains,
  JUNCTION_BOX,
  JUNCTIONS,
  machineCables,
  type RingBolt,
  ringBolts,
} from '../engineering/electrical-cables.js'
import type { Layout } from '../layout/index.js'
import { InputError } from '../spec/errors.js'
import type { Kit } from './kit.js'
import { boardOf } from './klipper/boards.js'
import { runCurrent } from './klipper/drive.js'
import { jumperWires } from './klipper/jumpers.js'
import type { Board, Housing } from './klipper/octopus.js'
import { fanOutputs } from './klipper/printer-cfg.js'
import { motorsOf, socketsFor } from './klipper/steppers.js'
import type { Table } from './table.js'
import { ESTOP_CONTACT_AMPS, fuseSize } from './wiring-safety.js'

/** A cable as the builder wires it: gauge, conductors, the connector at each end and the board's socket or pin. */
export interface WiringRow {
  readonly cable: Cable
  readonly awg: number
  readonly conductors: number
  /** Connectors by BOM id, with how many of each this cable takes. */
  readonly connectors: readonly { readonly id: string; readonly count: number }[]
  readonly pin: string
  /** The conductors are the part's own leads (the bed heater's): no wire is cut for them. */
  readonly ownLeads: boolean
  /** Conductors of the cable that end in a junction away from its two ends (the RAMPS probe's + in the 24 V distribution). */
  readonly junction?: { readonly part: string; readonly conductors: number }
}

export interface Wiring {
  readonly power: PowerDesign
  readonly rows: readonly WiringRow[]
  readonly chains: ReturnType<typeof cableChains>
  readonly board: Board
  readonly setup: BoardSetup
  /** The bought parts the assembly tree places (and the BOM counts there), by catalogue id. */
  readonly placed: ReadonlySet<string>
  /** The M6 bolts the earth rings land on, with the length each needs. */
  readonly ringBolts: readonly RingBolt[]
  /** Whether the mains junctions and inline fuse holders are in the power panel's junction box. */
  readonly boxed: boolean
}

/** Insulated crimp terminals by colour: red 22-18 AWG, blue 16-14 AWG (the usual vinyl-insulated ranges). */
const crimpRange = (awg: number) => (awg >= 18 ? 'red-22-18awg' : 'blue-16-14awg')

/**
 * The end of a wire: a push-on receptacle (the inlet's 6.3 mm tabs), a ferrule (screw terminals), a
 * fork (M3.5 studs), a ring with its star washer (M6 bolts), or stripped into a lever connector
 * (WAGO 221 clamps fine-stranded wire as it is, 11 mm stripped: its data sheet).
 */
type End = 'spade' | 'ferrule' | 'fork' | 'fork-m4' | 'ring-m6' | 'lever'

function terminal(end: End, awg: number, count: number): { id: string; count: number }[] {
  const range = crimpRange(awg)
  if (end === 'lever') return []
  if (end === 'ring-m6')
    return [
      { id: `ring-terminal-m6-${range}`, count },
      { id: 'star-washer-m6', count },
    ]
  const id = {
    spade: `receptacle-6.3mm-${range}`,
    ferrule: `ferrule-${ferruleFor(awg)}mm2`,
    fork: `fork-terminal-m3.5-${range}`,
    'fork-m4': `fork-terminal-m4-${range}`,
  }[end]
  return [{ id, count }]
}

/** An inline fuse holder for a fuse of `amps`, cut into a conductor: the holder and a butt splice on each of its leads. */
const inlineFuse = (amps: number) => (awg: number) => [
  { id: `fuse-holder-${fuseSize(amps)}-inline`, count: 1 },
  { id: `butt-splice-${crimpRange(awg)}`, count: 2 },
]

/** What each kind of cable carries, how many conductors, and the terminals at its ends (docs/design.md, "Electrics"). */
function kindOf(kind: CableKind, p: PowerDesign, motorAmps: number, board: Board) {
  const bundled = { bundled: true, mains: false }
  const { housing } = board.plugs
  // At the board a housing of the board's kind; at the part a solder sleeve joining each conductor to the part's own lead.
  const signal = (conductors: number) => ({
    amps: 0.1,
    how: bundled,
    conductors,
    connectors: [
      { id: `${housing}-${conductors}pin`, count: 1 },
      { id: crimpOf(housing), count: conductors },
      { id: SPLICE_24, count: conductors },
    ],
  })
  // A fan output that is a screw terminal (the RAMPS's D9): a ferrule on each conductor there.
  const fan =
    board.plugs.fans === 'housing'
      ? signal(2)
      : {
          amps: 0.1,
          how: bundled,
          conductors: 2,
          terminals: (awg: number) => [...terminal('ferrule', awg, 2), { id: SPLICE_24, count: 2 }],
        }
  const ends =
    (conductors: number, [a, b]: readonly [End, End], extra?: (awg: number) => { id: string; count: number }[]) =>
    (awg: number) => [...terminal(a, awg, conductors), ...terminal(b, awg, conductors), ...(extra?.(awg) ?? [])]
  // A mains or earth run, sized to the inlet's fuse (earth carries the fault current up to it).
  const mains = (
    conductors: number,
    e: readonly [End, End],
    extra?: (awg: number) => { id: string; count: number }[],
  ) => ({
    amps: p.inletFuse,
    how: { bundled: false, mains: true },
    conductors,
    terminals: ends(conductors, e, extra),
  })
  const dc = (
    conductors: number,
    e: readonly [End, End],
    extra?: (awg: number) => { id: string; count: number }[],
  ) => ({
    amps: p.fuse24,
    how: { bundled: false, mains: false },
    conductors,
    terminals: ends(conductors, e, extra),
  })
  switch (kind) {
    case 'motor':
      return { ...signal(4), amps: motorAmps }
    case 'hot end thermistor':
    case 'bed thermistor':
      return signal(2)
    case 'heatsink fan':
    case 'part cooling blower':
      return fan
    case 'probe':
      // Its housings at the board, and the diode in its signal wire there.
      return {
        ...signal(PROBE_CONDUCTORS),
        connectors: [
          { id: `${housing}-${PROBE_CONDUCTORS}pin`, count: board.probeEnds.housings },
          { id: crimpOf(housing), count: board.probeEnds.crimps },
          { id: PROBE_DIODE.id, count: 1 },
          { id: SPLICE_24, count: PROBE_CONDUCTORS },
        ],
      }
    case 'UART jumper':
    case 'DIAG jumper':
      // A bought jumper wire: its own wire and housings.
      return {
        ...signal(1),
        connectors: [{ id: RAMPS_EXTRAS.jumperWires.id, count: 1 }],
        awg: RAMPS_EXTRAS.jumperWires.awg,
        ownLeads: true,
      }
    case 'motor series adapter':
      // The adapter's own plug: no wire cut (inSeries makes its row).
      return {
        ...signal(4),
        connectors: [{ id: RAMPS_EXTRAS.zSeries.id, count: 1 }],
        ownLeads: true,
      }
    case 'hot end heater':
      return {
        amps: LOADS.hotEndWatts / 24,
        how: bundled,
        conductors: 2,
        terminals: ends(2, ['ferrule', 'lever'], () => [{ id: SPLICE_24, count: 2 }]),
      }
    case 'bed heater':
      // A 24 V bed, from the board's bed output (screw terminals) to the heater's leads, each joined in a lever connector.
      return {
        amps: (p.loads.find((l) => l.item.startsWith('bed heater'))?.wattsEach ?? 0) / 24,
        how: bundled,
        conductors: 2,
        terminals: (awg: number) => [...terminal('ferrule', awg, 2), { id: 'lever-connector-221-412', count: 2 }],
      }
    case 'bed cord':
      // The moving mains lead: one sheathed 3-core cord (L, N, PE), sized to the bed's fuse as a cord is.
      return {
        amps: p.bed?.fuse ?? p.inletFuse,
        how: { bundled: true, mains: true },
        conductors: 3,
        terminals: () => [],
        cord: true,
      }
    case 'bed heater leads':
      return {
        amps: p.bed?.fuse ?? 0,
        how: { bundled: true, mains: true },
        conductors: 2,
        terminals: () => [],
        ownLeads: true,
      }
    case 'bed earth':
      return mains(1, ['lever', 'lever'], () => [{ id: EARTH_BOND.ringTerminal.part.id, count: 1 }])
    case 'mains L, relay to bed junction (fused)':
      return { ...mains(1, ['fork-m4', 'lever'], inlineFuse(p.bed?.fuse ?? p.inletFuse)), amps: p.inletFuse }
    case 'dc, supply +V to distribution (fused)':
      return dc(1, ['fork', 'lever'], inlineFuse(p.fuse24))
    case 'dc, supply -V to distribution':
      return dc(1, ['fork', 'lever'])
    case 'dc, distribution link':
      return dc(1, ['lever', 'lever'])
    case 'board power':
      return dc(2, ['lever', 'ferrule'])
    case 'mains, inlet to stop':
    case 'mains, inlet to distribution':
      return mains(2, ['spade', kind === 'mains, inlet to stop' ? 'ferrule' : 'lever'])
    case 'mains, stop to distribution':
      return mains(2, ['ferrule', 'lever'])
    case 'mains, stops in series (sheathed)':
      // L and N out to the second stop and back: 4 cores, ferruled at both stops, stripped into the distribution.
      return {
        ...mains(4, ['ferrule', 'ferrule']),
        terminals: (awg: number) => [{ id: `ferrule-${ferruleFor(awg)}mm2`, count: 6 }],
      }
    case 'coil, stops in series (sheathed)':
      return mains(2, ['ferrule', 'ferrule'])
    case 'mains, distribution to contactor':
      return mains(2, ['lever', 'ferrule'])
    case 'mains, contactor to distribution':
      return mains(2, ['ferrule', 'lever'])
    case 'coil, live to fuse':
    case 'coil, neutral to coil':
      return mains(1, ['lever', 'ferrule'])
    case 'coil, fuse to stop':
    case 'coil, stop to holding contact':
    case 'coil, holding contact to start button':
    case 'coil, start button to coil':
    case 'coil, holding contact to coil':
      return mains(1, ['ferrule', 'ferrule'])
    case 'mains, distribution to supply':
      return mains(2, ['lever', 'fork'])
    case 'mains L, distribution to relay':
      return mains(1, ['lever', 'fork-m4'])
    case 'mains N, distribution to bed junction':
      return mains(1, ['lever', 'lever'])
    case 'earth, earth point to bed junction':
      return mains(1, ['ring-m6', 'lever'])
    case 'earth, inlet to earth point':
      return mains(1, ['spade', 'ring-m6'])
    case 'earth, supply to earth point':
      return mains(1, ['ring-m6', 'fork'])
    case 'bond':
      return mains(1, ['ring-m6', 'ring-m6'])
    case 'controller fan':
      // From the 24 V distribution (stripped into its lever connectors) to the fan's own leads, its plug cut off.
      return {
        amps: LOADS.controllerFanWatts / 24,
        how: { bundled: false, mains: false },
        conductors: 2,
        terminals: () => [{ id: SPLICE_24, count: 2 }],
      }
    case 'relay control':
      return {
        amps: 0.1,
        how: { bundled: false, mains: false },
        conductors: 2,
        // 24 AWG is thinner than insulated fork terminals take: ferrules into both screw terminals.
        terminals: ends(2, ['ferrule', 'ferrule']),
      }
  }
}

/** The board's socket or pin a cable lands on: the same tables printer.cfg is written from. */
function pinOf(cable: Cable, board: Board, tools: number, socketOf: (node: string) => string, jumperPins: JumperPins) {
  const head = cable.at === 'toolhead' ? 0 : Number(cable.at.replace('toolhead-', '')) - 1
  const fan = (i: number) => `${board.ports.fans[i]} (${board.fans[i]})`
  switch (cable.kind) {
    case 'motor':
      return socketOf(cable.at)
    case 'hot end heater':
      return `${board.ports.hotEndHeaters[head]} (${board.hotEndHeaters[head]})`
    case 'hot end thermistor':
      return `${board.ports.hotEndThermistors[head]} (${board.hotEndThermistors[head]})`
    case 'part cooling blower':
      return fan(fanOutputs(tools).parts[head])
    case 'heatsink fan':
      // The RAMPS has one fan output (the part blower's): the heatsink fan runs whenever the machine is on.
      return board.fans[fanOutputs(tools).heatsinks[head]] === undefined
        ? '+24 V and 0 V (always on: the board has no fan output for it)'
        : fan(fanOutputs(tools).heatsinks[head])
    case 'probe':
      return `${board.ports.probePower}; the signal through the diode to the ${board.ports.probe} (${board.probe})`
    case 'UART jumper':
    case 'DIAG jumper':
      return jumperPins.get(cable.from) ?? ''
    case 'bed thermistor':
      return `${board.ports.bedThermistor} (${board.bedThermistor})`
    case 'bed heater':
    case 'relay control':
      return `${board.ports.bedHeater} (${board.bedHeater})`
    case 'board power':
      return `${/^[^(]*\([^,]*, (.+) \+ and -\)$/.exec(cable.to)?.[1]} + and -`
    case 'controller fan':
      return '+24 V and 0 V (always on)'
    case 'dc, supply +V to distribution (fused)':
      return '+24 V'
    case 'dc, supply -V to distribution':
      return '0 V'
    case 'dc, distribution link':
      return cable.from.includes('each pole') ? '+24 V and 0 V, one link each' : '+24 V'
    default:
      return /earth|bond/.test(cable.kind)
        ? 'PE'
        : cable.kind.startsWith('coil')
          ? 'contactor coil circuit'
          : cable.kind === 'bed cord'
            ? 'L, N and PE'
            : (/^mains (L|N)/.exec(cable.kind)?.[1] ?? 'L and N')
  }
}

/**
 * The machine's power design, from the spec and the layout alone (so a spec whose 24 V load the
 * control panel's supply cannot carry is refused before any part is modelled).
 */
export function powerOf(spec: Pick<Kit['spec'], 'motor'>, layout: Layout): PowerDesign {
  const heating = bedHeating(layout.bed)
  const zNames = [...layout.axes.z.front, ...layout.axes.z.rear].map((a) => a.name)
  const inputs = {
    motors: motorsOf(zNames, layout.tools).length,
    motorAmps: runCurrent(spec.motor.bodyLength),
    motorBodyLength: spec.motor.bodyLength,
    hotEnds: layout.tools,
    bed: heating,
  }
  // The supply first: the mains side is sized for the supply the panel holds.
  const load24 = totalWatts(loads(inputs))
  const supply = chooseSupply(load24)
  if (supply.id !== POWER_SUPPLY.part.id) {
    // HEATING.dc.maxWatts leaves a 24 V bed room beside one tool, two Z axes and 40 mm motors.
    const field =
      layout.tools > 1
        ? `tools: ${layout.tools}`
        : spec.motor.bodyLength > NEMA17_BODY_FOR_SUPPLY
          ? `motor.bodyLength: ${spec.motor.bodyLength} mm`
          : `zAxes: ${zNames.length}`
    throw new InputError(
      `${field} makes a 24 V load of ${round(load24, 1)} W, which needs ${round(load24 * SUPPLY_MARGIN, 1)} W with its margin: the ${supply.watts} W supply (${supply.case.join(' x ')} mm), which the control panel does not hold (it holds the ${POWER_SUPPLY.rating.watts} W, ${POWER_SUPPLY.size.join(' x ')} mm, for at most ${round(POWER_SUPPLY.rating.watts / SUPPLY_MARGIN, 1)} W of load); use 1 tool, 2 Z axes and 40 mm motors`,
    )
  }
  return powerDesign(inputs)
}

/** The motor body the 24 V bed's limit is reckoned with (HEATING.dc.maxWatts). */
const NEMA17_BODY_FOR_SUPPLY = 40

/** The machine's wiring, from its power design (powerOf, given by the caller that already has it): each cable with gauge, connectors and pin, the chains. */
export function wiringOf(
  kit: Pick<Kit, 'spec' | 'layout' | 'machine'>,
  board: Board = boardOf(kit.spec),
  power: PowerDesign = powerOf(kit.spec, kit.layout),
): Wiring {
  const { layout, spec } = kit
  const heating = bedHeating(layout.bed)
  const zNames = [...layout.axes.z.front, ...layout.axes.z.rear].map((a) => a.name)
  const heads = Array.from({ length: layout.tools }, (_, i) => (i === 0 ? 'toolhead' : `toolhead-${i + 1}`))
  const motors = motorsOf(zNames, layout.tools)
  const sockets = socketsFor(motors, board, zNames.length, layout.tools)
  const nodes = ['x', 'y-left', 'y-right', ...zNames, ...heads]
  const motorAmps = runCurrent(spec.motor.bodyLength)
  const setup = BOARD_SETUPS[board.part]
  if (!setup) throw new Error(`no setup data for the board ${board.part}`)
  // Motors and sockets in printer.cfg's order: X, the left and right Y, each Z, each head's extruder.
  // A motor sharing its socket (the RAMPS's second Z, in series) names the section that drives it.
  const socketOf = (node: string) => {
    const socket = sockets[nodes.indexOf(node)]
    return `${socket.name} (${motors[sockets.indexOf(socket)].section})`
  }
  const jumpers = jumperWires(motors, sockets).map((j) => ({
    kind: j.kind,
    from: `${j.socket.name} driver module (${j.kind === 'UART jumper' ? 'PDN_UART' : 'DIAG'} pin)`,
    to: j.to,
    pin: `${j.pin} (${j.section})`,
  }))
  const how = {
    mains: heating.supply === 'mains',
    contactor: power.inletFuse > ESTOP_CONTACT_AMPS,
    inputs: setup.powerInputs,
    heatsinkFansOnSupply: fanOutputs(layout.tools).heatsinks.some((i) => board.fans[i] === undefined),
    jumpers,
    grommets: panelGrommetsAt(layout),
  }
  const jumperPins: JumperPins = new Map(jumpers.map((j) => [j.from, j.pin]))
  const rowOf = (cable: Cable): WiringRow => {
    const k = kindOf(cable.kind, power, motorAmps, board)
    const awg = 'awg' in k ? k.awg : 'cord' in k ? cordAwg(k.amps) : gaugeFor(k.amps, k.how)
    const connectors = 'connectors' in k ? k.connectors : k.terminals(awg)
    const pin = pinOf(cable, board, layout.tools, socketOf, jumperPins)
    return { cable, awg, conductors: k.conductors, connectors, pin, ownLeads: 'ownLeads' in k }
  }
  // The probe's conductors not crimped into its housings at the board land in the 24 V distribution.
  const toDistribution = PROBE_CONDUCTORS - board.probeEnds.crimps
  const placed = new Set(countBought(kit.machine).map((c) => c.item.id))
  const cables = machineCables(kit.machine, how)
  const rows = cables.map((cable) => {
    const row = farEnd(rowOf(cable))
    if (cable.kind === 'mains, stops in series (sheathed)')
      return { ...row, junction: { part: JUNCTIONS.mains, conductors: 2 } }
    if (cable.kind === 'probe' && toDistribution > 0)
      return { ...row, junction: { part: JUNCTIONS.dc, conductors: toDistribution } }
    // The RAMPS's bed input: its + through the inline ATO fuse that stands for the bridged F2.
    if (cable.kind === 'board power' && cable.to.includes('bed power') && placed.has(RAMPS_EXTRAS.bedFuse.id))
      return {
        ...row,
        cable: { ...cable, to: `${cable.to}, its + through the inline 5 A ATO fuse (${RAMPS_EXTRAS.bedFuse.id})` },
        connectors: [
          ...row.connectors,
          { id: RAMPS_EXTRAS.bedFuse.id, count: 1 },
          { id: `butt-splice-${crimpRange(row.awg)}`, count: 2 },
        ],
      }
    return row
  })
  const link = (from: Cable, conductors: number): WiringRow => ({ ...rowOf(linkOf(from, conductors)), conductors })
  return {
    power,
    rows: withJunctions(inSeries(rows).map(merged), link),
    chains: cableChains(layout),
    board,
    setup,
    placed,
    ringBolts: ringBolts(kit.machine, cables),
    boxed: [...placed].some((id) => id.startsWith(JUNCTION_BOX)),
  }
}

/**
 * A row's far end named: the part's own leads, each joined by a solder sleeve; a fan fed from the
 * 24 V distribution has no housing (its wires go stripped into the lever connectors there).
 */
function farEnd(row: WiringRow): WiringRow {
  const sleeves = row.connectors.find((c) => c.id === SPLICE_24)
  if (!sleeves) return row
  const onSupply = row.cable.fromPart === JUNCTIONS.dc
  const housing = onSupply ? undefined : row.connectors.find((c) => HOUSING.test(c.id))
  const housed = housing
    ? `, the ${HOUSING_NAMES[HOUSING.exec(housing.id)![1] as Housing]} housing at the ${row.cable.from.replace(/ \(.*$/, '')} end`
    : ''
  return {
    ...row,
    cable: { ...row.cable, to: `${row.cable.to}: its own leads, each joined by a solder sleeve${housed}` },
    // Stripped into the distribution's lever connectors, as the controller fan: no housing, crimp or ferrule.
    connectors: onSupply
      ? row.connectors.filter((c) => !HOUSING.test(c.id) && !CRIMP.test(c.id) && !c.id.startsWith('ferrule-'))
      : row.connectors,
  }
}

/**
 * Two motors on one socket (the RAMPS's Z pair) run in series through the series adapter: each
 * motor's cable ends in the adapter's sockets (A, B), the adapter's own plug goes in the socket.
 */
function inSeries(rows: readonly WiringRow[]): WiringRow[] {
  const motors = rows.filter((r) => r.cable.kind === 'motor')
  const shared = new Set(motors.filter((r) => motors.filter((m) => m.pin === r.pin).length > 1).map((r) => r.pin))
  if (shared.size === 0) return [...rows]
  const adapter = RAMPS_EXTRAS.zSeries
  const seen = new Map<string, number>()
  return rows.flatMap((r) => {
    if (r.cable.kind !== 'motor' || !shared.has(r.pin)) return [r]
    const n = seen.get(r.pin) ?? 0
    seen.set(r.pin, n + 1)
    const socket = 'AB'[n]
    const row: WiringRow = {
      ...r,
      cable: {
        ...r.cable,
        from: `series adapter (motor socket ${socket})`,
        fromPart: adapter.id,
        // Its housing plugs into the adapter's socket, not the board.
        to: r.cable.to.replace(` at the ${CONTROLLER_NAME} end`, ` into the series adapter's motor socket ${socket}`),
      },
      pin: `${r.pin}, through the series adapter`,
    }
    if (n === 0) return [row]
    const plug: WiringRow = {
      cable: {
        ...r.cable,
        kind: 'motor series adapter',
        at: 'control-panel-left',
        from: 'series adapter (its 4-pin plug)',
        to: `${CONTROLLER_NAME} (one of the ${r.pin.split(' ')[0]} socket's motor headers)`,
        fromPart: adapter.id,
        toPart: '',
        motions: [],
        route: 0,
        length: 0,
      },
      awg: r.awg,
      conductors: 4,
      connectors: [{ id: adapter.id, count: 1 }],
      pin: r.pin,
      ownLeads: true,
    }
    return [row, plug]
  })
}

const CONTROLLER_NAME = 'controller board'

/** A board header's housing and its crimp contact, by id (`jst-xh-4pin`, `crimp-dupont`). */
const HOUSING = /^(jst-xh|dupont)-\dpin$/
const CRIMP = /^crimp-(jst-xh|dupont)$/
const crimpOf = (housing: Housing) => `crimp-${housing}`
const HOUSING_NAMES: Record<Housing, string> = { 'jst-xh': 'JST-XH', dupont: '2.54 mm Dupont' }

/** The probe's conductors: +, - and its signal. */
const PROBE_CONDUCTORS = 3

/**
 * The joint at a part's end of a 24 V signal or heater cable: a solder sleeve (heat-shrink with a
 * solder ring and sealing rings) over each conductor and the part's own lead, shrunk with a heat gun;
 * sized for the cable's 24 AWG and the parts' 24-28 AWG leads.
 */
export const SPLICE_24 = 'solder-sleeve-26-24awg'

/** Ours: a link between two lever connectors of one pole, side by side: 11 mm stripped each end (WAGO 221) and the gap. */
export const LINK_LENGTH = 50

/**
 * The link of the 24 V distribution's poles that have two lever connectors (`poles`: both, or the
 * + pole alone), on the panel where the row `from` runs.
 */
const linkOf = (from: Cable, poles: number): Cable => ({
  kind: 'dc, distribution link',
  at: from.at,
  from: `24 V distribution (${poles > 1 ? 'each pole' : 'the +24 V pole'}: its first lever connector)`,
  to: '24 V distribution (the same pole: its second lever connector)',
  fromPart: '',
  toPart: '',
  motions: [],
  route: 0,
  length: LINK_LENGTH,
})

/** Each jumper wire's MCU pin and the section it serves, by the driver pin it starts at. */
type JumperPins = ReadonlyMap<string, string>

/** A row's connectors with each id once (a ferrule at both ends is one count). */
function merged(row: WiringRow): WiringRow {
  const by = new Map<string, number>()
  for (const c of row.connectors) by.set(c.id, (by.get(c.id) ?? 0) + c.count)
  return { ...row, connectors: [...by].map(([id, count]) => ({ id, count })) }
}

/** The bed cord as bought: the harmonised type for its cross-section, or the UL type for its gauge. */
const cordTypes = (p: PowerDesign, awg: number) =>
  `H05VV-F 3G${cordMm2(p.bed?.fuse ?? p.inletFuse)} (${cordMm2(p.bed?.fuse ?? p.inletFuse)} mm2) or SJOOW ${awg}/3 (${awg} AWG, ${AWG_MM2[awg]} mm2)`
const cordMm2 = (amps: number) => MAINS_CORD_MM2.find(([a]) => a >= amps)?.[1]

/** The bed cord's gauge: the cross-section IEC 60335-1 table 11 gives a cord for its current, as the nearest AWG at least as thick. */
function cordAwg(amps: number): number {
  const mm2 = cordMm2(amps)
  const awg = Object.entries(AWG_MM2)
    .map(([g, a]) => [Number(g), a] as const)
    .filter(([, a]) => mm2 !== undefined && a >= mm2 * 0.95)
    .sort((a, b) => b[0] - a[0])[0]?.[0]
  if (awg === undefined) throw new Error(`no cord carries ${round(amps, 2)} A`)
  return awg
}

/** Lever connectors by clamping points (WAGO 221-412, -413, -415). */
const LEVER_POINTS = [2, 3, 5] as const
/** The poles of each junction: one lever connector each. */
const POLES: Record<string, number> = {
  [JUNCTIONS.mainsIn]: 2,
  [JUNCTIONS.mains]: 2,
  [JUNCTIONS.dc]: 2,
  [JUNCTIONS.bedPanel]: 3,
  [JUNCTIONS.bed]: 3,
}

/**
 * Each junction's lever connectors, on the first row that lands on it: one a pole, with as many
 * points as the conductors that meet at each pole (a mains junction's poles take the same number;
 * the 24 V distribution's + pole one more where the probe's + lands on it). A pole of the 24 V
 * distribution with more conductors than the largest takes gets the largest and the least that
 * takes the rest, joined by a link (a row of its own, after that row, made by `link`), which takes
 * a point of each.
 */
function withJunctions(rows: readonly WiringRow[], link: (from: Cable, conductors: number) => WiringRow): WiringRow[] {
  const points = new Map<string, number>()
  const count = (part: string, n: number) => {
    if (part in POLES) points.set(part, (points.get(part) ?? 0) + n)
  }
  for (const r of rows) {
    for (const part of [r.cable.fromPart, r.cable.toPart]) count(part, r.conductors)
    if (r.junction) count(r.junction.part, r.junction.conductors)
  }
  const placed = new Set<string>()
  return rows.flatMap((r) => {
    const add = [r.cable.fromPart, r.cable.toPart].filter((j) => j in POLES && !placed.has(j))
    for (const j of add) placed.add(j)
    if (add.length === 0) return [r]
    const sized = add.map((j) => {
      const total = points.get(j)!
      const poles =
        j === JUNCTIONS.dc
          ? [Math.ceil(total / 2), Math.floor(total / 2)]
          : Array.from({ length: POLES[j] }, () => Math.ceil(total / POLES[j]))
      return poles.map((n) => leversFor(n, j))
    })
    const counts = new Map<number, number>()
    for (const n of sized.flat(2)) counts.set(n, (counts.get(n) ?? 0) + 1)
    const connectors = [...counts].map(([n, count]) => ({ id: `lever-connector-221-41${n}`, count }))
    const linked = sized.flat().filter((levers) => levers.length > 1).length
    return [{ ...r, connectors: [...r.connectors, ...connectors] }, ...(linked > 0 ? [link(r.cable, linked)] : [])]
  })
}

/**
 * The lever connectors of one pole of junction `j` where `n` conductors meet: the least that takes
 * them; at the 24 V distribution, over the largest, the largest and the least that takes the rest,
 * linked (the link takes a point of each).
 */
function leversFor(n: number, j: string): number[] {
  const largest = LEVER_POINTS.at(-1)!
  const one = LEVER_POINTS.find((k) => k >= n)
  if (one !== undefined) return [one]
  const second = j === JUNCTIONS.dc ? LEVER_POINTS.find((k) => largest + k - 2 >= n) : undefined
  if (second === undefined) throw new Error(`${n} conductors at one pole of ${j}: more than a lever connector takes`)
  return [largest, second]
}

const metres = (mm: number) => round(mm / 1000, 2)

/** A row with no connector of its own: stripped into a junction's lever connectors, which the first row landing there counts. */
function intoJunction(w: Wiring, r: WiringRow): string {
  const j = [r.cable.fromPart, r.cable.toPart].find((id) => id in POLES)
  const first = j && w.rows.find((x) => x.cable.fromPart === j || x.cable.toPart === j)
  return first && first !== r ? `stripped 11 mm into its lever connector (counted on the row ${first.cable.kind})` : ''
}

/** wiring.csv and wiring.md: one row per cable. */
export function wiringTable(w: Wiring): Table {
  return {
    columns: [
      'item',
      'from',
      'to',
      'connector',
      'wire_gauge',
      'conductors',
      'length_mm',
      'socket_or_pin',
      'moves_with',
    ],
    rows: [
      ...w.rows.map((r) => [
        r.cable.kind,
        r.cable.from,
        r.cable.to,
        r.connectors.map((c) => `${c.count} x ${c.id}`).join(' + ') || intoJunction(w, r),
        r.ownLeads
          ? onBoard(r.cable.kind)
            ? `${r.awg} AWG (${JUMPER_MM2} mm2)`
            : "the part's own leads"
          : wireKind(r.cable.kind) === '-cord'
            ? `3-core cord: ${cordTypes(w.power, r.awg)}`
            : `${r.awg} AWG (${AWG_MM2[r.awg]} mm2)${wireKind(r.cable.kind) === '-sheathed' ? `, ${r.conductors}-core sheathed cable` : ''}`,
        r.conductors,
        Math.ceil(r.cable.length),
        r.pin,
        r.cable.motions.join(' ') || 'fixed',
      ]),
    ],
  }
}

/**
 * The wire of each kind of cable: earth green/yellow; mains rated for it (300/500 V, H05V-K class);
 * the bed's moving mains lead a sheathed 3-core cord; the rest silicone.
 */
export const wireKind = (kind: string): '-earth' | '-mains' | '-cord' | '-sheathed' | '' =>
  kind === 'bed cord'
    ? '-cord'
    : kind.endsWith('(sheathed)')
      ? '-sheathed'
      : kind.includes('earth') || kind === 'bond'
        ? '-earth'
        : /^(mains|coil)/.test(kind)
          ? '-mains'
          : ''
const WIRES: Record<ReturnType<typeof wireKind>, string> = {
  '-earth': 'Earth wire, green/yellow, fine-stranded, 300/500 V',
  '-mains': 'Mains wire, fine-stranded, 300/500 V (H05V-K class), brown (L) and blue (N)',
  '-cord': `Flexible cord, 3-core (L, N, PE green/yellow), sheathed, 300/500 V, the bed's moving mains lead, its outside within ${CORD_GLAND_CLAMPS.join('-')} mm: the M20 glands of the junction box and the bed's box clamp it, its strain relief at each end`,
  '-sheathed':
    "Sheathed cable, flexible, 300/500 V, cores without green/yellow (H05VV-F 2X, or a control cable's 4X for 4 cores), the second emergency stop's, through its box's M16 gland (its outside within the gland's 4.5-10 mm)",
  '': 'Wire, silicone insulated, fine-stranded',
}

/** The second emergency stop's cable's cores (one such cable a machine). */
const sheathedCores = (w: Wiring) => w.rows.find((r) => wireKind(r.cable.kind) === '-sheathed')?.conductors

/** A jumper wire between two of the board's pins (the RAMPS's): it lies on the board, tied to nothing. */
const onBoard = (kind: CableKind) => kind === 'UART jumper' || kind === 'DIAG jumper'
/** 26 AWG, the jumper wires': 0.129 mm2. */
const JUMPER_MM2 = 0.13

/** Ours: a cable tie every 150 mm of route along the frame. */
export const TIE_PITCH = 150
/** Ours: a 30 mm piece of heat-shrink over each butt splice (the inlet's fully insulated receptacles take none). */
export const HEAT_SHRINK_PIECE = 30
/** Ours: 12 mm spiral wrap, round the bed's moving cables (the cord, about 6-9 mm, and the thermistor pair), their loop's length. */
export const SPIRAL_WRAP = 12

/** The wiring's BOM lines: wire per gauge (its total length), connectors and terminals, chains, ties, heat-shrink, wrap. */
export function wiringBom(w: Wiring): (readonly [string, string, number, string])[] {
  const wire = new Map<string, number>()
  const parts = new Map<string, number>()
  for (const r of w.rows) {
    const key = `${r.awg}${wireKind(r.cable.kind)}`
    // A cord is counted by its length: its cores are one cable.
    const conductors = ['-cord', '-sheathed'].includes(wireKind(r.cable.kind)) ? 1 : r.conductors
    // As wiring.csv gives each row: its length rounded up to the mm.
    if (!r.ownLeads) wire.set(key, (wire.get(key) ?? 0) + Math.ceil(r.cable.length) * conductors)
    // A part the tree places with its own (the bed's earth ring terminal, the RAMPS's diode and jumpers) is counted there.
    for (const c of r.connectors.filter((c) => !w.placed.has(c.id))) parts.set(c.id, (parts.get(c.id) ?? 0) + c.count)
  }
  const wires = [...wire.keys()].sort().map((key) => {
    const awg = Number.parseInt(key, 10)
    const kind = key.replace(/^\d+/, '') as ReturnType<typeof wireKind>
    const m = metres(wire.get(key)!)
    return [
      `wire-${awg}awg${kind}`,
      `${WIRES[kind]}, ${kind === '-cord' ? cordTypes(w.power, awg) : `${kind === '-sheathed' ? `${sheathedCores(w)} cores of ` : ''}${awg} AWG (${AWG_MM2[awg]} mm2)`}, ${m} m in all (the sum of wiring.csv's lengths; quantity in m, rounded up)`,
      Math.ceil(m),
      'wiring',
    ] as const
  })
  const connectors = [...parts.keys()]
    .sort()
    .map((id) => [id, describeConnector(id, w.power), parts.get(id)!, 'wiring'] as const)
  const chainLength = w.chains.reduce((s, c) => s + c.length, 0)
  const routes = w.rows.reduce((s, r) => s + (onBoard(r.cable.kind) ? 0 : r.cable.route), 0)
  const pieces = (over: (id: string) => boolean) =>
    w.rows.flatMap((r) => r.connectors).reduce((s, c) => s + (over(c.id) ? c.count : 0), 0)
  const splices = pieces((id) => id.startsWith('butt-splice-'))
  const diodes = pieces((id) => id === PROBE_DIODE.id)
  const loop = Math.max(0, ...w.rows.filter((r) => r.cable.kind === 'bed cord').map((r) => r.cable.length))
  return [
    ...wires,
    ...connectors,
    [
      'cable-chain-10x15',
      `Cable chain, nylon, 10 x 15 mm inside, bend radius 28 mm, ${metres(chainLength)} m in all: ${w.chains.map((c) => `${Math.ceil(c.length)} mm along ${c.motion.toUpperCase()} (${c.at})`).join(', ')}`,
      w.chains.length,
      'wiring',
    ],
    [
      'cable-tie-100mm',
      `Cable tie, 100 mm, one every ${TIE_PITCH} mm of cable route along the frame`,
      Math.ceil(routes / TIE_PITCH),
      'wiring',
    ],
    ...(
      [
        ['9.5', splices, 'one over each butt splice (wiring.csv): its insulated barrel is about 7 mm across'],
        ['6.4', diodes, "one over the probe's diode in its signal wire"],
      ] as const
    )
      .filter(([, n]) => n > 0)
      .map(
        ([size, n, what]) =>
          [
            `heat-shrink-${size}mm`,
            `Heat-shrink tube 2:1, ${size} mm, ${n} pieces of ${HEAT_SHRINK_PIECE} mm (${metres(n * HEAT_SHRINK_PIECE)} m): ${what}, ordered by the metre`,
            Math.ceil(metres(n * HEAT_SHRINK_PIECE)),
            'wiring',
          ] as const,
      ),
    ...(loop > 0
      ? [
          [
            `spiral-wrap-${SPIRAL_WRAP}mm`,
            `Spiral wrap, ${SPIRAL_WRAP} mm, ${metres(loop)} m: round the bed's service loop (its cord and thermistor pair), ordered by the metre`,
            Math.ceil(metres(loop)),
            'wiring',
          ] as const,
        ]
      : []),
  ]
}

/**
 * The bed cord's outside diameter, mm, by its gauge: the thicker of its two types, SJOOW 3-core
 * (ours: the figures cord sellers list for 18/3, 16/3 and 14/3, 8.4, 9.4 and 11.2 mm; no maker's
 * data sheet was to hand). H05VV-F 3G is thinner (ours, no figure taken: HD 21.5 sets its limits):
 * the cord's BOM line asks for one within the glands' clamping range. The glands at its two ends
 * (the junction box's and the bed's box's, CORD_GLAND_CLAMPS) are its strain relief; a test holds
 * every gauge here within their range.
 */
export const CORD_OUTER: Readonly<Record<number, number>> = { 18: 8.4, 16: 9.4, 14: 11.2 }

function describeConnector(id: string, p: PowerDesign): string {
  const pins = /^jst-xh-(\d)pin$/.exec(id)?.[1]
  if (pins) return `JST-XH ${pins}-pin housing (2.54 mm), the board's plug`
  if (id === 'crimp-jst-xh') return 'JST-XH crimp contact, for 22-28 AWG'
  const dupont = /^dupont-(\d)pin$/.exec(id)?.[1]
  if (dupont)
    return `Dupont ${dupont}-pin housing, 1 row, 2.54 mm pitch: the plug on the RAMPS's ${dupont}-pin header (0.64 mm square pins)`
  if (id === 'crimp-dupont')
    return 'Dupont female crimp contact for 2.54 mm headers (0.64 mm square pins), for 22-28 AWG (ours: the common 2.54 mm female crimp terminals)'
  if (id === PROBE_DIODE.id) return PROBE_DIODE.description
  const mm2 = /([\d.]+)mm2$/.exec(id)?.[1]
  const range = /-(red|blue)-(\d+)-(\d+)awg$/.exec(id)
  const fits = range ? `${range[1]}, for ${range[2]}-${range[3]} AWG wire` : ''
  const lever = /^lever-connector-221-41(\d)$/.exec(id)?.[1]
  if (lever)
    return `Lever connector, ${lever} points, 0.2-4 mm2, 450 V 32 A (WAGO 221-41${lever} or equal): the junctions where a conductor splits (wiring.csv)`
  if (id.startsWith('ferrule-')) return `Wire ferrule, insulated, for ${mm2} mm2 wire, into screw terminals`
  if (id.startsWith('fork-terminal-m4'))
    return `Fork terminal, insulated ${fits}, M4 stud (the relay's load terminals 1 and 2: an M4 fork takes an M4 or an M3.5 load screw, whichever the relay bought has)`
  if (id.startsWith('fork-')) return `Fork terminal, insulated ${fits}, M3.5 stud (the supply's terminals)`
  if (id === SPLICE_24)
    return "Solder sleeve (heat-shrink with a solder ring and two sealing rings), for 26-24 AWG: joins a cable's conductor to a part's own lead at the part's end (wiring.csv), shrunk with a heat gun"
  if (id.startsWith('ring-terminal-m6')) return `Ring terminal, insulated ${fits}, M6 (earth point and bonding jumpers)`
  if (id.startsWith('receptacle-')) return `Push-on receptacle 6.3 mm, fully insulated ${fits} (the inlet's tabs)`
  if (id.startsWith('butt-splice-')) return `Butt splice, insulated ${fits}: an inline fuse holder's lead to its wire`
  if (id === 'star-washer-m6') return 'Star washer M6 (DIN 6798 A 6.4), under each M6 ring terminal, against bare metal'
  const holder = /^fuse-holder-([\d.x]+)-inline$/.exec(id)?.[1]
  if (holder) {
    const fuses = [p.fuse24, p.bed?.fuse ?? 0].filter((a) => a > 0 && fuseSize(a) === holder)
    return `Fuse holder, inline, ${holder.replace('x', ' x ')} mm, with two leads, rated at least ${Math.max(...fuses)} A 250 V (the largest fuse it holds): wiring.csv's rows marked fused`
  }
  return id
}

/** The motors homed sensorless (printer.cfg: X and both Y home on their drivers' stall signal). */
const SENSORLESS = /^stepper_(x|y|y1)$/

/** wiring.md's board setup: what feeds each power input, and each jumper to set before power-up. */
export function boardSetupText(w: Wiring): string {
  // Each socket once: the RAMPS's two Z motors share one.
  const pins = new Set(w.rows.filter((r) => r.cable.kind === 'motor').map((r) => r.pin))
  const sockets = [...pins].map((pin) => /^(\S+) \((\w+)\)/.exec(pin)!)
  const on = (which?: 'used' | 'sensorless') =>
    which === undefined
      ? ''
      : `: ${sockets
          .filter(([, , section]) => which === 'used' || SENSORLESS.test(section))
          .map(([, socket, section]) => `${socket} (${section})`)
          .join(', ')}`
  return [
    `## Board setup: ${w.board.name}`,
    '',
    `Before the first power-up (${w.setup.source}).`,
    '',
    ...w.setup.powerInputs.map(
      (i) =>
        `- Power input ${i.label} (${i.name}): ${i.feeds}. Fed from the 24 V distribution (wiring.csv, board power, ${w.rows.find((r) => r.cable.kind === 'board power')?.awg} AWG), + to + and - to -.`,
    ),
    ...w.setup.jumpers.map((j) => `- Jumper, ${j.where}${on(j.sockets)}: ${j.set}. Why: ${j.why}.`),
    '',
  ].join('\n')
}
