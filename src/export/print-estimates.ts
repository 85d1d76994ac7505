import type { Kit } from './kit.js'
import type { PartResult } from './parts.js'
import estimates from './print-estimates.json' with { type: 'json' }

/** What the slicer gave for one part's geometry (its STL's hash) in one material. */
export interface PrintRecord {
  readonly name: string
  readonly sha256: string
  readonly material: string
  readonly printTimeS: number
  readonly filamentGrams: number
  readonly filamentMm: number
}

/** The committed slicer results: which slicer, with what settings, and a record a part. */
export interface PrintEstimates {
  readonly slicer: string
  /** The settings in words. */
  readonly summary: string
  /** The slicer's command-line flags, and the filament flags of each material sliced. */
  readonly settings: Readonly<Record<string, string | number>>
  readonly materials: Readonly<Record<string, Readonly<Record<string, string | number>>>>
  readonly parts: readonly PrintRecord[]
}

export const PRINT_ESTIMATES: PrintEstimates = estimates
export const PRINT_ESTIMATES_FILE = 'src/export/print-estimates.json'
export const UPDATE_PRINT_ESTIMATES = 'npm run check:print -- --write'

/** The record for this part's exact geometry in the material, if the slicer has seen it. */
export function printRecordOf(part: PartResult, material: string, records = PRINT_ESTIMATES.parts) {
  return records.find((r) => r.name === part.part.name && r.sha256 === part.sha256 && r.material === material)
}

export interface PrintTotals {
  /** Every part's record times its count; null when a part has no record. */
  readonly printTimeS: number | null
  readonly filamentGrams: number | null
  /** Names of the parts with no record for their geometry and material. */
  readonly missing: readonly string[]
}

export function printTotals(kit: Kit, records = PRINT_ESTIMATES.parts): PrintTotals {
  const missing: string[] = []
  let printTimeS = 0
  let filamentGrams = 0
  for (const part of kit.parts) {
    const record = printRecordOf(part, kit.spec.material, records)
    if (!record) missing.push(part.part.name)
    else {
      printTimeS += record.printTimeS * part.count
      filamentGrams += record.filamentGrams * part.count
    }
  }
  return missing.length > 0
    ? { printTimeS: null, filamentGrams: null, missing }
    : { printTimeS, filamentGrams, missing }
}

/** "2 h 05 min", or "48 min" under an hour. */
export function formatDuration(seconds: number): string {
  const minutes = Math.round(seconds / 60)
  const hours = Math.floor(minutes / 60)
  return hours > 0 ? `${hours} h ${String(minutes % 60).padStart(2, '0')} min` : `${minutes} min`
}
