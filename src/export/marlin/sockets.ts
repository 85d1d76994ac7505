import type { Board, DriverSocket } from '../klipper/octopus.js'
import { RAMPS_14 } from '../klipper/ramps.js'
import { drivenMotors, FIRST_EXTRUDER_SOCKET, motorsOf, socketsFor } from '../klipper/steppers.js'

/** A motor as Marlin names it, its socket and its Klipper section. */
export interface MarlinMotor {
  /** X, Y, Y2, Z, Z2, Z3, Z4, E0, E1: the prefix of its #defines. */
  readonly name: string
  readonly section: string
  readonly moves: string
  readonly socket: DriverSocket
}

/** Marlin's name of each Klipper stepper section (Marlin's Configuration.h and Configuration_adv.h). */
export const MARLIN_NAMES: Readonly<Record<string, string>> = {
  stepper_x: 'X',
  stepper_y: 'Y',
  stepper_y1: 'Y2',
  stepper_z: 'Z',
  stepper_z1: 'Z2',
  stepper_z2: 'Z3',
  stepper_z3: 'Z4',
  extruder: 'E0',
  extruder1: 'E1',
}

/**
 * The machine's motors with a driver of their own on the Klipper config's sockets (those Marlin's
 * map forces), in socket order: a motor sharing a socket (the RAMPS's second Z) is its first's.
 */
export function marlinMotors(zAxes: readonly string[], tools: number, board: Board): MarlinMotor[] {
  const motors = motorsOf(zAxes, tools)
  const sockets = socketsFor(motors, board, zAxes.length, tools)
  const at = (m: MarlinMotor) => board.sockets.indexOf(m.socket)
  const named = motors.map((m, i) => ({ ...m, name: MARLIN_NAMES[m.section], socket: sockets[i] }))
  return drivenMotors(named, sockets).sort((a, b) => at(a) - at(b))
}

/** Marlin's endstop name of each RAMPS endstop input (Marlin's pins_RAMPS.h: X_MIN_PIN 3 ... Z_MAX_PIN 19). */
const RAMPS_ENDSTOPS: Readonly<Record<string, string>> = {
  PE5: '_XMIN_',
  PE4: '_XMAX_',
  PJ1: '_YMIN_',
  PJ0: '_YMAX_',
  PD3: '_ZMIN_',
  PD2: '_ZMAX_',
}

/**
 * The Arduino pin of each RAMPS socket's TMC UART jumper (ramps.ts), Marlin's *_SERIAL_TX_PIN and
 * *_SERIAL_RX_PIN both, one wire: X, Y, Z and E0 on pins_RAMPS.h's RX pins (63 to 66, which have
 * pin-change interrupts, as SoftwareSerial's receive needs); E1's 11 is ours, as ramps.ts.
 */
export const RAMPS_UART_PINS: Readonly<Record<string, number>> = { X: 63, Y: 64, Z: 65, E0: 66, E1: 11 }

/** The endstop the right Y's stall signal is wired to, as Marlin's Y2_USE_ENDSTOP names it. */
export function y2Endstop(socket: DriverSocket, board: Board): string {
  if (board.part !== RAMPS_14.part) return eSocketDiag(socket, board)
  const name = RAMPS_ENDSTOPS[socket.diag]
  if (!name) throw new Error(`${socket.diag} is not one of the RAMPS's endstop inputs`)
  return name
}

/**
 * Marlin's name of the DIAG pin of an E socket (Driver4 on), as a Y2_USE_ENDSTOP value: _E0DIAG_ to
 * _E7DIAG_ (Marlin's macros.h), which Marlin reads as that socket's E<n>_DIAG_PIN.
 */
export function eSocketDiag(socket: DriverSocket, board: Board): string {
  const e = board.sockets.indexOf(socket) - FIRST_EXTRUDER_SOCKET
  if (e < 0) throw new Error(`${socket.name} is not one of Marlin's E sockets`)
  return `_E${e}DIAG_`
}
