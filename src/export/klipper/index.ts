import { AXIS_CONTRACT } from '../../../modules/axis/contract.js'
import type { Kit } from '../kit.js'
import { type PrinterCfgInputs, printerCfg } from './printer-cfg.js'

export { type PrinterCfgInputs, printerCfg } from './printer-cfg.js'

/** The tool head the generator knows: a hot end with its extruder and a probe. */
const KNOWN_HEAD = 'extruder'

/**
 * The firmware files of a build: Klipper's printer.cfg for the catalogue's controller, for a
 * machine with the extruder head (a head of another kind has no extruder or probe to configure).
 */
export function firmwareFiles(kit: Kit): Map<string, string> {
  const inputs = firmwareInputs(kit)
  return inputs ? new Map([['firmware/klipper/printer.cfg', printerCfg(inputs)]]) : new Map()
}

/** What a firmware config is written from, for a machine with the extruder head; none for another head. */
export function firmwareInputs(kit: Kit): PrinterCfgInputs | undefined {
  if (kit.layout.toolHeads.kind !== KNOWN_HEAD) return undefined
  const zHold = kit.checks.find((c) => c.id === 'z-hold-motors-off')
  return {
    spec: kit.spec,
    layout: kit.layout,
    carriageLength: AXIS_CONTRACT.carriageLength,
    carriageLoadFace: AXIS_CONTRACT.carriageLoadFace,
    zHeldUnpowered: zHold?.pass ?? false,
    zReduction: kit.zMotor.ratio,
  }
}
