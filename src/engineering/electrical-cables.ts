import { BED_JUNCTION_NODE } from '../../modules/bed/junction.js'
import { EARTH_STUD_NODE } from '../../modules/control/dimensions.js'
import { MEGA, RAMPS, RAMPS_EXTRAS } from '../../modules/vitamins/controller-ramps.js'
import { EARTH_BOND, EARTH_RING_M6_STACK } from '../../modules/vitamins/electronics.js'
import { METRIC } from '../../modules/vitamins/fasteners.js'
import { type MotionOffsets, type PlacedLeaf, placedLeaves } from '../assembly/collect.js'
import { applyToPoint, invertRigid, type Vec3 } from '../kernel/matrix.js'
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
  | 'relay control'
  | 'controller fan'
  | 'board power'
  | 'dc, supply +V to distribution (fused)'
  | 'dc, supply -V to distribution'
  | 'dc, distribution link'
  | 'mains, inlet to stop'
  | 'mains, stop to distribution'
  | 'mains, stops in series (sheathed)'
  | 'mains, inlet to distribution'
  | 'mains, distribution to contactor'
  | 'mains, contactor to distribution'
  | 'coil, live to fuse'
  | 'coil, fuse to stop'
  | 'coil, stop to holding contact'
  | 'coil, stops in series (sheathed)'
  | 'coil, holding contact to start button'
  | 'coil, start button to coil'
  | 'coil, holding contact to coil'
  | 'coil, neutral to coil'
  | 'mains, distribution to supply'
  | 'mains L, distribution to relay'
  | 'mains L, relay to bed junction (fused)'
  | 'mains N, distribution to bed junction'
  | 'earth, earth point to bed junction'
  | 'bed cord'
  | 'bed heater leads'
  | 'bed earth'
  | 'earth, inlet to earth point'
  | 'earth, supply to earth point'
  | 'bond'
  | 'UART jumper'
  | 'DIAG jumper'
  | 'motor series adapter'

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
  /** The M6 bolts (their head's seat) its earth ring terminals land on, one per ring. */
  readonly rings?: readonly Vec3[]
  /** What it passes between its ends (a grommet's or a box's middle), in order: its route goes through each. */
  readonly via?: readonly Vec3[]
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
const PARTS: readonly { kind: CableKind; id: RegExp }[] = [
  { kind: 'motor', id: /^nema17/ },
  { kind: 'hot end heater', id: /^hotend-/ },
  { kind: 'hot end thermistor', id: /^hotend-/ },
  { kind: 'heatsink fan', id: /^hotend-/ },
  { kind: 'part cooling blower', id: /^blower-/ },
  { kind: 'probe', id: /^probe-/ },
  { kind: 'bed thermistor', id: /^bed-heater-/ },
]

/** The board the cables land on: the Octopus class, or the RAMPS shield (src/export/klipper/boards.ts). */
const CONTROLLER = { id: /^controller-(8-drivers|ramps-14)$/, name: 'controller board' }
const SUPPLY = /^psu-/
const RELAY = 'ssr-25da'

/** The node of the panel that carries the supply, the relay, the inlet and the emergency stop. */
const POWER_PANEL = 'control-panel-right'
/** The node of the panel that carries the controller board and, behind it, the 24 V box. */
const CONTROLLER_PANEL = 'control-panel-left'
/** The 24 V box (its id with its size after it), and the grommets that line the holes wires cross the sheets through. */
export const DC_BOX = /^box-24v-/
const GROMMET = 'grommet-rubber-16mm'
/** A cable's end: its name (with the terminals it lands on) and its part's catalogue id. */
type End = readonly [string, string]
const INLET = 'iec-inlet'
const STOP = 'estop-22mm-latching'
/** The node of the second emergency stop, in its box on the frame's front vertical steel (a floor-standing machine's). */
export const SECOND_STOP_NODE = 'emergency-stop-high'
export const CONTACTOR = 'contactor-2p-25a'
export const START_BUTTON = 'start-button-22mm'
/** The coil circuit's fuse terminal, on the contactor's rail. */
export const FUSE_TERMINAL = 'fuse-terminal-5x20-din'
/** The lever-connector junctions (docs/design.md, "Electrics"): where a conductor splits, each a named group on the power panel. */
export const JUNCTIONS = {
  mainsIn: 'junction-mains-in',
  mains: 'junction-mains',
  dc: 'junction-24v',
  bedPanel: 'junction-bed-panel',
  bed: 'junction-bed',
} as const
/** The M6 bolts earth rings land on: the panels' and the frame's corners' cap screws. */
const PANEL_BOLT = /^m6x\d+-cap-screw$/
/** Ours: a bonding jumper's ring terminal and slack, 30 mm at each end. */
export const BOND_ALLOWANCE = 30

