import { bedHeating } from '../../modules/bed/dimensions.js'
import { EARTH_BOND, POWER_SUPPLY } from '../../modules/vitamins/electronics.js'
import {
  AWG_MM2,
  chooseSupply,
  ferruleFor,
  gaugeFor,
  LOADS,
  loads,
  type PowerDesign,
  powerDesign,
  round,
  SUPPLY_MARGIN,
  totalWatts,
} from '../engineering/electrical.js'
import { type Cable, type CableKind, cableChains, machineCables } from '../engineering/electrical-cables.js'
import type { Layout } from '../layout/index.js'
import { InputError } from '../spec/errors.js'
import type { Kit } from './kit.js'
import { runCurrent } from './klipper/drive.js'
import { type Board, OCTOPUS_V11 } from './klipper/octopus.js'
import { fanOutputs } from './klipper/printer-cfg.js'
import { motorsOf, socketsFor } from './klipper/steppers.js'
import type { Table } from './table.js'

/** A cable as the builder wires it: gauge, conductors, the connector at each end and the board's socket or pin. */
export interface WiringRow {
  readonly cable: Cable
  readonly awg: number
  readonly conductors: number
  /** Connectors by BOM id, with how many of each this cable takes. */
  readonly connectors: readonly { readonly id: string; readonly count: number }[]
  readonly pin: string
}

export interface Wiring {
  readonly power: PowerDesign
  readonly rows: readonly WiringRow[]
  readonly chains: ReturnType<typeof cableChains>
}

/** Insulated crimp terminals by colour: red 22-18 AWG, blue 16-14 AWG (the usual vinyl-insulated ranges). */
const crimpRange = (awg: number) => (awg >= 18 ? 'red-22-18awg' : 'blue-16-14awg')

/** The end of a mains or earth wire: a push-on receptacle (the inlet's 6.3 mm tabs), a ferrule, a fork (M3.5 studs), a ring. */
type End = 'spade' | 'ferrule' | 'fork' | 'ring-m6'

function terminal(end: End, awg: number, count: number) {
  const range = crimpRange(awg)
  const id = {
    spade: `receptacle-6.3mm-${range}`,
    ferrule: `ferrule-${ferruleFor(awg)}mm2`,
    fork: `fork-terminal-m3.5-${range}`,
    'ring-m6': `ring-terminal-m6-${range}`,
  }[end]
  return { id, count }
}

/** What each kind of cable carries, how many conductors, and the connectors at its ends (docs/design.md, "Electrics"). */
function kindOf(kind: CableKind, p: PowerDesign, motorAmps: number) {
  const bundled = { bundled: true, mains: false }
  const signal = (conductors: number, housing: string) => ({
    amps: 0.1,
    how: bundled,
    conductors,
    connectors: [
      { id: housing, count: 1 },
      { id: 'crimp-jst-xh', count: conductors },
    ],
  })
  const ferrules = (awg: number, n: number) => ({ id: `ferrule-${ferruleFor(awg)}mm2`, count: n })
  // A mains run, sized to the inlet's fuse, with `conductors` terminals of each end's kind.
  const mains = (conductors: number, ends: readonly [End, End]) => ({
    amps: p.inletFuse,
    how: { bundled: false, mains: true },
    conductors,
    terminals: (awg: number) => ends.map((end) => terminal(end, awg, conductors)),
  })
  switch (kind) {
    case 'motor':
      return { ...signal(4, 'jst-xh-4pin'), amps: motorAmps }
    case 'hot end thermistor':
    case 'bed thermistor':
    case 'heatsink fan':
    case 'part cooling blower':
      return signal(2, 'jst-xh-2pin')
    case 'probe':
      return signal(3, 'jst-xh-3pin')
    case 'hot end heater':
      return {
        amps: LOADS.hotEndWatts / 24,
        how: bundled,
        conductors: 2,
        terminals: (awg: number) => [ferrules(awg, 2)],
      }
    case 'bed heater':
      return p.bed
        ? {
            amps: p.bed.fuse,
            how: { bundled: true, mains: true },
            conductors: 2,
            terminals: (awg: number) => [{ id: `fork-terminal-m3.5-${crimpRange(awg)}`, count: 2 }, ferrules(awg, 2)],
          }
        : {
            amps: (p.loads.find((l) => l.item.startsWith('bed heater'))?.wattsEach ?? 0) / 24,
            how: bundled,
            conductors: 2,
            terminals: (awg: number) => [ferrules(awg, 2)],
          }
    case 'bed earth':
      // Earth carries the fault current up to the inlet's fuse.
      return {
        amps: p.inletFuse,
        how: { bundled: true, mains: true },
        conductors: 1,
        terminals: (awg: number) => [terminal('ring-m6', awg, 1), { id: EARTH_BOND.ringTerminal.part.id, count: 1 }],
      }
    case 'supply to controller':
      return {
        amps: p.fuse24,
        how: { bundled: false, mains: false },
        conductors: 2,
        terminals: (awg: number) => [{ id: `fork-terminal-m3.5-${crimpRange(awg)}`, count: 2 }, ferrules(awg, 2)],
      }
    case 'mains, inlet to stop':
    case 'mains, stop to supply':
    case 'mains, stop to relay': {
      // The inlet's tabs take push-on receptacles, the stop's screw terminals ferrules, the supply's and relay's forks.
      const from = kind === 'mains, inlet to stop' ? 'spade' : 'ferrule'
      const to = kind === 'mains, inlet to stop' ? 'ferrule' : 'fork'
      return mains(2, [from, to])
    }
    case 'earth, inlet to frame':
      return mains(1, ['spade', 'ring-m6'])
    case 'earth, supply to frame':
      return mains(1, ['fork', 'ring-m6'])
    case 'controller fan':
      // The supply's screw terminals take ferrules on its 24 AWG; the fan's lead plugs into a 2-pin housing.
      return {
        amps: LOADS.controllerFanWatts / 24,
        how: { bundled: false, mains: false },
        conductors: 2,
        terminals: (awg: number) => [...signal(2, 'jst-xh-2pin').connectors, ferrules(awg, 2)],
      }
    case 'relay control':
      return {
        amps: 0.1,
        how: { bundled: false, mains: false },
        conductors: 2,
        // 24 AWG is thinner than insulated fork terminals take: ferrules into both screw terminals.
        terminals: (awg: number) => [ferrules(awg, 4)],
      }
  }
}

