import { box, difference, drilledPlate, hole, union } from '../../src/kernel/index.js'
import { aimed, frame, type Mat4, multiply, rotation } from '../../src/kernel/matrix.js'
import { type Layout, sideSteelEdge } from '../../src/layout/index.js'
import { clearanceHole, nutTrap, SACRIFICIAL_LAYER } from '../../src/parts/features.js'
import { FITS } from '../../src/parts/fits.js'
import { bought, printed, stock } from '../../src/parts/leaves.js'
import type { AssemblyNode, Leaf, PrintedPart, StockPiece } from '../../src/parts/types.js'
import { formatMm } from '../../src/spec/units.js'
import { bedHeating } from '../bed/dimensions.js'
import { jigDrilling } from '../frame/dimensions.js'
import type { ControlModule } from '../module.js'
import { CONTROLLER, POWER_SUPPLY, SSR, STEPPER_DRIVER } from '../vitamins/electronics.js'
import {
  CAP_SCREW,
  HEX_NUT,
  METRIC,
  STANDARD_SCREW_LENGTHS,
  standardScrewLength,
  WASHER,
} from '../vitamins/fasteners.js'
import { sheet } from '../vitamins/stock.js'
import { CONTROL_CONTRACT } from './contract.js'
import { HOLES_MIDDLE, PANEL, PSU_SCREW_REACH, SSR_FROM_PSU } from './dimensions.js'

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

/** A hole the panel carries for what is on it: where (b, c) and its diameter. */
interface PanelHole {
  readonly at: readonly [number, number]
  readonly diameter: number
}

const INTO = [-1, 0, 0] as const
const OUT = [1, 0, 0] as const
const B = [0, 1, 0] as const

/**
 * A panel: the sheet with its holes (its four M6 to the frame and `holes` for what it carries),
 * and the four M6 from outside, washer and nut inside the frame.
 */
function panelLeaves(layout: Layout, holes: readonly PanelHole[], what: string, check = ''): Leaf[] {
  const g = panelGeometry(layout)
  const at = (b: number, c: number) => `(${formatMm(b - g.start)}, ${formatMm(c - g.bottom)})`
  const diameters = [...new Set(holes.map((h) => h.diameter))]
  const drills = diameters.map((d) => {
    const these = holes.filter((h) => h.diameter === d)
    return `${these.length} holes ${formatMm(d)} mm at ${these.map(({ at: [b, c] }) => at(b, c)).join(', ')}`
  })
  const notes =
    `control panel, ${what}, ${formatMm(g.length)} x ${PANEL.height} mm: drill 4 holes ${formatMm(FITS.screwHole.M6)} mm at ${g.bolts.map(([b, c]) => at(b, c)).join(', ')} and ${drills.join(' and ')}, from its front (right) or rear (left) lower corner${check}. ` +
    `Drill the sheet first; it is then the jig for the frame's vertical steel: clamp it in its place, its lower edge ${formatMm(g.bottom)} mm above the frame's underside and its ends ${formatMm(g.start)} mm inside the frame's front and rear faces, ` +
    `and at each of its ${formatMm(FITS.screwHole.M6)} mm holes ${jigDrilling("the sheet's hole")}, bolting each before drilling the next`
  const base = sheet(PANEL.thickness, g.length, PANEL.height, notes)
  const drill = (b: number, c: number, diameter: number) => ({ center: [b - g.start, c - g.bottom] as const, diameter })
  // The sheet drilled through: one extrusion of its outline with the holes in it, no boolean.
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
            ...holes.map(({ at: [b, c], diameter }) => mark(b, c, diameter, what)),
          ],
        },
      ],
    },
    shape: () =>
      drilledPlate(g.length, PANEL.height, 0, PANEL.thickness, [
        ...g.bolts.map(([b, c]) => drill(b, c, FITS.screwHole.M6)),
        ...holes.map(({ at: [b, c], diameter }) => drill(b, c, diameter)),
      ]),
  }
  const w = WASHER.M6.thickness
  const bolt = CAP_SCREW.part('M6', standardScrewLength(PANEL.thickness + g.steel + w + M6.nutThickness + 1))
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
 * Both control panels, one node on each side of the frame. Right: the power supply (M3 from
 * inside into its threads) and, for a bed heated from mains, the solid-state relay (2 x M4 with
 * nuts). Left: the controller on its mount (4 x M4 with nuts; the board's 4 x M3 into nuts in
 * the mount).
 */