/** The board's power inputs the supply feeds, by name and silkscreen label (the board's setup data). */
export interface PowerInput {
  readonly name: string
  readonly label: string
}

/** A jumper wire between two pins of the board (the RAMPS's TMC2209 UART and DIAG lines): its ends. */
export interface BoardJumper {
  readonly kind: 'UART jumper' | 'DIAG jumper'
  readonly from: string
  readonly to: string
}

/**
 * A jumper wire's route on the RAMPS: it joins two pins of the shield, at most the shield's length
 * (the Mega's, with the terminals' overhang) plus its width apart along its edges; the catalogue's
 * 20 cm jumper-wire-ff-20cm covers it.
 */
export const JUMPER_ROUTE = MEGA.size[0] + RAMPS.overhang + MEGA.size[1]

/**
 * The cables of the machine, in tree order of their parts: `mains` says whether the bed runs on
 * mains, `contactor` whether the mains is switched by a contactor (its coil held by its own
 * contact), `inputs` the board's power inputs, `heatsinkFansOnSupply` whether the hot ends'
 * heatsink fans run always on from the 24 V distribution (a board without fan outputs for them),
 * `jumpers` the board's jumper wires.
 */
export function machineCables(
  machine: AssemblyNode,
  how: {
    mains: boolean
    contactor: boolean
    inputs: readonly PowerInput[]
    heatsinkFansOnSupply?: boolean
    jumpers?: readonly BoardJumper[]
    /** The power panel's grommets (the control module's panelGrommetsAt): its runs go through the one they cross the sheet by. */
    grommets: { readonly supply: Vec3; readonly relay?: Vec3; readonly dc: Vec3 }
  },
): Cable[] {
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
  const controller = find(CONTROLLER.id)
  const supply = find(SUPPLY)
  const dc = (poles: string): End => [`24 V distribution in the 24 V box (${poles})`, JUNCTIONS.dc]
  // The 24 V side apart from the mains: the box behind the controller panel, its grommet there, and the power panel's own.
  const dcBox = origin(placed[0][find(DC_BOX)])
  const boardGrommet = placed[0].find((p) => p.path.includes(CONTROLLER_PANEL) && idOf(p) === GROMMET)
  if (!boardGrommet) throw new Error('the controller panel has no grommet for the 24 V leads')
  const throughBoard = origin(boardGrommet)
  const legs = (points: readonly Vec3[]) => points.slice(1).reduce((s, p, k) => s + manhattan(points[k], p), 0)
  /** A 24 V cable from the box out through the controller panel's grommet to a part (at its longest travel end). */
  const fromDcBox = (kind: CableKind, to: number, from = dc('+24 V, 0 V')[0]): Cable => {
    const c = cable(kind, supply, from, to)
    const route = legs([dcBox, throughBoard]) + Math.max(...placed.map((at) => manhattan(throughBoard, origin(at[to]))))
    return { ...c, fromPart: JUNCTIONS.dc, route, length: route + 2 * SERVICE_ALLOWANCE, via: [throughBoard] }
  }
  const cables: Cable[] = []
  // Always-on heatsink fans come after the controller fan, from the 24 V distribution as it does.
  const onSupply: Cable[] = []
  placed[0].forEach((p, i) => {
    for (const part of PARTS) {
      if (!part.id.test(idOf(p))) continue
      if (part.kind === 'heatsink fan' && how.heatsinkFansOnSupply) onSupply.push(fromDcBox(part.kind, i))
      else cables.push(cable(part.kind, controller, CONTROLLER.name, i))
    }
  })
  const bed = find(/^bed-heater-/)
  const earth = earthPoint(placed[0])
  const supplyId = idOf(placed[0][supply])
  const onPanel = panelRoute(placed[0])
  const panelRun = (kind: CableKind, [from, fromPart]: End, [to, toPart]: End, via?: Vec3): Cable => {
    const route = onPanel(fromPart, toPart, via)
    return {
      kind,
      at: POWER_PANEL,
      from,
      to,
      fromPart,
      toPart,
      motions: [],
      route,
      length: route + 2 * SERVICE_ALLOWANCE,
      ...(via ? { via: [via] } : {}),
    }
  }
  const earthEnd: End = [`frame earth point (${earthPointName(placed[0], earth)})`, idOf(placed[0][earth])]
  const earthRing = { rings: [origin(placed[0][earth])] }
  // From the earth point through the supply's grommet to its FG under the hood.
  const supplyEarth = (): Cable => {
    const route = legs([origin(placed[0][earth]), how.grommets.supply, origin(placed[0][supply])])
    return {
      ...cable('earth, supply to earth point', earth, earthEnd[0], supply),
      to: 'power supply (FG)',
      route,
      length: route + 2 * SERVICE_ALLOWANCE,
      via: [how.grommets.supply],
      ...earthRing,
    }
  }
  // The mains junctions sit in the junction box, where the power panel has one.
  const boxed = placed[0].some((p) => p.path.includes(POWER_PANEL) && idOf(p).startsWith(JUNCTION_BOX))
  const inBox = boxed ? ' in the junction box' : ' on the panel'
  const secondStop = secondStopRun(placed[0], boxed)
  const distribution = (poles: string): End => [`mains distribution${inBox} (${poles})`, JUNCTIONS.mains]
  if (how.contactor) {
    // The stop opens the contactor's coil; its holding contact (13-14) keeps it in after the start button is let go.
    const mainsIn = (poles: string): End => [`mains junction${inBox} (${poles})`, JUNCTIONS.mainsIn]
    const contactor = (terminals: string): End => [`contactor (${terminals})`, CONTACTOR]
    const start = (terminals: string): End => [`start button (${terminals})`, START_BUTTON]
    cables.push(
      panelRun(
        'mains, inlet to distribution',
        ['mains inlet (L, N: after its switch and fuse)', INLET],
        mainsIn('L, N'),
      ),
      panelRun('mains, distribution to contactor', mainsIn('L, N'), contactor('1/L1, 3/L2')),
      // Through its own fuse, on the contactor's rail, before the stop.
      panelRun('coil, live to fuse', mainsIn('L'), ['coil fuse terminal (in)', FUSE_TERMINAL]),
      panelRun(
        'coil, fuse to stop',
        ['coil fuse terminal (out)', FUSE_TERMINAL],
        ['emergency stop (NC contact, 11)', STOP],
      ),
      secondStop
        ? secondStop(
            'coil, stops in series (sheathed)',
            ['emergency stop (NC contact, 12)', STOP],
            'second emergency stop (NC contact: 11 in; 12 out, back to the contactor 13)',
          )
        : panelRun('coil, stop to holding contact', ['emergency stop (NC contact, 12)', STOP], contactor('13')),
      panelRun('coil, holding contact to start button', contactor('13'), start('NO contact, 3')),
      panelRun('coil, start button to coil', start('NO contact, 4'), contactor('A1')),
      panelRun('coil, holding contact to coil', contactor('14'), contactor('A1')),
      panelRun('coil, neutral to coil', mainsIn('N'), contactor('A2')),
      panelRun('mains, contactor to distribution', contactor('2/T1, 4/T2'), distribution('L, N')),
    )
  } else
    cables.push(
      panelRun(
        'mains, inlet to stop',
        ['mains inlet (L, N: after its switch and fuse)', INLET],
        ['emergency stop (its two NC contacts, in)', STOP],
      ),
      secondStop
        ? secondStop(
            'mains, stops in series (sheathed)',
            ['emergency stop (its two NC contacts, out)', STOP],
            `second emergency stop (its two NC contacts: in; out, back to the ${distribution('L, N')[0]})`,
          )
        : panelRun(
            'mains, stop to distribution',
            ['emergency stop (its two NC contacts, out)', STOP],
            distribution('L, N'),
          ),
    )
  cables.push(
    // The supply's leads leave the sheet's inside through its grommet, to the terminals under the hood.
    panelRun(
      'mains, distribution to supply',
      distribution('L, N'),
      ['power supply (L, N)', supplyId],
      how.grommets.supply,
    ),
    { ...panelRun('earth, inlet to earth point', ['mains inlet (earth tab)', INLET], earthEnd), ...earthRing },
    supplyEarth(),
  )
  if (how.mains) {
    const relay = find(RELAY)
    const bedPanel = (pole: string): End => [`bed cord junction${inBox} (${pole})`, JUNCTIONS.bedPanel]
    const bedBox = find(BED_JUNCTION_BOX)
    const inBedBox = "bed cord junction in the bed's junction box"
    const leadsIn = placed[0].find((p) => p.path.includes(BED_JUNCTION_NODE) && idOf(p) === GROMMET)
    if (!leadsIn) throw new Error("the bed's junction box has no grommet for the heater mat's leads")
    cables.push(
      // Through the relay's grommet to its load terminals outside.
      panelRun(
        'mains L, distribution to relay',
        distribution('L'),
        ['solid-state relay (load terminal 1)', RELAY],
        how.grommets.relay,
      ),
      panelRun(
        'mains L, relay to bed junction (fused)',
        ['solid-state relay (load terminal 2)', RELAY],
        bedPanel('L'),
        how.grommets.relay,
      ),
      panelRun('mains N, distribution to bed junction', distribution('N'), bedPanel('N')),
      { ...panelRun('earth, earth point to bed junction', earthEnd, bedPanel('PE')), ...earthRing },
      // From the junction box's gland to the bed's box's gland, at the Z travel's end that makes it longest.
      {
        ...cable('bed cord', find(PANEL_JUNCTION_BOX), bedPanel('L, N, PE')[0], bedBox),
        fromPart: JUNCTIONS.bedPanel,
        to: `${inBedBox} (L, N, PE)`,
        toPart: JUNCTIONS.bed,
      },
      bedBoxRun(
        'bed heater leads',
        ['bed heater (its own leads)', idOf(placed[0][bed])],
        [`${inBedBox} (L, N)`, JUNCTIONS.bed],
        matLeadExit(placed[0][bed], origin(leadsIn)),
        origin(leadsIn),
      ),
      bedBoxRun(
        'bed earth',
        [`${inBedBox} (PE)`, JUNCTIONS.bed],
        ["bed plate's earth bond (M3)", BED_EARTH_RING],
        origin(placed[0][find(BED_EARTH_RING)]),
        origin(leadsIn),
      ),
    )
    // Through the 24 V box (not joined there) and the power panel's 24 V grommet.
    const control = cable('relay control', controller, CONTROLLER.name, relay)
    const route = legs([origin(placed[0][controller]), throughBoard, dcBox, how.grommets.dc, origin(placed[0][relay])])
    cables.push({
      ...control,
      to: "solid-state relay input (the bed output's + to 3+, its - to 4-)",
      route,
      length: route + 2 * SERVICE_ALLOWANCE,
      via: [throughBoard, dcBox, how.grommets.dc],
    })
  } else cables.push(cable('bed heater', controller, CONTROLLER.name, bed))
  // The supply's 24 V leads: out of its hood, through the power panel's 24 V grommet, across the frame to the 24 V box's gland.
  const supplyLead = (kind: CableKind, terminal: string, poles: string): Cable => {
    const route = legs([origin(placed[0][supply]), how.grommets.dc, dcBox])
    return {
      kind,
      at: POWER_PANEL,
      from: `power supply (${terminal})`,
      to: dc(poles)[0],
      fromPart: supplyId,
      toPart: JUNCTIONS.dc,
      motions: [],
      route,
      length: route + 2 * SERVICE_ALLOWANCE,
      via: [how.grommets.dc],
    }
  }
  cables.push(
    supplyLead('dc, supply +V to distribution (fused)', '+V', '+24 V'),
    supplyLead('dc, supply -V to distribution', '-V', '0 V'),
  )
  for (const input of how.inputs)
    cables.push({
      ...fromDcBox('board power', controller),
      to: `controller board (${input.name}, ${input.label} + and -)`,
    })
  // Over the board and its drivers (not drawn), on the supply's 24 V: it runs whenever the machine is on.
  cables.push({
    ...fromDcBox('controller fan', controller),
    to: 'controller fan (over the board)',
    toPart: 'fan-4010-24v',
  })
  cables.push(...onSupply, ...(how.jumpers ?? []).map((j) => jumperCable(j, placed[0][controller])))
  cables.push(...bonds(placed[0], earth))
  return cables
}

