import { type StockUse, stockPieces } from '../../assembly/collect.js'
import type { Kit } from '../kit.js'
import { pageSvg, sheetOf } from './page.js'
import { PAPERS, type Paper } from './paper.js'
import { type Template, templatesOf } from './template.js'

export { type Template, templatesOf } from './template.js'

/** Every page of a template on one paper, in order, with the file name of each. */
function pages(t: Template, paper: Paper): { file: string; svg: string }[] {
  const sheet = sheetOf(t, paper)
  return sheet.along.flatMap((_, down) =>
    sheet.across.map((_, across) => {
      const stem = `${t.name}-${paper.name}-${down * sheet.across.length + across + 1}`
      return { file: `templates/${stem}.svg`, svg: pageSvg(t, paper, sheet, { down, across }, stem) }
    }),
  )
}

/**
 * Every page in one HTML file per paper, to print from a browser: a browser prints a lone SVG
 * with its own margins and scaling, but takes an HTML page's size and margins from its @page rule.
 */
function printFile(paper: Paper, svgs: readonly string[]): string {
  return [
    '<!doctype html>',
    '<html><head><meta charset="utf-8">',
    `<title>Drilling templates, ${paper.name === 'a4' ? 'A4' : 'Letter'}: print at 100 %</title>`,
    `<style>@page{size:${paper.width}mm ${paper.height}mm;margin:0}html,body{margin:0;padding:0}`,
    'svg{display:block;break-after:page}svg:last-child{break-after:auto}</style>',
    '</head><body>',
    ...svgs,
    '</body></html>',
    '',
  ].join('\n')
}

/**
 * The 1:1 drilling templates of the kit's pieces whose holes are marked on the bare piece: a
 * standalone SVG per page (`templates/<row>-<paper>-<page>.svg`) and, to print, all of them in
 * `templates/a4.html` and `templates/letter.html`. None when no piece has a marked hole.
 */
export const templateFiles = (kit: Kit): Map<string, string> => templateFilesOf(stockPieces(kit.machine))

/** The templates of these pieces, as templateFiles gives them. */
export function templateFilesOf(pieces: readonly StockUse[]): Map<string, string> {
  const templates = templatesOf(pieces)
  const files = new Map<string, string>()
  if (templates.length === 0) return files
  for (const paper of PAPERS) {
    const all = templates.flatMap((t) => pages(t, paper))
    for (const { file, svg } of all) files.set(file, `${svg}\n`)
    files.set(
      `templates/${paper.name}.html`,
      printFile(
        paper,
        all.map((p) => p.svg),
      ),
    )
  }
  return files
}
