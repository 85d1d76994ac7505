import { box, difference, type Solid, union } from '../../src/kernel/index.js'
import { FITS } from '../../src/parts/fits.js'
import type { BoughtPart } from '../../src/parts/types.js'
import { RAMPS, RAMPS_SETUP } from './controller-ramps.js'
import { METRIC } from './fasteners.js'
import { circleArea, DENSITY, gramsOf } from './mass.js'
import { OVERRUN, tube, zCylinder, zHole, zThrough } from './solids.js'

/**
 * Electronics, as bought. Each is one object: its real dimensions (sources in
 * ../shared/reference/d3d-design-facts.md and docs/design.md) and `part`, its BOM line and its
 * shape in its own frame, or the function of its size that gives them.
 */

/** A box of this size on z = 0, centred on the Z axis. */
const standing = ([x, y, z]: readonly [number, number, number]): Solid => box([-x / 2, -y / 2, 0], [x / 2, y / 2, z])

/** A controller board's power inputs (what feeds each) and the jumpers the builder sets, with the board's manual. */
export interface BoardSetup {
  readonly source: string
  readonly powerInputs: readonly { readonly name: string; readonly label: string; readonly feeds: string }[]
  /** `sockets`: the jumper goes under each driver socket in use, or only under those homed sensorless. */
  readonly jumpers: readonly {
    readonly where: string
    readonly set: string
    readonly why: string
    readonly sockets?: 'used' | 'sensorless'
  }[]
}

/**
 * The controller board (Octopus class): 8 stepper driver sockets, size, mounting holes, and the
 * height of its parts over the board, which stand 9 mm in from its edges. It lies on z = 0 (its
 * underside), centred.
 */
export const CONTROLLER = {
  size: [160, 100],
  holes: [150, 90],
  holeDiameter: 3.2,
  boardThickness: 1.6,
  partsInset: 9,
  height: 22,
  drivers: 8,
  setup: {
    source:
      "BIGTREETECH Octopus user guide (BIGTREETECH_Octopus_EN_updated_0719.pdf: 2.1 power wiring, 2.7 probe port, 3.2 UART mode); BTT's Octopus Pro README (the v1.0/v1.1 probe port takes PNP switches only); TeamGloomy's Octopus Pro page (DIAG jumpers beside the endstop inputs); the Voron documentation, Octopus v1.0/v1.1 wiring (the probe's signal through a BAT85 to STOP_7, its + and - on the probe port)",
    powerInputs: [
      {
        name: 'main power',
        label: 'POWER',
        feeds: "the board's logic and regulators, the hot-end heaters and the fans",
      },
      { name: 'motor power', label: 'MOTOR_POWER', feeds: 'the stepper drivers' },
      { name: 'bed power', label: 'BED_POWER', feeds: 'the bed output' },
    ],
    jumpers: [
      {
        where: 'UART, under each driver socket in use',
        set: 'one jumper on the UART position; none on the microstep pins',
        why: "the firmware sets the TMC2209s' current and microsteps over UART",
        sockets: 'used',
      },
      {
        where: 'DIAG, beside the endstop input of each socket homed sensorless',
        set: 'one jumper on DIAG',
        why: "it joins the driver's stall output to the socket's endstop input (the firmware's diag_pin)",
        sockets: 'sensorless',
      },
      {
        where: 'fan voltage, beside each fan output in use',
        set: 'VIN (24 V)',
        why: "the fans are 24 V (the board's 12 V or 5 V would under-run them)",
      },
      {
        where: 'probe voltage, beside the probe port',
        set: 'VIN (24 V)',
        why: "the inductive probe takes its + and - from the probe port's power pins and runs on 24 V (its catalogue range 5-24 V); its signal goes through the BAT85 to STOP_7, not to the probe port, whose v1.1 input (through an optocoupler) reads a PNP switch only, and the probe is NPN",
      },
      {
        where: 'DIAG, beside STOP_7 (Driver7)',
        set: 'none',
        why: "STOP_7 reads the probe; a DIAG jumper would join Driver7's stall output to it",
      },
    ],
  } satisfies BoardSetup,
  part: {
    id: 'controller-8-drivers',
    description:
      '32-bit printer controller board, 24 V, 160 x 100 mm, 8 stepper driver sockets (BTT Octopus class), with its USB and power connectors',
    /** Ours: a 160 x 100 mm four-layer board with its connectors, about what such boards weigh. */
    grams: 150,
    shape: controllerShape,
  },
} as const

/** Each board's setup by its catalogue id (the board given to the wiring). */
export const BOARD_SETUPS: Readonly<Record<string, BoardSetup>> = {
  [CONTROLLER.part.id]: CONTROLLER.setup,
  [RAMPS.part.id]: RAMPS_SETUP,
}

function controllerShape(): Solid {
  const c = CONTROLLER
  const [x, y] = c.size
  const [hx, hy] = c.holes
  const inset = c.partsInset
  const holes = [-1, 1].flatMap((sx) => [-1, 1].map((sy) => [(sx * hx) / 2, (sy * hy) / 2] as const))
  return union(
    difference(
      standing([x, y, c.boardThickness]),
      ...holes.map((at) => zThrough(at, 0, c.boardThickness, c.holeDiameter)),
    ),
    box([-x / 2 + inset, -y / 2 + inset, c.boardThickness], [x / 2 - inset, y / 2 - inset, c.height]),
  )
}

