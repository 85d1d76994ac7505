import type { Profile } from '../../src/parts/contracts.js'
import { FITS } from '../../src/parts/fits.js'
import { type BedArea, type BedHeating, bedHeating, HEATING } from '../bed/dimensions.js'
import {
  type BoxContents,
  boxFor,
  CONTACTOR,
  CONTROLLER,
  DIN_RAIL,
  E_STOP,
  EARTH_RING_M6,
  EARTH_RING_M6_STACK,
  FAN_4010,
  FUSE_TERMINAL,
  GROMMET,
  IEC_INLET_C14,
  IEC_INLET_C20,
  type PanelInlet,
  POWER_SUPPLY,
  SSR,
  SSR_HEAT_SINK,
  START_BUTTON,
} from '../vitamins/electronics.js'
import { METRIC, standardScrewLength, WASHER } from '../vitamins/fasteners.js'

export const PANEL = {
  thickness: 3,
  height: 125,
  /** Above the bottom corners (angle) or the bottom border (plate). */
  above: 4,
  /** Bolts this far in from the panel's top and bottom edges. */
  boltInset: 8,
  /**
   * Room between neighbouring cases on the power panel (ours: so that they do not touch; what the
   * 12 in frame leaves beside the relay).
   */
  gap: 4,
  /** What goes through the sheet stays this far off the vertical steel behind it (ours). */
  offSteel: 1,
  /**
   * The controller mount, two rails: plate (its M3 nuts 1.2 in from its back), bosses, room
   * beside the board for its M4; each rail from `railInside` inside the bosses' centres to
   * `margin` past the board's end. A pocket from the top between the rail's M4 (x and y ranges,
   * for the rail at +x), down to `pocketFloor` over the back.
   */
  mount: {
    plate: 6,
    nutFrom: 1.2,
    boss: 4.4,
    bossDiameter: 7,
    margin: 10,
    railInside: 5,
    pocket: { x: [76.5, 87.5], y: [-18, 18] },
    pocketFloor: 2,
  },
} as const

/**
 * How far a screw may reach into the power supply's mounting threads: the depth its data sheet
 * allows (see POWER_SUPPLY); a longer screw reaches the insulating sheet and the board behind it.
 */
export const PSU_SCREW_REACH = POWER_SUPPLY.threadDepth

/** A fuse at least this many times its circuit's steady current (builder-rules.md section 5), as the inlet's is. */
const FUSE_OVER_STEADY = 1.25

/**
 * The mains inlet the power panel carries, as the power design (src/engineering/electrical.ts)
 * chooses it: the C14 where the machine's mains current (the supply at its rating over its
 * efficiency, and a mains bed heater) at the lower mains its heater is rated for, with its fuse's
 * margin, is within the C14's 10 A; else the C20 (16 A).
 */
export function panelInlet(heating: BedHeating): PanelInlet {
  const amps = mainsAmps(heating) * FUSE_OVER_STEADY
  const inlet = [IEC_INLET_C14, IEC_INLET_C20].find((i) => amps <= i.amps)
  if (!inlet) throw new Error(`no inlet carries ${Math.round(amps * 10) / 10} A`)
  return inlet
}

/**
 * Whether a contactor switches the mains, its coil opened by the emergency stop: where the inlet's
 * fuse (the next of FUSES over the mains current with its margin) is over the stop's contacts'
 * rating, as the wiring (src/export/wiring.ts) decides it.
 */
export function switchedByContactor(heating: BedHeating): boolean {
  const amps = mainsAmps(heating) * FUSE_OVER_STEADY
  return (FUSES.find((f) => f >= amps) ?? Number.POSITIVE_INFINITY) > E_STOP.contactAmps
}

/** The machine's mains current at the lower mains: the supply at its rating over its efficiency, and a mains bed heater. */
function mainsAmps(heating: BedHeating): number {
  const supply = POWER_SUPPLY.rating
  const watts = supply.watts / supply.efficiency + (heating.supply === 'mains' ? heating.watts : 0)
  return watts / HEATING.mains.volts
}

