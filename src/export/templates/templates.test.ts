import { describe, expect, it } from 'vitest'
import { angleBar, sheet } from '../../../modules/vitamins/stock.js'
import { machineOf } from '../../../test/machines.js'
import { type StockUse, stockPieces } from '../../assembly/collect.js'
import type { StockCutout, StockDrilling, StockPiece } from '../../parts/types.js'
import { presetNames } from '../../spec/presets.js'
import { formatMm } from '../../spec/units.js'
import { cutList } from '../cutlist.js'
import { templateFilesOf, templatesOf } from './index.js'
import { sheetOf } from './page.js'
import { PAGE, PAPERS, TEXT } from './paper.js'
import { spans } from './tiles.js'

const num = (s: string) => Number(s)
const attr = (tag: string, name: string): string => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)
  if (!m) throw new Error(`no ${name} in ${tag.slice(0, 80)}`)
  return m[1]
}

interface ParsedHole {
  readonly face: number
  readonly x: number
  readonly y: number
  readonly diameter: number
  /** The circle's centre in the piece's coordinates and on the page. */
  readonly cx: number
  readonly cy: number
  readonly pageX: number
  readonly pageY: number
  readonly r: number
  readonly label: string
  /** The number written beside the hole when its label stands in the column, if any. */
  readonly number?: string
}

interface ParsedCutout {
  readonly face: number
  readonly x: number
  readonly y: number
  /** The rectangle drawn, in the piece's coordinates (u across the strip, x along the piece) and on the page. */
  readonly rect: { readonly u: number; readonly x: number; readonly across: number; readonly along: number }
  readonly pageX: number
  readonly pageY: number
  readonly label: string
  readonly number?: string
}

/** One page, read back from its SVG text. */
function parsePage(svg: string) {
  const root = /^<svg[^>]*>/.exec(svg)![0]
  const [, , vw, vh] = attr(root, 'viewBox').split(' ').map(num)
  const clip = /<rect class="area"[^>]*>/.exec(svg)![0]
  const area = {
    x: num(attr(clip, 'x')),
    y: num(attr(clip, 'y')),
    w: num(attr(clip, 'width')),
    h: num(attr(clip, 'height')),
  }
  const piece = /<g class="piece" transform="translate\(([-\d.]+) ([-\d.]+)\)">/.exec(svg)!
  const [tx, ty] = [num(piece[1]), num(piece[2])]
  const holes: ParsedHole[] = [...svg.matchAll(/<g class="hole"[^>]*>(.*?)<\/g>/g)].map((m) => {
    const circle = /<circle[^>]*>/.exec(m[1])![0]
    const [cx, cy] = [num(attr(circle, 'cx')), num(attr(circle, 'cy'))]
    return {
      face: num(attr(m[0], 'data-face')),
      x: num(attr(m[0], 'data-x')),
      y: num(attr(m[0], 'data-y')),
      diameter: num(attr(m[0], 'data-diameter')),
      cx,
      cy,
      pageX: tx + cx,
      pageY: ty + cy,
      r: num(attr(circle, 'r')),
      label: /<text[^>]*>([^<]*)<\/text>/.exec(m[1])![1],
      number: /<text[^>]*class="hole-number"[^>]*>([^<]*)<\/text>/.exec(m[1])?.[1],
    }
  })
  const cutouts: ParsedCutout[] = [...svg.matchAll(/<g class="cutout"[^>]*>(.*?)<\/g>/g)].map((m) => {
    const rect = /<rect[^>]*>/.exec(m[1])![0]
    const [u, x] = [num(attr(rect, 'x')), num(attr(rect, 'y'))]
    return {
      face: num(attr(m[0], 'data-face')),
      x: num(attr(m[0], 'data-x')),
      y: num(attr(m[0], 'data-y')),
      rect: { u, x, across: num(attr(rect, 'width')), along: num(attr(rect, 'height')) },
      pageX: tx + u,
      pageY: ty + x,
      label: /<text[^>]*>([^<]*)<\/text>/.exec(m[1])![1],
      number: /<text[^>]*class="hole-number"[^>]*>([^<]*)<\/text>/.exec(m[1])?.[1],
    }
  })
  // Text drawn on the page itself (not in the clipped drawing): the header and the footer.
  const outside = svg.replace(/<g clip-path=.*?<\/g><\/g>/, '')
  const texts = [...outside.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].map((m) => ({
    x: num(attr(m[1], 'x')),
    y: num(attr(m[1], 'y')),
    size: num(attr(m[1], 'font-size')),
    anchor: /text-anchor="(\w+)"/.exec(m[1])?.[1] ?? 'start',
    body: m[2].replace(/&[a-z]+;/g, '&'),
  }))
  const ruler = /<line[^>]*class="ruler-line"[^>]*>/.exec(svg)![0]
  const ticks = /<g class="ruler"[^>]*>(.*?)<\/g>/.exec(svg)![1].match(/<line /g)!.length - 1
  return {
    width: attr(root, 'width'),
    height: attr(root, 'height'),
    vw,
    vh,
    along: attr(root, 'data-along').split(' ').map(num),
    across: attr(root, 'data-across').split(' ').map(num),
    area,
    tx,
    ty,
    holes,
    cutouts,
    texts,
    rulerLength: num(attr(ruler, 'x2')) - num(attr(ruler, 'x1')),
    ticks,
    text: svg,
  }
}