/** A stepper driver module, plugged into the controller: 15 x 20 board, 14 tall with its heat sink. */
export const STEPPER_DRIVER = {
  size: [15, 20, 14],
  part: {
    id: 'stepper-driver-tmc2209',
    description: 'Stepper driver module TMC2209 (UART, sensorless homing), with heat sink',
    /** Ours: a small board with its aluminium heat sink. */
    grams: 8,
    shape: (): Solid => standing(STEPPER_DRIVER.size),
  },
} as const

/**
 * A 24 V enclosed supply of the catalogue: its rated power and current (Mean Well's LRS series
 * data: LRS-150-24 6.5 A, LRS-350-24 14.6 A at 24 V), its case (L x W x H: LRS-150 159 x 97 x 30,
 * LRS-350 215 x 115 x 30, Mean Well's LRS-150 and LRS-350 data sheets), its weight (the same data
 * sheets: 420 g and 760 g) and its input efficiency at full load (ours: 0.88, the low end of the
 * LRS data sheets' 88-91 %, so the mains current is not understated).
 */
export interface SupplyRating {
  readonly id: string
  readonly watts: number
  readonly amps: number
  readonly case: readonly [number, number, number]
  readonly efficiency: number
  readonly grams: number
}

/** The catalogue, least first: the electrical model takes the least that carries the 24 V load with its margin. */
export const SUPPLIES: readonly SupplyRating[] = [
  /** 420 g: Mean Well's LRS-150 data sheet. */
  { id: 'psu-24v-150w', watts: 156, amps: 6.5, case: [159, 97, 30], efficiency: 0.88, grams: 420 },
  /** 760 g: Mean Well's LRS-350 data sheet. */
  { id: 'psu-24v-350w', watts: 350.4, amps: 14.6, case: [215, 115, 30], efficiency: 0.88, grams: 760 },
]

/**
 * The supply the control panel holds, the catalogue's LRS-150-24 class: 159 x 97 x 30, lying on
 * its underside (z = 0), centred. The underside has 2 x M3 threads that a screw may enter at most
 * 3 mm (Mean Well's LRS-150 data sheet: "2-M3 L=3.0"; its "3-M3 L=5" is the terminal side's wall),
 * 24 and 102 mm from the terminal end and 32 mm in from the terminals' long side (a public table of
 * PSU mountings measured on Mean Well's own 3D model, LRS-150(230808).stp).
 */
export const POWER_SUPPLY = {
  rating: SUPPLIES[0],
  size: SUPPLIES[0].case,
  thread: 'M3',
  /** Least x first (the control panel spans its holes from it). */
  holes: [
    [159 / 2 - 135, 32 - 97 / 2],
    [159 / 2 - 57, 32 - 97 / 2],
  ],
  threadDepth: 3,
  part: {
    id: SUPPLIES[0].id,
    description:
      'Power supply 24 V 150 W (6.5 A), enclosed (Mean Well LRS-150-24 or equal, 159 x 97 x 30 mm), M3 mounting threads in its underside',
    grams: SUPPLIES[0].grams,
    shape: (): Solid => {
      const p = POWER_SUPPLY
      return difference(
        standing(p.size),
        ...p.holes.map((at) => zHole(at, -OVERRUN, p.threadDepth, METRIC[p.thread].diameter)),
      )
    },
  },
} as const

/** Solid-state relay for the mains bed heater, on z = 0, centred; its two M4 holes 47.6 apart along x. */
export const SSR = {
  size: [62, 45, 23],
  holeSpacing: 47.6,
  part: {
    id: 'ssr-25da',
    description: 'Solid-state relay SSR-25DA (3-32 V DC in, 24-380 V AC out), switches the mains bed heater',
    /** Ours: the relay's usual 62 x 45 x 23 mm epoxy-filled case on its metal base, about 100 g. */
    grams: 100,
    shape: (): Solid => {
      const height = SSR.size[2]
      const holes = [-1, 1].map((s) => [(s * SSR.holeSpacing) / 2, 0] as const)
      return difference(standing(SSR.size), ...holes.map((at) => zThrough(at, 0, height, METRIC.M4.clearance)))
    },
  },
} as const

/**
 * The relay's terminal cover: a clip-on cover over its top face that shrouds its four screw
 * terminals (the load screws 1 and 2 at 24-380 V AC), for 62 x 45 mm panel-mount relays (IP20
 * class, e.g. Crydom KS100; not every SSR-25DA is sold with one). Drawn as its envelope (ours: the
 * relay's outline and 12 mm over its top, about the height of a terminal screw with its fork), on
 * z = 0 (the relay's top), centred, its length along x as the relay's.
 */
export const SSR_COVER = {
  size: [SSR.size[0], SSR.size[1], 12] as const,
  part: {
    id: 'ssr-terminal-cover',
    description:
      "Terminal cover for the SSR-25DA, clip-on, IP20 class (the relay's own where it comes with one, else one for 62 x 45 mm panel-mount relays, e.g. Crydom KS100): over its load terminals before the plug goes in",
    /** Ours: a moulded polycarbonate cover, about 10 g. */
    grams: 10,
    shape: (): Solid => standing(SSR_COVER.size),
  },
} as const

