import type { PlacedLeaf } from '../../assembly/collect.js'
import type { StockPiece } from '../../parts/types.js'
import { sameCutKey } from '../cutlist.js'
import type { Table } from '../table.js'
import type { BoughtLine, PrintedLine, StockLine } from './types.js'

/**
 * The cut list's rows by the pieces they hold. The cut list sorts its rows by item, then longest
 * first, then direction; the rows of pieces come first, the welds after.
 */
export class CutRows {
  private readonly rowOf = new Map<string, number>()
  /** Rows that hold no piece (a welded frame's welds), by index. */
  readonly withoutPieces: readonly number[]

  constructor(
    private readonly cutlist: Table,
    pieces: readonly StockPiece[],
  ) {
    const first = new Map<string, StockPiece>()
    for (const piece of pieces) if (!first.has(sameCutKey(piece))) first.set(sameCutKey(piece), piece)
    const sorted = [...first].sort(
      ([, a], [, b]) =>
        a.item.localeCompare(b.item) || b.length - a.length || (a.along ?? '').localeCompare(b.along ?? ''),
    )
    for (const [row, [key, piece]] of sorted.entries()) {
      if (cutlist.rows[row]?.[0] !== piece.item) throw new Error(`cut-list row ${row} is not ${piece.item}`)
      this.rowOf.set(key, row)
    }
    this.withoutPieces = cutlist.rows.map((_, i) => i).filter((i) => i >= sorted.length)
  }

  of(piece: StockPiece): number {
    const row = this.rowOf.get(sameCutKey(piece))
    if (row === undefined) throw new Error(`no cut-list row holds ${piece.item} ${piece.length}`)
    return row
  }

  /** Every row's index. */
  indices(): number[] {
    return this.cutlist.rows.map((_, i) => i)
  }

  cell(row: number, column: string): string {
    return String(this.cutlist.rows[row][this.cutlist.columns.indexOf(column)] ?? '')
  }
}

export function printedLines(leaves: readonly PlacedLeaf[]): PrintedLine[] {
  const lines = new Map<string, { description: string; quantity: number }>()
  for (const { leaf } of leaves) {
    if (leaf.kind !== 'printed') continue
    const line = lines.get(leaf.part.name) ?? { description: leaf.part.description, quantity: 0 }
    line.quantity++
    lines.set(leaf.part.name, line)
  }
  return [...lines].sort(([a], [b]) => a.localeCompare(b)).map(([name, l]) => ({ name, ...l }))
}

export function boughtLines(leaves: readonly PlacedLeaf[]): BoughtLine[] {
  const lines = new Map<string, { description: string; quantity: number }>()
  for (const { leaf } of leaves) {
    if (leaf.kind !== 'bought') continue
    const line = lines.get(leaf.part.id) ?? { description: leaf.part.description, quantity: 0 }
    line.quantity += leaf.quantity
    lines.set(leaf.part.id, line)
  }
  return [...lines].sort(([a], [b]) => a.localeCompare(b)).map(([id, l]) => ({ id, ...l }))
}

/** Stock pieces by cut-list row, then the rows without pieces the step makes (welds), each in full. */
export function stockLines(
  leaves: readonly PlacedLeaf[],
  rows: CutRows,
  extraRows: readonly number[] = [],
): StockLine[] {
  const lines = new Map<number, { quantity: number; notes: Set<string> }>()
  for (const { leaf } of leaves) {
    if (leaf.kind !== 'stock') continue
    const line = lines.get(rows.of(leaf.piece)) ?? { quantity: 0, notes: new Set<string>() }
    line.quantity++
    line.notes.add(leaf.piece.notes)
    lines.set(rows.of(leaf.piece), line)
  }
  for (const row of extraRows)
    lines.set(row, { quantity: Number(rows.cell(row, 'quantity')), notes: new Set([rows.cell(row, 'notes')]) })
  return [...lines]
    .sort(([a], [b]) => a - b)
    .map(([row, l]) => ({
      row,
      item: rows.cell(row, 'item'),
      lengthMm: rows.cell(row, 'length_mm'),
      quantity: l.quantity,
      notes: [...l.notes],
    }))
}
