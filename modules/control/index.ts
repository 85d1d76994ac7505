import { box, difference, drilledPlate, hole, union } from '../../src/kernel/index.js'
import { aimed, applyToPoint, frame, type Mat4, multiply, rotation, type Vec3 } from '../../src/kernel/matrix.js'
import { type Layout, sideSteelEdge } from '../../src/layout/index.js'
import { clearanceHole, nutTrap, SACRIFICIAL_LAYER } from '../../src/parts/features.js'
import { FITS } from '../../src/parts/fits.js'
import { bought, printed, stock } from '../../src/parts/leaves.js'
import type { AssemblyNode, Leaf, PrintedPart, StockCutout, StockPiece } from '../../src/parts/types.js'
import type { Spec } from '../../src/spec/schema.js'
import { formatMm } from '../../src/spec/units.js'
import { bedHeating } from '../bed/dimensions.js'
import { jigDrilling } from '../frame/dimensions.js'
import type { ControlModule } from '../module.js'
import {
  CONTACTOR,
  CONTROLLER,
  cableGland,
  DC_BOX_BASE_HOLE,
  DIN_RAIL,
  dcBox,
  E_STOP,
  EARTH_RING_M6,
  FAN_4010,
  FUSE_TERMINAL,
  GROMMET,
  JUNCTION_BOX_GLANDS,
  junctionBox,
  POWER_SUPPLY,
  relayHeatSinkKPerW,
  SSR,
  SSR_COVER,
  SSR_HEAT_SINK,
  START_BUTTON,
  STEPPER_DRIVER,
  STOP_BOX,
} from '../vitamins/electronics.js'
import {
  CAP_SCREW,
  COUNTERSUNK_M3,
  HEX_NUT,
  METRIC,
  STANDARD_SCREW_LENGTHS,
  standardScrewLength,
  WASHER,
} from '../vitamins/fasteners.js'
import { sheet } from '../vitamins/stock.js'
import { megaMountScrews, rampsControllerLeaves } from './board-mount-mega.js'
import { CONTROL_CONTRACT } from './contract.js'
import {
  CONTACTOR_RAIL,
  dcBoxContents,
  EARTH_STUD_HOLE,
  EARTH_STUD_NODE,
  earthPointRings,
  earthStudLength,
  earthStudPlace,
  FAN_BRACKET,
  FAN_BRACKET_FROM_MIDDLE,
  FAN_SCREW,
  junctionBoxContents,
  junctionBoxFor,
  mainsSwitching,
  PANEL,
  PSU_HOOD,
  PSU_HOOD_HEIGHT,
  PSU_SCREW_REACH,
  panelBoltLength,
  powerPanelPlaces,
} from './dimensions.js'
import { FAN_BRACKET_BOLTS, FAN_MIDDLE, fanBracket } from './fan-bracket.js'
import { PSU_HOOD_BOSSES, PSU_HOOD_NOTCH, psuHood } from './psu-hood.js'

/**
 * The control panels: an aluminium sheet on each side face of the frame, below the Y axes,
 * bolted (M6) through the vertical steel (the angle bars' side legs, or the side panes' border).
 * The right one carries the power supply and the bed heater's relay, the left one the
 * controller on its printed mount. A panel's frame: a outward from the frame's side face, b
 * along the side (from the front on the right, from the rear on the left), c up from the floor.
 */
const M3 = METRIC.M3
const M4 = METRIC.M4
const M6 = METRIC.M6

/** Stepper drivers the machine needs: X, each Y motor, each Z, each motor of each head (the layout checks they fit). */
export function driverCount(layout: Layout): number {
  const { z } = layout.axes
  return 3 + z.front.length + z.rear.length + layout.toolHeads.count * layout.toolHeads.motorsEach
}

function panelGeometry(layout: Layout) {
  const { frame: f } = layout
  const { width: w, thickness: t } = f.profile
  // The layout makes the sides at least leastSideForPanels.
  const bottom = sideSteelEdge(f) + PANEL.above
  const bolts = [t + w / 2, f.outer.y - t - w / 2].flatMap((b) =>
    [bottom + PANEL.boltInset, bottom + PANEL.height - PANEL.boltInset].map((c) => [b, c] as const),
  )
  // Angle: on the bars' legs, t inside the connectors' faces; plate: on the pane.
  return { bottom, bolts, face: f.style === 'angle' ? -t : 0, steel: t, start: t, length: f.outer.y - 2 * t }
}

function sideFrame(layout: Layout, side: 'left' | 'right'): Mat4 {
  const { outer } = layout.frame
  return side === 'right'
    ? frame([outer.x, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1])
    : frame([0, outer.y, 0], [-1, 0, 0], [0, -1, 0], [0, 0, 1])
}

const corners = (x: number, y: number): [number, number][] => [
  [-x / 2, -y / 2],
  [x / 2, -y / 2],
  [-x / 2, y / 2],
  [x / 2, y / 2],
]

function mountScrews(): [number, number][] {
  const [x, y] = CONTROLLER.size
  const mx = x / 2 + PANEL.mount.margin / 2
  return [
    [-mx, -y / 4],
    [-mx, y / 4],
    [mx, -y / 4],
    [mx, y / 4],
  ]
}

/** The power supply's screws: the longest in the catalogue that, through the sheet, stays within its threads. */
export function psuScrewLength(): number {
  const length = STANDARD_SCREW_LENGTHS.filter((l) => l <= PANEL.thickness + PSU_SCREW_REACH).at(-1)
  if (length === undefined || length <= PANEL.thickness) throw new Error('no catalogue screw reaches the power supply')
  return length
}

/** How far the mount's bosses sink into its plate, so that they fuse with it. */
const BOSS_SINK = 1