/** Rated currents of 5 x 20 mm time-lag fuses, A: IEC 60127's R10 series, as the power design takes them. */
const FUSES = [0.5, 1, 1.25, 1.6, 2, 2.5, 3.15, 4, 5, 6.3, 8, 10, 12.5, 16] as const

/**
 * The mains wire by the inlet's fuse, as the power design (src/engineering/electrical.ts) sizes
 * it: IEC 60335-1 table 11's least cross-section for the fuse's current (6 A 0.75, 10 A 1, 16 A
 * 1.5 mm2) in the thinnest gauge of its table that has it (18, 16, 14 AWG); each as its largest
 * outer diameter over the insulation, EN 50525-2-31: 18 AWG as H05V-K 0.75 mm2 (2.7 mm), 16 AWG
 * as H07V-K 1.5 mm2 (3.4 mm), 14 AWG as H07V-K 2.5 mm2 (4.1 mm).
 */
const MAINS_WIRE_BY_FUSE = [
  { fuse: 6, awg: 18, diameter: 2.7 },
  { fuse: 10, awg: 16, diameter: 3.4 },
  { fuse: 16, awg: 14, diameter: 4.1 },
] as const

/**
 * The thickest mains wire the power design chooses (the C20's 16 A fuse), mm: the power supply's
 * hood takes it whatever the machine, so that the hood is one part at every size.
 */
export const THICKEST_MAINS_WIRE = MAINS_WIRE_BY_FUSE.at(-1)!.diameter

/** The machine's mains wire: its gauge (AWG) and its largest outer diameter, mm (MAINS_WIRE_BY_FUSE). */
export function mainsWire(heating: BedHeating): { awg: number; diameter: number } {
  const amps = mainsAmps(heating) * FUSE_OVER_STEADY
  const fuse = FUSES.find((f) => f >= amps)
  const wire = fuse === undefined ? undefined : MAINS_WIRE_BY_FUSE.find((w) => w.fuse >= fuse)
  if (!wire) throw new Error(`no mains wire in the table for ${Math.round(amps * 10) / 10} A`)
  return { awg: wire.awg, diameter: wire.diameter }
}

/** An M3 nut's half width across its corners, mm. */
const M3_NUT_REACH = METRIC.M3.nutAcrossFlats / Math.sqrt(3)

/**
 * The printed hood over the power supply's terminal strip (psu-hood.ts): the supply has no cover
 * of its own. Its frame: x from the supply's terminal end towards its other end, y across it, z
 * up from the hood's roof (as printed, roof down) to the panel.
 */
export const PSU_HOOD = {
  /** Walls (ours: six 0.4 mm lines, stiff enough not to flex onto a terminal). */
  wall: 2.4,
  /** The roof (ours: as the walls, twelve 0.2 mm layers). */
  roof: 2.4,
  /**
   * Over the supply's top from its terminal end: its terminal recess (16 mm, as a public OpenSCAD
   * PSU table draws the LRS series) and 4 mm more (ours).
   */
  overCase: 20,
  /**
   * Room inside ahead of the supply's terminal end, for the wires to leave the terminals and turn
   * along the panel (ours: what the 12 in frame leaves, psuOverhang; an insulated fork's barrel
   * and sleeve stand about 11 mm out of the strip).
   */
  room: 12.9,
  /** The bosses of its 4 M3 to the panel (ours: 2.3 mm of wall round the 3.4 mm hole). */
  boss: 8,
  /**
   * The 24 V leads' largest outer diameter: up to 14 AWG as H07V-K 2.5 mm2 (4.1 mm, EN 50525-2-31's
   * maximum outer diameter); the mains wires' is THICKEST_MAINS_WIRE.
   */
  wire: { dc: 4.1 },
  /**
   * A cable tie's strap, 2.5 mm wide: its slots through the roof, along it (ours: 1 mm over it),
   * and the roof they leave each side of the notch's span (ours).
   */
  tie: { slot: 3.5, fromNotch: 0.5 },
} as const