/** The pages of each template on each paper, in page order. */
function pagesOf(files: Map<string, string>) {
  const out = new Map<string, ReturnType<typeof parsePage>[]>()
  for (const [path, text] of files) {
    const m = /^templates\/(.+)-(a4|letter)-(\d+)\.svg$/.exec(path)
    if (!m) continue
    const key = `${m[1]}|${m[2]}`
    out.set(key, [...(out.get(key) ?? []), parsePage(text)])
  }
  return out
}

/** Where a face's y lies across the template's strip: a sheet's y; an angle's legs unfolded about the heel, the first leftward. */
const across = (d: StockDrilling, face: number, y: number) =>
  d.faces.length === 1 ? y : face === 0 ? d.faces[0].width - y : d.faces[0].width + y

const marked = (p: StockPiece) =>
  (p.drilled?.faces ?? []).flatMap((f, face) => f.holes.filter((h) => h.marked).map((h) => ({ face, ...h })))

/** The openings the cut list's notes give: "cut 1 opening 27.2 x 47 mm centred at (62.275, 29.5)". */
const openingsOfNote = (notes: string) =>
  [...notes.matchAll(/cut (\d+) openings? ([\d.]+) x ([\d.]+) mm centred at \(([\d.]+), ([\d.]+)\)/g)].map(
    ([, count, width, height, x, y]) => ({
      count: num(count),
      width: num(width),
      height: num(height),
      x: num(x),
      y: num(y),
    }),
  )

/** Each page fits its paper, leaves the margins blank, and has a 100 mm ruler. */
function checkPage(page: ReturnType<typeof parsePage>, paper: (typeof PAPERS)[number]) {
  const m = PAGE.margin
  expect(page.width).toBe(`${paper.width}mm`)
  expect(page.height).toBe(`${paper.height}mm`)
  expect([page.vw, page.vh]).toEqual([paper.width, paper.height])
  expect(page.area.x).toBeGreaterThanOrEqual(m)
  expect(page.area.y).toBeGreaterThanOrEqual(m)
  expect(page.area.x + page.area.w).toBeLessThanOrEqual(paper.width - m + 1e-9)
  expect(page.area.y + page.area.h).toBeLessThanOrEqual(paper.height - m + 1e-9)
  for (const t of page.texts) {
    const wide = t.body.length * t.size * TEXT.charWidth
    const left = t.anchor === 'end' ? t.x - wide : t.anchor === 'middle' ? t.x - wide / 2 : t.x
    expect(left, t.body).toBeGreaterThanOrEqual(m - 1e-9)
    expect(left + wide, t.body).toBeLessThanOrEqual(paper.width - m + 1e-9)
    expect(t.y - t.size, t.body).toBeGreaterThanOrEqual(m - 1e-9)
    expect(t.y + 0.3 * t.size, t.body).toBeLessThanOrEqual(paper.height - m + 1e-9)
  }
  expect(page.rulerLength).toBe(100)
  expect(page.ticks).toBe(101)
  expect(page.text).toContain('measure: must be 100 mm')
  // The drawing's origin: the page's first stretch of the piece at the area's corner.
  expect(page.tx).toBeCloseTo(page.area.x - page.across[0], 9)
  expect(page.ty).toBeCloseTo(page.area.y - page.along[0], 9)
}

