/**
 * The pins of the catalogue's `controller-8-drivers` (BTT Octopus v1.1 class, STM32F446), as
 * Klipper's own pin map for it gives them (config/generic-bigtreetech-octopus-v1.1.cfg, kept at
 * ../shared/tools/klipper/boards/): its eight driver sockets (Driver0 to Driver7) with their
 * step, dir, enable and TMC UART pins and the DIAG pin each socket's jumper joins to its endstop
 * input (PG6 to PG15: the map's endstop pins and its `diag_pin` comments), its heater outputs,
 * thermistor inputs and fan outputs. klipper.test.ts reads the map and checks every pin here
 * against it.
 *
 * The probe's signal is on STOP_7 (PG15, the map's last endstop input), through a diode, not on
 * the probe port (PB7): the v1.0/v1.1 probe port reads PNP switches only (its input goes through
 * an optocoupler: BTT's Octopus Pro README) and the probe is NPN; the Voron documentation puts the
 * probe on STOP_7 through a BAT85 and powers it from the probe port (Octopus v1.0/v1.1 wiring),
 * and prefers an endstop input to a probe port (no optocoupler delay; more boards read it).
 * No machine the spec allows fits Driver7's DIAG jumper (only X and the Y homes by stall).
 */
export interface DriverSocket {
  readonly name: string
  readonly step: string
  readonly dir: string
  /** Active low, as the map writes it. */
  readonly enable: string
  readonly uart: string
  readonly diag: string
  /** How the driver's UART reaches `uart`, and its DIAG reaches `diag`, in words with their source. */
  readonly uartVia: string
  readonly diagVia: string
  /** Where jumper wires take the UART and DIAG lines, on a board that has none for them (the RAMPS). */
  readonly wires?: { readonly uart: string; readonly diag: string }
}

/** What each output or input is called on the board (its silkscreen), for the wiring and the comments. */
export interface PortNames {
  readonly hotEndHeaters: readonly string[]
  readonly hotEndThermistors: readonly string[]
  readonly bedHeater: string
  readonly bedThermistor: string
  readonly fans: readonly string[]
  /** The input the probe's signal is on, through the diode. */
  readonly probe: string
  /** Where the probe's + and - land, and on what voltage. */
  readonly probePower: string
}

export interface Board {
  /** The catalogue id of the board these pins belong to. */
  readonly part: string
  readonly name: string
  /** Klipper's pin map the pins are taken from, as the comments cite it. */
  readonly map: string
  /** Marlin's MOTHERBOARD (Marlin's boards.h). */
  readonly marlin: string
  /** [mcu] serial: the by-id path the builder replaces with their board's. */
  readonly serial: string
  readonly sockets: readonly DriverSocket[]
  /** Heater outputs HE0.. for the hot ends, and the bed's output. */
  readonly hotEndHeaters: readonly string[]
  readonly bedHeater: string
  /** Thermistor inputs T0.. for the hot ends, and the bed's TB. */
  readonly hotEndThermistors: readonly string[]
  readonly bedThermistor: string
  /** Fan outputs FAN0..FAN5. */
  readonly fans: readonly string[]
  /** The endstop input the probe's signal is on, through its diode (printer.cfg's [probe] pin). */
  readonly probe: string
  /** The 3-pin housings the probe's cable ends in at the board, and the conductors crimped into them (the rest land on the 24 V distribution). */
  readonly probeEnds: { readonly housings: number; readonly crimps: number }
  /**
   * The housings its signal headers take (`jst-xh` for its JST-XH sockets, `dupont` for 2.54 mm
   * pin headers) and whether its fan outputs are such headers or screw terminals (ferrules).
   */
  readonly plugs: { readonly housing: Housing; readonly fans: 'housing' | 'screw terminal' }
  readonly ports: PortNames
}

/** The housing a board's signal header takes, by its catalogue prefix. */
export type Housing = 'jst-xh' | 'dupont'

const MAP = "Klipper's Octopus pin map"
const socket = (n: number, step: string, dir: string, enable: string, uart: string, diag: string): DriverSocket => ({
  name: `Driver${n}`,
  step,
  dir,
  enable,
  uart,
  diag,
  uartVia: `Driver${n}'s UART (${MAP})`,
  diagVia: `Driver${n}'s DIAG jumper to its endstop input (${MAP})`,
})

export const OCTOPUS_V11: Board = {
  part: 'controller-8-drivers',
  name: 'BTT Octopus v1.1 (STM32F446)',
  map: MAP,
  marlin: 'BOARD_BTT_OCTOPUS_V1_1',
  serial: '/dev/serial/by-id/usb-Klipper_stm32f446xx_CHANGE-ME-if00',
  sockets: [
    socket(0, 'PF13', 'PF12', '!PF14', 'PC4', 'PG6'),
    socket(1, 'PG0', 'PG1', '!PF15', 'PD11', 'PG9'),
    socket(2, 'PF11', 'PG3', '!PG5', 'PC6', 'PG10'),
    socket(3, 'PG4', 'PC1', '!PA0', 'PC7', 'PG11'),
    socket(4, 'PF9', 'PF10', '!PG2', 'PF2', 'PG12'),
    socket(5, 'PC13', 'PF0', '!PF1', 'PE4', 'PG13'),
    socket(6, 'PE2', 'PE3', '!PD4', 'PE1', 'PG14'),
    socket(7, 'PE6', 'PA14', '!PE0', 'PD3', 'PG15'),
  ],
  hotEndHeaters: ['PA2', 'PA3', 'PB10', 'PB11'],
  bedHeater: 'PA1',
  hotEndThermistors: ['PF4', 'PF5', 'PF6', 'PF7'],
  bedThermistor: 'PF3',
  fans: ['PA8', 'PE5', 'PD12', 'PD13', 'PD14', 'PD15'],
  probe: 'PG15',
  // The probe port's, for + and -; STOP_7's, for the signal.
  probeEnds: { housings: 2, crimps: 3 },
  // Its motor, thermistor, fan and probe sockets are JST-XH (BIGTREETECH Octopus user guide, 1.4 pin diagram).
  plugs: { housing: 'jst-xh', fans: 'housing' },
  ports: {
    hotEndHeaters: ['HE0', 'HE1', 'HE2', 'HE3'],
    hotEndThermistors: ['T0', 'T1', 'T2', 'T3'],
    bedHeater: 'bed output',
    bedThermistor: 'TB',
    fans: ['FAN0', 'FAN1', 'FAN2', 'FAN3', 'FAN4', 'FAN5'],
    probe: 'STOP_7 endstop input',
    probePower: "the probe port's + and - (24 V: its voltage jumper on VIN)",
  },
}