/**
 * The printed mount the controller board sits on, one of two rails (the second turned half round
 * under the board's other end): two bosses on the board's holes, two M4 to the panel. The load
 * (the board's weight and its cables' pull) runs from each boss along its rail to the M4; the
 * board ties the rails, so nothing joins them under it. Each rail keeps the 6 mm plate and is
 * pocketed from the top between its M4 (see PANEL.mount).
 */
function controllerMount(): PrintedPart {
  const c = CONTROLLER
  const { plate, nutFrom, boss, bossDiameter, margin, railInside, pocket, pocketFloor } = PANEL.mount
  const [x, y] = c.size
  const bx = c.holes[0] / 2
  const bosses = [-1, 1].map((s) => [bx, (s * c.holes[1]) / 2] as const)
  const screws = mountScrews().filter(([px]) => px > 0)
  const solid = () => {
    const trap = nutFrom + M3.nutThickness
    return difference(
      union(
        box([bx - railInside, -y / 2, 0], [x / 2 + margin, y / 2, plate]),
        ...bosses.map(([px, py]) =>
          hole({
            axis: 'z',
            center: [px, py, plate + boss / 2 - BOSS_SINK / 2],
            length: boss + BOSS_SINK,
            diameter: bossDiameter,
          }),
        ),
      ),
      box([pocket.x[0], pocket.y[0], pocketFloor], [pocket.x[1], pocket.y[1], plate + 1]),
      ...bosses.flatMap(([px, py]) => {
        // The trap's ceiling bridges over one layer left across the hole (see SACRIFICIAL_LAYER).
        const from = trap + SACRIFICIAL_LAYER
        return [
          clearanceHole('M3', {
            axis: 'z',
            center: [px, py, (from + plate + boss + 1) / 2],
            length: plate + boss + 1 - from,
          }),
          nutTrap(M3, { axis: 'z', center: [px, py, (trap - 1) / 2], length: trap + 1 }),
        ]
      }),
      ...screws.map(([px, py]) => clearanceHole('M4', { axis: 'z', center: [px, py, plate / 2], length: plate + 2 })),
    )
  }
  return {
    name: 'controller-mount',
    description: `Controller mount, one of two rails: holds an end of the controller board (${x} x ${y} mm) on 2 bosses (M3), 2 x M4 to the control panel`,
    module: 'control',
    params: {},
    solid,
  }
}

/** A hole the panel carries for what is on it: where (b, c), its diameter and what it is for. */
interface PanelHole {
  readonly at: readonly [number, number]
  readonly diameter: number
  readonly purpose?: string
}

/** Holes of one diameter at these places, for what the panel carries (or `purpose`). */
const drilled = (holes: readonly (readonly [number, number])[], diameter: number, purpose?: string): PanelHole[] =>
  holes.map((at) => (purpose === undefined ? { at, diameter } : { at, diameter, purpose }))

/** A rectangular opening the panel carries: its centre (b, c), its size along b and c, and what it is for. */
interface PanelOpening {
  readonly at: readonly [number, number]
  readonly size: readonly [number, number]
  readonly purpose: string
}

const INTO = [-1, 0, 0] as const
const OUT = [1, 0, 0] as const
const B = [0, 1, 0] as const

/**
 * A panel: the sheet with its holes (its four M6 to the frame and `holes` for what it carries),
 * and the four M6 from outside, washer and nut inside the frame (panelBoltLength).
 */
function panelLeaves(
  layout: Layout,
  holes: readonly PanelHole[],
  what: string,
  check = '',
  openings: readonly PanelOpening[] = [],
): Leaf[] {
  const g = panelGeometry(layout)
  const at = (b: number, c: number) => `(${formatMm(b - g.start)}, ${formatMm(c - g.bottom)})`
  const diameters = [...new Set(holes.map((h) => h.diameter))]
  const drills = diameters.map((d) => {
    const these = holes.filter((h) => h.diameter === d)
    return `${these.length} ${these.length === 1 ? 'hole' : 'holes'} ${formatMm(d)} mm at ${these.map(({ at: [b, c] }) => at(b, c)).join(', ')}`
  })
  const cuts = openings.map(
    (o) => `cut 1 opening ${formatMm(o.size[0])} x ${formatMm(o.size[1])} mm centred at ${at(...o.at)} (${o.purpose})`,
  )
  const notes =
    `control panel, ${what}, ${formatMm(g.length)} x ${PANEL.height} mm: drill 4 holes ${formatMm(FITS.screwHole.M6)} mm at ${g.bolts.map(([b, c]) => at(b, c)).join(', ')} and ${drills.join(' and ')}${cuts.map((c) => `, and ${c}`).join('')}, from its front (right) or rear (left) lower corner${check}. ` +
    `Drill the sheet first; it is then the jig for the frame's vertical steel: clamp it in its place, its lower edge ${formatMm(g.bottom)} mm above the frame's underside and its ends ${formatMm(g.start)} mm inside the frame's front and rear faces, ` +
    `and at each of its ${formatMm(FITS.screwHole.M6)} mm holes ${jigDrilling("the sheet's hole")}, bolting each before drilling the next`
  const base = sheet(PANEL.thickness, g.length, PANEL.height, notes)
  const drill = (b: number, c: number, diameter: number) => ({ center: [b - g.start, c - g.bottom] as const, diameter })
  const cutout = ({ at: [b, c], size: [width, height], purpose }: PanelOpening): StockCutout => ({
    x: b - g.start,
    y: c - g.bottom,
    width,
    height,
    purpose,
  })
  // The sheet drilled through: one extrusion of its outline with the holes in it (openings cut from it).
  const mark = (b: number, c: number, diameter: number, purpose: string) => ({
    x: b - g.start,
    y: c - g.bottom,
    diameter,
    purpose,
    marked: true,
  })
  const piece: StockPiece = {
    ...base,
    drilled: {
      end: "the sheet's front end (right panel) or rear end (left panel)",
      faces: [
        {
          name: 'the sheet',
          width: PANEL.height,
          edge: "the sheet's lower edge",
          holes: [
            ...g.bolts.map(([b, c]) => mark(b, c, FITS.screwHole.M6, 'an M6 into the frame')),
            ...holes.map(({ at: [b, c], diameter, purpose }) => mark(b, c, diameter, purpose ?? what)),
          ],
          ...(openings.length > 0 ? { cutouts: openings.map(cutout) } : {}),
        },
      ],
    },
    shape: () => {
      const plate = drilledPlate(g.length, PANEL.height, 0, PANEL.thickness, [
        ...g.bolts.map(([b, c]) => drill(b, c, FITS.screwHole.M6)),
        ...holes.map(({ at: [b, c], diameter }) => drill(b, c, diameter)),
      ])
      if (openings.length === 0) return plate
      return difference(
        plate,
        ...openings.map((o) => {
          const { x, y, width, height } = cutout(o)
          return box([x - width / 2, y - height / 2, -1], [x + width / 2, y + height / 2, PANEL.thickness + 1])
        }),
      )
    },
  }
  const w = WASHER.M6.thickness
  const clamp = PANEL.thickness + g.steel + w
  const bolt = CAP_SCREW.part('M6', panelBoltLength(clamp))
  const inside = g.face - g.steel - w
  return [
    stock(piece, frame([g.face, g.start, g.bottom], B, [0, 0, 1], OUT)),
    ...g.bolts.flatMap(([b, c]) => [
      bought(bolt, aimed([g.face + PANEL.thickness, b, c], INTO, B)),
      bought(WASHER.part('M6'), aimed([inside, b, c], OUT, B)),
      bought(HEX_NUT.part('M6'), aimed([inside, b, c], INTO, B)),
    ]),
  ]
}