/** Each template's pages chain down and across the piece, and each marked hole is on exactly one page, where the model has it. */
function checkTemplates(pieces: readonly StockUse[]) {
  const files = templateFilesOf(pieces)
  const drilled = pieces
    .map((p) => p.piece)
    .filter((p) => marked(p).length > 0 || (p.drilled?.faces ?? []).some((f) => (f.cutouts ?? []).length > 0))
  for (const paper of PAPERS) {
    const templates = [...pagesOf(files)].filter(([key]) => key.endsWith(`|${paper.name}`))
    for (const piece of drilled) {
      // The template of this piece: its row's, with this piece's holes.
      const found = templates.filter(([, pages]) => {
        const holes = pages.flatMap((p) => p.holes)
        const want = marked(piece)
        return (
          holes.length === want.length &&
          want.every((h) =>
            holes.some(
              (g) =>
                g.face === h.face && g.x === Math.round(h.x * 1000) / 1000 && g.y === Math.round(h.y * 1000) / 1000,
            ),
          )
        )
      })
      expect(found.length, `${piece.item} ${piece.length}`).toBe(1)
      const [[name, pages]] = found
      expect(name.startsWith(`${piece.item}-${formatMm(piece.length)}`)).toBe(true)
      for (const page of pages) checkPage(page, paper)
      const downs = [...new Set(pages.map((p) => p.along.join(' ')))].map((s) => s.split(' ').map(num))
      const acrosses = [...new Set(pages.map((p) => p.across.join(' ')))].map((s) => s.split(' ').map(num))
      expect(pages.length).toBe(downs.length * acrosses.length)
      for (const chain of [downs, acrosses]) {
        expect(chain[0][0]).toBe(0)
        for (let k = 1; k < chain.length; k++) expect(chain[k][0]).toBeCloseTo(chain[k - 1][2], 9)
        expect(chain.at(-1)![1]).toBeCloseTo(chain.at(-1)![2], 9)
      }
      expect(downs.at(-1)![1]).toBeCloseTo(piece.length, 3)
      for (const want of marked(piece)) {
        const shown = pages.flatMap((p) =>
          p.holes
            .filter((h) => h.face === want.face && Math.abs(h.x - want.x) < 1e-3 && Math.abs(h.y - want.y) < 1e-3)
            .map((h) => ({ h, p })),
        )
        expect(shown.length, `${piece.item} hole at ${want.x}, ${want.y}`).toBe(1)
        const [{ h, p }] = shown
        expect(Math.abs(h.cy - want.x)).toBeLessThan(0.01)
        expect(Math.abs(h.cx - across(piece.drilled!, want.face, want.y))).toBeLessThan(0.01)
        expect(h.r).toBeCloseTo(want.diameter / 2, 3)
        expect(h.label.startsWith(`${formatMm(want.x)} / ${formatMm(want.y)} `)).toBe(true)
        // A label off its hole names it by the number written beside the hole, one per hole on the page.
        if (h.number !== undefined) {
          expect(h.label.endsWith(`  ${h.number}`)).toBe(true)
          expect(p.holes.filter((o) => o.number === h.number)).toHaveLength(1)
        }
        // On its page's own stretch (not under the next page), inside the drawing.
        expect(h.cy).toBeGreaterThanOrEqual(p.along[0] - 1e-9)
        if (p.along[2] < p.along[1]) expect(h.cy).toBeLessThan(p.along[2])
        // (on a join, on the owning page's cut edge)
        expect(h.pageX).toBeGreaterThanOrEqual(p.area.x - 1e-9)
        expect(h.pageX).toBeLessThan(p.area.x + p.area.w)
        expect(h.pageY).toBeGreaterThanOrEqual(p.area.y - 1e-9)
        expect(h.pageY).toBeLessThan(p.area.y + p.area.h)
        // The cut list gives the same numbers.
        expect(piece.notes).toContain(formatMm(want.x))
        expect(piece.notes).toContain(formatMm(want.y))
      }
      checkCutouts(piece, pages)
    }
  }
  return files
}

/**
 * Each opening of the piece is drawn once, whole, on the page that owns its centre: a rectangle
 * its cut-list size at its cut-list place (to 0.1 mm), labelled with both.
 */
