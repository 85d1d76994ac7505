import { box, difference, hole, union } from '../../src/kernel/index.js'
import type { Mat4 } from '../../src/kernel/matrix.js'
import { clearanceHole, nutTrap, SACRIFICIAL_LAYER } from '../../src/parts/features.js'
import { bought, printed } from '../../src/parts/leaves.js'
import type { BoughtPart, Leaf, PrintedPart } from '../../src/parts/types.js'
import { extraShape, MEGA, RAMPS, RAMPS_EXTRAS } from '../vitamins/controller-ramps.js'
import { STEPPER_DRIVER } from '../vitamins/electronics.js'
import { CAP_SCREW, HEX_NUT, METRIC, standardScrewLength } from '../vitamins/fasteners.js'
import { PANEL } from './dimensions.js'

/**
 * The printed mount of the RAMPS controller (an Arduino Mega 2560 with its RAMPS 1.4 shield) on
 * the left control panel: one plate under the Mega, four bosses on the Mega's mounting holes
 * (Arduino's Mega 2560 Rev3 drawing, modules/vitamins/controller-ramps.ts) with M3 nut traps from
 * below, and four M4 to the panel past the board's ends. The plate, bosses and nut traps are the
 * Octopus mount's (PANEL.mount); a window through the plate between the bosses saves filament.
 * Its frame: x along the board, y across it, z up from the panel.
 */
const M3 = METRIC.M3
const M4 = METRIC.M4
const [ALONG, ACROSS] = MEGA.size
/** How far the bosses sink into the plate, so that they fuse with it (as the Octopus mount's). */
const BOSS_SINK = 1
/** Ours: the wall the window and the plate's edges leave round each boss, past its radius. */
const WALL = 3
const BOSS_CLEAR = PANEL.mount.bossDiameter / 2 + WALL

/** The window between the bosses: within the innermost bosses' columns and rows, less BOSS_CLEAR. */
const WINDOW = {
  x: [
    Math.max(...MEGA.holes.filter(([x]) => x < 0).map(([x]) => x)) + BOSS_CLEAR,
    Math.min(...MEGA.holes.filter(([x]) => x > 0).map(([x]) => x)) - BOSS_CLEAR,
  ],
  y: Math.min(...MEGA.holes.map(([, y]) => Math.abs(y))) - BOSS_CLEAR,
} as const

/** The plate's half width: the board's, or BOSS_CLEAR past the outer holes (a wall round their nut traps). */
const HALF_WIDTH = Math.max(ACROSS / 2, ...MEGA.holes.map(([, y]) => Math.abs(y) + BOSS_CLEAR))

/** The M4 to the panel: past each end of the board, a quarter of its width either side of its middle. */
export function megaMountScrews(): [number, number][] {
  const mx = ALONG / 2 + PANEL.mount.margin / 2
  return [-1, 1].flatMap((sx) => [-1, 1].map((sy): [number, number] => [sx * mx, (sy * ACROSS) / 4]))
}

export function megaMount(): PrintedPart {
  const { plate, nutFrom, boss, bossDiameter, margin } = PANEL.mount
  const solid = () => {
    const trap = nutFrom + M3.nutThickness
    const from = trap + SACRIFICIAL_LAYER
    return difference(
      union(
        box([-ALONG / 2 - margin, -HALF_WIDTH, 0], [ALONG / 2 + margin, HALF_WIDTH, plate]),
        ...MEGA.holes.map(([x, y]) =>
          hole({
            axis: 'z',
            center: [x, y, plate + boss / 2 - BOSS_SINK / 2],
            length: boss + BOSS_SINK,
            diameter: bossDiameter,
          }),
        ),
      ),
      box([WINDOW.x[0], -WINDOW.y, -1], [WINDOW.x[1], WINDOW.y, plate + 1]),
      ...MEGA.holes.flatMap(([x, y]) => [
        // The trap's ceiling bridges over one layer left across the hole (see SACRIFICIAL_LAYER).
        clearanceHole('M3', {
          axis: 'z',
          center: [x, y, (from + plate + boss + 1) / 2],
          length: plate + boss + 1 - from,
        }),
        nutTrap(M3, { axis: 'z', center: [x, y, (trap - 1) / 2], length: trap + 1 }),
      ]),
      ...megaMountScrews().map(([x, y]) =>
        clearanceHole('M4', { axis: 'z', center: [x, y, plate / 2], length: plate + 2 }),
      ),
    )
  }
  return {
    name: 'controller-mount-mega',
    description: `Controller mount for the Arduino Mega 2560 (${ALONG} x ${ACROSS} mm) with its RAMPS 1.4: 4 bosses on the Mega's holes (M3), 4 x M4 to the control panel`,
    module: 'control',
    params: {},
    solid,
  }
}