/** The hood's height off the panel: the supply, the fit over it and the roof. */
export const PSU_HOOD_HEIGHT = POWER_SUPPLY.size[2] + FITS.psuHood + PSU_HOOD.roof

/** The hood's reach ahead of the supply's terminal end: the room and the end wall. */
export const PSU_HOOD_AHEAD = PSU_HOOD.room + PSU_HOOD.wall

/**
 * How far the supply's far end may stand past the sheet's rear end: until its nearer screw (57 mm
 * from that end, see POWER_SUPPLY) with its head is `offSteel` off the rear steel behind the sheet
 * (`leg` wide, from the sheet's end inwards: the bars and the sheet both stand `thickness` inside
 * the frame's faces).
 */
export function psuOverhang(leg: number): number {
  const nearScrew = POWER_SUPPLY.size[0] / 2 - POWER_SUPPLY.holes[1][0]
  return Math.max(0, nearScrew - leg - PANEL.offSteel - METRIC.M3.headDiameter / 2)
}

/**
 * The power panel's parts, as the sheet's (u, v): u along it from its front end, v up from its
 * lower edge. At the front, clear of the front steel (its leg or border, `leg` wide), a column:
 * the emergency stop at the top, where a hand finds it, and the mains inlet below it, whose cord
 * drops from the panel's foot to the floor past nothing that moves. At the rear end the power
 * supply, its terminal end forward, centred in its height (its screws fall between the rear
 * steel's, the bolts' heads above and below it), standing past the sheet's end as far as the
 * rear steel lets its screws (psuOverhang); its hood (PSU_HOOD) ahead of its terminals. Ahead of
 * the hood the relay, standing on end, its holes along v (on its heat sink, as wide as it, where
 * it needs one).
 */
export function powerPanelPlaces(
  length: number,
  leg: number,
  relayLength: number = SSR.size[0],
  mains: MainsSwitching = { inlet: IEC_INLET_C14, contactor: false },
) {
  const { inlet } = mains
  const { column, columnReach, psuStart, hoodFront, relayU, start, contactorU } = panelLine(length, leg, mains)
  const psuMiddle = psuStart + POWER_SUPPLY.size[0] / 2
  const stopV = PANEL.height - E_STOP.head.diameter / 2
  return {
    stop: [column, stopV] as const,
    inlet: [column, PANEL.offSteel + inlet.flange.size[1] / 2] as const,
    /** The start button beside the stop, and the contactor's rail behind the sheet, where a contactor switches the mains. */
    ...(mains.contactor ? { start: [start, stopV] as const, contactor: [contactorU, PANEL.height / 2] as const } : {}),
    relay: [relayU, PANEL.height / 2] as const,
    psu: [psuMiddle, PANEL.height / 2] as const,
    grommets: mainsGrommets(relayU, relayLength, columnReach),
    /** The 24 V leads' own grommet (the supply's +V and -V, the relay's control pair): never a mains one's. */
    dcGrommet: dcGrommet(column, columnReach, relayU, relayLength, inlet),
    junctionBox: [psuMiddle + (POWER_SUPPLY.holes[0][0] + POWER_SUPPLY.holes[1][0]) / 2, PANEL.height / 2] as const,
    /** The supply's terminal end, where its hood's frame starts. */
    psuStart,
    /** The room left between the column (or the contactor) and the relay, mm (at least PANEL.gap where it fits). */
    relayRoom: hoodFront - 2 * PANEL.gap - SSR.size[1] - columnReach,
  }
}

/** How the mains is switched on the power panel: its inlet, and whether a contactor (with its start button) is there. */
export interface MainsSwitching {
  readonly inlet: PanelInlet
  readonly contactor: boolean
}