/**
 * The relay's thermal figures: SSR-25DA class relays drop at most 1.6 V when on; their case at
 * most 80 C (ours) in 40 C air (relays are rated at 40 C, [G3NB] in builder-rules.md section 5).
 */
export const RELAY_HEAT = { dropVolts: 1.6, caseMaxC: 80, ambientC: 40 } as const

/** The thermal resistance, K/W, a heat sink (with its interface) must have at most for the relay to carry `amps`. */
export const relayHeatSinkKPerW = (amps: number): number =>
  (RELAY_HEAT.caseMaxC - RELAY_HEAT.ambientC) / (RELAY_HEAT.dropVolts * amps)

/**
 * The relay's heat sink, where the bed's current needs one: extruded aluminium, 100 mm along the
 * relay and as wide as it (45 mm, so that it stands where the relay does), 40 deep (ours), its 2
 * mm fins towards the panel and along the relay's length (upright on the panel: air rises between
 * them), a 5 mm base the relay sits on, drilled for its 2 M4, which clamp relay, sink and panel
 * together through an 8 mm channel between the middle fins. Its rating the part names: the most its thermal resistance
 * may be for this machine's current (relayHeatSinkKPerW). It lies on z = 0 (the fins' edges),
 * centred, its length along x.
 */
export const SSR_HEAT_SINK = {
  size: [100, SSR.size[1], 40] as const,
  base: 5,
  fin: 2,
  /** The fins' middles across y, each side of the channel. */
  fins: [5, 11, 17],
  part: (kPerW: number, amps: number): BoughtPart => {
    const { size, base, fin, fins } = SSR_HEAT_SINK
    const [x, y, z] = size
    const finBoxes = fins
      .flatMap((f) => [-f, f])
      .map((f) => box([-x / 2, f - fin / 2, 0], [x / 2, f + fin / 2, z - base]))
    const watts = Math.round(amps * RELAY_HEAT.dropVolts * 10) / 10
    return {
      id: 'ssr-heat-sink',
      description: `Heat sink for the SSR-25DA, extruded aluminium, ${x} x ${y} x ${z} mm, finned, drilled for the relay's 2 M4, its fins upright (along the relay, up the panel) for air to rise between them: at most ${Math.round(kPerW * 10) / 10} K/W with thermal paste (verify on the data sheet of the sink bought) (${Math.round(amps * 10) / 10} A x ${RELAY_HEAT.dropVolts} V = ${watts} W, the case at most ${RELAY_HEAT.caseMaxC} C in ${RELAY_HEAT.ambientC} C air)`,
      /** Aluminium: its base and fins as drawn. */
      grams: gramsOf(x * y * base + 2 * fins.length * x * fin * (z - base), DENSITY.aluminium),
      shape: (): Solid => {
        const holes = [-1, 1].map((s) => [(s * SSR.holeSpacing) / 2, 0] as const)
        return difference(
          union(box([-x / 2, -y / 2, z - base], [x / 2, y / 2, z]), ...finBoxes),
          ...holes.map((at) => zThrough(at, z - base, z, METRIC.M4.clearance)),
        )
      },
    }
  },
} as const

/**
 * The bed plate's earth bond under the plate (a mains bed): 2 star washers (DIN 6798 A 3.2: 6.0
 * mm outside, 0.4 mm thick), the bed earth wire's M3 ring terminal between them (ours: an
 * insulated ring of about 6 mm outside, 0.8 mm thick; the wire's gauge is in wiring.csv), on an
 * M3 cap screw into a thread in the plate. Each lies on z = 0, centred, its hole along z.
 */
const ring = (outer: number, thickness: number): Solid => tube(outer, METRIC.M3.clearance, thickness)
export const EARTH_BOND = {
  starWasher: {
    outer: 6,
    thickness: 0.4,
    part: {
      id: 'star-washer-m3',
      description: 'Star washer M3 (DIN 6798 A 3.2), bites through to bare steel',
      /** Steel: its ring (6.0 / 3.2 mm, 0.4 thick) at 7.85 g/cm3, about 0.06 g. */
      grams: 0.06,
      shape: (): Solid => ring(EARTH_BOND.starWasher.outer, EARTH_BOND.starWasher.thickness),
    },
  },
  ringTerminal: {
    outer: 6,
    thickness: 0.8,
    part: {
      id: 'ring-terminal-m3-bed-earth',
      description:
        "Ring terminal M3, insulated, crimped on the bed earth wire (for its gauge, wiring.csv's bed earth row)",
      /** Ours: a tinned copper ring and barrel with its sleeve, about 0.5 g. */
      grams: 0.5,
      shape: (): Solid => ring(EARTH_BOND.ringTerminal.outer, EARTH_BOND.ringTerminal.thickness),
    },
  },
} as const

/**
 * What each earth wire's ring terminal adds to the clamp of an M6 bolt it lands on (the earth
 * point, a bonding jumper's end): its star washer, DIN 6798 M6 0.7 mm thick (engineeringhardware.com's
 * DIN 6798 table), and the ring's tongue, ours 1 mm (the bed earth's M3 ring is 0.8: a blue
 * 16-14 AWG ring's tongue is thicker than a red one's).
 */
export const EARTH_RING_M6 = { starWasher: 0.7, ring: 1 } as const
/** The clamp a ring terminal with its star washer adds to an M6 bolt, mm. */
export const EARTH_RING_M6_STACK = EARTH_RING_M6.starWasher + EARTH_RING_M6.ring