const small = (p: { id: string; description: string; grams: number; size: readonly number[] }): BoughtPart => ({
  id: p.id,
  description: p.description,
  grams: p.grams,
  shape: extraShape(p.size),
})

/**
 * The left panel's RAMPS controller: the mount, the Mega on its bosses (4 x M3 from above into the
 * mount's nuts), the shield on the Mega, five drivers in its sockets, the 24 V and homing extras
 * (over the drivers, in the shield's envelope, among the parts its shape stands for), and the
 * 4 x M4 with nuts through the panel. `onPanel(x, y, a)` places a part at board position x, y,
 * `a` out from the panel; `into(x, y, a)` aims a screw into the panel there; `inside` is the
 * panel's inner face, as `a`.
 */
export function rampsControllerLeaves(
  onPanel: (x: number, y: number, a: number) => Mat4,
  into: (x: number, y: number, a: number) => Mat4,
  inside: number,
): Leaf[] {
  const { plate, nutFrom, boss } = PANEL.mount
  const pcb = plate + boss
  const shieldTop = pcb + MEGA.thickness + RAMPS.over + 1.6
  const boardScrew = CAP_SCREW.part('M3', standardScrewLength(pcb + MEGA.thickness - nutFrom + 1))
  const mountScrew = CAP_SCREW.part('M4', standardScrewLength(plate + PANEL.thickness + M4.nutThickness + 1))
  const nested = (part: BoughtPart, at: Mat4, quantity = 1): Leaf => ({
    kind: 'bought',
    part,
    quantity,
    transform: at,
    nests: [RAMPS.part.id],
  })
  const pitch = (ALONG - 30) / (RAMPS.drivers - 1)
  const above = shieldTop + STEPPER_DRIVER.size[2]
  const extras = [
    [RAMPS_EXTRAS.usbCable, -20, 0],
    [RAMPS_EXTRAS.bedFuse, 26, -12],
    [RAMPS_EXTRAS.zSeries, 26, 10],
    [RAMPS_EXTRAS.probeDiode, 10, -3],
  ] as const
  const wire = RAMPS_EXTRAS.jumperWires
  return [
    printed(megaMount(), onPanel(0, 0, 0)),
    bought(MEGA.part, onPanel(0, 0, pcb)),
    bought(RAMPS.part, onPanel(0, 0, pcb + MEGA.thickness)),
    ...Array.from({ length: RAMPS.drivers }, (_, i) =>
      nested(STEPPER_DRIVER.part, onPanel(-ALONG / 2 + 15 + i * pitch, 0, shieldTop)),
    ),
    ...extras.map(([e, x, y]) => nested(small(e), onPanel(x, y, above))),
    nested(small(wire), onPanel(26, -3, above), wire.count),
    ...MEGA.holes.flatMap(([x, y]) => [
      // It opens the layer the mount prints over its hole at the nut trap's ceiling.
      bought(boardScrew, into(x, y, pcb + MEGA.thickness), ['controller-mount-mega']),
      bought(HEX_NUT.part('M3'), into(x, y, nutFrom + M3.nutThickness)),
    ]),
    ...megaMountScrews().flatMap(([x, y]) => [
      bought(mountScrew, into(x, y, plate)),
      bought(HEX_NUT.part('M4'), into(x, y, inside)),
    ]),
  ]
}
