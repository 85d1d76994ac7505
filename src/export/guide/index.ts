import { stockPieces } from '../../assembly/collect.js'
import type { StockPiece } from '../../parts/types.js'
import { sameCutKey } from '../cutlist.js'
import type { Kit } from '../kit.js'
import { type Template, templatesOf } from '../templates/index.js'
import { guideHtml } from './html.js'
import { guideMarkdown } from './markdown.js'
import { stepPictures } from './pictures.js'
import { guideSteps } from './steps.js'
import type { Step } from './types.js'

export { guideSteps } from './steps.js'
export type { Step } from './types.js'

/**
 * The build guide's files: guide/guide.md, guide/index.html and a picture per step in guide/img/.
 * `written`: the other files of the build, so that each step points to the drilling templates of
 * its pieces that the build writes.
 */
export async function guideFiles(kit: Kit, written: Iterable<string>): Promise<Map<string, Uint8Array | string>> {
  const steps = guideSteps(kit)
  const text = {
    title: kit.spec.name ?? 'd3dkit printer',
    steps,
    templates: templatesByStep(kit, steps, [...written]),
    checks: kit.checks,
  }
  const files = new Map<string, Uint8Array | string>([
    ['guide/guide.md', guideMarkdown(text)],
    ['guide/index.html', guideHtml(text)],
  ])
  for (const [path, png] of await stepPictures(kit, steps)) files.set(`guide/${path}`, png)
  return files
}

/** Each step's template files: those of the cut-list rows its pieces belong to (templates/<name>-<paper>-<page>.svg). */
function templatesByStep(kit: Kit, steps: readonly Step[], written: readonly string[]): Map<string, string[]> {
  const svgs = written.filter((f) => f.startsWith('templates/') && f.endsWith('.svg')).sort()
  const templates = templatesOf(stockPieces(kit.machine))
  const out = new Map<string, string[]>()
  for (const step of steps) {
    const pieces = step.adds.flatMap((p) => (p.leaf.kind === 'stock' ? [p.leaf.piece] : []))
    const own = templates.filter((t) => pieces.some((piece) => sameRow(t, piece)))
    const files = svgs.filter((f) =>
      own.some((t) => f.startsWith(`templates/${t.name}-`) && PAGE.test(f.slice(`templates/${t.name}-`.length))),
    )
    if (files.length > 0) out.set(step.id, files)
  }
  return out
}

/** A template's row holds the piece: the cut list's same cut (cutlist.ts, sameCutKey). */
const sameRow = (t: Template, piece: StockPiece) => t.key === sameCutKey(piece)

/** What follows a template's name in its page files: the paper and the page. */
const PAGE = /^[a-z0-9]+-\d+\.svg$/