/**
 * The power panel's leaves (the right one; powerPanelPlaces): the sheet, the power supply (M3
 * from inside into its threads) and the printed hood over its terminal strip (4 x M3 with nuts
 * through the sheet), the emergency stop in its 22.3 mm hole, the mains inlet in its
 * opening (2 countersunk M3 with nuts; the C14 or the C20, see panelInlet), where a contactor
 * switches the mains the start button in its 22.3 mm hole and the contactor on its rail behind
 * the sheet (contactorLeaves), the junction box behind the sheet (junctionBoxLeaves) with a
 * grommet in each hole where mains wires leave it through the sheet, and, for a bed heated from
 * mains, the solid-state relay on end (2 x M4 with nuts), on its heat sink where its current
 * needs one.
 */
function powerPanelLeaves(layout: Layout): Leaf[] {
  const g = panelGeometry(layout)
  const out = g.face + PANEL.thickness
  const onPanel = (b: number, c: number, a: number) => frame([out + a, b, c], B, [0, 0, 1], OUT)
  const heating = bedHeating(layout.bed)
  const sink = heating.relayNeedsHeatSink
    ? SSR_HEAT_SINK.part(relayHeatSinkKPerW(heating.amps), heating.amps)
    : undefined
  const mains = mainsSwitching(heating)
  const places = powerPanelPlaces(
    g.length,
    layout.frame.profile.width,
    sink ? SSR_HEAT_SINK.size[0] : SSR.size[0],
    mains,
  )
  const atSheet = ([u, v]: readonly [number, number]) => [g.start + u, g.bottom + v] as const
  const [psuB, psuC] = atSheet(places.psu)
  const [ssrB, ssrC] = atSheet(places.relay)
  const [stopB, stopC] = atSheet(places.stop)
  const [inletB, inletC] = atSheet(places.inlet)
  const psuHoles = POWER_SUPPLY.holes.map(([hx, hy]) => [psuB + hx, psuC + hy] as const)
  // The hood's print frame: x along the panel towards the rear, y down it, z into it from its roof.
  const hoodB = g.start + places.psuStart
  const hoodAt = frame([out + PSU_HOOD_HEIGHT, hoodB, psuC], B, [0, 0, -1], INTO)
  const hoodHoles = PSU_HOOD_BOSSES.map(([x, y]) => [hoodB + x, psuC - y] as const)
  const hoodScrew = CAP_SCREW.part('M3', standardScrewLength(PSU_HOOD_HEIGHT + PANEL.thickness + M3.nutThickness + 1))
  // On end: the relay's holes, along its length, run up the panel.
  const ssrHoles = [-1, 1].map((s) => [ssrB, ssrC + (s * SSR.holeSpacing) / 2] as const)
  const { inlet } = mains
  const inletHoles = [-1, 1].map((s) => [inletB + (s * inlet.screwPitch) / 2, inletC] as const)
  const thread = POWER_SUPPLY.thread
  // The supply's threads stand off its middle along its length: the builder checks them on the supply in hand.
  const boxAt = atSheet(places.junctionBox)
  const supplyCheck = `the power supply's case starts ${formatMm(POWER_SUPPLY.size[0] / 2 + POWER_SUPPLY.holes[0][0])} mm before its first hole: check its ${psuHoles.length} holes against the supply's threads before drilling`
  const countersink = `countersink the junction box's 2 holes (${formatMm(places.junctionBox[0])} mm along) from outside for M3 countersunk screws (${COUNTERSUNK_M3.diameter} mm)`
  // The supply may stand past the sheet's rear end, as far as the rear steel lets its screws (psuOverhang).
  const past = places.psuStart + POWER_SUPPLY.size[0] - g.length - g.start
  const overhang =
    past > 0
      ? `; the power supply stands ${formatMm(past)} mm past the frame's rear face (its screws clear the rear steel)`
      : ''
  const check = `; ${supplyCheck}; ${countersink}${overhang}`
  // On its heat sink the relay stands the sink's depth off the panel; its screws clamp both.
  const lift = sink ? SSR_HEAT_SINK.size[2] : 0
  const ssrScrew = CAP_SCREW.part('M4', standardScrewLength(SSR.size[2] + lift + PANEL.thickness + M4.nutThickness + 1))
  // The relay only where the bed heater runs on mains; a 24 V bed is on the controller's bed output.
  const relay = heating.supply === 'mains'
  const holes = [
    ...drilled(psuHoles, FITS.screwHole[thread], 'the power supply'),
    ...drilled(hoodHoles, FITS.screwHole.M3, "the power supply's hood"),
    ...drilled([[stopB, stopC]], E_STOP.cutout, 'the emergency stop'),
    ...drilled(inletHoles, FITS.screwHole.M3, 'the mains inlet'),
    ...(relay ? drilled(ssrHoles, FITS.screwHole.M4, 'the relay') : []),
  ]
  const openings = [{ at: [inletB, inletC] as const, size: inlet.cutout, purpose: 'the mains inlet' }]
  const switched =
    places.start && places.contactor
      ? contactorLeaves(layout, atSheet(places.start), atSheet(places.contactor))
      : undefined
  const what = `power supply, emergency stop, mains inlet${switched ? ', start button, contactor' : ''}, junction box${relay ? ' and relay' : ''}`
  const box = junctionBoxLeaves(layout, boxAt, relay, mains.contactor)
  const grommets = [places.grommets.supply, ...(relay ? [places.grommets.relay] : [])].map(atSheet)
  const dcGrommet = atSheet(places.dcGrommet)
  return [
    ...panelLeaves(
      layout,
      [
        ...holes,
        ...(switched?.holes ?? []),
        ...box.holes,
        ...drilled(grommets, GROMMET.hole, 'a grommet, for mains wires from the junction box'),
        ...drilled([dcGrommet], GROMMET.hole, "a grommet, for the 24 V leads and the relay's control pair"),
        ...drilled(
          [earthStudAt(layout)],
          EARTH_STUD_HOLE,
          "round the earth stud's head (the stud goes through the steel only)",
        ),
      ],
      what,
      check,
      openings,
    ),
    ...(switched?.leaves ?? []),
    ...box.leaves,
    ...[...grommets, dcGrommet].map(([b, c]) => bought(GROMMET.part, onPanel(b, c, 0))),
    bought(POWER_SUPPLY.part, onPanel(psuB, psuC, 0)),
    ...psuHoles.map(([b, c]) => bought(CAP_SCREW.part(thread, psuScrewLength()), aimed([g.face, b, c], OUT, B))),
    printed(psuHood(), hoodAt),
    ...hoodHoles.flatMap(([b, c]) => [
      bought(hoodScrew, aimed([out + PSU_HOOD_HEIGHT, b, c], INTO, B)),
      bought(HEX_NUT.part('M3'), aimed([g.face, b, c], INTO, B)),
    ]),
    bought(E_STOP.part, onPanel(stopB, stopC, 0)),
    bought(inlet.part, onPanel(inletB, inletC, 0)),
    ...inletHoles.flatMap(([b, c]) => {
      const screw = COUNTERSUNK_M3.part(
        standardScrewLength(inlet.flange.thickness + PANEL.thickness + M3.nutThickness + 1),
      )
      return [
        bought(screw, aimed([out + inlet.flange.thickness, b, c], INTO, B)),
        bought(HEX_NUT.part('M3'), aimed([g.face, b, c], INTO, B)),
      ]
    }),
    ...(relay
      ? [
          ...(sink ? [bought(sink, frame([out, ssrB, ssrC], [0, 0, 1], [0, -1, 0], OUT))] : []),
          bought(SSR.part, frame([out + lift, ssrB, ssrC], [0, 0, 1], [0, -1, 0], OUT)),
          // Its terminal cover clips over its top, the screws' heads under it.
          bought(SSR_COVER.part, frame([out + lift + SSR.size[2], ssrB, ssrC], [0, 0, 1], [0, -1, 0], OUT), [
            ssrScrew.id,
          ]),
          ...ssrHoles.flatMap(([b, c]) => [
            bought(ssrScrew, aimed([out + lift + SSR.size[2], b, c], INTO, B)),
            bought(HEX_NUT.part('M4'), aimed([g.face, b, c], INTO, B)),
          ]),
        ]
      : []),
  ]
}