/** The bed's junction box (its id with its size after it), its node under the bed's, and the plate's earth bond's ring terminal. */
export const BED_JUNCTION_BOX = /^bed-junction-box-/
const PANEL_JUNCTION_BOX = /^junction-box-/
const BED_EARTH_RING = EARTH_BOND.ringTerminal.part.id

/**
 * A run on the bed between its junction box (through the grommet at `grommet`) and a point on the
 * bed (`at`): both move with it, so its route is as drawn, plus the allowance at each end.
 */
function bedBoxRun(kind: CableKind, [from, fromPart]: End, [to, toPart]: End, at: Vec3, grommet: Vec3): Cable {
  const route = manhattan(at, grommet)
  return {
    kind,
    at: 'bed',
    from,
    to,
    fromPart,
    toPart,
    motions: ['z'],
    route,
    length: route + 2 * SERVICE_ALLOWANCE,
    via: [grommet],
  }
}

/**
 * Where the heater mat's leads leave it (docs/design.md, "Electrics"): the mat is made to order,
 * its leads leaving its edge at the point nearest the bed's junction box (`to`), on its underside.
 * Its size is in its catalogue id (BED_HEATER: from its corner along +X and +Y).
 */
export function matLeadExit(mat: PlacedLeaf, to: Vec3): Vec3 {
  const size = /^bed-heater-([\d.]+)x([\d.]+)-/.exec(idOf(mat))
  if (!size) throw new Error(`${idOf(mat)} does not give the heater mat's size`)
  const [x0, y0, z] = origin(mat)
  const [x1, y1] = [x0 + Number(size[1]), y0 + Number(size[2])]
  const [x, y] = [Math.min(Math.max(to[0], x0), x1), Math.min(Math.max(to[1], y0), y1)]
  const edges: Vec3[] = [
    [x0, y, z],
    [x1, y, z],
    [x, y0, z],
    [x, y1, z],
  ]
  return edges.reduce((best, e) => (manhattan(e, [x, y, z]) < manhattan(best, [x, y, z]) ? e : best))
}