/**
 * The mains inlet on the power panel, screw-mounted: an IEC 60320 C14 inlet with a 5 x 20 mm fuse
 * drawer and a double-pole switch, as NopSCADlib draws it (vitamins/iecs.scad,
 * IEC_320_C14_switched_fused_inlet, the parts library Mendel90 is drawn with): body 27 x 46.8 mm,
 * 16.5 mm deep below the flange with 8.5 mm tabs past it; flange 33 x 57 x 3 with lugs to 48 wide,
 * a 28 x 48 x 1 bezel on it; 2 countersunk M3 on 40 mm centres across its width; its panel hole
 * the body's outline plus 0.2 mm. Screwed, it takes any panel its screws reach through. In its
 * frame the panel's outer face is z = 0, the flange outside (+Z), the body through the panel's
 * hole (-Z), its long side along y, centred.
 */
export interface PanelInlet {
  /** Its rating, A at 250 V (IEC 60320). */
  readonly amps: number
  readonly coupler: 'C14' | 'C20'
  /** Its panel opening, across x along y. */
  readonly cutout: readonly [number, number]
  readonly body: { readonly size: readonly [number, number]; readonly depth: number }
  readonly flange: { readonly size: readonly [number, number]; readonly lugs: number; readonly thickness: number }
  readonly bezel: { readonly size: readonly [number, number]; readonly thickness: number }
  readonly screwPitch: number
  readonly part: BoughtPart
}

/** A screwed inlet module's shape (its frame as IEC_INLET_C14's). */
function inletShape(inlet: Omit<PanelInlet, 'part' | 'amps' | 'coupler'>): Solid {
  const { body, flange, bezel, screwPitch } = inlet
  const half = ([x, y]: readonly [number, number]) => [x / 2, y / 2] as const
  const [bx, by] = half(body.size)
  const [fx, fy] = half(flange.size)
  const [ex, ey] = half(bezel.size)
  const t = flange.thickness
  const screws = [-1, 1].map((s) => [(s * screwPitch) / 2, 0] as const)
  return difference(
    union(
      box([-bx, -by, -body.depth], [bx, by, OVERRUN]),
      box([-fx, -fy, 0], [fx, fy, t]),
      box([-flange.lugs / 2, -METRIC.M3.headDiameter, 0], [flange.lugs / 2, METRIC.M3.headDiameter, t]),
      box([-ex, -ey, t - OVERRUN], [ex, ey, t + bezel.thickness]),
    ),
    // The lugs' holes, countersunk from the outside for the screws' heads (ISO 10642 M3: 6 mm, 1.7 deep).
    ...screws.flatMap((at) => [zThrough(at, 0, t, METRIC.M3.clearance), zHole(at, t - 1.7, t + OVERRUN, 6)]),
  )
}

const C14_SIZES = {
  cutout: [27.2, 47] as const,
  body: { size: [27, 46.8] as const, depth: 16.5 + 8.5 },
  flange: { size: [33, 57] as const, lugs: 48, thickness: 3 },
  bezel: { size: [28, 48] as const, thickness: 1 },
  screwPitch: 40,
}

export const IEC_INLET_C14: PanelInlet = {
  amps: 10,
  coupler: 'C14',
  ...C14_SIZES,
  part: {
    id: 'iec-inlet-c14-fused-switched',
    description:
      'IEC 60320 C14 inlet, 10 A 250 V, with fuse drawer (5 x 20 mm) and double-pole switch, screw-mounted (2 x M3 countersunk on 40 mm centres), panel hole 27.2 x 47 mm, 6.3 mm tabs',
    /** Ours: a moulded module with its switch, fuse drawer and brass tabs, about 50 g. */
    grams: 50,
    shape: (): Solid => inletShape(C14_SIZES),
  },
}

/**
 * The 16 A inlet, where the machine's mains current needs more than the C14's 10 A (the 1 m
 * cube): an IEC 60320 C20 inlet with a 6.3 x 32 mm fuse drawer and a double-pole switch,
 * screw-mounted, in the C14's frame. Its sizes are ours (no maker's drawing of a switched, fused
 * C20 module was to hand; the builder checks the opening against the module bought before
 * cutting): the C20's face is wider than the C14's (IEC 60320-1's C19/C20 coupler, 16 A, takes
 * rectangular pins instead of the C14's flat ones), so the C14 module's outline grown 4 mm across
 * and 6 mm along, its flange and screw pitch with it, the same 3 mm flange and M3 countersunk
 * screws, 6.3 mm tabs.
 */
const C20_SIZES = {
  cutout: [31.2, 53] as const,
  body: { size: [31, 52.8] as const, depth: 19 + 8.5 },
  flange: { size: [37, 63] as const, lugs: 52, thickness: 3 },
  bezel: { size: [32, 54] as const, thickness: 1 },
  screwPitch: 44,
}

export const IEC_INLET_C20: PanelInlet = {
  amps: 16,
  coupler: 'C20',
  ...C20_SIZES,
  part: {
    id: 'iec-inlet-c20-fused-switched',
    description:
      'IEC 60320 C20 inlet, 16 A 250 V, with fuse drawer for a 6.3 x 32 mm fuse (5 x 20 mm drawers mostly stop at 10 A) and double-pole switch, screw-mounted (2 x M3 countersunk on 44 mm centres), panel hole 31.2 x 53 mm (check against the module bought before cutting), 6.3 mm tabs',
    /** Ours: the C14 module's 50 g and its larger body, about 65 g. */
    grams: 65,
    shape: (): Solid => inletShape(C20_SIZES),
  },
}