function checkCutouts(piece: StockPiece, pages: readonly ReturnType<typeof parsePage>[]) {
  const wanted = (piece.drilled?.faces ?? []).flatMap((f, face) => (f.cutouts ?? []).map((c) => ({ face, ...c })))
  const listed = openingsOfNote(piece.notes)
  expect(
    listed.reduce((sum, o) => sum + o.count, 0),
    piece.notes,
  ).toBe(wanted.length)
  expect(pages.flatMap((p) => p.cutouts)).toHaveLength(wanted.length)
  for (const want of wanted) {
    const shown = pages.flatMap((p) =>
      p.cutouts
        .filter((c) => c.face === want.face && Math.abs(c.x - want.x) < 1e-3 && Math.abs(c.y - want.y) < 1e-3)
        .map((c) => ({ c, p })),
    )
    expect(shown.length, `opening at ${want.x}, ${want.y}`).toBe(1)
    const [{ c, p }] = shown
    // The cut list's row for it: its size and centre, as the notes print them.
    const row = listed.find(
      (o) => Math.abs(o.x - want.x) < 0.1 && Math.abs(o.y - want.y) < 0.1 && o.width === want.width,
    )
    expect(row, piece.notes).toBeDefined()
    const centre = across(piece.drilled!, want.face, row!.y)
    // Its width runs along the piece (down the page), its height across the strip.
    expect(Math.abs(c.rect.along - row!.width)).toBeLessThan(0.1)
    expect(Math.abs(c.rect.across - row!.height)).toBeLessThan(0.1)
    expect(Math.abs(c.rect.x + c.rect.along / 2 - row!.x)).toBeLessThan(0.1)
    expect(Math.abs(c.rect.u + c.rect.across / 2 - centre)).toBeLessThan(0.1)
    expect(
      c.label.startsWith(
        `${formatMm(want.x)} / ${formatMm(want.y)}  opening ${formatMm(want.width)} x ${formatMm(want.height)}`,
      ),
    ).toBe(true)
    // Numbered with the holes, where the labels stand in the column: one number per mark on the page.
    if (c.number !== undefined) {
      expect(c.label.endsWith(`  ${c.number}`)).toBe(true)
      expect([...p.holes, ...p.cutouts].filter((o) => o.number === c.number)).toHaveLength(1)
    }
    // Whole on its page: inside the page's stretch and its drawing area.
    expect(c.rect.x).toBeGreaterThanOrEqual(p.along[0] - 1e-9)
    expect(c.rect.x + c.rect.along).toBeLessThanOrEqual(p.along[1] + 1e-9)
    expect(c.rect.u).toBeGreaterThanOrEqual(p.across[0] - 1e-9)
    expect(c.rect.u + c.rect.across).toBeLessThanOrEqual(p.across[1] + 1e-9)
    expect(c.pageX).toBeGreaterThanOrEqual(p.area.x - 1e-9)
    expect(c.pageX + c.rect.across).toBeLessThanOrEqual(p.area.x + p.area.w + 1e-9)
    expect(c.pageY).toBeGreaterThanOrEqual(p.area.y - 1e-9)
    expect(c.pageY + c.rect.along).toBeLessThanOrEqual(p.area.y + p.area.h + 1e-9)
  }
}

