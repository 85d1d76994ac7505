import { type MotionOffsets, type PlacedLeaf, placedLeaves } from '../assembly/collect.js'
import { applyToPoint, type Vec3 } from '../kernel/matrix.js'
import type { Layout } from '../layout/index.js'
import type { AssemblyNode } from '../parts/types.js'

/**
 * The machine's cables from where its parts sit (docs/design.md, "Electrics"): each from the
 * controller board (or the supply, or the relay) to its part, routed along the frame's edges
 * (Manhattan: the sum of the runs along X, Y and Z between the two ends), at the end of every
 * motion's travel that makes it longest, plus a service allowance at each end.
 */

/** Ours: 100 mm at each end for the connector, strain relief and a service loop. */
export const SERVICE_ALLOWANCE = 100

/** A 10 x 15 mm nylon cable chain bent at 28 mm (ours: that chain's common bend radius, ample for 24 AWG silicone wire). */
export const CHAIN = { inner: [10, 15] as const, bendRadius: 28 }

export type CableKind =
  | 'motor'
  | 'hot end heater'
  | 'hot end thermistor'
  | 'heatsink fan'
  | 'part cooling blower'
  | 'probe'
  | 'bed heater'
  | 'bed thermistor'
  | 'bed earth'
  | 'supply to controller'
  | 'relay control'
  | 'controller fan'
  | 'mains, inlet to stop'
  | 'mains, stop to supply'
  | 'mains, stop to relay'
  | 'earth, inlet to frame'
  | 'earth, supply to frame'

export interface Cable {
  readonly kind: CableKind
  /** The node the part sits in ("x", "y-left", "z-front", "toolhead", "bed", ...). */
  readonly at: string
  readonly from: string
  readonly to: string
  /** Catalogue ids of the two ends. */
  readonly fromPart: string
  readonly toPart: string
  /** The motions that move the far end ("y", "x", "z"). */
  readonly motions: readonly string[]
  /** The route's length at its longest travel end, and with the allowance: mm. */
  readonly route: number
  readonly length: number
}

export interface CableChain {
  /** The motion it follows, and the node its moving end rides on. */
  readonly motion: 'x' | 'y'
  readonly at: string
  /** Half the travel plus the bend's half circle (the chain's moving end travels the whole, its bend half). */
  readonly length: number
}

const origin = (p: PlacedLeaf): Vec3 => applyToPoint(p.world, [0, 0, 0])
const manhattan = (a: Vec3, b: Vec3) => Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2])
const idOf = (p: PlacedLeaf) => (p.leaf.kind === 'bought' ? p.leaf.part.id : '')

/** Every combination of the motions' travel ends (and as drawn, which the ends bound). */
function travelEnds(machine: AssemblyNode): MotionOffsets[] {
  const travel = new Map<'x' | 'y' | 'z', readonly [number, number]>()
  const walk = (n: AssemblyNode) => {
    if (n.motion) travel.set(n.motion.name, n.motion.travel)
    n.children.forEach(walk)
  }
  walk(machine)
  let ends: MotionOffsets[] = [{}]
  for (const [name, [low, high]] of travel) ends = ends.flatMap((e) => [low, high].map((d) => ({ ...e, [name]: d })))
  return ends
}

/** What a cable runs to: a part (by its catalogue id) in a node, for each kind. */
const PARTS: readonly { kind: CableKind; id: RegExp; from: 'controller' | 'supply' | 'relay' }[] = [
  { kind: 'motor', id: /^nema17/, from: 'controller' },
  { kind: 'hot end heater', id: /^hotend-/, from: 'controller' },
  { kind: 'hot end thermistor', id: /^hotend-/, from: 'controller' },
  { kind: 'heatsink fan', id: /^hotend-/, from: 'controller' },
  { kind: 'part cooling blower', id: /^blower-/, from: 'controller' },
  { kind: 'probe', id: /^probe-/, from: 'controller' },
  { kind: 'bed thermistor', id: /^bed-heater-/, from: 'controller' },
]

const FROM = {
  controller: { id: 'controller-8-drivers', name: 'controller board' },
  supply: { id: /^psu-/, name: 'power supply' },
  relay: { id: 'ssr-25da', name: 'solid-state relay' },
} as const

/** The node of the panel that carries the supply, the relay, the inlet and the emergency stop. */
const POWER_PANEL = 'control-panel-right'
/** A cable's end on the power panel: its name and its part's catalogue id (the inlet's size the power design chooses). */
type End = readonly [string, string]
const INLET = 'iec-inlet'
const STOP = 'estop-22mm-latching'
/** The frame's earth point: a panel bolt on the steel (its M6 cap screw), the one nearest the supply. */
const PANEL_BOLT = /^m6x\d+-cap-screw$/