/** ABS, g/cm3 (1.04-1.06, Engineering ToolBox's table of solids). */
const ABS_DENSITY = 1.05

/** A bought ABS box drawn as its envelope, base on z = 0, centred; its grams those of a `wall` thick shell over its outer faces. */
function plasticBox(id: string, size: readonly [number, number, number], wall: number, description: string) {
  const [x, y, z] = size
  return {
    id,
    description,
    grams: gramsOf(2 * (x * y + x * z + y * z) * wall, ABS_DENSITY),
    shape: (): Solid => standing(size),
  }
}

/**
 * The junction box that holds the mains junctions (lever connectors) and the inline fuse holders:
 * an IP65 ABS enclosure with a screwed gasketed lid, 2.5 mm walls (ours: the 2.5-3.5 mm of such
 * boxes), the least of the common unbranded sizes (outside, L x W x H; sold as such by many
 * vendors, no maker's drawing to hand: check the box bought) whose inside floor holds what it
 * carries (the control module's junctionBoxFor). 83 x 58 x 33 mm: KiCad's kicad-templates merge
 * request 30 draws it as a very common size, one vendor mark KH-F19; 100 x 68 x 50 mm is its next
 * common size, as the second stop's box. The builder drills its base for 2 M3 (the sheet is the
 * jig) and its front wall for its glands. Drawn as its envelope: the base on z = 0, its length
 * along x, centred, the lid at z = its height.
 */
export const JUNCTION_BOX_SIZES = [
  [83, 58, 33],
  [100, 68, 50],
] as const
/** Both boxes' ABS walls (ours). */
const BOX_WALL = 2.5

export const junctionBox = (size: (typeof JUNCTION_BOX_SIZES)[number]) => ({
  size,
  wall: BOX_WALL,
  part: plasticBox(
    `junction-box-${size.join('x')}`,
    size,
    BOX_WALL,
    `Junction box, ABS, IP65, ${size.join(' x ')} mm, screwed gasketed lid: holds the mains lever connectors and the bed fuse's inline holder (drill its base for 2 x M3, its front wall and, with a contactor, its lower wall for its cable glands)`,
  ),
})

/**
 * The 24 V box: the junction box's class, for the 24 V distribution and its fuse's inline holder,
 * apart from the mains (behind the controller panel; the control module's dcBoxContents sizes
 * it). The builder drills its base for 2 M3 and, over the sheet's 24 V grommet, a hole of
 * DC_BOX_BASE_HOLE (the sheet is the jig), and a wall for its M16 gland.
 */
export const dcBox = (size: (typeof JUNCTION_BOX_SIZES)[number]) => ({
  size,
  wall: BOX_WALL,
  part: plasticBox(
    `box-24v-${size.join('x')}`,
    size,
    BOX_WALL,
    `Junction box for the 24 V distribution, ABS, IP65, ${size.join(' x ')} mm, screwed gasketed lid: holds the 24 V lever connectors and the 24 V fuse's inline holder, behind the controller panel (drill its base for 2 x M3 and ${DC_BOX_BASE_HOLE} mm over the sheet's 24 V grommet, a wall for an M16 cable gland)`,
  ),
})

/**
 * The bed's junction box: the junction box's class, under the bed where it runs on mains, for the
 * bed cord's junction with the heater mat's leads and the plate's earth wire (modules/bed/junction.ts
 * sizes and places it). The builder drills its base for 4 x M3 (the clamps are the jig), a wall
 * for the cord's gland and one for the grommet of the mat's leads.
 */
export const bedJunctionBox = (size: (typeof JUNCTION_BOX_SIZES)[number]) => ({
  size,
  wall: BOX_WALL,
  part: plasticBox(
    `bed-junction-box-${size.join('x')}`,
    size,
    BOX_WALL,
    `Junction box for the bed, ABS, IP65, ${size.join(' x ')} mm, screwed gasketed lid: holds the bed cord's lever connectors (L, N, PE) with the heater mat's leads and the plate's earth wire, under the bed (drill its base for 4 x M3 through the clamps' holes, a side wall ${glandHole(JUNCTION_BOX_GLANDS.bedCord.size)} mm for the cord's gland and ${GROMMET.hole} mm for the grommet of the mat's leads)`,
  ),
})

/** The 24 V box's base hole over the sheet's grommet: its 22 mm inner flange and 1 mm round it (ours). */
export const DC_BOX_BASE_HOLE = 24

/**
 * The junction box's cable glands: an M16 for the single wires in (from the inlet and the stop,
 * behind the panel) and one for those out (to the supply and the relay, through the panel's
 * grommets); an M20 for the bed's mains cord where the bed heater runs on mains.
 */
export const JUNCTION_BOX_GLANDS = { wires: { size: 'M16', count: 2 }, bedCord: { size: 'M20', count: 1 } } as const

/**
 * What the junction box holds, each as its footprint on the box's floor (ours, rounded up: the
 * WAGO 221-412, -413 and -415's outlines, 13.1, 18.7 and 29.8 mm wide by about 20 mm, from WAGO's
 * 221 series drawings, and 20 mm more along each for its wires to turn into it; an inline fuse
 * holder laid flat, 5 x 20 mm about 13 x 55 mm, 6.3 x 32 mm about 16 x 75 mm: the usual inline
 * holders' bodies, their leads bent in the box's slack).
 */
