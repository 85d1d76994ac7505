import { setConsoleFunction } from 'three'

/** The one warning of three.js that is not the page's to act on. */
const CLOCK_DEPRECATED = 'THREE.Clock: This module has been deprecated'

/**
 * three.js's messages go to the console as before, but for the deprecation of THREE.Clock, which
 * React Three Fiber makes for every canvas: it warned on every load.
 */
export function quietClockWarning(): void {
  setConsoleFunction((type: 'log' | 'warn' | 'error', message: string, ...params: unknown[]) => {
    if (!message.startsWith(CLOCK_DEPRECATED)) console[type](message, ...params)
  })
}
