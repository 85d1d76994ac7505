import type { DriverSocket } from './octopus.js'
import { drivenMotors, homedByStall, type Motor } from './steppers.js'

/** A jumper wire a board needs for a driver's UART or stall line, where it has none on board (the RAMPS). */
export interface JumperWire {
  readonly kind: 'UART jumper' | 'DIAG jumper'
  /** The driver's socket and the section it drives. */
  readonly socket: DriverSocket
  readonly section: string
  /** Where the wire lands, and the MCU pin that is (printer.cfg's uart_pin or diag_pin). */
  readonly to: string
  readonly pin: string
}

/** Each driven motor's UART wire, and a DIAG wire for those homed by stall, on a board that needs them. */
export function jumperWires(motors: readonly Motor[], sockets: readonly DriverSocket[]): JumperWire[] {
  const driven = drivenMotors(
    motors.map((m, i) => ({ ...m, socket: sockets[i] })),
    sockets,
  )
  return driven.flatMap(({ section, socket }) => {
    const wires = socket.wires
    if (!wires) return []
    return [
      { kind: 'UART jumper' as const, socket, section, to: wires.uart, pin: socket.uart },
      ...(homedByStall(section)
        ? [{ kind: 'DIAG jumper' as const, socket, section, to: wires.diag, pin: socket.diag }]
        : []),
    ]
  })
}
