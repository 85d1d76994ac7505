/** The paper a template is printed on, mm, portrait. */
export interface Paper {
  readonly name: 'a4' | 'letter'
  readonly width: number
  readonly height: number
}

/** ISO 216 A4, 210 x 297 mm; ANSI Letter, 8-1/2 x 11 in. */
export const PAPERS: readonly Paper[] = [
  { name: 'a4', width: 210, height: 297 },
  { name: 'letter', width: 215.9, height: 279.4 },
]

/**
 * The page's layout, mm. `margin`: nothing is drawn nearer the paper's edge, more than printers
 * leave blank (4 mm on the Konica Minolta magicolor 2490MF, its user guide; 1/4 in on most and
 * up to 1/3 in, 8.5 mm, in older HP drivers' PPD files, superuser.com "What are the minimum
 * margins most printers can handle?"). Ours: `overlap`, the band of a page the next page is laid
 * over (room for tape); `grid`, the pitch of the light lines that carry a join where no edge of
 * the piece does. docs/design.md, "Drilling templates".
 */
export const PAGE = { margin: 10, overlap: 10, grid: 50 } as const

/** Text sizes (mm, the font's em) and the line pitch; `charWidth`: a character's width at most, in em, to wrap and fit text. */
export const TEXT = { title: 4, body: 2.8, label: 2.5, lead: 1.3, charWidth: 0.6 } as const

/** The check ruler: 100 mm with a tick each mm, taller each 5 and 10 mm; the footer it stands in. */
export const RULER = { length: 100, footer: 16 } as const
