import type { StockUse } from '../assembly/collect.js'
import type { FrameLayout, PlateFrameLayout, WeldedJoint } from '../layout/types.js'
import type { StockPiece } from '../parts/types.js'
import { formatInches, formatMm } from '../spec/units.js'
import type { Table } from './table.js'

/** Lengths closer than this are the same cut. */
const SAME_CUT_MM = 0.05

/**
 * Pieces with the same key are the same cut: one item, the same length and width to SAME_CUT_MM,
 * (frame bars) the same direction, and the same holes marked on the bench (two panels of one size
 * drilled to other patterns are two rows, each with its template).
 */
export function sameCutKey(piece: StockPiece): string {
  const marked = (piece.drilled?.faces ?? []).flatMap((face, i) =>
    face.holes.filter((h) => h.marked).map((h) => [i, h.x, h.y, h.diameter].map(round).join(',')),
  )
  return [
    piece.item,
    piece.length,
    piece.width ?? 0,
    piece.along ?? '',
    ...(marked.length > 0 ? [marked.join(';')] : []),
  ]
    .map((v) => (typeof v === 'number' ? round(v) : v))
    .join('|')
}

const round = (mm: number) => Math.round(mm / SAME_CUT_MM)

/**
 * Every piece of steel, rod and belt to cut, one row per material and length (and direction, for
 * frame bars); then a welded frame's welds.
 */
export function cutList(pieces: readonly StockUse[], frame?: FrameLayout): Table {
  const rows = new Map<
    string,
    { item: string; material: string; length: number; along: string; quantity: number; notes: Set<string> }
  >()
  for (const { piece } of pieces) {
    const key = sameCutKey(piece)
    const row = rows.get(key) ?? {
      item: piece.item,
      material: piece.material,
      length: piece.length,
      along: piece.along ?? '',
      quantity: 0,
      notes: new Set(),
    }
    row.quantity++
    row.notes.add(piece.notes)
    rows.set(key, row)
  }
  const sorted = [...rows.values()].sort(
    (a, b) => a.item.localeCompare(b.item) || b.length - a.length || a.along.localeCompare(b.along),
  )
  return {
    columns: ['item', 'material', 'length_mm', 'length_in', 'quantity', 'notes'],
    rows: [
      ...sorted.map((r) => [
        r.item,
        r.material,
        lengthCell(r.length),
        formatInches(r.length),
        r.quantity,
        [...r.notes].join('; '),
      ]),
      ...(frame?.style === 'plate' ? weldRows(frame) : []),
    ],
  }
}

const lengthCell = (mm: number) => (Math.round(mm * 10) / 10).toFixed(1)

/**
 * The plate frame's welds: a row per direction of seam (its length, how many), the stitches in
 * the notes; then the procedure, its steps in the notes and no length.
 */
function weldRows({ welding, joints }: PlateFrameLayout): (string | number)[][] {
  const item = `weld-fillet-${formatMm(welding.leg)}`
  const material = `fillet weld, ${formatMm(welding.leg)} mm leg, inside corner`
  const groups = new Map<string, WeldedJoint[]>()
  for (const joint of joints) {
    const key = `${joint.along}|${Math.round(joint.length / SAME_CUT_MM)}`
    groups.set(key, [...(groups.get(key) ?? []), joint])
  }
  const rows = [...groups.values()].map((seams) => {
    const [first] = seams
    return [item, material, lengthCell(first.length), formatInches(first.length), seams.length, seamNotes(seams)]
  })
  const total = joints.reduce((sum, j) => sum + j.weldLength, 0)
  const procedure = `${joints.length} seams, ${formatMm(total)} mm of weld in all. ${welding.procedure.join(' ')}`
  return [...rows, ['weld-procedure', 'plate frame, welded', '', '', 1, procedure]]
}

function seamNotes(seams: readonly WeldedJoint[]): string {
  const [first] = seams
  const names = seams.map((s) => s.panes.join('-')).join(', ')
  const pattern =
    first.pattern === 'full'
      ? 'welded the full length'
      : `${first.stitches} stitches of ${formatMm(first.weldLength / first.stitches)} mm, ${formatMm(first.pitch)} mm start to start, the first and last at the seam's ends`
  return `seams along ${first.along.toUpperCase()}: ${names}; ${pattern}: ${formatMm(first.weldLength)} mm of weld a seam; order and squaring in the weld-procedure row`
}

/** Total length per stock item, for the BOM. */
export function stockTotals(
  pieces: readonly StockUse[],
): { item: string; material: string; pieces: number; totalMm: number; usedIn: string[] }[] {
  const totals = new Map<
    string,
    { item: string; material: string; pieces: number; totalMm: number; usedIn: Set<string> }
  >()
  for (const { piece, usedIn } of pieces) {
    const t = totals.get(piece.item) ?? {
      item: piece.item,
      material: piece.material,
      pieces: 0,
      totalMm: 0,
      usedIn: new Set(),
    }
    t.pieces++
    t.totalMm += piece.length
    t.usedIn.add(usedIn)
    totals.set(piece.item, t)
  }
  return [...totals.values()]
    .sort((a, b) => a.item.localeCompare(b.item))
    .map((t) => ({ ...t, usedIn: [...t.usedIn].sort() }))
}

export const describeTotal = (material: string, pieces: number, totalMm: number) =>
  `${material}: ${pieces} ${pieces === 1 ? 'piece' : 'pieces'}, ${formatMm(totalMm / 1000)} m in all (lengths in the cut list)`