/** The cables of the machine, in tree order of their parts, with `mains` saying whether the bed runs on mains. */
export function machineCables(machine: AssemblyNode, mainsBed: boolean): Cable[] {
  const ends = travelEnds(machine)
  const placed = ends.map((o) => placedLeaves(machine, o))
  const find = (id: string | RegExp) => {
    const i = placed[0].findIndex((p) => (typeof id === 'string' ? idOf(p) === id : id.test(idOf(p))))
    if (i < 0) throw new Error(`the machine has no ${id}`)
    return i
  }
  const longest = (a: number, b: number) => Math.max(...placed.map((at) => manhattan(origin(at[a]), origin(at[b]))))
  const cable = (kind: CableKind, fromIndex: number, fromName: string, toIndex: number): Cable => {
    const to = placed[0][toIndex]
    const route = longest(fromIndex, toIndex)
    const at = to.path.at(-1)!
    return {
      kind,
      at,
      from: fromName,
      to: `${kind === 'motor' ? 'motor' : idOf(to).replace(/-\d.*$/, '')} (${at})`,
      fromPart: idOf(placed[0][fromIndex]),
      toPart: idOf(to),
      motions: to.motions,
      route,
      length: route + 2 * SERVICE_ALLOWANCE,
    }
  }
  const controller = find(FROM.controller.id)
  const cables: Cable[] = []
  placed[0].forEach((p, i) => {
    for (const part of PARTS)
      if (part.id.test(idOf(p))) cables.push(cable(part.kind, controller, FROM.controller.name, i))
  })
  const bed = find(/^bed-heater-/)
  const supply = find(FROM.supply.id)
  const earth = earthPoint(placed[0], supply)
  const onPanel = panelLength(placed[0])
  // The inlet and the emergency stop are on the power panel, not drawn: a run on it is the panel's length at most.
  const panelRun = (kind: CableKind, [from, fromPart]: End, [to, toPart]: End): Cable => ({
    kind,
    at: POWER_PANEL,
    from,
    to,
    fromPart,
    toPart,
    motions: [],
    route: onPanel,
    length: onPanel + 2 * SERVICE_ALLOWANCE,
  })
  const stop: End = ['emergency stop', STOP]
  cables.push(
    panelRun('mains, inlet to stop', ['mains inlet (after its switch and fuse)', INLET], stop),
    panelRun('mains, stop to supply', stop, ['power supply (L, N)', idOf(placed[0][supply])]),
    panelRun('earth, inlet to frame', ['mains inlet (earth)', INLET], ['frame earth point', idOf(placed[0][earth])]),
    { ...cable('earth, supply to frame', earth, 'frame earth point', supply), to: 'power supply (FG)' },
  )
  if (mainsBed) {
    const relay = find(FROM.relay.id)
    cables.push(panelRun('mains, stop to relay', stop, ['solid-state relay (L) and bed heater (N)', FROM.relay.id]))
    cables.push(cable('bed heater', relay, FROM.relay.name, bed))
    cables.push(cable('bed earth', earth, 'frame earth point', bed))
    cables.push({ ...cable('relay control', controller, FROM.controller.name, relay), to: 'solid-state relay input' })
  } else cables.push(cable('bed heater', controller, FROM.controller.name, bed))
  cables.push({
    ...cable('supply to controller', supply, FROM.supply.name, controller),
    to: 'controller board (24 V in)',
  })
  // Over the board and its drivers (not drawn), on the supply's 24 V: it runs whenever the machine is on.
  cables.push({
    ...cable('controller fan', supply, FROM.supply.name, controller),
    to: 'controller fan (over the board)',
    toPart: 'fan-4010-24v',
  })
  return cables
}

/** The frame's earth point: the power panel's bolt nearest the supply. */
function earthPoint(placed: readonly PlacedLeaf[], supply: number): number {
  const at = origin(placed[supply])
  const bolts = placed.flatMap((p, i) => (p.path.includes(POWER_PANEL) && PANEL_BOLT.test(idOf(p)) ? [i] : []))
  if (bolts.length === 0) throw new Error('the power panel has no bolt to the frame')
  return bolts.reduce((best, i) => (manhattan(origin(placed[i]), at) < manhattan(origin(placed[best]), at) ? i : best))
}

/** The power panel's sheet length, mm. */
function panelLength(placed: readonly PlacedLeaf[]): number {
  const sheet = placed.find((p) => p.path.includes(POWER_PANEL) && p.leaf.kind === 'stock')
  if (!sheet || sheet.leaf.kind !== 'stock') throw new Error('the machine has no power panel')
  return sheet.leaf.piece.length
}

/**
 * The cable chains (docs/design.md, "Electrics"): one along Y carrying the gantry's cables, one
 * along X for each tool head. The bed's cables take a strain-relieved service loop instead: the
 * bed moves slowly and seldom, and the loop is the route's longest drag plus the allowance.
 */
export function cableChains(layout: Layout): CableChain[] {
  const bend = Math.PI * CHAIN.bendRadius
  return [
    { motion: 'y', at: 'x', length: layout.axes.y.left.travel / 2 + bend },
    ...Array.from({ length: layout.toolHeads.count }, (_, i) => ({
      motion: 'x' as const,
      at: i === 0 ? 'toolhead' : `toolhead-${i + 1}`,
      length: layout.axes.x.travel / 2 + bend,
    })),
  ]
}