/**
 * Where a contactor switches the mains: the start button in its 22.3 mm hole beside the stop, and
 * behind the sheet the contactor on its piece of DIN rail (CONTACTOR_RAIL long, along the panel),
 * its coil circuit's fuse terminal beside it towards the panel's rear, the rail held by 2 M4 from
 * outside through the sheet and its slots, nuts on the rail; their terminals (IP20) face up and
 * down the panel.
 */
function contactorLeaves(
  layout: Layout,
  [startB, startC]: readonly [number, number],
  [railB, railC]: readonly [number, number],
): { holes: PanelHole[]; leaves: Leaf[] } {
  const g = panelGeometry(layout)
  const out = g.face + PANEL.thickness
  const rail = DIN_RAIL.part(CONTACTOR_RAIL)
  const screws = [-1, 1].map((s) => [railB + s * (CONTACTOR_RAIL / 2 - DIN_RAIL.screwIn), railC] as const)
  const screw = CAP_SCREW.part('M4', standardScrewLength(PANEL.thickness + DIN_RAIL.steel + M4.nutThickness + 1))
  // The rail's back on the sheet's inner face, its length along the panel, into the frame.
  const onRail = (b: number) => frame([g.face, b, railC], B, [0, 0, -1], INTO)
  const behind = onRail(railB)
  // Side by side in the middle of the rail: the contactor, then the fuse terminal.
  const contactorB = railB - FUSE_TERMINAL.size[0] / 2
  const fuseB = contactorB + (CONTACTOR.size[0] + FUSE_TERMINAL.size[0]) / 2
  return {
    holes: [
      ...drilled([[startB, startC]], START_BUTTON.cutout, 'the start button'),
      ...drilled(screws, FITS.screwHole.M4, "the contactor's rail"),
    ],
    leaves: [
      bought(START_BUTTON.part, frame([out, startB, startC], B, [0, 0, 1], OUT)),
      bought(rail, behind),
      // It clips over the rail.
      bought(CONTACTOR.part, onRail(contactorB), [rail.id]),
      bought(FUSE_TERMINAL.part, onRail(fuseB), [rail.id]),
      ...screws.flatMap(([b, c]) => [
        // Through one of the rail's slots (not drawn).
        bought(screw, aimed([out, b, c], INTO, B), [rail.id]),
        bought(HEX_NUT.part('M4'), aimed([g.face - DIN_RAIL.steel, b, c], INTO, B)),
      ]),
    ],
  }
}