/** The board's socket or pin a cable lands on: the same tables printer.cfg is written from. */
function pinOf(cable: Cable, board: Board, tools: number, socketOf: (node: string) => string) {
  const head = cable.at === 'toolhead' ? 0 : Number(cable.at.replace('toolhead-', '')) - 1
  const fan = (i: number) => `FAN${i} (${board.fans[i]})`
  switch (cable.kind) {
    case 'motor':
      return socketOf(cable.at)
    case 'hot end heater':
      return `HE${head} (${board.hotEndHeaters[head]})`
    case 'hot end thermistor':
      return `T${head} (${board.hotEndThermistors[head]})`
    case 'part cooling blower':
      return fan(fanOutputs(tools).parts[head])
    case 'heatsink fan':
      return fan(fanOutputs(tools).heatsinks[head])
    case 'probe':
      return `probe port (${board.probe})`
    case 'bed thermistor':
      return `TB (${board.bedThermistor})`
    case 'bed heater':
    case 'relay control':
      return cable.from === 'controller board' ? `bed output (${board.bedHeater})` : 'relay load terminals'
    case 'bed earth':
    case 'earth, inlet to frame':
    case 'earth, supply to frame':
      return 'PE'
    case 'supply to controller':
      return 'power input, +24 V and 0 V'
    case 'controller fan':
      return "supply's +V and -V (always on)"
    case 'mains, inlet to stop':
    case 'mains, stop to supply':
    case 'mains, stop to relay':
      return 'L and N'
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

/** The machine's wiring: its power design, each cable with gauge, connectors and pin, and the cable chains. */
export function wiringOf(kit: Pick<Kit, 'spec' | 'layout' | 'machine'>, board: Board = OCTOPUS_V11): Wiring {
  const { layout, spec } = kit
  const heating = bedHeating(layout.bed)
  const zNames = [...layout.axes.z.front, ...layout.axes.z.rear].map((a) => a.name)
  const heads = Array.from({ length: layout.tools }, (_, i) => (i === 0 ? 'toolhead' : `toolhead-${i + 1}`))
  const motors = motorsOf(zNames, layout.tools)
  const sockets = socketsFor(motors, board, zNames.length, layout.tools)
  const nodes = ['x', 'y-left', 'y-right', ...zNames, ...heads]
  const motorAmps = runCurrent(spec.motor.bodyLength)
  const power = powerOf(spec, layout)
  // Motors and sockets in printer.cfg's order: X, the left and right Y, each Z, each head's extruder.
  const socketOf = (node: string) => `${sockets[nodes.indexOf(node)].name} (${motors[nodes.indexOf(node)].section})`
  const rows = machineCables(kit.machine, heating.supply === 'mains').map((cable): WiringRow => {
    const k = kindOf(cable.kind, power, motorAmps)
    const awg = gaugeFor(k.amps, k.how)
    const connectors = 'connectors' in k ? k.connectors : k.terminals(awg)
    const pin = pinOf(cable, board, layout.tools, socketOf)
    return { cable, awg, conductors: k.conductors, connectors, pin }
  })
  return { power, rows, chains: cableChains(layout) }
}

const metres = (mm: number) => round(mm / 1000, 2)

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
    rows: w.rows.map((r) => [
      r.cable.kind,
      r.cable.from,
      r.cable.to,
      r.connectors.map((c) => `${c.count} x ${c.id}`).join(' + '),
      `${r.awg} AWG (${AWG_MM2[r.awg]} mm2)`,
      r.conductors,
      Math.ceil(r.cable.length),
      r.pin,
      r.cable.motions.join(' ') || 'fixed',
    ]),
  }
}

