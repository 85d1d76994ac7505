import { box, difference, type Solid, union } from '../../src/kernel/index.js'
import type { BoardSetup } from './electronics.js'
import { zThrough } from './solids.js'
import { PROBE_DIODE } from './tool-head.js'

/**
 * The RAMPS controller, as bought: an Arduino Mega 2560 Rev3 with a RAMPS 1.4 shield on its
 * headers, five TMC2209 modules in the shield's sockets (the catalogue's stepper-driver-tmc2209),
 * and what running it on the machine's 24 V takes (docs/design.md, "Firmware").
 */

/**
 * Arduino Mega 2560 Rev3: 101.6 x 53.34 mm (4.0 x 2.1 in), 1.6 mm board, 37 g (Arduino's
 * Mega 2560 Rev3 tech specs); its mounting holes 3.2 mm, four of them at the corners of the
 * board's drawing (Arduino's Mega 2560 Rev3 board drawing, in mm from the corner by the USB jack,
 * across and along: 2.54/15.24, 50.8/13.97, 2.54/90.17, 50.8/96.52; the same as kellyegan's
 * arduino.scad tabulates). In the board's frame: x along its length from its middle, y across.
 */
const ACROSS = 53.34
const ALONG = 101.6
const hole = (across: number, along: number) => [along - ALONG / 2, across - ACROSS / 2] as const
export const MEGA = {
  size: [ALONG, ACROSS],
  thickness: 1.6,
  holeDiameter: 3.2,
  holes: [hole(2.54, 15.24), hole(50.8, 13.97), hole(2.54, 90.17), hole(50.8, 96.52)],
  /** Under the board: its through-hole leads, which the mount's bosses keep off the plate. */
  part: {
    id: 'arduino-mega-2560',
    description:
      'Arduino Mega 2560 Rev3 (ATmega2560), 101.6 x 53.34 mm, with its USB-B jack; powered from USB (the RAMPS 24 V mod, docs/design.md "Firmware")',
    /** 37 g: Arduino's Mega 2560 Rev3 tech specs. */
    grams: 37,
    shape: (): Solid =>
      difference(
        box([-ALONG / 2, -ACROSS / 2, 0], [ALONG / 2, ACROSS / 2, MEGA.thickness]),
        ...MEGA.holes.map((at) => zThrough(at, 0, MEGA.thickness, MEGA.holeDiameter)),
      ),
  },
} as const

/**
 * The RAMPS 1.4 shield on the Mega's headers: its board stands on the Mega's 8.5 mm female
 * headers (Arduino's Mega drawing) plus the shield's pins' shoulders, ours 11 mm over the Mega's
 * top; drivers with heat sinks and the screw terminals reach ours 25 mm over the shield. The shape
 * is the envelope from the Mega's top up, over the Mega's outline (the shield is the Mega's
 * length; its screw terminals overhang the Mega's USB end by ours 6 mm, left in the envelope).
 */
export const RAMPS = {
  over: 11,
  height: 11 + 1.6 + 25,
  overhang: 6,
  drivers: 5,
  part: {
    id: 'controller-ramps-14',
    description:
      'RAMPS 1.4 shield for the Arduino Mega 2560: 5 stepper driver sockets (X, Y, Z with 2 motor headers, E0, E1), D8/D9/D10 MOSFET outputs, thermistor and endstop headers; its 100 uF capacitors rated 35 V or more (for 24 V)',
    /** Ours: a two-layer board about 100 x 60 mm with its screw terminals, headers, MOSFETs and polyfuses, about 45 g. */
    grams: 45,
    shape: (): Solid =>
      union(
        box([-ALONG / 2 - RAMPS.overhang, -ACROSS / 2, RAMPS.over], [ALONG / 2, ACROSS / 2, RAMPS.over + 1.6]),
        box([-ALONG / 2 + 5, -ACROSS / 2 + 3, RAMPS.over + 1.6], [ALONG / 2 - 5, ACROSS / 2 - 3, RAMPS.height]),
        // The header pins between the boards, two rows along the Mega's long edges, clear of its holes.
        ...[-1, 1].map((s) =>
          box(
            [-ALONG / 2 + 30, s * (ACROSS / 2 - 4) - 2.5, 0],
            [ALONG / 2 - 16, s * (ACROSS / 2 - 4) + 2.5, RAMPS.over],
          ),
        ),
      ),
  },
} as const