/** The machine's mains switching, from its bed's heating (panelInlet, switchedByContactor). */
export const mainsSwitching = (heating: BedHeating): MainsSwitching => ({
  inlet: panelInlet(heating),
  contactor: switchedByContactor(heating),
})

/** The contactor's rail: the contactor's and its coil fuse terminal's widths, and DIN_RAIL.beyond each end. */
export const CONTACTOR_RAIL = CONTACTOR.size[0] + FUSE_TERMINAL.size[0] + 2 * DIN_RAIL.beyond

/**
 * Along the power panel (u from its front end): the column's middle and reach, the supply's
 * terminal end, the hood's front, the relay's middle. Where a contactor switches the mains, the
 * start button stands beside the stop (PANEL.gap between their heads), and the contactor's rail
 * behind the sheet past the start button's contact block, PANEL.gap clear: the column's reach is
 * then the rail's end.
 */
function panelLine(length: number, leg: number, { inlet, contactor }: MainsSwitching) {
  // The inlet's nuts are the column's nearest to the front steel.
  const column =
    leg + PANEL.offSteel + Math.max(inlet.screwPitch / 2 + M3_NUT_REACH, E_STOP.blocks.size[0] / 2, inlet.cutout[0] / 2)
  const start = column + E_STOP.head.diameter / 2 + PANEL.gap + START_BUTTON.head.diameter / 2
  const contactorU = start + START_BUTTON.blocks.size[0] / 2 + PANEL.gap + CONTACTOR_RAIL / 2
  const columnReach = contactor
    ? contactorU + CONTACTOR_RAIL / 2
    : column + Math.max(inlet.flange.lugs, E_STOP.head.diameter) / 2
  const psuStart = length + psuOverhang(leg) - POWER_SUPPLY.size[0]
  const hoodFront = psuStart - PSU_HOOD_AHEAD
  const relayU = hoodFront - PANEL.gap - SSR.size[1] / 2
  return { column, columnReach, psuStart, hoodFront, relayU, start, contactorU }
}

/** Whether the two grommets fit on the relay's line, `gap` past its ends (its length along v `relayLength`). */
const grommetsBesideRelay = (relayLength: number) =>
  PANEL.height / 2 - (relayLength / 2 + PANEL.gap + GROMMET.flange / 2) >= GROMMET.flange / 2

/** Where the grommets stand side by side ahead of the relay: their u, and the room that leaves before them down to the column's reach. */
function grommetsAhead(relayU: number, columnReach: number) {
  const u = relayU - SSR.size[1] / 2 - PANEL.gap - GROMMET.flange / 2
  return { u, room: u - GROMMET.flange / 2 - PANEL.gap - columnReach }
}

/**
 * The grommeted holes where mains wires cross the sheet from the junction box behind it: one for
 * the supply's L, N and earth (the upper, on the way to the hood's mains notch) and one for the
 * relay's two wires (the lower). On the relay's line `gap` past its ends where its length along v
 * (with its heat sink, `relayLength`) leaves room; else side by side `gap` ahead of it, where the
 * room before it (down to the column's reach) takes them; else an error.
 */
function mainsGrommets(relayU: number, relayLength: number, columnReach: number) {
  const { flange } = GROMMET
  const off = relayLength / 2 + PANEL.gap + flange / 2
  if (grommetsBesideRelay(relayLength))
    return { supply: [relayU, PANEL.height / 2 + off] as const, relay: [relayU, PANEL.height / 2 - off] as const }
  const ahead = grommetsAhead(relayU, columnReach)
  // The layout refuses a frame too short for them (leastPowerSide).
  if (ahead.room < 0)
    throw new Error(`a ${relayLength} mm relay leaves no room on the power panel for the mains grommets`)
  const apart = (flange + PANEL.gap) / 2
  return { supply: [ahead.u, PANEL.height / 2 + apart] as const, relay: [ahead.u, PANEL.height / 2 - apart] as const }
}

