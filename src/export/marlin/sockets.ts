import type { Board, DriverSocket } from '../klipper/octopus.js'
import { FIRST_EXTRUDER_SOCKET, motorsOf, socketsFor } from '../klipper/steppers.js'

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

/** The machine's motors on the Klipper config's sockets (those Marlin's map forces), in socket order. */
export function marlinMotors(zAxes: readonly string[], tools: number, board: Board): MarlinMotor[] {
  const motors = motorsOf(zAxes, tools)
  const sockets = socketsFor(motors, board, zAxes.length, tools)
  const at = (m: MarlinMotor) => board.sockets.indexOf(m.socket)
  return motors
    .map((m, i) => ({ ...m, name: MARLIN_NAMES[m.section], socket: sockets[i] }))
    .sort((a, b) => at(a) - at(b))
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
