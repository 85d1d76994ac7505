import { formatDuration, type PrintEstimates, type PrintRecord } from '../src/index.js'

const keyOf = (r: PrintRecord) => `${r.name} ${r.sha256} ${r.material}`
const label = (r: PrintRecord) => `${r.name} (${r.material}, STL sha256 ${r.sha256.slice(0, 12)})`

/**
 * PrusaSlicer's output varies a little from run to run on the same input (a few seconds in a
 * 17 h print), so estimates this close count as the same.
 */
const SAME_WITHIN = 0.01
const close = (a: number, b: number) => Math.abs(a - b) <= SAME_WITHIN * Math.max(a, b)
const sameEstimate = (a: PrintRecord, b: PrintRecord) =>
  close(a.printTimeS, b.printTimeS) && close(a.filamentGrams, b.filamentGrams)
const sameSettings = (a: PrintEstimates, b: PrintEstimates) =>
  JSON.stringify([a.summary, a.settings, a.materials]) === JSON.stringify([b.summary, b.settings, b.materials])

/** The records in a fixed order, so that the committed file changes only where a part did. */
export function sortedRecords(records: readonly PrintRecord[]): PrintRecord[] {
  return [...records].sort((a, b) => keyOf(a).localeCompare(keyOf(b)))
}

export interface Comparison {
  /** Differences in geometry or settings: the committed file must be rewritten. */
  readonly stale: string[]
  /** Differences in the estimates alone. */
  readonly notes: string[]
}

/** How the committed estimates differ from the ones just made. */
export function compareEstimates(committed: PrintEstimates, fresh: PrintEstimates): Comparison {
  const stale: string[] = []
  const notes: string[] = []
  const before = new Map(committed.parts.map((r) => [keyOf(r), r]))
  const now = new Set(fresh.parts.map(keyOf))
  let jitter = 0
  for (const record of fresh.parts) {
    const old = before.get(keyOf(record))
    if (!old) stale.push(`${label(record)}: no committed record (new or changed geometry)`)
    else if (!sameEstimate(old, record))
      notes.push(
        `${label(record)}: now ${formatDuration(record.printTimeS)} and ${record.filamentGrams} g, committed ${formatDuration(old.printTimeS)} and ${old.filamentGrams} g`,
      )
    else jitter = Math.max(jitter, Math.abs(old.printTimeS - record.printTimeS))
  }
  for (const record of committed.parts)
    if (!now.has(keyOf(record))) stale.push(`${label(record)}: committed record matches no part any more`)
  if (committed.slicer !== fresh.slicer)
    notes.push(`sliced with ${fresh.slicer}; the records are from ${committed.slicer}`)
  if (!sameSettings(committed, fresh)) stale.push('the slicer settings differ from the committed ones')
  if (jitter > 0) notes.push(`the other print times differ from the committed ones by ${jitter} s at most`)
  return { stale, notes }
}

/** The estimates to commit: the committed record where only the slicer's jitter changed it. */
export function estimatesToWrite(committed: PrintEstimates, fresh: PrintEstimates): PrintEstimates {
  if (committed.slicer !== fresh.slicer || !sameSettings(committed, fresh)) return fresh
  const before = new Map(committed.parts.map((r) => [keyOf(r), r]))
  const kept = fresh.parts.map((record) => {
    const old = before.get(keyOf(record))
    return old && sameEstimate(old, record) ? old : record
  })
  return { ...fresh, parts: kept }
}