/** The 24 V grommet on the panel's middle line ahead of the mains grommets (or the relay): its u, and the room before it down to the column's reach. */
function dcGrommetAhead(relayU: number, relayLength: number, columnReach: number) {
  const { flange } = GROMMET
  const ahead = grommetsBesideRelay(relayLength)
    ? relayU - SSR.size[1] / 2
    : grommetsAhead(relayU, columnReach).u - flange / 2
  const u = ahead - PANEL.gap - flange / 2
  return { u, room: u - flange / 2 - PANEL.gap - columnReach }
}

/** The column's stretch along v between the inlet's flange and the stop's collar, where the 24 V grommet may go instead. */
const dcColumn = (inlet: PanelInlet) => ({
  low: PANEL.offSteel + inlet.flange.size[1],
  high: PANEL.height - E_STOP.head.diameter / 2 - E_STOP.head.collar / 2,
})

/** Whether the 24 V grommet fits in the column, `gap` clear of the inlet and the stop. */
const dcGrommetInColumn = (inlet: PanelInlet) => {
  const { low, high } = dcColumn(inlet)
  return high - low >= GROMMET.flange + 2 * PANEL.gap
}

/**
 * The grommeted hole where the 24 V leads (the supply's +V and -V, the relay's control pair) cross
 * the sheet, apart from the mains ones: on the panel's middle line `gap` ahead of the relay's mains
 * grommets (or the relay), nearest the supply, where the room down to the column's reach takes it
 * with `gap` each side;
 * else in the column between the inlet's flange and the stop's collar, `gap` clear of each; else
 * an error.
 */
function dcGrommet(column: number, columnReach: number, relayU: number, relayLength: number, inlet: PanelInlet) {
  const ahead = dcGrommetAhead(relayU, relayLength, columnReach)
  if (ahead.room >= 0) return [ahead.u, PANEL.height / 2] as const
  const { low, high } = dcColumn(inlet)
  if (dcGrommetInColumn(inlet)) return [column, (low + high) / 2] as const
  // The layout refuses a frame too short for it (leastPowerSide).
  throw new Error(`the power panel leaves no room for the 24 V grommet (${Math.round(high - low)} mm in its column)`)
}

/**
 * The room the junction box (its length up the panel, its base on the sheet's inner face, centred
 * between the supply's screws) leaves each side of it to those screws' heads, less `offSteel`: its
 * width (along the panel) at most this.
 */
export const junctionBoxClear = (width: number) =>
  POWER_SUPPLY.holes[1][0] - POWER_SUPPLY.holes[0][0] - METRIC.M3.headDiameter - width - 2 * PANEL.offSteel

/**
 * The mains junctions and inline fuse holders in the junction box, as the wiring makes them
 * (src/export/wiring.ts, withJunctions; a test checks they agree): where a contactor switches the
 * mains, a mains junction (L, N) of 3 points a pole (the inlet, the contactor's pole and its coil
 * circuit); the mains distribution (L, N) with a point a pole for what feeds it, the supply and, on
 * a mains bed, the relay's live and the bed junction's neutral; on a mains bed the bed cord's
 * junction (L, N, PE: 2 points each) and the bed fuse's holder (5 x 20 mm up to 10 A, else 6.3 x 32:
 * src/export/wiring-safety.ts, fuseSize).
 */
export function junctionBoxContents(heating: BedHeating, contactor: boolean): BoxContents {
  const mains = heating.supply === 'mains'
  const bedFuse = FUSES.find((f) => f >= heating.amps * FUSE_OVER_STEADY) ?? Number.POSITIVE_INFINITY
  return {
    levers: [
      ...(contactor ? [3, 3] : []),
      ...Array.from({ length: 2 }, () => (mains ? 3 : 2)),
      ...(mains ? [2, 2, 2] : []),
    ],
    fuseHolders: mains ? [bedFuse <= INLINE_5X20_AMPS ? '5x20' : '6.3x32'] : [],
  }
}