/**
 * The second emergency stop's run, where the machine has one (else undefined): one sheathed cable
 * from the power panel through the M16 gland in the stop's box, its cores out to the second stop's
 * NC contacts and back to the panel; its route the longer of the second stop's to the panel stop
 * and (where the run comes back to the mains distribution, in the junction box where there is one)
 * to that box, plus the allowance at each end.
 */
function secondStopRun(placed: readonly PlacedLeaf[], boxed: boolean) {
  const high = placed.find((p) => p.path.includes(SECOND_STOP_NODE) && idOf(p) === STOP)
  if (!high) return undefined
  const at = (id: string) => placed.find((p) => p.path.includes(POWER_PANEL) && idOf(p).startsWith(id))
  const panelStop = at(STOP)
  if (!panelStop) throw new Error('the power panel has no emergency stop')
  return (kind: CableKind, [from, fromPart]: End, to: string): Cable => {
    const box = kind.startsWith('mains') && boxed ? at(JUNCTION_BOX) : undefined
    const route = Math.max(...[panelStop, ...(box ? [box] : [])].map((p) => manhattan(origin(p), origin(high))))
    return {
      kind,
      at: SECOND_STOP_NODE,
      from,
      to,
      fromPart,
      toPart: STOP,
      motions: [],
      route,
      length: route + 2 * SERVICE_ALLOWANCE,
    }
  }
}