export function controlPanels(layout: Layout): AssemblyNode[] {
  const g = panelGeometry(layout)
  const mid = layout.frame.outer.y / 2
  const midC = g.bottom + PANEL.height / 2
  const out = g.face + PANEL.thickness
  const onPanel = (b: number, c: number, a: number) => frame([out + a, b, c], B, [0, 0, 1], OUT)

  // The holes of both, centred between the steel they must clear (the bars' legs or the pane's border).
  const psuB = mid - HOLES_MIDDLE
  const ssrB = psuB + SSR_FROM_PSU
  const psuHoles = POWER_SUPPLY.holes.map(([hx, hy]) => [psuB + hx, midC + hy] as const)
  const ssrHoles = [-1, 1].map((s) => [ssrB + (s * SSR.holeSpacing) / 2, midC] as const)
  const thread = POWER_SUPPLY.thread
  const drilled = (holes: readonly (readonly [number, number])[], diameter: number) =>
    holes.map((at) => ({ at, diameter }))
  const psuDrilled = drilled(psuHoles, FITS.screwHole[thread])
  // The supply's threads stand off its middle along its length: the builder checks them on the supply in hand.
  const check = `; the power supply's case starts ${formatMm(POWER_SUPPLY.size[0] / 2 + POWER_SUPPLY.holes[0][0])} mm before its first hole: check its ${psuHoles.length} holes against the supply's threads before drilling`
  const ssrScrew = CAP_SCREW.part('M4', standardScrewLength(SSR.size[2] + PANEL.thickness + M4.nutThickness + 1))
  // The relay only where the bed heater runs on mains; a 24 V bed is on the controller's bed output.
  const relay = bedHeating(layout.bed).supply === 'mains'
  const right: Leaf[] = [
    ...(relay
      ? panelLeaves(layout, [...psuDrilled, ...drilled(ssrHoles, FITS.screwHole.M4)], 'power supply and relay', check)
      : panelLeaves(layout, psuDrilled, 'power supply', check)),
    bought(POWER_SUPPLY.part, onPanel(psuB, midC, 0)),
    ...psuHoles.map(([b, c]) => bought(CAP_SCREW.part(thread, psuScrewLength()), aimed([g.face, b, c], OUT, B))),
    ...(relay
      ? [
          bought(SSR.part, onPanel(ssrB, midC, 0)),
          ...ssrHoles.flatMap(([b, c]) => [
            bought(ssrScrew, aimed([out + SSR.size[2], b, c], INTO, B)),
            bought(HEX_NUT.part('M4'), aimed([g.face, b, c], INTO, B)),
          ]),
        ]
      : []),
  ]

  const drivers = driverCount(layout)
  if (drivers > CONTROLLER.drivers) throw new Error(`${drivers} stepper drivers do not fit one controller board`)
  const { plate, nutFrom, boss } = PANEL.mount
  const pcb = plate + boss
  const mountHoles = mountScrews().map(([x, y]) => [mid + x, midC + y] as const)
  // Driver sockets in a row along the board, the first `drivers` of them filled.
  const socketPitch = (CONTROLLER.size[0] - 40) / (CONTROLLER.drivers - 1)
  const boardScrew = CAP_SCREW.part('M3', standardScrewLength(pcb + CONTROLLER.boardThickness - nutFrom + 1))
  const mountScrew = CAP_SCREW.part('M4', standardScrewLength(plate + PANEL.thickness + M4.nutThickness + 1))
  const left: Leaf[] = [
    ...panelLeaves(layout, drilled(mountHoles, FITS.screwHole.M4), 'controller'),
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
  return [
    {
      name: 'control-panel-right',
      module: 'control',
      transform: sideFrame(layout, 'right'),
      leaves: right,
      children: [],
    },
    { name: 'control-panel-left', module: 'control', transform: sideFrame(layout, 'left'), leaves: left, children: [] },
  ]
}

/** Holes the panels need in the frame's steel, machine coordinates on its side faces. */
export function panelDrillings(layout: Layout): { at: [number, number, number]; normal: 'x'; purpose: string }[] {
  const g = panelGeometry(layout)
  const { outer } = layout.frame
  return g.bolts.flatMap(([b, c]) => [
    { at: [outer.x, b, c] as [number, number, number], normal: 'x' as const, purpose: 'the control panel' },
    { at: [0, outer.y - b, c] as [number, number, number], normal: 'x' as const, purpose: 'the control panel' },
  ])
}

export const CONTROL_MODULE: ControlModule = {
  name: 'control',
  role: 'control',
  contract: CONTROL_CONTRACT,
  build: ({ layout }) => controlPanels(layout),
  drillings: ({ layout }) => panelDrillings(layout),
}