export const BOX_FOOTPRINTS = {
  lever: { 2: [13.1, 40], 3: [18.7, 40], 5: [29.8, 40] } as Readonly<Record<number, readonly [number, number]>>,
  fuseHolder: { '5x20': [13, 55], '6.3x32': [16, 75] } as const,
} as const

/** What a junction box holds: the lever connectors (by points) and the inline fuse holders (by size). */
export interface BoxContents {
  readonly levers: readonly number[]
  readonly fuseHolders: readonly (keyof typeof BOX_FOOTPRINTS.fuseHolder)[]
}

/**
 * The junction box's size for what it holds: the least of JUNCTION_BOX_SIZES whose inside floor
 * (its outside less the walls) has room for the footprints of what it holds (BOX_FOOTPRINTS), is
 * as long as the longest of them, and that `fits` (where it stands); else an error.
 */
export function boxFor(
  contents: BoxContents,
  fits: (size: (typeof JUNCTION_BOX_SIZES)[number]) => boolean = () => true,
  wall: number = BOX_WALL,
): (typeof JUNCTION_BOX_SIZES)[number] {
  const items = [
    ...contents.levers.map((n) => BOX_FOOTPRINTS.lever[n]),
    ...contents.fuseHolders.map((h) => BOX_FOOTPRINTS.fuseHolder[h]),
  ]
  const area = items.reduce((s, [w, l]) => s + w * l, 0)
  const longest = Math.max(0, ...items.map(([, l]) => l))
  const size = JUNCTION_BOX_SIZES.find(
    (s) => (s[0] - 2 * wall) * (s[1] - 2 * wall) >= area && s[0] - 2 * wall >= longest && fits(s),
  )
  if (!size)
    throw new Error(`no junction box in the catalogue holds ${Math.round(area)} mm2 of junctions and fuse holders`)
  return size
}

/**
 * The box a second emergency stop stands on where the power panel's is too low (a floor-standing
 * machine): the junction box's class in its next common size, 100 x 68 x 50 mm (ours: deep enough
 * for the stop's contact blocks, 42 mm behind its panel), the stop in a 22.3 mm hole in its lid,
 * drilled by the builder. Drawn as its envelope: the base on z = 0, its length along x, centred.
 */
const STOP_BOX_SIZE = [100, 68, 50] as const

export const STOP_BOX = {
  size: STOP_BOX_SIZE,
  wall: BOX_WALL,
  part: plasticBox(
    'estop-box',
    STOP_BOX_SIZE,
    BOX_WALL,
    'Box for the second emergency stop, ABS, IP65, 100 x 68 x 50 mm, screwed gasketed lid: drill its lid 22.3 mm for the stop, its base for 2 x M6, its lower wall for an M16 cable gland',
  ),
} as const

/**
 * Cable glands, polyamide, metric thread (EN 60423: M16 x 1.5, M20 x 1.5), IP68, with a locknut:
 * M16 clamps 4.5-10 mm, M20 7-13 mm (the Lapp SKINTOP ST-M and similar catalogues), each in a
 * clearance hole 0.5 mm over its thread (ours). Drawn as its envelope outside the wall it is in
 * (ours: across its hex and dome, its length with the cap done up) and its thread through a wall
 * 3 mm thick: the wall's outer face at z = 0, the gland along +Z.
 */
export const CABLE_GLANDS = {
  M16: { thread: 16, clamps: [4.5, 10] as const, across: 22, length: 22 },
  M20: { thread: 20, clamps: [7, 13] as const, across: 27, length: 26 },
} as const

export type GlandSize = keyof typeof CABLE_GLANDS

/** A gland's clearance hole, mm. */
export const glandHole = (size: GlandSize): number => CABLE_GLANDS[size].thread + FITS.glandHole

export const cableGland = (size: GlandSize): BoughtPart => {
  const g = CABLE_GLANDS[size]
  return {
    id: `cable-gland-${size.toLowerCase()}`,
    description: `Cable gland ${size} x 1.5, polyamide, IP68, with locknut, clamps ${g.clamps[0]}-${g.clamps[1]} mm, in a ${glandHole(size)} mm hole`,
    /** Its body, cap, seal and locknut: the envelope's solid as a third polyamide (PA66 1.14 g/cm3), ours. */
    grams: Math.round(gramsOf((circleArea(g.across) * g.length) / 3, 1.14)),
    shape: () => union(zCylinder(-3, 0, g.thread), zCylinder(0, g.length, g.across)),
  }
}

/**
 * The rubber grommet lining a hole where mains wires cross the 3 mm aluminium sheet: for a 16 mm
 * hole in a panel up to 3.2 mm thick, 10 mm bore, 22 mm over its flanges, 2 mm flanges (ours:
 * the common metric rubber grommet of that hole; no maker's table was to hand, so a test checks
 * the bore against the 3 mains wires and the builder checks the grommet bought). The sheet's outer face at z = 0, its bore
 * along Z.
 */