/** The small bought parts of the RAMPS's 24 V and sensorless-homing set-up, each with its source. */
export const RAMPS_EXTRAS = {
  /**
   * The bed input's fuse: an inline ATO blade fuse holder with a 5 A fuse (ATO fuses: 32 V DC) in
   * the +24 V wire to the 11 A input, in place of the shield's F2 (MF-R1100, a 16 V polyfuse:
   * Bourns MF-R data sheet), which is bridged; 5 A as F1, the 5 A input's: the 24 V bed takes at
   * most 45 W (1.9 A), and on a mains bed D8 drives only the relay's input.
   */
  bedFuse: {
    id: 'fuse-ato-5a-inline',
    description:
      "Inline ATO blade fuse holder with a 5 A fuse (32 V DC), in the +24 V wire to the RAMPS's 11 A input (its F2 polyfuse is rated 16 V, and is bridged)",
    /** Ours: a holder with 10 cm leads and its fuse, about 8 g. */
    grams: 8,
    size: [35, 12, 10],
  },
  /** The Mega's supply and link: USB-A to USB-B, 1 m, from the Klipper host (D1 is removed, docs/design.md "Firmware"). */
  usbCable: {
    id: 'usb-cable-a-b-1m',
    description: "USB cable A to B, 1 m: the Mega's link to the host and its 5 V supply (the RAMPS's D1 removed)",
    /** Ours: a metre of shielded USB 2.0 cable with its plugs, about 40 g; coiled, about 50 x 40 x 10 mm. */
    grams: 40,
    size: [50, 40, 10],
  },
  /**
   * The two Z motors in series on the Z socket: a series adapter (the motors' coils joined end to
   * end) in one of the socket's two headers, each motor's cable into it.
   */
  zSeries: {
    id: 'stepper-series-adapter-2',
    description:
      "Series adapter for two stepper motors on one driver: a 4-pin plug for the RAMPS's Z header, two 4-pin motor sockets, the coils in series",
    /** Ours: a small board with three 4-pin headers, about 5 g. */
    grams: 5,
    size: [30, 20, 10],
  },
  /** The probe's signal into the 5 V Z-min pin through the catalogue's probe diode (tool-head.ts). */
  probeDiode: PROBE_DIODE,
  /** The TMC2209s' UART and DIAG lines to the Mega's pins: 5 UART and 3 DIAG (X, Y, the right Y). */
  jumperWires: {
    id: 'jumper-wire-ff-20cm',
    description: 'Jumper wire, female to female (2.54 mm), 20 cm: a TMC2209 UART or DIAG line to a RAMPS pin',
    /** Ours: 20 cm of 26 AWG with two crimped housings, about 1 g. */
    grams: 1,
    size: [20, 3, 3],
    count: 8,
    /** Its length, mm, and its wire's gauge: as sold. */
    length: 200,
    awg: 26,
  },
} as const

/**
 * What the RAMPS 1.4 needs set before power-up on 24 V (RepRap wiki, RAMPS 1.4: "mainly a 12V
 * board and can be modified to work at 24V"), and its sensorless-homing jumpers.
 */
export const RAMPS_SETUP: BoardSetup = {
  source:
    "RepRap wiki, RAMPS 1.4 (power, 24 V); Arduino's Mega 2560 Rev3 tech specs (VIN at most 20 V); BIGTREETECH TMC2209 V1.2 manual (PDN_UART, DIAG); OSE wiki, Tobben's inductive sensor log (a diode and the Z-min pull-up); the Voron documentation, electrical wiring (the BAT85)",
  powerInputs: [
    { name: 'driver power', label: '5A input (F1)', feeds: 'the stepper drivers, D10 (hot end) and D9 (part blower)' },
    {
      name: 'bed power',
      label: '11A input (F2, bridged)',
      feeds:
        "D8 (the bed, or the relay's input), its + through the inline 5 A ATO fuse (fuse-ato-5a-inline, in its wiring.csv row)",
    },
  ],
  jumpers: [
    {
      where: 'D1, the diode by the power inputs',
      set: 'removed',
      why: "it feeds the 24 V to the Mega's VIN, whose regulator takes at most 20 V; the Mega runs on the USB cable's 5 V",
    },
    {
      where: 'F2, the 11 A polyfuse (MF-R1100)',
      set: 'bridged with a wire; the inline 5 A ATO fuse (fuse-ato-5a-inline) protects the input',
      why: 'it is rated 16 V',
    },
    {
      where: "the 100 uF capacitors' cans",
      set: 'read their rating: 35 V or more; replace any rated 25 V or less',
      why: 'they sit across the 24 V',
    },
    {
      where: "the probe's wires at the Z-min header",
      set: "signal through the BAT85, its band toward the probe; the probe's + to the 24 V distribution, not the header's 5 V",
      why: 'the probe runs on 24 V (its catalogue range 5-24 V), and its output may be pulled up to it: the diode keeps the 24 V off the 5 V pin, whose pull-up reads the probe',
    },
    {
      where: 'microstep jumpers under each driver socket',
      set: 'none',
      why: 'the TMC2209s take their microsteps over UART',
    },
    {
      where: "UART wire, from each driver socket in use: the module's PDN_UART pin",
      set: 'one jumper wire to its pin: X D63, Y D64, Z D65, E0 D66 on AUX-2, E1 D11 on the servo header (printer.cfg uart_pin)',
      why: "the firmware sets and reads the TMC2209s over UART, one wire each way; the RAMPS has no UART lines, and these pins have the pin-change interrupts Marlin's software serial receives on",
      sockets: 'used',
    },
    {
      where: "DIAG wire, from the sockets homed sensorless: the module's DIAG pin, bent out of the socket",
      set: 'a jumper wire to an endstop header signal pin: X to X-min (D3), Y to Y-min (D14), E1 to Y-max (D15) (printer.cfg diag_pin)',
      why: "it brings the driver's stall output to an endstop input",
      sockets: 'sensorless',
    },
  ],
}

/** A small bought part as a box of its size, standing on z = 0, centred. */
export const extraShape =
  ([x, y, z]: readonly number[]) =>
  (): Solid =>
    box([-x / 2, -y / 2, 0], [x / 2, y / 2, z])