/** A jumper wire on the board: the catalogue's jumper, over the route JUMPER_ROUTE bounds. */
function jumperCable(j: BoardJumper, board: PlacedLeaf): Cable {
  if (JUMPER_ROUTE > RAMPS_EXTRAS.jumperWires.length)
    throw new Error(`a ${RAMPS_EXTRAS.jumperWires.length} mm jumper wire does not span ${JUMPER_ROUTE} mm of board`)
  return {
    kind: j.kind,
    at: board.path.at(-1)!,
    from: j.from,
    to: j.to,
    fromPart: idOf(board),
    toPart: idOf(board),
    motions: [],
    route: JUMPER_ROUTE,
    length: RAMPS_EXTRAS.jumperWires.length,
  }
}

/** The frame's earth point: the earth stud's bolt (modules/control, its own node beside the power panel). */
function earthPoint(placed: readonly PlacedLeaf[]): number {
  const i = placed.findIndex((p) => p.path.at(-1) === EARTH_STUD_NODE && PANEL_BOLT.test(idOf(p)))
  if (i < 0) throw new Error('the machine has no earth stud')
  return i
}

/** A point's place on a node's sheet: (u along it from its front end, v up from its lower edge), mm. */
function sheetPlace(placed: readonly PlacedLeaf[], node: string, at: Vec3): readonly [number, number] {
  const sheet = placed.find((p) => p.path.at(-1) === node && p.leaf.kind === 'stock')
  if (!sheet) throw new Error(`${node} has no sheet`)
  const [u, v] = applyToPoint(invertRigid(sheet.world), at)
  return [u, v]
}

