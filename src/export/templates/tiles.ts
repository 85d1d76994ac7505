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

/** A hole's mark along one direction: its centre and how far its circle and cross reach from it. */
export interface Mark {
  readonly at: number
  readonly reach: number
}

/** The least band a page keeps to lay the next one over, mm (ours: room to glue or tape). */
const LEAST_BAND = 3

/** How many pages more than the fewest a piece may take to keep its joins clear of every mark. */
const MORE_PAGES = 3

/**
 * Splits 0 to `total` into equal stretches of at most `room`, each overlapping the next by
 * `overlap`: the fewest pages that cover it. A join that would cut through a mark (a hole's, an
 * opening's) is moved, within the overlap (or back into the next page's spare room), to the
 * nearest place clear of every mark, so that each is drawn whole on the page that owns it; where
 * no such place is (an opening wider than the room to move), a page more, up to MORE_PAGES.
 */
export function spans(total: number, room: number, overlap: number, marks: readonly Mark[] = []): Span[] {
  if (room <= overlap) throw new Error(`a page's room (${room} mm) must be more than the overlap (${overlap} mm)`)
  const fewest = total <= room ? 1 : Math.ceil((total - overlap) / (room - overlap))
  for (let count = fewest; count <= fewest + MORE_PAGES; count++) {
    const found = tiled(total, room, overlap, marks, count)
    if (found) return found
  }
  return tiled(total, room, overlap, marks, fewest, true)!
}

/** `count` pages with every join clear of the marks, or none; `anyway`: the joins not clear left where they fall. */
function tiled(
  total: number,
  room: number,
  overlap: number,
  marks: readonly Mark[],
  count: number,
  anyway = false,
): Span[] | undefined {
  const step = (total - overlap) / count
  const spare = room - step - overlap
  const clear = (x: number) => marks.every((m) => Math.abs(m.at - x) > m.reach)
  const shifts: number[] = []
  for (let d = 0; d <= Math.max(overlap - LEAST_BAND, spare); d += 0.5) shifts.push(d, -d)
  const joins: number[] = []
  for (let k = 0; k < count - 1; k++) {
    const at = (k + 1) * step
    const d = shifts.find((s) => s <= overlap - LEAST_BAND && -s <= spare && clear(at + s))
    if (d === undefined && !anyway) return undefined
    // To the micrometre, as the pages print it.
    joins.push(Math.round((at + (d ?? 0)) * 1000) / 1000)
  }
  return Array.from({ length: count }, (_, k) => {
    const last = k === count - 1
    const from = k === 0 ? 0 : joins[k - 1]
    return { from, to: last ? total : k * step + step + overlap, next: last ? total : joins[k] }
  })
}

/** Whether a page of this span owns position `at`: its own stretch, and the end of the last. */
export const owns = (span: Span, at: number): boolean =>
  at >= span.from - 1e-9 && (at < span.next - 1e-9 || span.next === span.to)