/**
 * The supply's mains leads (L, N, earth) between the power panel's upper grommet and the hood's
 * notch, on the sheet's outside: their run, mm (Manhattan, from the grommet's middle to the
 * notch's middle at the hood's side wall facing it). The wiring sleeves them over it (wiring-safety.ts).
 */
export function supplyLeadsOutside(layout: Layout): number {
  const g = panelGeometry(layout)
  const heating = bedHeating(layout.bed)
  const relayLength = heating.relayNeedsHeatSink ? SSR_HEAT_SINK.size[0] : SSR.size[0]
  const places = powerPanelPlaces(g.length, layout.frame.profile.width, relayLength, mainsSwitching(heating))
  const [u, v] = places.grommets.supply
  const notchU = places.psuStart + PSU_HOOD_NOTCH.from + PSU_HOOD_NOTCH.width / 2
  const wall = POWER_SUPPLY.size[1] / 2 + FITS.psuHood + PSU_HOOD.wall
  const notchV = places.psu[1] + (v >= places.psu[1] ? wall : -wall)
  return Math.abs(notchU - u) + Math.abs(notchV - v)
}

/** The power panel's grommets where wires cross its sheet, in machine coordinates (each middle on the sheet's outer face). */
export interface PanelGrommets {
  /** The supply's mains leads (L, N, earth). */
  readonly supply: Vec3
  /** The relay's two mains wires, where the bed runs on mains. */
  readonly relay?: Vec3
  /** The 24 V leads and the relay's control pair (powerPanelPlaces' dcGrommet). */
  readonly dc: Vec3
}

export function panelGrommetsAt(layout: Layout): PanelGrommets {
  const g = panelGeometry(layout)
  const heating = bedHeating(layout.bed)
  const relayLength = heating.relayNeedsHeatSink ? SSR_HEAT_SINK.size[0] : SSR.size[0]
  const places = powerPanelPlaces(g.length, layout.frame.profile.width, relayLength, mainsSwitching(heating))
  const at = ([u, v]: readonly [number, number]) =>
    applyToPoint(sideFrame(layout, 'right'), [g.face + PANEL.thickness, g.start + u, g.bottom + v])
  return {
    supply: at(places.grommets.supply),
    ...(heating.supply === 'mains' ? { relay: at(places.grommets.relay) } : {}),
    dc: at(places.dcGrommet),
  }
}

/** The controller sheet's note on the 24 V box's holes, as the junction box's on the power panel. */
const DC_BOX_CHECK = `; countersink the 24 V box's 2 holes (on the sheet's middle) from outside for M3 countersunk screws (${COUNTERSUNK_M3.diameter} mm)`

/**
 * The 24 V box behind the controller panel (dcBox, sized for dcBoxContents): its base on the
 * sheet's inner face centred on the panel, its length up it, its lid into the frame; 2
 * countersunk M3 from outside (under the board), nuts inside the box; a grommet in the sheet's
 * hole at its middle, under the board's middle (between the Octopus mount's rails, or in the Mega
 * mount's window), where the board's leads leave the box through its base (DC_BOX_BASE_HOLE); an
 * M16 gland in its lower wall, halfway out, for the supply's 24 V leads and the relay's control pair.
 */
function dcBoxLeaves(layout: Layout, controller: Spec['controller']): { holes: PanelHole[]; leaves: Leaf[] } {
  const g = panelGeometry(layout)
  const b = layout.frame.outer.y / 2
  const c = g.bottom + PANEL.height / 2
  const box = dcBox(junctionBoxFor(dcBoxContents(controller), false))
  const [length, , depth] = box.size
  const half = length / 2 - BOX_SCREW_IN
  const screws = [c - half, c + half].map((v) => [b, v] as const)
  const screw = COUNTERSUNK_M3.part(standardScrewLength(PANEL.thickness + box.wall + M3.nutThickness + 1))
  return {
    holes: [
      ...drilled(screws, FITS.screwHole.M3, 'the 24 V box (countersunk from outside)'),
      ...drilled(
        [[b, c]],
        GROMMET.hole,
        `a grommet, for the 24 V leads out of the 24 V box (its base ${DC_BOX_BASE_HOLE} mm there)`,
      ),
    ],
    leaves: [
      bought(box.part, frame([g.face, b, c], [0, 0, 1], B, INTO)),
      bought(GROMMET.part, frame([g.face + PANEL.thickness, b, c], B, [0, 0, 1], OUT), [box.part.id]),
      ...screws.flatMap(([sb, sc]) => [
        bought(screw, aimed([g.face + PANEL.thickness, sb, sc], INTO, B), ['sheet-aluminium-3', box.part.id]),
        bought(HEX_NUT.part('M3'), aimed([g.face - box.wall, sb, sc], INTO, B), [box.part.id]),
      ]),
      bought(cableGland('M16'), frame([g.face - depth / 2, b, c - length / 2], B, OUT, [0, 0, -1]), [box.part.id]),
    ],
  }
}