/** A bolt of the power panel by its place on the sheet: (u along it from its front end, v up from its lower edge), mm. */
export function panelBoltPlace(placed: readonly PlacedLeaf[], bolt: number): readonly [number, number] {
  // The earth stud stands in the power panel's sheet, in a node of its own.
  const node = placed[bolt].path.at(-1)!
  const [u, v] = sheetPlace(placed, node === EARTH_STUD_NODE ? POWER_PANEL : node, origin(placed[bolt]))
  return [Math.round(u * 10) / 10, Math.round(v * 10) / 10]
}

const earthPointName = (placed: readonly PlacedLeaf[], bolt: number) => {
  const [u, v] = panelBoltPlace(placed, bolt)
  return `the earth stud (M6) at (${u}, ${v}) mm from the power panel's front lower corner`
}

/** An M6 bolt that earth ring terminals land on: where, its length, and the length its clamp with them needs. */
export interface RingBolt {
  readonly at: Vec3
  readonly node: string
  readonly rings: number
  readonly length: number
  readonly needs: number
  /** Its place on its sheet (a panel's bolt), (u, v) mm. */
  readonly place?: readonly [number, number]
}

/**
 * Each M6 bolt the cables' earth rings land on: its length, and what it must reach through: its
 * head's seat to its nut's seat (the stack as drawn), each ring with its star washer
 * (EARTH_RING_M6_STACK), and the nut.
 */
export function ringBolts(machine: AssemblyNode, cables: readonly Cable[]): RingBolt[] {
  const placed = placedLeaves(machine)
  const counts = new Map<string, { at: Vec3; rings: number }>()
  for (const at of cables.flatMap((c) => c.rings ?? [])) {
    const key = at.map((x) => x.toFixed(1)).join(',')
    counts.set(key, { at, rings: (counts.get(key)?.rings ?? 0) + 1 })
  }
  return [...counts.values()].map(({ at, rings }) => {
    const i = placed.findIndex((p) => PANEL_BOLT.test(idOf(p)) && manhattan(origin(p), at) < 0.5)
    if (i < 0) throw new Error(`no M6 bolt at ${at.join(', ')}`)
    const bolt = placed[i]
    const axis = applyToPoint(bolt.world, [0, 0, 1]).map((x, k) => x - at[k])
    const along = (v: Vec3) => axis.reduce((s, a, k) => s + a * (v[k] - at[k]), 0)
    const length = Number(/^m6x(\d+)/.exec(idOf(bolt))![1])
    // The nut on its axis within its length: the one whose seat is farthest along it.
    const seats = placed
      .filter((p) => idOf(p) === 'm6-hex-nut')
      .map(origin)
      .filter((v) => {
        const t = along(v)
        const off = manhattan(v, [at[0] + axis[0] * t, at[1] + axis[1] * t, at[2] + axis[2] * t])
        return t > 0 && t < length && off < 0.5
      })
      .map(along)
    if (seats.length === 0) throw new Error(`the M6 bolt at ${at.join(', ')} has no nut`)
    const needs = Math.max(...seats) + rings * EARTH_RING_M6_STACK + METRIC.M6.nutThickness
    const node = bolt.path.at(-1)!
    return {
      at,
      node,
      rings,
      length,
      needs,
      ...(node.startsWith('control-panel') || node === EARTH_STUD_NODE ? { place: panelBoltPlace(placed, i) } : {}),
    }
  })
}

interface Bar {
  readonly name: string
  readonly ends: readonly [Vec3, Vec3]
  readonly endNames: readonly [string, string]
}

const AXIS = ['X', 'Y', 'Z'] as const
const SIDES: readonly (readonly [string, string])[] = [
  ['left', 'right'],
  ['front', 'rear'],
  ['bottom', 'top'],
]

