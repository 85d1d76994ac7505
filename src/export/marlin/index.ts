import type { Kit } from '../kit.js'
import { firmwareInputs } from '../klipper/index.js'
import { marlinOverrides } from './overrides.js'

export { MARLIN_RELEASE, marlinOverrides } from './overrides.js'

/** Marlin's Configuration overrides, for the machines Klipper's printer.cfg is written for. */
export function marlinFiles(kit: Kit): Map<string, string> {
  const inputs = firmwareInputs(kit)
  return inputs ? new Map([['firmware/marlin/Configuration-overrides.h', marlinOverrides(inputs)]]) : new Map()
}
