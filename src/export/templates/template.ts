import type { StockUse } from '../../assembly/collect.js'
import type { StockDrilling, StockPiece } from '../../parts/types.js'
import { formatMm } from '../../spec/units.js'
import { sameCutKey } from '../cutlist.js'

/** The cut-list row a template belongs to. */
export interface Row {
  readonly item: string
  readonly material: string
  readonly length: number
  readonly width?: number
  /** Frame bars: the axis they run along (rows of one length apart by it). */
  readonly along?: string
  readonly quantity: number
}

/** A drilling template: the holes marked on the bare piece, for the pieces of one row drilled alike. */
export interface Template {
  /** File name stem: the row's item and length, and which of its patterns when it has more than one. */
  readonly name: string
  /** What the piece is, as its notes begin, e.g. "Y rails". */
  readonly title: string
  readonly row: Row
  /** How many of the row's pieces take it. */
  readonly count: number
  readonly length: number
  /** The piece's holes: those marked are drawn, the others are counted. */
  readonly drilled: StockDrilling
}

/** The template's strip across the page: a sheet's one face, or an angle's two legs unfolded about the heel. */
export const stripWidth = (drilled: StockDrilling): number => drilled.faces.reduce((sum, f) => sum + f.width, 0)

/**
 * Where a face's y lies across the strip (u, from the strip's left edge): on a sheet, y itself;
 * on an angle, the first leg runs left from the fold at the heel and the second right.
 */
export function acrossOf(drilled: StockDrilling, face: number, y: number): number {
  if (drilled.faces.length === 1) return y
  const fold = drilled.faces[0].width
  return face === 0 ? fold - y : fold + y
}

export const markedHoles = (drilled: StockDrilling) =>
  drilled.faces.flatMap((face, index) => face.holes.filter((h) => h.marked).map((hole) => ({ face: index, hole })))

/** The piece as its notes begin: up to their first colon or full stop. */
const titleOf = (piece: StockPiece): string => piece.notes.split(/:|\. /)[0].trim()

const pick = ({ item, material, length, width, along }: StockPiece) => ({ item, material, length, width, along })

/** The holes a template draws, as a key: pieces drilled alike share one template. */
const patternKey = (drilled: StockDrilling): string => JSON.stringify(markedHoles(drilled))

/**
 * One template per row of the cut list and pattern of marked holes, in the cut list's order;
 * pieces with no hole marked on the bare piece (drilled through a part after assembly) have none.
 */
export function templatesOf(pieces: readonly StockUse[]): Template[] {
  const rows = new Map<string, { row: Row; patterns: Map<string, { piece: StockPiece; count: number }> }>()
  for (const { piece } of pieces) {
    const key = sameCutKey(piece)
    const found = rows.get(key) ?? {
      row: { ...pick(piece), quantity: 0 },
      patterns: new Map(),
    }
    rows.set(key, { ...found, row: { ...found.row, quantity: found.row.quantity + 1 } })
    if (!piece.drilled || markedHoles(piece.drilled).length === 0) continue
    const pattern = patternKey(piece.drilled)
    const seen = found.patterns.get(pattern)
    found.patterns.set(pattern, { piece: seen?.piece ?? piece, count: (seen?.count ?? 0) + 1 })
  }
  const sorted = [...rows.values()].sort(
    (a, b) =>
      a.row.item.localeCompare(b.row.item) ||
      b.row.length - a.row.length ||
      (a.row.along ?? '').localeCompare(b.row.along ?? ''),
  )
  return sorted.flatMap(({ row, patterns }) =>
    [...patterns.values()].map(({ piece, count }, i) => ({
      name: [
        row.item,
        formatMm(row.length) + (row.width === undefined ? '' : `x${formatMm(row.width)}`),
        ...(row.along ? [row.along] : []),
        ...(patterns.size > 1 ? [String(i + 1)] : []),
      ].join('-'),
      title: titleOf(piece),
      row,
      count,
      length: piece.length,
      drilled: piece.drilled!,
    })),
  )
}
