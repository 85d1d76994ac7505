/**
 * Ctrl-C and SIGTERM while a build writes its output: once writing starts, the first of them is
 * caught and kept here for the process's life, so that the write can stop before its swap, and a
 * signal that comes after it still makes the run end with 130 or 143.
 */
let caught: NodeJS.Signals | undefined
let listening = false

export function catchStopSignals(): void {
  if (listening) return
  listening = true
  const keep = (signal: NodeJS.Signals) => {
    caught ??= signal
  }
  process.on('SIGINT', keep).on('SIGTERM', keep)
}

/** The stop signal caught so far, if any. */
export const stopSignal = (): NodeJS.Signals | undefined => caught

export const exitCodeOf = (signal: NodeJS.Signals): number => (signal === 'SIGINT' ? 130 : 143)

/**
 * Waits until the event loop has polled once, so that a signal that came during synchronous
 * work reaches its handler: an immediate set from the poll phase runs before the next poll, the
 * one set from it after.
 */
export const signalsDelivered = () => new Promise((resolve) => setImmediate(() => setImmediate(resolve)))