/**
 * What the 24 V box holds (the 24 V distribution, apart from the mains), as the wiring makes it
 * (src/export/wiring.ts, withJunctions; a test checks they agree), and the 24 V fuse's 5 x 20 mm
 * inline holder. The Octopus: a WAGO 221-415 a pole (the supply, 3 board inputs and the controller
 * fan). The RAMPS: the 0 V pole's 5 (the supply, its 2 power inputs, the controller fan and the
 * always-on heatsink fan) in a 221-415; the + pole's 6 (the probe's + too) in a 221-415 linked to
 * a 221-413, whose link takes a point of each.
 */
export const dcBoxContents = (controller: 'octopus' | 'ramps'): BoxContents => ({
  levers: controller === 'ramps' ? [5, 3, 5] : [5, 5],
  fuseHolders: ['5x20'],
})

/** An inline 5 x 20 mm fuse holder's largest fuse, A (as src/export/wiring-safety.ts's INLINE_5X20_AMPS). */
const INLINE_5X20_AMPS = 10

/**
 * The junction box for what it holds: the least of JUNCTION_BOX_SIZES whose floor holds it
 * (boxFor, the footprint rule) and whose width the supply's screws leave room for
 * (junctionBoxClear) where it stands between them (`besideSupply`); else an error.
 */
export const junctionBoxFor = (contents: BoxContents, besideSupply = true, wall = 2.5) =>
  boxFor(contents, ([, w]) => !besideSupply || junctionBoxClear(w) >= 0, wall)

/** The sheet's least length for the power panel: the column, the relay on end, the grommets, the supply's hood and the supply, with room between. */
export function leastPowerPanel(
  leg: number,
  relayLength: number = SSR.size[0],
  mains: MainsSwitching = { inlet: IEC_INLET_C14, contactor: false },
): number {
  const line = panelLine(0, leg, mains)
  const relayRoom = line.hoodFront - 2 * PANEL.gap - SSR.size[1] - line.columnReach
  const mainsRoom = grommetsBesideRelay(relayLength) ? relayRoom : grommetsAhead(line.relayU, line.columnReach).room
  const dcRoom = dcGrommetInColumn(mains.inlet)
    ? Number.POSITIVE_INFINITY
    : dcGrommetAhead(line.relayU, relayLength, line.columnReach).room
  return -Math.min(relayRoom, mainsRoom, dcRoom)
}

/**
 * The least frame side along Y for the power panel over a given bed: with the relay on its heat
 * sink where the bed's mains current needs one, the grommets go ahead of it and need more room.
 */
export function leastPowerSide(
  { width, thickness }: Profile,
  bed: { readonly x: number; readonly y: number; readonly printable: BedArea },
): number {
  const heating = bedHeating(bed)
  const relayLength = heating.relayNeedsHeatSink ? SSR_HEAT_SINK.size[0] : SSR.size[0]
  return leastPowerPanel(width, relayLength, mainsSwitching(heating)) + 2 * thickness
}

/**
 * The controller fan's bracket (fan-bracket.ts), beside the board's end on the controller panel:
 * the fan (40 x 40 x 10) blows along the board over its row of drivers.
 */
export const FAN_BRACKET = {
  /** The upright, along the fan's axis (ours: an M3 nut's trap and a 2.4 mm floor). */
  wall: 5,
  /** The foot, on the panel (ours: as the upright). */
  foot: 5,
  /** Across the panel: the fan's 40 and 5 mm either side for the foot's M4. */
  width: 50,
  /** The fan's lower edge over the panel: the foot, the M4 heads on it (4 mm) and 1 mm. */
  fanLift: 10,
  /** The foot's M4, either side of the fan's middle, across the panel. */
  boltApart: 17,
  /** The intake ring's bore (ours: the fan's 40 less 3 mm a side, 2 mm clear of its screws' nut traps). */
  intake: 34,
  /** From the fan's face to the controller mount's rails (ours: its M3 screws' 3 mm heads and 1 mm). */
  fromRails: 4,
} as const

