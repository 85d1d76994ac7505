import type { Board, DriverSocket } from './octopus.js'

/**
 * The pins of the catalogue's RAMPS 1.4 on an Arduino Mega 2560 (ATmega2560), as Klipper's own pin
 * map for it gives them (config/generic-ramps.cfg, kept at ../shared/tools/klipper/boards/): its
 * five driver sockets X, Y, Z, E0 and E1 (E1's pins are the map's `[extruder1]` comment), the
 * heater, fan and thermistor outputs of its EFB wiring (D10 hot end, D9 fan, D8 bed; T0, T1) and
 * its endstop inputs (X-min ^PE5, X-max ^PE4, Y-min ^PJ1, Y-max ^PJ0, Z-min ^PD3, Z-max ^PD2).
 *
 * RAMPS has no TMC UART or DIAG lines: each TMC2209 module's PDN_UART pin is joined by one jumper
 * wire, for both directions, to a Mega pin that has a pin-change interrupt (the ATmega2560's
 * PCINT pins: Marlin's SoftwareSerial receives only on them). X, Y, Z and E0 on the pins Marlin's
 * pins_RAMPS.h gives their *_SERIAL_RX_PIN (D63 to D66, PK1 to PK4, on AUX-2); E1, which Marlin's
 * map leaves without, on D11 (PB5, PCINT5), the servo header's first signal pin. One wire is
 * Klipper's uart_pin (Config_Reference.md, tmc2209: uart_pin for reading and writing) and, with
 * the same pin as TX and RX, TMCStepper's half-duplex mode on AVR (TMCStepper.h,
 * HAS_HALF_DUPLEX_MODE), which Marlin drives the TMC2209s with. The DIAG pin of each module that
 * homes by stall goes to an endstop input's signal pin. The inductive probe is on Z-min, through
 * its diode. klipper.test.ts checks these against the map.
 */
const MAP = "Klipper's RAMPS pin map"
const AUX = "a jumper wire from the module's PDN_UART pin"
const socket = (
  name: string,
  [step, dir, enable]: readonly [string, string, string],
  uart: readonly [string, string],
  diag: readonly [string, string],
): DriverSocket => ({
  name,
  step,
  dir,
  enable,
  uart: uart[0],
  diag: diag[0],
  uartVia: `${AUX} to ${uart[1]}`,
  diagVia: `a jumper wire from the module's DIAG pin to the ${diag[1]} endstop header's signal pin`,
  wires: { uart: uart[1], diag: `the ${diag[1]} endstop header's signal pin` },
})

export const RAMPS_14: Board = {
  part: 'controller-ramps-14',
  name: 'RAMPS 1.4 on an Arduino Mega 2560 (ATmega2560)',
  map: MAP,
  marlin: 'BOARD_RAMPS_14_EFB',
  serial: '/dev/serial/by-id/usb-Arduino__www.arduino.cc__0042_CHANGE-ME-if00',
  sockets: [
    socket('X', ['PF0', 'PF1', '!PD7'], ['PK1', 'D63 (A9) on AUX-2'], ['PE5', 'X-min (D3)']),
    socket('Y', ['PF6', '!PF7', '!PF2'], ['PK2', 'D64 (A10) on AUX-2'], ['PJ1', 'Y-min (D14)']),
    socket('Z', ['PL3', 'PL1', '!PK0'], ['PK3', 'D65 (A11) on AUX-2'], ['PD2', 'Z-max (D19)']),
    socket('E0', ['PA4', 'PA6', '!PA2'], ['PK4', 'D66 (A12) on AUX-2'], ['PE4', 'X-max (D2)']),
    socket('E1', ['PC1', 'PC3', '!PC7'], ['PB5', 'D11 on the servo header'], ['PJ0', 'Y-max (D15)']),
  ],
  hotEndHeaters: ['PB4'],
  bedHeater: 'PH5',
  hotEndThermistors: ['PK5'],
  bedThermistor: 'PK6',
  fans: ['PH6'],
  probe: 'PD3',
  // The Z-min header's, for the signal and -; the + goes to the 24 V distribution.
  probeEnds: { housings: 1, crimps: 2 },
  // Its motor, thermistor and endstop headers are bare 2.54 mm pin headers; D8, D9 and D10 are screw
  // terminals (RepRap wiki, RAMPS 1.4: the board's photo and wiring diagram).
  plugs: { housing: 'dupont', fans: 'screw terminal' },
  ports: {
    hotEndHeaters: ['D10'],
    hotEndThermistors: ['T0'],
    bedHeater: 'D8',
    bedThermistor: 'T1',
    fans: ['D9'],
    probe: 'Z-min endstop header',
    probePower: "+ from the 24 V distribution, - on the Z-min header's ground",
  },
}