/** The wire of each kind of cable: earth green/yellow; mains rated for it (300/500 V, H05V-K class); the rest silicone. */
const wireKind = (kind: CableKind) => (kind.includes('earth') ? '-earth' : kind.startsWith('mains') ? '-mains' : '')
const WIRES: Record<ReturnType<typeof wireKind>, string> = {
  '-earth': 'Earth wire, green/yellow, fine-stranded, 300/500 V',
  '-mains': 'Mains wire, fine-stranded, 300/500 V (H05V-K class), brown (L) and blue (N)',
  '': 'Wire, silicone insulated, fine-stranded',
}

/** Connectors the assembly tree places with their part (the bed's earth bond): the BOM counts them there. */
const PLACED = new Set<string>([EARTH_BOND.ringTerminal.part.id])

/** Ours: a cable tie every 150 mm of route along the frame. */
export const TIE_PITCH = 150

/** The wiring's BOM lines: wire per gauge (its total length), connectors and terminals, chains, ties. */
export function wiringBom(w: Wiring): (readonly [string, string, number, string])[] {
  const wire = new Map<string, number>()
  const parts = new Map<string, number>()
  for (const r of w.rows) {
    const key = `${r.awg}${wireKind(r.cable.kind)}`
    wire.set(key, (wire.get(key) ?? 0) + r.cable.length * r.conductors)
    for (const c of r.connectors.filter((c) => !PLACED.has(c.id))) parts.set(c.id, (parts.get(c.id) ?? 0) + c.count)
  }
  const wires = [...wire.keys()].sort().map((key) => {
    const awg = Number.parseInt(key, 10)
    const kind = key.replace(/^\d+/, '') as ReturnType<typeof wireKind>
    const m = metres(wire.get(key)!)
    return [
      `wire-${awg}awg${kind}`,
      `${WIRES[kind]}, ${awg} AWG (${AWG_MM2[awg]} mm2), ${m} m in all (each cable's length in wiring.csv)`,
      Math.ceil(m),
      'wiring',
    ] as const
  })
  const connectors = [...parts.keys()]
    .sort()
    .map((id) => [id, describeConnector(id), parts.get(id)!, 'wiring'] as const)
  const chainLength = w.chains.reduce((s, c) => s + c.length, 0)
  const routes = w.rows.reduce((s, r) => s + r.cable.route, 0)
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
      'Cable tie, 100 mm, one every 150 mm of cable route along the frame',
      Math.ceil(routes / TIE_PITCH),
      'wiring',
    ],
  ]
}

function describeConnector(id: string): string {
  const pins = /jst-xh-(\d)pin/.exec(id)?.[1]
  if (pins) return `JST-XH ${pins}-pin housing (2.54 mm), the board's plug`
  if (id === 'crimp-jst-xh') return 'JST-XH crimp contact, for 22-28 AWG'
  const mm2 = /([\d.]+)mm2$/.exec(id)?.[1]
  const range = /-(red|blue)-(\d+)-(\d+)awg$/.exec(id)
  const fits = range ? `${range[1]}, for ${range[2]}-${range[3]} AWG wire` : ''
  if (id.startsWith('ferrule-')) return `Wire ferrule, insulated, for ${mm2} mm2 wire, into screw terminals`
  if (id.startsWith('fork-')) return `Fork terminal, insulated ${fits}, M3.5 stud (supply and relay terminals)`
  if (id.startsWith('ring-terminal-m6')) return `Ring terminal, insulated ${fits}, M6 (the frame's earth point)`
  if (id.startsWith('receptacle-')) return `Push-on receptacle 6.3 mm, fully insulated ${fits} (the inlet's tabs)`
  return id
}