export const GROMMET = {
  hole: 16,
  bore: 10,
  flange: 22,
  flangeThickness: 2,
  panel: 3.2,
  part: {
    id: 'grommet-rubber-16mm',
    description:
      "Rubber grommet for a 16 mm hole in a panel up to 3.2 mm thick, 10 mm bore: lines a hole where wires cross a control panel (the mains and the 24 V each through their own) or the bed junction box's wall (the heater mat's leads and the plate's earth wire)",
    /** Its rubber (about 1.3 g/cm3, as DENSITY.silicone): the two flanges and the body. */
    grams: gramsOf(
      2 * (circleArea(22) - circleArea(10)) * 2 + (circleArea(16) - circleArea(10)) * 3.2,
      DENSITY.silicone,
    ),
    shape: (): Solid => {
      const { flange, flangeThickness: f, panel, bore } = GROMMET
      return difference(
        union(zCylinder(0, f, flange), zCylinder(-panel, 0, GROMMET.hole), zCylinder(-panel - f, -panel, flange)),
        zThrough([0, 0], -panel - f, f, bore),
      )
    },
  },
} as const

/**
 * The emergency stop on the power panel: a 22 mm latching mushroom stop, twist to release, 2 NC
 * contacts. Its mounting hole 22.3 mm (+0.4 mm), the 22 mm control units' (EN 50007), in a panel 1
 * to 6 mm thick (Eaton M22 and Schneider Harmony XB4/XB5 catalogues). Drawn as its envelope (ours:
 * a 40 mm mushroom on a 30 mm collar, 33 mm proud of the panel; behind it the bush through the
 * panel and the contact blocks in 30 x 40 mm, 42 mm deep in all), the panel's outer face
 * at z = 0, the head outside (+Z), centred, the blocks' long side along y.
 */
export const E_STOP = {
  cutout: 22.3,
  panel: [1, 6] as const,
  head: { diameter: 40, collar: 30, collarHeight: 10, proud: 33 },
  bush: 22,
  blocks: { size: [30, 40] as const, depth: 36 },
  /** Its contacts' rating, A at 250 V AC (ours: the usual 10 A of such blocks). */
  contactAmps: 10,
  part: {
    id: 'estop-22mm-latching',
    description:
      'Emergency stop, 22 mm, red 40 mm mushroom, latching (twist to release), 2 NC contacts 10 A 250 V in IP2X finger-safe contact blocks, for a 22.3 mm panel hole',
    /** Ours: a moulded operator with its fixing collar and two contact blocks, about 80 g. */
    grams: 80,
    shape: (): Solid => {
      const { head, bush, blocks, panel } = E_STOP
      const behind = panel[1]
      const [x, y] = blocks.size
      return union(
        zCylinder(-behind, head.collarHeight, bush),
        zCylinder(0, head.collarHeight, head.collar),
        zCylinder(head.collarHeight, head.proud, head.diameter),
        box([-x / 2, -y / 2, -behind - blocks.depth], [x / 2, y / 2, -behind]),
      )
    },
  },
} as const

/**
 * The start button where a contactor switches the mains (an inlet fuse over the stop's contacts):
 * a 22 mm momentary push button, flush, green, 1 NO contact (3-4), in the 22.3 mm hole of the
 * 22 mm control units (EN 50007), the stop's family. Drawn as its envelope (ours: a 30 mm bezel
 * 10 mm proud of the panel; behind it the bush and one contact block in 30 x 30 mm, 42 mm deep in
 * all, as the stop's with one block). Its contact block's screw terminals are finger-safe (IP2X)
 * as the stop's (E_STOP). The panel's outer face at z = 0, the head outside (+Z), centred.
 */
export const START_BUTTON = {
  cutout: E_STOP.cutout,
  head: { diameter: 30, proud: 10 },
  bush: 22,
  blocks: { size: [30, 30] as const, depth: 36 },
  part: {
    id: 'start-button-22mm',
    description:
      'Push button, 22 mm, green, flush, momentary, 1 NO contact (3-4) 10 A 250 V in an IP2X finger-safe contact block, for a 22.3 mm panel hole: starts the contactor after the stop is released',
    /** Ours: a moulded operator with its fixing collar and one contact block, about 50 g. */
    grams: 50,
    shape: (): Solid => {
      const { head, bush, blocks } = START_BUTTON
      const behind = E_STOP.panel[1]
      const [x, y] = blocks.size
      return union(
        zCylinder(-behind, 0, bush),
        zCylinder(0, head.proud, head.diameter),
        box([-x / 2, -y / 2, -behind - blocks.depth], [x / 2, y / 2, -behind]),
      )
    },
  },
} as const

/**
 * A piece of top-hat rail TS35 x 7.5 (EN 60715: 35 mm wide, 7.5 mm high, 1 mm steel), as long as
 * what it carries and 12 mm more each end for a screw (ours), fixed through two of its 5.2 mm slots
 * (EN 60715's slotted rail) by M4. It lies on z = 0 (its back), its length along x, centred.
 */