/** The earth stud's place on the right side (b, c): earthStudPlace on the power panel's sheet. */
function earthStudAt(layout: Layout): readonly [number, number] {
  const g = panelGeometry(layout)
  const [u, v] = earthStudPlace(layout.frame.profile.width)
  return [g.start + u, g.bottom + v]
}

/**
 * The frame's earth stud (earthStudPlace): the M6 from outside, its head on the steel's outer face
 * in the sheet's hole; inside, its own nut (on a star washer, not drawn, on the bare steel), the
 * flat washer and the nut that clamps the earth rings between them (the rings not drawn).
 */
function earthStudLeaves(layout: Layout): Leaf[] {
  const g = panelGeometry(layout)
  const [b, c] = earthStudAt(layout)
  const rings = earthPointRings(bedHeating(layout.bed))
  const held = g.face - g.steel - EARTH_RING_M6.starWasher
  const washer = held - M6.nutThickness - WASHER.M6.thickness
  return [
    bought(CAP_SCREW.part('M6', earthStudLength(g.steel, rings)), aimed([g.face, b, c], INTO, B)),
    bought(HEX_NUT.part('M6'), aimed([held, b, c], INTO, B)),
    bought(WASHER.part('M6'), aimed([washer, b, c], OUT, B)),
    bought(HEX_NUT.part('M6'), aimed([washer, b, c], INTO, B)),
  ]
}

/** How far the junction box's 2 M3 stand in from its ends, along its length (ours: clear of its lid's corner screws). */
const BOX_SCREW_IN = 12

/** The glands' middles along the box's front wall, up the panel (ours: 26 mm apart, more than half an M16's and half an M20's width). */
const GLAND_PITCH = 26

/**
 * The junction box behind the power panel (junctionBoxFor what it holds, at powerPanelPlaces'
 * junctionBox): its base on the sheet's inner face, its length up the panel, its lid into the
 * frame; 2 countersunk M3 from outside, flush under the supply's case, nuts inside the box; on its
 * front wall (towards the panel's front end) its glands, halfway out from the sheet: the wires'
 * M16s and, where the bed runs on mains, its cord's M20; where a contactor switches the mains, 2
 * M16 more in its lower wall, side by side, for the contactor's poles and its coil circuit.
 */
function junctionBoxLeaves(layout: Layout, [b, c]: readonly [number, number], bedOnMains: boolean, contactor: boolean) {
  const g = panelGeometry(layout)
  const box = junctionBox(junctionBoxFor(junctionBoxContents(bedHeating(layout.bed), contactor)))
  const [length, width, depth] = box.size
  const half = length / 2 - BOX_SCREW_IN
  const screws = [c - half, c + half].map((v) => [b, v] as const)
  const screw = COUNTERSUNK_M3.part(standardScrewLength(PANEL.thickness + box.wall + M3.nutThickness + 1))
  const { wires, bedCord } = JUNCTION_BOX_GLANDS
  const glands = [
    ...Array.from({ length: wires.count }, () => wires.size),
    ...(bedOnMains ? Array.from({ length: bedCord.count }, () => bedCord.size) : []),
  ]
  const front = b - width / 2
  return {
    holes: drilled(screws, FITS.screwHole.M3, 'the junction box (countersunk from outside)'),
    leaves: [
      bought(box.part, frame([g.face, b, c], [0, 0, 1], B, INTO)),
      ...screws.flatMap(([sb, sc]) => [
        // Its head sinks into the sheet's countersink (not drawn), its tail into the box.
        bought(screw, aimed([g.face + PANEL.thickness, sb, sc], INTO, B), ['sheet-aluminium-3', box.part.id]),
        bought(HEX_NUT.part('M3'), aimed([g.face - box.wall, sb, sc], INTO, B), [box.part.id]),
      ]),
      ...glands.map((size, i) =>
        bought(
          cableGland(size),
          frame(
            [g.face - depth / 2, front, c + (i - (glands.length - 1) / 2) * GLAND_PITCH],
            [0, 0, 1],
            INTO,
            [0, -1, 0],
          ),
          [box.part.id],
        ),
      ),
      ...(contactor
        ? [-1, 1].map((s) =>
            bought(
              cableGland('M16'),
              frame([g.face - depth / 2, b + (s * GLAND_PITCH) / 2, c - length / 2], B, OUT, [0, 0, -1]),
              [box.part.id],
            ),
          )
        : []),
    ],
  }
}

/**
 * A frame at least this tall stands on the floor (ours: 0.9 m of frame on a 0.75 m bench would put
 * its top out of a standing adult's reach); shorter ones stand on a bench or table.
 */
const FLOOR_STANDING = 900

/** The second stop's middle above the floor, where the frame allows (ours: a standing adult's elbow height, within IEC 60204-1's 0.6 m and more). */
const SECOND_STOP_HEIGHT = 1000

/** The least height above the servicing level for a hand-operated control device, mm (IEC 60204-1, 10.1.2). */
export const LEAST_CONTROL_HEIGHT = 600

/**
 * Where the second emergency stop goes on a floor-standing machine (else none): in its box on the
 * right side's front vertical steel (the leg or border the panel's front bolts go through, on its
 * middle line), its middle SECOND_STOP_HEIGHT above the floor or as high as the top steel lets
 * the box; the box's 2 M6 through that steel (b, c on the right side).
 */
