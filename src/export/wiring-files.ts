import { type BedHeating, bedHeating } from '../../modules/bed/dimensions.js'
import type { Layout } from '../layout/index.js'
import type { Spec } from '../spec/schema.js'
import type { Kit } from './kit.js'
import { boardOf } from './klipper/boards.js'
import { toCsv, toMarkdown } from './table.js'
import { boardSetupText, powerOf, type Wiring, wiringBom, wiringOf, wiringTable } from './wiring.js'
import { safetyBom, safetyText } from './wiring-safety.js'

/** The head whose cables the wiring knows: a hot end with its extruder, fans and probe. */
const KNOWN_HEAD = 'extruder'

type BomRow = readonly [string, string, number, string]

/** The machine's electrics: its wiring and the BOM lines of the wiring and the safety items. */
export interface Electrics {
  readonly wiring: Wiring
  /** The bed's heater, as the wiring and safety items were sized for it. */
  readonly heating: BedHeating
  readonly bom: readonly BomRow[]
}

/**
 * Refuses a spec whose 24 V load the control panel's supply cannot carry (InputError naming the
 * field), from the spec and layout alone: makeKit asks it before any part is modelled.
 */
export function refuseUnpoweredSpec(spec: Spec, layout: Layout): void {
  if (layout.toolHeads.kind === KNOWN_HEAD) powerOf(spec, layout)
}

/** The electrics of a machine whose head the wiring knows; none for a head of another kind. */
export function electricsOf(kit: Pick<Kit, 'spec' | 'layout' | 'machine'>): Electrics | undefined {
  if (kit.layout.toolHeads.kind !== KNOWN_HEAD) return undefined
  const wiring = wiringOf(kit, boardOf(kit.spec), powerOf(kit.spec, kit.layout))
  const heating = bedHeating(kit.layout.bed)
  return { wiring, heating, bom: [...wiringBom(wiring), ...safetyBom(wiring, kit.layout)] }
}

/** wiring.csv, wiring.md and safety.md, and the kit's electrical BOM lines (already in kit.bom). */
export function wiringFiles(kit: Kit, title: string): { files: Map<string, string>; bom: readonly BomRow[] } {
  if (!kit.electrics) return { files: new Map(), bom: [] }
  const { wiring, heating, bom } = kit.electrics
  const table = wiringTable(wiring)
  return {
    files: new Map([
      ['wiring.csv', toCsv(table)],
      ['wiring.md', `${toMarkdown(table, `Wiring: ${title}`)}\n${boardSetupText(wiring)}`],
      ['safety.md', safetyText(wiring, heating, title)],
    ]),
    bom,
  }
}