export const DIN_RAIL = {
  width: 35,
  height: 7.5,
  steel: 1,
  /** From each end to its screw (ours: an M4 nut's corners clear of what the rail carries). */
  screwIn: 6,
  beyond: 12,
  part: (length: number): BoughtPart => ({
    id: `din-rail-ts35-${length}mm`,
    description: `DIN rail TS35 x 7.5 (EN 60715), steel, slotted, ${length} mm long (cut from a length, ends deburred): carries the contactor and its coil circuit's fuse terminal behind the power panel`,
    /** Steel: its 1 mm section (the back 35 and the two 7.5 mm sides, 5 mm lips) at 7.85 g/cm3. */
    grams: gramsOf(length * (35 + 2 * 6.5 + 2 * 5), DENSITY.steel),
    shape: (): Solid => {
      const { width, height, steel } = DIN_RAIL
      const x = length / 2
      const w = width / 2
      const inner = 27 / 2
      return union(
        box([-x, -inner, 0], [x, inner, steel]),
        ...[-1, 1].flatMap((s) => [
          box([-x, s > 0 ? inner - steel : -inner, 0], [x, s > 0 ? inner : -inner + steel, height]),
          box([-x, s > 0 ? inner - steel : -w, height - steel], [x, s > 0 ? w : -inner + steel, height]),
        ]),
      )
    },
  }),
} as const

/**
 * The contactor where the inlet's fuse is over the emergency stop's contacts (the stop opens its
 * coil): a modular (installation) contactor, 2 NO main poles 25 A AC-1 (AC-7a), coil at the mains
 * voltage, with an auxiliary contact block 1 NO (13-14) clipped to its side, on a TS35 rail; its
 * envelope, ours, from DIN 43880's installation-device outline (45 mm front, 90 mm tall, at most
 * 70 mm off the rail): the contactor 18 mm wide (1 module) and its auxiliary 9 mm, 85 mm tall,
 * 66 mm deep from the rail's back. Its screw terminals are finger-safe (IP20, IEC 60529, as such
 * devices are made for consumer units: check the data sheet of the one bought). Drawn on z = 0
 * (the rail's back), its width along x (the rail), its height along y, centred.
 */
export const CONTACTOR = {
  size: [27, 85, 66] as const,
  part: {
    id: 'contactor-2p-25a',
    description:
      "Contactor, modular (DIN rail TS35), 2 NO poles 25 A AC-1, coil at the mains voltage, with a side-mounted auxiliary contact 1 NO (13-14), finger-safe (IP20) screw terminals for 2 conductors: switches the mains that the emergency stop's contacts cannot; the stop opens its coil, the auxiliary contact holds it in",
    /** Ours: a 1-module contactor and its auxiliary block, about 150 g. */
    grams: 150,
    shape: (): Solid => {
      const [x, y, z] = CONTACTOR.size
      return box([-x / 2, -y / 2, 0], [x / 2, y / 2, z])
    },
  },
} as const

/**
 * The contactor's coil circuit's own fuse (EN 60204-1, 7.2.4: a control circuit is protected
 * against overcurrent; the inlet's fuse is over the stop's contacts): a fuse terminal block for
 * 5 x 20 mm cartridge fuses (IEC 60947-7-3) on the contactor's rail, beside it, a screw terminal
 * each side for the coil circuit's live, the fuse in its hinged carrier. Its envelope, ours: the
 * 8.2 mm pitch of the 4 mm2 HESI (5X20) class and 12 mm more for its end cover and the end clamp
 * that holds it on the rail (20 mm along the rail), 70 mm across it and 60 mm off its back, within
 * the contactor's outline. Its fuse: a 1 A time-lag (ours: a modular contactor's coil draws a few
 * VA held and some tens of VA pulling in, well under 1 A at 115 V; 1 A is far under the stop's
 * 10 A contacts and the coil circuit's wire). Drawn as CONTACTOR: on z = 0 (the rail's back), its
 * width along x (the rail), its height along y, centred.
 */
export const FUSE_TERMINAL = {
  size: [20, 70, 60] as const,
  fuseAmps: 1,
  part: {
    id: 'fuse-terminal-5x20-din',
    description:
      "Fuse terminal block for 5 x 20 mm fuses, DIN rail TS35 (IEC 60947-7-3, 4 mm2 class, hinged fuse carrier, screw terminals), with its end cover and an end clamp: the contactor coil circuit's fuse, beside the contactor on its rail",
    /** Ours: a terminal block, its end cover and end clamp, about 25 g. */
    grams: 25,
    shape: (): Solid => {
      const [x, y, z] = FUSE_TERMINAL.size
      return box([-x / 2, -y / 2, 0], [x / 2, y / 2, z])
    },
  },
} as const

/**
 * The controller's fan, 40 x 40 x 10 mm, 24 V: its 4 M3 holes on 32 mm centres (the 40 mm fan
 * frame's standard pattern). It lies on z = 0 (its intake face) to 10, centred, its axis along z.
 */
export const FAN_4010 = {
  size: 40,
  thickness: 10,
  holeSpacing: 32,
  part: {
    id: 'fan-4010-24v',
    description: 'Fan 40 x 40 x 10 mm, 24 V, 0.1 A: cools the controller board and its drivers',
    /** Ours: a plastic frame and rotor with its motor, about 15 g (such fans weigh 10-20 g). */
    grams: 15,
    shape: (): Solid => {
      const { size, thickness, holeSpacing } = FAN_4010
      const holes = [-1, 1].flatMap((sx) =>
        [-1, 1].map((sy) => [(sx * holeSpacing) / 2, (sy * holeSpacing) / 2] as const),
      )
      return difference(
        standing([size, size, thickness]),
        ...holes.map((at) => zThrough(at, 0, thickness, METRIC.M3.clearance)),
      )
    },
  },
} as const