/** The angle frame's bars (stock of the frame node without a width); none for a welded plate frame. */
function frameBars(placed: readonly PlacedLeaf[]): Bar[] {
  const stock = placed.filter((p) => p.path.at(-1) === 'frame' && p.leaf.kind === 'stock')
  if (stock.some((p) => p.leaf.kind === 'stock' && 'width' in p.leaf.piece)) return []
  const raw = stock.map((p) => {
    const length = p.leaf.kind === 'stock' ? p.leaf.piece.length : 0
    return [applyToPoint(p.world, [0, 0, 0]), applyToPoint(p.world, [length, 0, 0])] as const
  })
  const all = raw.flat()
  const mid = [0, 1, 2].map((k) => (Math.min(...all.map((v) => v[k])) + Math.max(...all.map((v) => v[k]))) / 2)
  return raw.map(([a, b]) => {
    const along = [0, 1, 2].reduce((best, k) => (Math.abs(b[k] - a[k]) > Math.abs(b[best] - a[best]) ? k : best), 0)
    const side = (k: number) => SIDES[k][a[k] < mid[k] ? 0 : 1]
    const across = [0, 1, 2].filter((k) => k !== along)
    const [low, high] = a[along] < b[along] ? [a, b] : [b, a]
    return {
      name: `frame bar along ${AXIS[along]}, ${across.map(side).join(' ')}`,
      ends: [low, high],
      endNames: SIDES[along],
    }
  })
}

/** Distance from a point to a bar's segment, mm. */
function toBar(p: Vec3, bar: Bar): number {
  const [a, b] = bar.ends
  const t = [0, 1, 2].map((k) => Math.min(Math.max(p[k], Math.min(a[k], b[k])), Math.max(a[k], b[k])))
  return manhattan(p, t as unknown as Vec3)
}

/**
 * The bonding jumpers (docs/design.md, "Electrics"): the angle frame's bars meet only in printed
 * corners, so each is bonded to one already earthed through a green/yellow jumper between their
 * corner bolts where they meet, starting from the bar the earth point's bolt goes through (a tree
 * over the bars, each jumper at one corner); each control panel sheet and each other steel stock
 * piece (the Y rails) is bonded from its own M6 bolt nearest the frame to the nearest corner bolt.
 */