/**
 * The fan bracket's outer face, along the controller panel from the panel's middle (negative:
 * towards the panel's end): past the mount's rails (the board's half and their margin), the
 * room for the fan screws' heads, the fan and the upright.
 */
export const FAN_BRACKET_FROM_MIDDLE = -(
  CONTROLLER.size[0] / 2 +
  PANEL.mount.margin +
  FAN_BRACKET.fromRails +
  FAN_4010.thickness +
  FAN_BRACKET.wall
)

/** The fan's M3 screws, through the fan and the upright: the catalogue length and how far it reaches past the upright. */
export const FAN_SCREW = standardScrewLength(FAN_4010.thickness + FAN_BRACKET.wall)
const FAN_SCREW_PAST = FAN_SCREW - FAN_4010.thickness - FAN_BRACKET.wall

/**
 * The least frame side, along Y and Z, with room for a panel between the steel: its height
 * between the bottom and top steel (`edge`: the corners' reach, or a pane's border and the pane
 * below); along Y the power panel's parts (powerPanelPlaces) on a sheet that ends `thickness`
 * inside the frame's faces, and the controller fan's bracket, its screws' tips `offSteel` off the
 * steel.
 */
export function leastSideForPanels(edge: number, { width, thickness }: Profile) {
  return {
    y: Math.max(
      leastPowerPanel(width) + 2 * thickness,
      2 * (thickness + width + PANEL.offSteel + FAN_SCREW_PAST - FAN_BRACKET_FROM_MIDDLE),
    ),
    z: PANEL.height + 2 * (edge + PANEL.above),
  }
}

/**
 * The frame's earth point: a stud of its own (IEC 60204-1, 8.2: a protective conductor's terminal
 * fixes nothing else, so that taking the panel off lifts no earth ring), an M6 cap screw through
 * the power panel's front vertical steel on the steel's middle line, halfway up the panel (between
 * the panel's two front bolts), as the sheet's (u, v). Its head bears on the steel's outer face in
 * a hole of the sheet that clears it (EARTH_STUD_HOLE: the sheet comes off over it); inside the
 * frame its own nut on a star washer holds it to the bare steel, the earth rings with their star
 * washers on that nut, then the flat washer and the nut that clamps them.
 */
export const earthStudPlace = (leg: number) => [leg / 2, PANEL.height / 2] as const

/** The earth stud's node, apart from the power panel's (its sheet comes off without it). */
export const EARTH_STUD_NODE = 'earth-stud'

/** The sheet's hole round the earth stud's head: the head's diameter and the counterbore fit (FITS.capHead). */
export const EARTH_STUD_HOLE = METRIC.M6.headDiameter + FITS.capHead.M6

/**
 * The earth stud's length: through the steel (`steel`), its own star washer and nut, `rings` earth
 * rings each with its star washer (EARTH_RING_M6_STACK), the flat washer, the clamping nut and a
 * thread past it.
 */
export const earthStudLength = (steel: number, rings: number) =>
  standardScrewLength(
    steel +
      EARTH_RING_M6.starWasher +
      2 * METRIC.M6.nutThickness +
      rings * EARTH_RING_M6_STACK +
      WASHER.M6.thickness +
      1,
  )

/** The earth rings the earth point carries: the inlet's earth, the supply's FG and, on a mains bed, the bed cord's earth. */
export const earthPointRings = (heating: BedHeating) => (heating.supply === 'mains' ? 3 : 2)

/**
 * A panel's M6 (docs/design.md, "Electrics"): through what it clamps (`clamp`: sheet, steel and
 * washer), an earth ring with its star washer (EARTH_RING_M6_STACK), the nut and a thread past it:
 * each bolt takes one ring, the sheet's bonding jumper's (the wiring lands it on the bolt nearest
 * the frame's corner bolt).
 */
export const panelBoltLength = (clamp: number) =>
  standardScrewLength(clamp + EARTH_RING_M6_STACK + METRIC.M6.nutThickness + 1)