describe('drilling templates', () => {
  it("draws the 12 in frame's Y rails at true scale, each marked hole once, where the model has it", () => {
    const pieces = stockPieces(machineOf('d3d-12in').machine)
    const rails = pieces.filter((p) => p.piece.notes.startsWith('Y rails'))
    expect(rails).toHaveLength(2)
    expect(marked(rails[0].piece)).toHaveLength(6)
    const files = checkTemplates(pieces)
    expect([...files.keys()].filter((k) => k.startsWith('templates/angle-') && k.includes('-a4-'))).toEqual([
      'templates/angle-38.1x3.175-426.5-a4-1.svg',
      'templates/angle-38.1x3.175-426.5-a4-2.svg',
    ])
  })

  it('tiles the 1 m frame and the 2 m tall one, and a plate frame', () => {
    for (const preset of ['d3d-1m', 'd3d-tall-2m', 'd3d-16in']) checkTemplates(stockPieces(machineOf(preset).machine))
  })

  it("draws every preset's panels, their openings and the bed plate, and the RAMPS controller's panel", () => {
    const machines: [string, string[]][] = [
      ...presetNames().map((p): [string, string[]] => [p, []]),
      ['d3d-12in', ['controller=ramps']],
    ]
    let openings = 0
    for (const [preset, sets] of machines) {
      const pieces = stockPieces(machineOf(preset, sets).machine)
      openings += pieces.flatMap((p) => (p.piece.drilled?.faces ?? []).flatMap((f) => f.cutouts ?? [])).length
      checkTemplates(pieces)
    }
    // The mains inlet's opening, on the panels that carry it.
    expect(openings).toBeGreaterThan(0)
  })

  it('makes no template for the frame bars: their holes are drilled through the connectors and parts after assembly', () => {
    const pieces = stockPieces(machineOf('d3d-12in').machine)
    const bars = pieces.filter((p) => p.piece.along !== undefined)
    expect(bars).toHaveLength(12)
    for (const { piece } of bars) {
      expect(piece.drilled!.faces.flatMap((f) => f.holes).length).toBeGreaterThanOrEqual(4)
      expect(marked(piece)).toEqual([])
    }
    const names = [...templateFilesOf(bars).keys()]
    expect(names).toEqual([])
  })

  it("moves a join off a hole's mark, within the overlap, so that no hole is drawn half on a page", () => {
    const plain = spans(700, 200, PAGE.overlap)
    const marks = plain.slice(0, -1).map((s) => ({ at: s.next, reach: 5.8 }))
    const moved = spans(700, 200, PAGE.overlap, marks)
    for (const s of moved.slice(0, -1)) for (const m of marks) expect(Math.abs(s.next - m.at)).toBeGreaterThan(m.reach)
    for (const [k, s] of moved.entries()) {
      expect(s.to - s.from).toBeLessThanOrEqual(200)
      expect(s.next).toBeLessThanOrEqual(s.to)
      if (k > 0) expect(s.from).toBe(moved[k - 1].next)
    }
    expect(moved.at(-1)?.to).toBe(700)
  })

  it('tiles a wide sheet down and across, a hole on a join on exactly one page', () => {
    const paper = PAPERS[0]
    // A sheet wider and longer than a page, holes on and beside the joins the tiling will have.
    const length = 700
    const width = 420
    const down = spans(length, 200, PAGE.overlap).map((s) => s.next)
    const holeAt = (x: number, y: number) => ({ x, y, diameter: 4.5, purpose: 'a test', marked: true })
    const xs = [0.5, 100, ...down.slice(0, -1), ...down.slice(0, -1).map((x) => x + PAGE.overlap / 2), length - 0.5]
    const ys = [0.5, 185, 190, 200, width - 0.5]
    const piece: StockPiece = {
      ...sheet(3, length, width, `test sheet: ${xs.map(formatMm).join(', ')}; ${ys.map(formatMm).join(', ')}`),
      drilled: {
        end: 'the front end',
        faces: [
          {
            name: 'sheet',
            width,
            edge: "the sheet's lower edge",
            holes: xs.flatMap((x) => ys.map((y) => holeAt(x, y))),
          },
        ],
      },
    }
    const files = checkTemplates([
      { piece, usedIn: 'test' },
      { piece, usedIn: 'test' },
    ])
    const pages = pagesOf(files).get(`sheet-aluminium-3-700x420|${paper.name}`)!
    expect(new Set(pages.map((p) => p.across.join(' '))).size).toBeGreaterThan(1)
    expect(new Set(pages.map((p) => p.along.join(' '))).size).toBeGreaterThan(1)
  })

  it('draws an opening on a join whole on one page: the join moved off it, or a page more', () => {
    const [length, width] = [700, 420]
    const bare = (cutouts: readonly StockCutout[]): StockPiece => ({
      ...sheet(
        3,
        length,
        width,
        `test sheet: drill 1 hole 4.5 mm at (20, 20)${cutouts.map((c) => `, and cut 1 opening ${formatMm(c.width)} x ${formatMm(c.height)} mm centred at (${formatMm(c.x)}, ${formatMm(c.y)}) (${c.purpose})`).join('')}`,
      ),
      drilled: {
        end: 'the front end',
        faces: [
          {
            name: 'sheet',
            width,
            edge: "the sheet's lower edge",
            holes: [{ x: 20, y: 20, diameter: 4.5, purpose: 'a test', marked: true }],
            cutouts,
          },
        ],
      },
    })
    for (const paper of PAPERS) {
      // The joins the sheet would have without openings: an opening wider than the overlap on each.
      const plain = sheetOf(templatesOf([{ piece: bare([]), usedIn: 'test' }])[0], paper)
      const downs = plain.along.slice(0, -1).map((s) => s.next)
      const acrosses = plain.across.slice(0, -1).map((s) => s.next)
      expect(downs.length).toBeGreaterThan(0)
      expect(acrosses.length).toBeGreaterThan(0)
      const cutouts = [
        ...downs.map((x) => ({ x, y: 60, width: 47, height: 27.2, purpose: 'an opening on a join down' })),
        ...acrosses.map((y) => ({ x: 100, y, width: 27.2, height: 47, purpose: 'an opening on a join across' })),
      ]
      const files = checkTemplates([{ piece: bare(cutouts), usedIn: 'test' }])
      const pages = [...pagesOf(files)].find(([key]) => key.endsWith(`|${paper.name}`))![1]
      expect(pages.flatMap((p) => p.cutouts)).toHaveLength(cutouts.length)
    }
  })

  it('numbers an opening with the holes where the labels stand in the column', () => {
    const piece: StockPiece = {
      ...sheet(
        3,
        200,
        60,
        'test strip: drill 2 holes 4.5 mm at (20, 30), (180, 30), and cut 1 opening 40 x 30 mm centred at (100, 30) (a test)',
      ),
      drilled: {
        end: 'the front end',
        faces: [
          {
            name: 'strip',
            width: 60,
            edge: "the strip's lower edge",
            holes: [20, 180].map((x) => ({ x, y: 30, diameter: 4.5, purpose: 'a test', marked: true })),
            cutouts: [{ x: 100, y: 30, width: 40, height: 30, purpose: 'a test' }],
          },
        ],
      },
    }
    const files = checkTemplates([{ piece, usedIn: 'test' }])
    for (const [, pages] of pagesOf(files)) {
      const [page] = pages
      expect(page.cutouts.map((c) => c.number)).toEqual(['#2'])
      expect(page.holes.map((h) => h.number)).toEqual(['#1', '#3'])
    }
  })

  it('gives pieces of one size drilled otherwise a cut-list row and a template each, and names the row on each', () => {
    const holes = (y: number) => ({
      end: 'the lower end',
      faces: ['a', 'b'].map((name) => ({
        name,
        width: 38.1,
        edge: 'the outside of the heel',
        holes: [{ x: 30, y, diameter: 6.5, purpose: 'p', marked: true }],
      })),
    })
    const piece = (y: number): StockUse => ({
      piece: { ...angleBar(38.1, 3.175, 300, `bars: 30, ${y}`), drilled: holes(y) },
      usedIn: 'test',
    })
    const pieces = [piece(15), piece(20), piece(15)]
    expect(cutList(pieces).rows.map((r) => [r[0], r[2], r[4], r[5]])).toEqual([
      ['angle-38.1x3.175', '300.0', 2, 'bars: 30, 15'],
      ['angle-38.1x3.175', '300.0', 1, 'bars: 30, 20'],
    ])
    const files = checkTemplates(pieces)
    const header = (file: string) =>
      parsePage(files.get(file)!)
        .texts.map((t) => t.body)
        .join(' ')
    expect(header('templates/angle-38.1x3.175-300-1-a4-1.svg')).toContain(
      'angle-38.1x3.175 (Steel angle 38.1 x 38.1 x 3.175 mm), 300 mm, quantity 2.',
    )
    expect(header('templates/angle-38.1x3.175-300-2-a4-1.svg')).toContain('300 mm, quantity 1.')
  })

  it('prints every page from one HTML file per paper at its size, the same bytes each time', () => {
    const pieces = stockPieces(machineOf('d3d-12in').machine)
    const files = templateFilesOf(pieces)
    for (const paper of PAPERS) {
      const html = files.get(`templates/${paper.name}.html`)!
      expect(html).toContain(`@page{size:${paper.width}mm ${paper.height}mm;margin:0}`)
      const svgs = [...files].filter(([k]) => k.includes(`-${paper.name}-`)).map(([, v]) => v.trim())
      expect(svgs.length).toBeGreaterThan(0)
      for (const svg of svgs) expect(html).toContain(svg)
      const ids = [...html.matchAll(/<clipPath id="([^"]+)"/g)].map((m) => m[1])
      expect(new Set(ids).size).toBe(ids.length)
    }
    expect(templateFilesOf(stockPieces(machineOf('d3d-12in').machine))).toEqual(files)
  })
})