function secondStopPlace(layout: Layout) {
  const f = layout.frame
  if (f.outer.z < FLOOR_STANDING) return undefined
  const g = panelGeometry(layout)
  const [length] = STOP_BOX.size
  const top = f.outer.z - sideSteelEdge(f) - PANEL.above - length / 2
  const c = Math.min(SECOND_STOP_HEIGHT, top)
  const b = g.steel + f.profile.width / 2
  return { b, c, bolts: [-1, 1].map((s) => [b, c + s * (length / 2 - SECOND_STOP_BOLT_IN)] as const) }
}

/** The second stop box's M6 from its ends (ours: clear of its lid's corner screws). */
const SECOND_STOP_BOLT_IN = 15

/**
 * The second emergency stop (secondStopPlace), in series with the panel's: its box's base on the
 * vertical steel's outer face, the stop in its lid, an M16 gland in its lower wall for its cable;
 * 2 M6 from inside the box through its base and the steel, washer and nut inside the frame.
 */
function secondStopLeaves(layout: Layout): Leaf[] {
  const place = secondStopPlace(layout)
  if (!place) return []
  const g = panelGeometry(layout)
  const [length, , depth] = STOP_BOX.size
  const w = WASHER.M6.thickness
  const bolt = CAP_SCREW.part('M6', standardScrewLength(STOP_BOX.wall + g.steel + w + M6.nutThickness + 1))
  const inside = g.face - g.steel - w
  return [
    bought(STOP_BOX.part, frame([g.face, place.b, place.c], [0, 0, 1], [0, -1, 0], OUT)),
    bought(E_STOP.part, frame([g.face + depth, place.b, place.c], B, [0, 0, 1], OUT), [STOP_BOX.part.id]),
    // Its cable's gland in the box's lower wall, halfway out.
    bought(cableGland('M16'), frame([g.face + depth / 2, place.b, place.c - length / 2], B, OUT, [0, 0, -1]), [
      STOP_BOX.part.id,
    ]),
    ...place.bolts.flatMap(([b, c]) => [
      bought(bolt, aimed([g.face + STOP_BOX.wall, b, c], INTO, B), [STOP_BOX.part.id]),
      bought(WASHER.part('M6'), aimed([inside, b, c], OUT, B)),
      bought(HEX_NUT.part('M6'), aimed([inside, b, c], INTO, B)),
    ]),
  ]
}

/**
 * The controller fan on its printed bracket beside the board's end (FAN_BRACKET_FROM_MIDDLE),
 * blowing along the board over its drivers: the panel's 2 holes for the bracket's M4 and the
 * leaves (bracket, fan, 4 x M3 through the fan into nuts trapped in the bracket, 2 x M4 with nuts).
 */
function controllerFan(layout: Layout): { holes: PanelHole[]; leaves: Leaf[] } {
  const g = panelGeometry(layout)
  const out = g.face + PANEL.thickness
  const b0 = layout.frame.outer.y / 2 + FAN_BRACKET_FROM_MIDDLE
  const midC = g.bottom + PANEL.height / 2
  // The bracket's print frame: x up the panel, y out of it, z along it towards the board.
  const place = (x: number, y: number, z: number) => frame([out + y, b0 + z, midC + x], [0, 0, 1], OUT, B)
  const { wall, foot } = FAN_BRACKET
  const fanFace = wall + FAN_4010.thickness
  const half = FAN_4010.holeSpacing / 2
  const fanHoles = [-1, 1].flatMap((sx) => [-1, 1].map((sy) => [sx * half, FAN_MIDDLE[1] + sy * half] as const))
  const fanScrew = CAP_SCREW.part('M3', FAN_SCREW)
  const boltScrew = CAP_SCREW.part('M4', standardScrewLength(foot + PANEL.thickness + M4.nutThickness + 1))
  const bolts = FAN_BRACKET_BOLTS.map(([x, z]) => [b0 + z, midC + x] as const)
  const along = [0, -1, 0] as const
  return {
    holes: drilled(bolts, FITS.screwHole.M4, 'the controller fan'),
    leaves: [
      printed(fanBracket(), place(0, 0, 0)),
      bought(FAN_4010.part, place(FAN_MIDDLE[0], FAN_MIDDLE[1], wall)),
      ...fanHoles.flatMap(([x, y]) => [
        // It opens the layer the bracket prints over its hole at the nut trap's ceiling.
        bought(fanScrew, aimed([out + y, b0 + fanFace, midC + x], along, OUT), ['fan-bracket']),
        // Turned as its trap: flats square to the print frame's x, up the panel.
        bought(HEX_NUT.part('M3'), aimed([out + y, b0 + FITS.nut.thickness.snug / 2, midC + x], B, [0, 0, 1])),
      ]),
      ...bolts.flatMap(([b, c]) => [
        bought(boltScrew, aimed([out + foot, b, c], INTO, B)),
        bought(HEX_NUT.part('M4'), aimed([g.face, b, c], INTO, B)),
      ]),
    ],
  }
}

/**
 * Both control panels, one node on each side of the frame. Right: the power supply (M3 from
 * inside into its threads) and, for a bed heated from mains, the solid-state relay (2 x M4 with
 * nuts). Left: the controller on its mount (4 x M4 with nuts; the board's 4 x M3 into nuts in
 * the mount).
 */
