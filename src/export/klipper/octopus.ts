/**
 * The pins of the catalogue's `controller-8-drivers` (BTT Octopus v1.1 class, STM32F446), as
 * Klipper's own pin map for it gives them (config/generic-bigtreetech-octopus-v1.1.cfg, kept at
 * ../shared/tools/klipper/boards/): its eight driver sockets (Driver0 to Driver7) with their
 * step, dir, enable and TMC UART pins and the DIAG pin each socket's jumper joins to its endstop
 * input (PG6 to PG15: the map's endstop pins and its `diag_pin` comments), its heater outputs,
 * thermistor inputs, fan outputs and probe input. klipper.test.ts reads the map and checks every
 * pin here against it.
 */
export interface DriverSocket {
  readonly name: string
  readonly step: string
  readonly dir: string
  /** Active low, as the map writes it. */
  readonly enable: string
  readonly uart: string
  readonly diag: string
}

export interface Board {
  /** The catalogue id of the board these pins belong to. */
  readonly part: string
  readonly name: string
  readonly sockets: readonly DriverSocket[]
  /** Heater outputs HE0.. for the hot ends, and the bed's output. */
  readonly hotEndHeaters: readonly string[]
  readonly bedHeater: string
  /** Thermistor inputs T0.. for the hot ends, and the bed's TB. */
  readonly hotEndThermistors: readonly string[]
  readonly bedThermistor: string
  /** Fan outputs FAN0..FAN5. */
  readonly fans: readonly string[]
  /** The probe port's signal pin (the map's `[bltouch] sensor_pin`). */
  readonly probe: string
}

const socket = (n: number, step: string, dir: string, enable: string, uart: string, diag: string): DriverSocket => ({
  name: `Driver${n}`,
  step,
  dir,
  enable,
  uart,
  diag,
})

export const OCTOPUS_V11: Board = {
  part: 'controller-8-drivers',
  name: 'BTT Octopus v1.1 (STM32F446)',
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
  probe: 'PB7',
}
