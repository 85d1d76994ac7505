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

/** A drilling template: the holes and openings marked on the bare piece, for the pieces of one row drilled alike. */
export interface Template {
  /** File name stem: the row's item and length, and which of its patterns when it has more than one. */
  readonly name: string
  /** The cut-list row's key (cutlist.ts, sameCutKey): the pieces it is for. */
  readonly key: string
  /** What the piece is, as its notes begin, e.g. "Y rails". */
  readonly title: string
  readonly row: Row
  /** How many of the row's pieces take it. */
  readonly count: number
  readonly length: number
  /** The piece's holes and openings: those marked are drawn, the other holes are counted. */
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

/**
 * An opening's corner holes, mm (ours): each inside a corner, touching both edges, to let in a
 * jigsaw blade for metal (jigsaw blades are 1/4 to 1/2 in wide, the narrow ones for curves and
 * metal); the saw cuts from hole to hole along the edges and a file squares the corners.
 */
export const OPENING_CORNER_DRILL = 10

/** The piece's rectangular openings: all are marked on the bare piece, as its marked holes are. */
export const markedCutouts = (drilled: StockDrilling) =>
  drilled.faces.flatMap((face, index) => (face.cutouts ?? []).map((cutout) => ({ face: index, cutout })))

/** Whether anything is marked on the bare piece: a hole or an opening. */
const hasMarks = (drilled: StockDrilling): boolean =>
  markedHoles(drilled).length > 0 || markedCutouts(drilled).length > 0

/** The piece as its notes begin: up to their first colon or full stop. */
const titleOf = (piece: StockPiece): string => piece.notes.split(/:|\. /)[0].trim()

const pick = ({ item, material, length, width, along }: StockPiece) => ({ item, material, length, width, along })

/** The holes and openings a template draws, as a key: pieces drilled alike share one template. */
const patternKey = (drilled: StockDrilling): string => JSON.stringify([markedHoles(drilled), markedCutouts(drilled)])

/**
 * One template per row of the cut list and pattern of marked holes and openings, in the cut list's
 * order; pieces with nothing marked on the bare piece (drilled through a part after assembly) have none.
 */
export function templatesOf(pieces: readonly StockUse[]): Template[] {
  const rows = new Map<string, { key: string; row: Row; patterns: Map<string, { piece: StockPiece; count: number }> }>()
  for (const { piece } of pieces) {
    const key = sameCutKey(piece)
    const found = rows.get(key) ?? {
      key,
      row: { ...pick(piece), quantity: 0 },
      patterns: new Map(),
    }
    rows.set(key, { ...found, row: { ...found.row, quantity: found.row.quantity + 1 } })
    if (!piece.drilled || !hasMarks(piece.drilled)) continue
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
  const templates = sorted.flatMap(({ key, row, patterns }) =>
    [...patterns.values()].map(({ piece, count }) => ({
      name: [
        row.item,
        formatMm(row.length) + (row.width === undefined ? '' : `x${formatMm(row.width)}`),
        ...(row.along ? [row.along] : []),
      ].join('-'),
      key,
      title: titleOf(piece),
      row,
      count,
      length: piece.length,
      drilled: piece.drilled!,
    })),
  )
  // Rows of one size drilled to other patterns: numbered in the cut list's order.
  const alike = (name: string) => templates.filter((t) => t.name === name)
  return templates.map((t) =>
    alike(t.name).length > 1 ? { ...t, name: `${t.name}-${alike(t.name).indexOf(t) + 1}` } : t,
  )
}