function bonds(placed: readonly PlacedLeaf[], earth: number): Cable[] {
  const bars = frameBars(placed)
  if (bars.length === 0) return []
  const frameLeaves = placed.filter((p) => p.path.at(-1) === 'frame' && PANEL_BOLT.test(idOf(p)))
  const frameBolts = frameLeaves.map(origin)
  // The rings each bolt carries so far: a jumper's end goes to the one of a bar end's two bolts with fewer.
  const rings = new Map<string, number>()
  const keyOf = (v: Vec3) => v.map((x) => x.toFixed(1)).join(',')
  const ringsAt = (v: Vec3) => rings.get(keyOf(v)) ?? 0
  // A bar's corner bolt at one end: of the frame bolts nearest that end through the bar (one through each leg), the one with fewer rings.
  const boltAt = (bar: Bar, end: 0 | 1): Vec3 => {
    const on = frameBolts.filter((v) => toBar(v, bar) <= 60)
    const near = Math.min(...on.map((v) => manhattan(v, bar.ends[end])))
    const ends = on.filter((v) => manhattan(v, bar.ends[end]) < near + 1)
    return ends.reduce((best, v) => (ringsAt(v) < ringsAt(best) ? v : best))
  }
  // Which of a bar end's two bolts: the axis it runs along.
  const axisName = (v: Vec3) => {
    const leaf = frameLeaves[frameBolts.indexOf(v)]
    const d = applyToPoint(leaf.world, [0, 0, 1]).map((x, k) => Math.abs(x - v[k]))
    return AXIS[d.indexOf(Math.max(...d))]
  }
  const cornerBolt = (bar: Bar, end: 0 | 1, v: Vec3) =>
    `${bar.name} (corner bolt, ${bar.endNames[end]} end, the one along ${axisName(v)})`
  const jumper = (from: string, a: Vec3, to: string, b: Vec3): Cable => {
    const route = manhattan(a, b)
    for (const v of [a, b]) rings.set(keyOf(v), ringsAt(v) + 1)
    return {
      kind: 'bond',
      at: 'frame',
      from,
      to,
      fromPart: '',
      toPart: '',
      motions: [],
      route,
      length: route + 2 * BOND_ALLOWANCE,
      rings: [a, b],
    }
  }
  const earthAt = origin(placed[earth])
  const first = bars.reduce((best, bar) => (toBar(earthAt, bar) < toBar(earthAt, best) ? bar : best))
  const bonded = [first]
  const cables: Cable[] = []
  for (let i = 0; i < bonded.length; i++) {
    const bar = bonded[i]
    for (const end of [0, 1] as const)
      for (const other of bars) {
        if (bonded.includes(other)) continue
        const near = ([0, 1] as const).find((e) => manhattan(other.ends[e], bar.ends[end]) < 200)
        if (near === undefined) continue
        bonded.push(other)
        const [a, b] = [boltAt(bar, end), boltAt(other, near)]
        cables.push(jumper(cornerBolt(bar, end, a), a, cornerBolt(other, near, b), b))
      }
  }
  // Sheets and other steel: from the piece's M6 bolt nearest a corner bolt, to that corner bolt.
  const pieces = new Map<string, Vec3[]>()
  for (const p of placed) {
    const node = p.path.at(-1)!
    if (node === 'frame' || !PANEL_BOLT.test(idOf(p))) continue
    if (!placed.some((q) => q.path.at(-1) === node && q.leaf.kind === 'stock' && /^(control-panel|y-rail)/.test(node)))
      continue
    pieces.set(node, [...(pieces.get(node) ?? []), origin(p)])
  }
  for (const [node, bolts] of pieces) {
    // The nearest pair, of frame bolts with the fewest rings.
    const fewest = Math.min(...frameBolts.map(ringsAt))
    const pairs = bolts.flatMap((a) => frameBolts.filter((b) => ringsAt(b) === fewest).map((b) => [a, b] as const))
    const [a, b] = pairs.reduce((best, pair) =>
      manhattan(pair[0], pair[1]) < manhattan(best[0], best[1]) ? pair : best,
    )
    const bar = bars.reduce((best, x) => (toBar(b, x) < toBar(b, best) ? x : best))
    const end = manhattan(b, bar.ends[0]) < manhattan(b, bar.ends[1]) ? 0 : 1
    const place = node.startsWith('control-panel')
      ? panelBoltPlace(
          placed,
          placed.findIndex((p) => PANEL_BOLT.test(idOf(p)) && manhattan(origin(p), a) < 0.01),
        )
      : undefined
    const name = place ? `its M6 bolt at (${place[0]}, ${place[1]}) mm` : "its M6 bolt nearest the frame's corner"
    cables.push(jumper(`${node} (${name})`, a, cornerBolt(bar, end, b), b))
  }
  return cables
}

/** The power panel's parts the mains runs join (drawn on it: the inlet, the stop, the supply, the relay, the contactor, its fuse terminal, the start button, the junction box). */
const PANEL_PARTS = /^(iec-inlet|estop-|psu-|ssr-25da$|contactor-|fuse-terminal-|start-button-|junction-box)/
/** The junctions' box (its id with its size after it), where the tree draws one on the power panel: the lever connectors and inline fuse holders are in it. */
export const JUNCTION_BOX = 'junction-box'

/**
 * A run's route on the power panel (Manhattan, as the others) between the parts at its ends: a
 * part the tree does not draw (a junction without its box) sits among the drawn ones, so its end
 * is taken at the farthest of them; a run that crosses the sheet goes through its grommet (`via`),
 * a leg to it and a leg from it.
 */
function panelRoute(placed: readonly PlacedLeaf[]): (a: string, b: string, via?: Vec3) => number {
  const parts = placed.filter((p) => p.path.includes(POWER_PANEL) && PANEL_PARTS.test(idOf(p)))
  if (parts.length === 0) throw new Error('the machine has no power panel')
  const box = parts.find((p) => idOf(p).startsWith(JUNCTION_BOX))
  const junctions = new Set<string>(Object.values(JUNCTIONS))
  const at = (id: string): Vec3[] => {
    const drawn =
      (junctions.has(id) ? box && [box] : parts.filter((p) => idOf(p) === id || idOf(p).startsWith(`${id}-`))) ?? []
    return (drawn.length > 0 ? drawn.slice(0, 1) : parts).map(origin)
  }
  const farthest = (id: string, to: Vec3) => Math.max(...at(id).map((u) => manhattan(u, to)))
  return (a, b, via) =>
    via ? farthest(a, via) + farthest(b, via) : Math.max(...at(a).flatMap((u) => at(b).map((v) => manhattan(u, v))))
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
