/**
 * One page's stretch of a piece along one direction: it shows `from` to `to`; the next page is
 * laid over its last `overlap` mm, from `next` on, so that it owns `from` to `next` (the last
 * page owns to its end). A hole is drawn on the one page that owns it.
 */
export interface Span {
  readonly from: number
  readonly to: number
  /** Where the next page's cut edge lies; `to` on the last page. */
  readonly next: number
}

/**
 * Splits 0 to `total` into equal stretches of at most `room`, each overlapping the next by
 * `overlap`: the fewest pages that cover it.
 */
export function spans(total: number, room: number, overlap: number): Span[] {
  if (room <= overlap) throw new Error(`a page's room (${room} mm) must be more than the overlap (${overlap} mm)`)
  const count = total <= room ? 1 : Math.ceil((total - overlap) / (room - overlap))
  const step = (total - overlap) / count
  return Array.from({ length: count }, (_, k) => {
    const last = k === count - 1
    const from = k * step
    return { from, to: last ? total : from + step + overlap, next: last ? total : from + step }
  })
}

/** Whether a page of this span owns position `at`: its own stretch, and the end of the last. */
export const owns = (span: Span, at: number): boolean =>
  at >= span.from - 1e-9 && (at < span.next - 1e-9 || span.next === span.to)
