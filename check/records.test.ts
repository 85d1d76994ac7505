import { describe, expect, it } from 'vitest'
import type { PrintEstimates, PrintRecord } from '../src/export/print-estimates.js'
import { compareEstimates, estimatesToWrite } from './records.js'

const record = (name: string, sha256: string, printTimeS: number): PrintRecord => ({
  name,
  sha256,
  material: 'PETG',
  printTimeS,
  filamentGrams: 10,
  filamentMm: 3000,
})

const estimates = (parts: PrintRecord[], fillDensity = '30%'): PrintEstimates => ({
  slicer: 'PrusaSlicer 2.5.0',
  summary: 'settings',
  settings: { 'fill-density': fillDensity },
  materials: {},
  parts,
})

const committed = estimates([record('corner', 'aaa', 3600), record('tee', 'bbb', 600)])

describe('committed print estimates', () => {
  it('are stale where the geometry changed, and only noted where the slicer jitters', () => {
    const fresh = estimates([record('corner', 'aaa', 3603), record('tee', 'ccc', 600)])
    expect(compareEstimates(committed, fresh)).toEqual({
      stale: [
        'tee (PETG, STL sha256 ccc): no committed record (new or changed geometry)',
        'tee (PETG, STL sha256 bbb): committed record matches no part any more',
      ],
      notes: ['the other print times differ from the committed ones by 3 s at most'],
    })
    expect(estimatesToWrite(committed, fresh).parts).toEqual([record('corner', 'aaa', 3600), record('tee', 'ccc', 600)])
  })

  it('are stale when the settings changed, and then written afresh', () => {
    const fresh = estimates([record('corner', 'aaa', 3603), record('tee', 'bbb', 600)], '40%')
    expect(compareEstimates(committed, fresh).stale).toEqual(['the slicer settings differ from the committed ones'])
    expect(estimatesToWrite(committed, fresh)).toBe(fresh)
  })

  it('note an estimate that moved by more than the jitter', () => {
    const fresh = estimates([record('corner', 'aaa', 4000), record('tee', 'bbb', 600)])
    expect(compareEstimates(committed, fresh)).toEqual({
      stale: [],
      notes: ['corner (PETG, STL sha256 aaa): now 1 h 07 min and 10 g, committed 1 h 00 min and 10 g'],
    })
  })
})