export function controlPanels(layout: Layout, controller: Spec['controller'] = 'octopus'): AssemblyNode[] {
  const g = panelGeometry(layout)
  const mid = layout.frame.outer.y / 2
  const midC = g.bottom + PANEL.height / 2
  const out = g.face + PANEL.thickness
  const onPanel = (b: number, c: number, a: number) => frame([out + a, b, c], B, [0, 0, 1], OUT)

  const right = powerPanelLeaves(layout)
  const secondStop = secondStopLeaves(layout)

  const drivers = driverCount(layout)
  if (drivers > CONTROLLER.drivers) throw new Error(`${drivers} stepper drivers do not fit one controller board`)
  const { plate, nutFrom, boss } = PANEL.mount
  const pcb = plate + boss
  const mountHoles = mountScrews().map(([x, y]) => [mid + x, midC + y] as const)
  // Driver sockets in a row along the board, the first `drivers` of them filled.
  const socketPitch = (CONTROLLER.size[0] - 40) / (CONTROLLER.drivers - 1)
  const boardScrew = CAP_SCREW.part('M3', standardScrewLength(pcb + CONTROLLER.boardThickness - nutFrom + 1))
  const mountScrew = CAP_SCREW.part('M4', standardScrewLength(plate + PANEL.thickness + M4.nutThickness + 1))
  const fan = controllerFan(layout)
  const dc = dcBoxLeaves(layout, controller)
  const left: Leaf[] = [
    ...panelLeaves(
      layout,
      [...drilled(mountHoles, FITS.screwHole.M4), ...fan.holes, ...dc.holes],
      'controller and 24 V box',
      DC_BOX_CHECK,
    ),
    ...fan.leaves,
    ...dc.leaves,
    // The two rails: one part, the second turned half round about the board's middle.
    printed(controllerMount(), onPanel(mid, midC, 0)),
    printed(controllerMount(), multiply(onPanel(mid, midC, 0), rotation([0, 0, 180]))),
    bought(CONTROLLER.part, onPanel(mid, midC, pcb)),
    ...Array.from(
      { length: drivers },
      (_, i): Leaf => ({
        kind: 'bought',
        part: STEPPER_DRIVER.part,
        quantity: 1,
        transform: onPanel(mid - CONTROLLER.size[0] / 2 + 20 + i * socketPitch, midC, pcb + CONTROLLER.boardThickness),
        // Plugged into the board, among the parts its shape stands for.
        nests: [CONTROLLER.part.id],
      }),
    ),
    ...corners(CONTROLLER.holes[0], CONTROLLER.holes[1]).flatMap(([x, y]) => [
      // It opens the layer the mount prints over its hole at the nut trap's ceiling.
      bought(boardScrew, aimed([out + pcb + CONTROLLER.boardThickness, mid + x, midC + y], INTO, B), [
        'controller-mount',
      ]),
      bought(HEX_NUT.part('M3'), aimed([out + nutFrom + M3.nutThickness, mid + x, midC + y], INTO, B)),
    ]),
    ...mountHoles.flatMap(([b, c]) => [
      bought(mountScrew, aimed([out + plate, b, c], INTO, B)),
      bought(HEX_NUT.part('M4'), aimed([g.face, b, c], INTO, B)),
    ]),
  ]
  // The RAMPS (an Arduino Mega with its shield) on its own mount (board-mount-mega.ts).
  const rampsHoles = megaMountScrews().map(([x, y]) => [mid + x, midC + y] as const)
  const rampsLeft: Leaf[] = [
    ...panelLeaves(
      layout,
      [...drilled(rampsHoles, FITS.screwHole.M4), ...fan.holes, ...dc.holes],
      'controller and 24 V box',
      DC_BOX_CHECK,
    ),
    ...fan.leaves,
    ...dc.leaves,
    ...rampsControllerLeaves(
      (x, y, a) => onPanel(mid + x, midC + y, a),
      (x, y, a) => aimed([out + a, mid + x, midC + y], INTO, B),
      -PANEL.thickness,
    ),
  ]
  return [
    {
      name: 'control-panel-right',
      module: 'control',
      transform: sideFrame(layout, 'right'),
      leaves: right,
      children: [],
    },
    {
      name: 'control-panel-left',
      module: 'control',
      transform: sideFrame(layout, 'left'),
      leaves: controller === 'ramps' ? rampsLeft : left,
      children: [],
    },
    {
      name: EARTH_STUD_NODE,
      module: 'control',
      transform: sideFrame(layout, 'right'),
      leaves: earthStudLeaves(layout),
      children: [],
    },
    ...(secondStop.length > 0
      ? [
          {
            name: 'emergency-stop-high',
            module: 'control',
            transform: sideFrame(layout, 'right'),
            leaves: secondStop,
            children: [],
          },
        ]
      : []),
  ]
}

/** Holes the panels need in the frame's steel, machine coordinates on its side faces. */
export function panelDrillings(layout: Layout): { at: [number, number, number]; normal: 'x'; purpose: string }[] {
  const g = panelGeometry(layout)
  const { outer } = layout.frame
  const stop = (secondStopPlace(layout)?.bolts ?? []).map(([b, c]) => ({
    at: [outer.x, b, c] as [number, number, number],
    normal: 'x' as const,
    purpose: 'the second emergency stop',
  }))
  const [studB, studC] = earthStudAt(layout)
  return [
    ...stop,
    { at: [outer.x, studB, studC], normal: 'x' as const, purpose: "the frame's earth stud" },
    ...g.bolts.flatMap(([b, c]) => [
      { at: [outer.x, b, c] as [number, number, number], normal: 'x' as const, purpose: 'the control panel' },
      { at: [0, outer.y - b, c] as [number, number, number], normal: 'x' as const, purpose: 'the control panel' },
    ]),
  ]
}

export const CONTROL_MODULE: ControlModule = {
  name: 'control',
  role: 'control',
  contract: CONTROL_CONTRACT,
  build: ({ layout, spec }) => controlPanels(layout, spec.controller),
  drillings: ({ layout }) => panelDrillings(layout),
}
