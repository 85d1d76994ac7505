import type { StockCutout, StockHole } from '../../parts/types.js'
import { formatMm } from '../../spec/units.js'
import { PAGE, type Paper, RULER, TEXT } from './paper.js'
import { acrossOf, markedCutouts, markedHoles, OPENING_CORNER_DRILL, stripWidth, type Template } from './template.js'
import { owns, type Span, spans } from './tiles.js'

/** A number as SVG text: to the micrometre, never "-0": the same template, the same bytes. */
const n = (v: number): string => String(Math.round(v * 1000) / 1000 + 0)

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Text at most `width` wide at `size`, broken between words. */
function wrap(text: string, width: number, size: number): string[] {
  const most = Math.floor(width / (size * TEXT.charWidth))
  const lines: string[] = []
  for (const word of text.split(' ')) {
    const last = lines.at(-1)
    if (last !== undefined && last.length + 1 + word.length <= most) lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  return lines
}

interface Line {
  readonly text: string
  readonly size: number
  readonly bold?: boolean
}

/** Room beside the title for the page number. */
const PAGE_NUMBER_ROOM = 32

/** What every page of a template says above its drawing. */
function headerLines(t: Template, width: number): Line[] {
  const { row, drilled } = t
  const marked = markedHoles(drilled)
  const openings = markedCutouts(drilled)
  const others = drilled.faces.reduce((sum, f) => sum + f.holes.length, 0) - marked.length
  const size = `${formatMm(row.length)} mm${row.width === undefined ? '' : ` x ${formatMm(row.width)} mm`}`
  const share = t.count < row.quantity ? `; this template is for ${t.count} of them` : ''
  const later = others
    ? `, not the ${others} drilled after assembly through the parts they are for (the row's notes)`
    : ' (no other hole)'
  const two = drilled.faces.length === 2
  const faces = drilled.faces.map((face, i) => {
    const side = two ? (i === 0 ? ' (left of the fold)' : ' (right of the fold)') : ''
    const groups = new Map<string, number>()
    for (const h of face.holes.filter((h) => h.marked)) {
      const key = `${drill(h)} for ${h.purpose}`
      groups.set(key, (groups.get(key) ?? 0) + 1)
    }
    for (const c of face.cutouts ?? []) {
      const key = `${opening(c)} for ${c.purpose}`
      groups.set(key, (groups.get(key) ?? 0) + 1)
    }
    const list = [...groups].map(([what, count]) => `${count} ${what}`).join(', ')
    return `${face.name}${side}: ${list || 'none marked'}`
  })
  const edges = [...new Set(drilled.faces.map((f) => f.edge))].join(' or ')
  const body = [
    `Cut-list row: ${row.item} (${row.material}), ${size}, quantity ${row.quantity}${share}.`,
    `Marks the ${marked.length} holes drilled in the bare piece${later}: tape it on, centre-punch each cross, drill.`,
    ...(openings.length > 0
      ? [
          `And its ${openings.length} ${openings.length === 1 ? 'opening' : 'openings'}, each a rectangle with its centre lines: scribe its edges, centre-punch and drill the ${formatMm(OPENING_CORNER_DRILL)} mm hole drawn dashed inside each corner, cut between the holes along the edges with a jigsaw and file to them.`,
        ]
      : []),
    `${faces.join('; ')}.`,
    `At each hole: mm from the reference end / mm from ${edges}. Print at 100 % (no fitting to the page) and check the ruler.`,
  ]
  return [
    ...wrap(`Drilling template 1:1: ${t.title}`, width - PAGE_NUMBER_ROOM, TEXT.title).map((text) => ({
      text,
      size: TEXT.title,
      bold: true,
    })),
    ...body.flatMap((b) => wrap(b, width, TEXT.body).map((text) => ({ text, size: TEXT.body }))),
  ]
}

const drill = (h: StockHole): string =>
  `Ø${formatMm(h.diameter)}${h.countersink === undefined ? '' : ` countersunk Ø${formatMm(h.countersink)}`}`

/** An opening's size: along the piece (x) by across it (y), as the cut list gives it. */
const opening = (c: StockCutout): string => `opening ${formatMm(c.width)} x ${formatMm(c.height)}`

/** Where a template's drawing goes on a page, and the stretches of the piece its pages show. */
export interface Sheet {
  readonly lines: readonly Line[]
  /** The drawing's room on the page. */
  readonly area: { readonly x: number; readonly y: number; readonly width: number; readonly height: number }
  /** Down the page: along the piece from its reference end. */
  readonly along: readonly Span[]
  /** Across the page: across the strip. */
  readonly across: readonly Span[]
}

export function sheetOf(t: Template, paper: Paper): Sheet {
  const width = paper.width - 2 * PAGE.margin
  const lines = headerLines(t, width)
  const header = lines.reduce((sum, l) => sum + l.size * TEXT.lead, 0) + 2
  const area = {
    x: PAGE.margin,
    y: PAGE.margin + header,
    width,
    height: paper.height - 2 * PAGE.margin - header - RULER.footer,
  }
  // Joins are kept clear of the holes' and openings' marks: none is drawn half on a page.
  const holes = markedHoles(t.drilled)
  const cutouts = markedCutouts(t.drilled)
  return {
    lines,
    area,
    along: spans(t.length, area.height, PAGE.overlap, [
      ...holes.map(({ hole }) => ({ at: hole.x, reach: armOf(hole) })),
      ...cutouts.map(({ cutout }) => ({ at: cutout.x, reach: reachOf(cutout).along })),
    ]),
    across: spans(stripWidth(t.drilled), area.width, PAGE.overlap, [
      ...holes.map(({ face, hole }) => ({ at: acrossOf(t.drilled, face, hole.y), reach: armOf(hole) })),
      ...cutouts.map(({ face, cutout }) => ({
        at: acrossOf(t.drilled, face, cutout.y),
        reach: reachOf(cutout).across,
      })),
    ]),
  }
}

const text = (x: number, y: number, size: number, body: string, extra = ''): string =>
  `<text x="${n(x)}" y="${n(y)}" font-size="${n(size)}"${extra}>${escapeXml(body)}</text>`

const line = (x1: number, y1: number, x2: number, y2: number, stroke: number, extra = ''): string =>
  `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="#000" stroke-width="${n(stroke)}"${extra}/>`

/**
 * The part of the area a page draws in: a page of a piece tiled across (or down) shows only its
 * stretch, so that no hole beyond it is left out where the piece is drawn; a piece on one column
 * of pages keeps the room beside it for the labels.
 */
const windowOf = ({ area, along, across }: Sheet) => ({
  width: across.length > 1 ? Math.max(...across.map((s) => s.to - s.from)) : area.width,
  height: along.length > 1 ? Math.max(...along.map((s) => s.to - s.from)) : area.height,
})

/** The check ruler along the foot of the page, its left end at `x`, its line at `y`. */
function ruler(x: number, y: number): string {
  const ticks = Array.from({ length: RULER.length + 1 }, (_, mm) => {
    const tall = mm % 10 === 0 ? 5 : mm % 5 === 0 ? 3.5 : 2
    return line(x + mm, y, x + mm, y - tall, 0.15)
  })
  const numbers = Array.from({ length: RULER.length / 10 + 1 }, (_, i) =>
    text(x + 10 * i, y + 3.2, TEXT.label, String(10 * i), ' text-anchor="middle"'),
  )
  return [
    `<g class="ruler" data-length="${RULER.length}">`,
    line(x, y, x + RULER.length, y, 0.2, ' class="ruler-line"'),
    ...ticks,
    ...numbers,
    text(x + RULER.length + 4, y, TEXT.body, 'measure: must be 100 mm', ' font-weight="bold"'),
    '</g>',
  ].join('')
}

/** Where a hole's (or an opening's) label goes: its text's start (or end) and baseline. */
interface LabelAt {
  readonly u: number
  readonly x: number
  readonly anchor: 'start' | 'end'
  /**
   * Drawn off the hole, in the labels' column: the hole's number on the page, written beside the
   * hole and after its label (a number cannot be read as another hole's, where a leader can).
   */
  readonly number?: number
}

/** What a template marks: a hole or an opening, on a face, at x along the piece and u across the strip. */
type Marked =
  | { readonly kind: 'hole'; readonly face: number; readonly u: number; readonly hole: StockHole }
  | { readonly kind: 'cutout'; readonly face: number; readonly u: number; readonly cutout: StockCutout }

const centreOf = (m: Marked): StockHole | StockCutout => (m.kind === 'hole' ? m.hole : m.cutout)

const labelOf = (m: Marked): string => {
  const { x, y } = centreOf(m)
  return `${formatMm(x)} / ${formatMm(y)}  ${m.kind === 'hole' ? drill(m.hole) : opening(m.cutout)}`
}
const labelWidth = (m: Marked): number => labelOf(m).length * TEXT.label * TEXT.charWidth

/** How far a centre line reaches past what it marks: a hole's cross past the hole, an opening's past its edges. */
const ARM_PAST = 2.5

/** How far a hole's cross reaches from its centre: past the hole and any countersink. */
const armOf = (h: StockHole): number => Math.max(h.diameter, h.countersink ?? 0) / 2 + ARM_PAST

/** How far an opening's centre lines reach from its centre, along the piece and across it. */
const reachOf = (c: StockCutout) => ({ along: c.width / 2 + ARM_PAST, across: c.height / 2 + ARM_PAST })

/** The mark's number, above and right of the centre, in the quarter the centre lines leave open. */
function numberMark(u: number, x: number, halfAcross: number, halfAlong: number, tag: string): string {
  return tag
    ? text(u + halfAcross + 0.4, x - halfAlong - 0.4, TEXT.label, tag, ' class="hole-number" font-weight="bold"')
    : ''
}

/** One hole: its circle, a cross to centre-punch, and its label, numbered when the label stands off. Drawn in the piece's coordinates. */
function holeMark(u: number, x: number, h: StockHole, face: number, label: LabelAt, body: string): string {
  const r = h.diameter / 2
  const arm = armOf(h)
  const sink =
    h.countersink === undefined
      ? ''
      : `<circle cx="${n(u)}" cy="${n(x)}" r="${n(h.countersink / 2)}" fill="none" stroke="#000" stroke-width="0.15" stroke-dasharray="1 1"/>`
  const tag = label.number === undefined ? '' : `#${label.number}`
  return [
    `<g class="hole" data-face="${face}" data-x="${n(h.x)}" data-y="${n(h.y)}" data-diameter="${n(h.diameter)}">`,
    `<circle cx="${n(u)}" cy="${n(x)}" r="${n(r)}" fill="none" stroke="#000" stroke-width="0.2"/>`,
    sink,
    `<path d="M${n(u - arm)} ${n(x)}H${n(u + arm)}M${n(u)} ${n(x - arm)}V${n(x + arm)}" stroke="#000" stroke-width="0.12"/>`,
    text(label.u, label.x, TEXT.label, tag ? `${body}  ${tag}` : body, ` text-anchor="${label.anchor}"`),
    numberMark(u, x, r, r, tag),
    '</g>',
  ].join('')
}

/**
 * One opening: its outline at true size, its centre lines past its edges (to line it up and check
 * it), and its label, numbered as the holes are. Drawn in the piece's coordinates: its width runs
 * along the piece (down the page), its height across the strip.
 */
function cutoutMark(u: number, x: number, c: StockCutout, face: number, label: LabelAt, body: string): string {
  const [halfAcross, halfAlong] = [c.height / 2, c.width / 2]
  const reach = reachOf(c)
  const tag = label.number === undefined ? '' : `#${label.number}`
  return [
    `<g class="cutout" data-face="${face}" data-x="${n(c.x)}" data-y="${n(c.y)}" data-width="${n(c.width)}" data-height="${n(c.height)}">`,
    `<rect x="${n(u - halfAcross)}" y="${n(x - halfAlong)}" width="${n(c.height)}" height="${n(c.width)}" fill="none" stroke="#000" stroke-width="0.2"/>`,
    `<path d="M${n(u - reach.across)} ${n(x)}H${n(u + reach.across)}M${n(u)} ${n(x - reach.along)}V${n(x + reach.along)}" stroke="#000" stroke-width="0.12" stroke-dasharray="3 1 0.5 1"/>`,
    ...cornerHoles(u, x, c),
    text(label.u, label.x, TEXT.label, tag ? `${body}  ${tag}` : body, ` text-anchor="${label.anchor}"`),
    numberMark(u, x, halfAcross, halfAlong, tag),
    '</g>',
  ].join('')
}

/** The corner holes of an opening, dashed, each with its cross to centre-punch: none where a side is narrower than the drill. */
function cornerHoles(u: number, x: number, c: StockCutout): string[] {
  const r = OPENING_CORNER_DRILL / 2
  if (Math.min(c.width, c.height) < OPENING_CORNER_DRILL) return []
  const [du, dx] = [c.height / 2 - r, c.width / 2 - r]
  return [-1, 1].flatMap((su) =>
    [-1, 1].map((sx) => {
      const [cu, cx] = [u + su * du, x + sx * dx]
      return (
        `<circle class="corner-hole" cx="${n(cu)}" cy="${n(cx)}" r="${n(r)}" fill="none" stroke="#000" stroke-width="0.12" stroke-dasharray="1 1"/>` +
        `<path d="M${n(cu - 1.5)} ${n(cx)}H${n(cu + 1.5)}M${n(cu)} ${n(cx - 1.5)}V${n(cx + 1.5)}" stroke="#000" stroke-width="0.12"/>`
      )
    }),
  )
}

const markOf = (m: Marked, label: LabelAt): string => {
  const { x } = centreOf(m)
  return m.kind === 'hole'
    ? holeMark(m.u, x, m.hole, m.face, label, labelOf(m))
    : cutoutMark(m.u, x, m.cutout, m.face, label, labelOf(m))
}

/**
 * A label beside its mark: right of a hole (left, where the page ends first); just above an
 * opening, from its left edge (or to its right edge), across its own centre line only.
 */
function besideOf(m: Marked, right: number): LabelAt {
  const wide = labelWidth(m)
  if (m.kind === 'cutout') {
    const half = m.cutout.height / 2
    const x = m.cutout.x - m.cutout.width / 2 - 0.5
    return m.u - half + wide <= right ? { u: m.u - half, x, anchor: 'start' } : { u: m.u + half, x, anchor: 'end' }
  }
  const off = armOf(m.hole) + 0.5
  const x = m.hole.x - 1
  return m.u + off + wide <= right ? { u: m.u + off, x, anchor: 'start' } : { u: m.u - off, x, anchor: 'end' }
}

/** The labels' column right of the strip, this far from it, when the page has room for it. */
const LABEL_GAP = 14
/** The least pitch of the labels down their column. */
const LABEL_PITCH = 4

/**
 * The page's holes and openings with their labels: in a column right of the strip, down the page
 * in order and never nearer than LABEL_PITCH, when the page has room; else beside each mark.
 */
function holeMarks(t: Template, along: Span, across: Span, right: number): string[] {
  const width = stripWidth(t.drilled)
  const all: Marked[] = [
    ...markedHoles(t.drilled).map(({ face, hole }) => ({
      kind: 'hole' as const,
      face,
      hole,
      u: acrossOf(t.drilled, face, hole.y),
    })),
    ...markedCutouts(t.drilled).map(({ face, cutout }) => ({
      kind: 'cutout' as const,
      face,
      cutout,
      u: acrossOf(t.drilled, face, cutout.y),
    })),
  ]
  const mine = all
    .filter((m) => owns(along, centreOf(m).x) && owns(across, m.u))
    .sort((a, b) => centreOf(a).x - centreOf(b).x || a.u - b.u)
  const column = width + LABEL_GAP
  const numberWidth = `  #${mine.length}`.length * TEXT.label * TEXT.charWidth
  const fits = mine.every((m) => column + labelWidth(m) + numberWidth <= right)
  let last = -Infinity
  return mine.map((m, i) => {
    const { x } = centreOf(m)
    if (fits) {
      last = Math.max(x + TEXT.label / 3, last + LABEL_PITCH)
      return markOf(m, { u: column, x: last, anchor: 'start', number: i + 1 })
    }
    return markOf(m, besideOf(m, right))
  })
}

export interface PageNumber {
  /** Down and across the grid of pages, from 0. */
  readonly down: number
  readonly across: number
}

/** The page's number, from 1: row by row down the piece. */
export const pageNumber = (sheet: Sheet, at: PageNumber): number => at.down * sheet.across.length + at.across + 1

/** The piece's drawing on one page, in the piece's coordinates: u across the strip, x along the piece. */
function pieceDrawing(t: Template, sheet: Sheet, at: PageNumber): string {
  const along = sheet.along[at.down]
  const across = sheet.across[at.across]
  const width = stripWidth(t.drilled)
  const faces = t.drilled.faces
  const out: string[] = [
    `<rect x="0" y="0" width="${n(width)}" height="${n(t.length)}" fill="#fff" stroke="#000" stroke-width="0.25"/>`,
  ]
  // The grid carries a join across the strip; on a sheet, along it too.
  for (let x = PAGE.grid; x < t.length; x += PAGE.grid) {
    out.push(line(0, x, width, x, 0.1, ' stroke-opacity="0.35"'))
    out.push(text(width + 1, x + 0.9, TEXT.label, formatMm(x), ' fill="#777"'))
  }
  if (faces.length === 1)
    for (let u = PAGE.grid; u < width; u += PAGE.grid) out.push(line(u, 0, u, t.length, 0.1, ' stroke-opacity="0.35"'))
  const reference =
    faces.length === 2 ? `this end against the bar's cut end: ${t.drilled.end}` : `this edge against ${t.drilled.end}`
  out.push(line(0, 0, width, 0, 0.8, ' class="reference-end"'))
  out.push(text(1, 4, TEXT.body, reference, ' font-weight="bold"'))
  if (faces.length === 2) {
    const fold = faces[0].width
    out.push(line(fold, 0, fold, t.length, 0.3, ' stroke-dasharray="4 1 1 1"'))
    for (let x = along.from + 30; x < along.next - 20; x += 80)
      out.push(
        text(
          fold - 1,
          x,
          TEXT.label,
          `fold here: ${faces[0].edge}`,
          ` transform="rotate(-90 ${n(fold - 1)} ${n(x)})" text-anchor="end"`,
        ),
      )
  } else {
    out.push(line(0, 0, 0, t.length, 0.8, ' class="reference-edge"'))
    const x = along.from + 12
    out.push(
      text(
        1.2,
        x,
        TEXT.body,
        `this edge against ${faces[0].edge}`,
        ` transform="rotate(90 ${n(1.2)} ${n(x)})" font-weight="bold"`,
      ),
    )
  }
  faces.forEach((face, i) => {
    // In the middle of the part of the face this page owns.
    const [a, b] = [acrossOf(t.drilled, i, 0), acrossOf(t.drilled, i, face.width)].sort((p, q) => p - q)
    const [from, to] = [Math.max(a, across.from), Math.min(b, across.next)]
    if (from < to)
      out.push(
        text(
          (from + to) / 2,
          clearOf(face.holes, face.cutouts ?? [], along),
          TEXT.body,
          face.name,
          ' text-anchor="middle" fill="#555"',
        ),
      )
  })
  out.push(...holeMarks(t, along, across, across.from + windowOf(sheet).width))
  out.push(...joins(sheet, at))
  return out.join('')
}

/** Where down the page a face's name goes: the middle of the page's own stretch, or lower, clear of its holes and openings. */
function clearOf(holes: readonly StockHole[], cutouts: readonly StockCutout[], along: Span): number {
  const clear = (x: number) =>
    holes.every((h) => Math.abs(h.x - x) > h.diameter / 2 + 6) &&
    cutouts.every((c) => Math.abs(c.x - x) > c.width / 2 + 6)
  let x = (along.from + along.next) / 2
  while (!clear(x) && x < along.next - 10) x += 5
  return x
}

/** The overlap bands the next pages go over and the cut edges that go on the previous pages' lines. */
function joins(sheet: Sheet, at: PageNumber): string[] {
  const along = sheet.along[at.down]
  const across = sheet.across[at.across]
  const page = (down: number, side: number) => pageNumber(sheet, { down, across: side })
  const band = (x: number, y: number, w: number, h: number) =>
    `<rect class="overlap" x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="#000" fill-opacity="0.08"/>`
  const out: string[] = []
  if (along.next < along.to) {
    const next = page(at.down + 1, at.across)
    out.push(band(across.from, along.next, across.to - across.from, along.to - along.next))
    out.push(line(across.from, along.next, across.to, along.next, 0.3))
    out.push(
      text(
        across.from + 2,
        along.next - 1.2,
        TEXT.label,
        `lay page ${next}'s cut edge on this line, over the grey band`,
      ),
    )
  }
  if (along.from > 0) {
    out.push(line(across.from, along.from, across.to, along.from, 0.3, ' stroke-dasharray="2 1"'))
    const previous = page(at.down - 1, at.across)
    out.push(text(across.from + 2, along.from + 3, TEXT.label, `cut here; lay this edge on page ${previous}'s line`))
  }
  if (across.next < across.to) {
    const next = page(at.down, at.across + 1)
    const x = along.from + 40
    out.push(band(across.next, along.from, across.to - across.next, along.to - along.from))
    out.push(line(across.next, along.from, across.next, along.to, 0.3))
    out.push(
      text(
        across.next - 1.2,
        x,
        TEXT.label,
        `lay page ${next}'s cut edge on this line, over the grey band`,
        ` transform="rotate(-90 ${n(across.next - 1.2)} ${n(x)})" text-anchor="end"`,
      ),
    )
  }
  if (across.from > 0) {
    const previous = page(at.down, at.across - 1)
    const x = along.from + 40
    out.push(line(across.from, along.from, across.from, along.to, 0.3, ' stroke-dasharray="2 1"'))
    out.push(
      text(
        across.from + 3,
        x,
        TEXT.label,
        `cut here; lay this edge on page ${previous}'s line`,
        ` transform="rotate(90 ${n(across.from + 3)} ${n(x)})"`,
      ),
    )
  }
  return out
}

/** One page of a template: a standalone SVG at true scale (mm), `id` unique among the pages printed together. */
export function pageSvg(t: Template, paper: Paper, sheet: Sheet, at: PageNumber, id: string): string {
  const { area } = sheet
  const shown = windowOf(sheet)
  const along = sheet.along[at.down]
  const across = sheet.across[at.across]
  const total = sheet.along.length * sheet.across.length
  const { margin } = PAGE
  let y = margin
  const header = sheet.lines.map((l) => {
    y += l.size * TEXT.lead
    return text(margin, y - l.size * (TEXT.lead - 1), l.size, l.text, l.bold ? ' font-weight="bold"' : '')
  })
  const where = sheet.across.length > 1 ? ` (down ${at.down + 1}, across ${at.across + 1})` : ''
  const number = `page ${pageNumber(sheet, at)} of ${total}`
  const foot = paper.height - margin - RULER.footer + 9
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(paper.width)}mm" height="${n(paper.height)}mm" viewBox="0 0 ${n(paper.width)} ${n(paper.height)}"`,
    ` font-family="Arial, Helvetica, sans-serif" data-template="${escapeXml(t.name)}" data-paper="${paper.name}" data-page="${pageNumber(sheet, at)}"`,
    ` data-along="${n(along.from)} ${n(along.to)} ${n(along.next)}" data-across="${n(across.from)} ${n(across.to)} ${n(across.next)}">`,
    `<clipPath id="${id}"><rect class="area" x="${n(area.x)}" y="${n(area.y)}" width="${n(shown.width)}" height="${n(shown.height)}"/></clipPath>`,
    ...header,
    text(
      paper.width - margin,
      margin + TEXT.title * TEXT.lead - TEXT.title * (TEXT.lead - 1),
      TEXT.body,
      number,
      ' text-anchor="end"',
    ),
    `<g clip-path="url(#${id})"><g class="piece" transform="translate(${n(area.x - across.from)} ${n(area.y - along.from)})">`,
    pieceDrawing(t, sheet, at),
    '</g></g>',
    ruler(margin + 2, foot),
    text(paper.width - margin, foot + 5.5, TEXT.body, `${t.name}, ${number}${where}`, ' text-anchor="end"'),
    '</svg>',
  ].join('')
}
