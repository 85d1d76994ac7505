import { byModule, checksWarning, type GuideText, timeBasis, totalMinutes } from './markdown.js'
import { formatMinutes } from './time.js'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }
const esc = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c])

/** Printed on A4 and Letter alike: the smaller of each side, 15 mm margins; a step never split from its picture. */
const CSS = `
@page { size: 210mm 279.4mm; margin: 15mm; }
body { font: 11pt/1.45 system-ui, sans-serif; color: #1b1b1b; max-width: 190mm; margin: 0 auto; padding: 1em; }
h1 { font-size: 20pt; margin: 0 0 .3em; } h2 { font-size: 14pt; margin: 0 0 .4em; }
nav ol { columns: 2; } nav li { break-inside: avoid; }
section.step { break-before: page; }
figure { margin: .5em 0; break-inside: avoid; } figure img { width: 100%; max-width: 160mm; height: auto; border: 1px solid #ccc; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; margin: .5em 0; }
th, td { border: 1px solid #bbb; padding: 2px 5px; text-align: left; vertical-align: top; } tr { break-inside: avoid; }
td.n { text-align: right; white-space: nowrap; }
.caution { border-left: 4px solid #c62828; background: #fdecea; padding: .3em .6em; margin: .4em 0; break-inside: avoid; }
.meta { color: #555; font-size: 9.5pt; }
.swatch { display: inline-block; width: .9em; height: .9em; vertical-align: -.1em; border: 1px solid #777; }
@media print { body { padding: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
`

/** The guide as one self-contained HTML page: inline CSS, pictures by relative path img/<step>.png. */
export function guideHtml({ title, steps, templates, checks }: GuideText): string {
  const warning = checksWarning(checks)
  const out = [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Build guide: ${esc(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head><body>',
    `<h1>Build guide: ${esc(title)}</h1>`,
    ...(warning ? [`<p class="caution"><strong>Warning.</strong> ${esc(warning)}</p>`] : []),
    `<p>${steps.length} steps, about ${formatMinutes(totalMinutes(steps))} in all. In each picture the step's new parts are in colour (<span class="swatch" style="background:#f08a24"></span> printed, <span class="swatch" style="background:#3f7d4f"></span> bought, <span class="swatch" style="background:#3d6fb4"></span> stock), drawn a little out of their place along the way they go in; what is already built is grey. Printed parts by STL name (stl/), bought parts by BOM item (bom.md), stock by cut-list row (cutlist.md).</p>`,
    '<nav><h2>Contents</h2><ol>',
    ...byModule(steps).map(
      ({ module, steps: those }) =>
        `<li><strong>${esc(module)}</strong><ul>${those.map((s) => `<li><a href="#${esc(s.id)}">${steps.indexOf(s) + 1}. ${esc(s.title)}</a></li>`).join('')}</ul></li>`,
    ),
    '</ol></nav>',
  ]
  for (const [i, step] of steps.entries()) {
    out.push(`<section class="step" id="${esc(step.id)}">`, `<h2>${i + 1}. ${esc(step.title)}</h2>`)
    out.push(
      `<p class="meta">Module ${esc(step.module)} &middot; ${esc(step.where.join(', '))} &middot; about ${formatMinutes(step.time.minutes)} (${esc(timeBasis(step))})</p>`,
    )
    out.push(
      `<figure><img src="img/${esc(step.id)}.png" width="800" height="600" alt="Step ${i + 1}: ${esc(step.title)}"></figure>`,
    )
    for (const p of step.precautions) out.push(`<p class="caution"><strong>Caution.</strong> ${esc(p)}</p>`)
    const rows = [
      ...step.printed.map((p) => [p.name, `printed: stl/${p.name}.stl`, p.quantity, p.description] as const),
      ...step.bought.map((b) => [b.id, 'bought', b.quantity, b.description] as const),
      ...step.stock.map(
        (s) => [`${s.item} ${s.lengthMm} mm`, `cut-list row ${s.row + 1}`, s.quantity, s.notes.join('; ')] as const,
      ),
    ]
    if (rows.length > 0) {
      out.push('<table><thead><tr><th>part</th><th>kind</th><th>qty</th><th>what</th></tr></thead><tbody>')
      for (const [part, kind, n, what] of rows)
        out.push(`<tr><td>${esc(part)}</td><td>${esc(kind)}</td><td class="n">${n}</td><td>${esc(what)}</td></tr>`)
      out.push('</tbody></table>')
    }
    if (step.tools.length > 0)
      out.push(
        `<p><strong>Tools:</strong> ${step.tools.map((t) => `${esc(t.name)} <span class="meta">(${esc(t.for.join(', '))})</span>`).join('; ')}</p>`,
      )
    const own = templates.get(step.id) ?? []
    if (own.length > 0)
      out.push(
        `<p><strong>Drilling templates:</strong> ${own.map((f) => `<a href="../${esc(f)}">${esc(f)}</a>`).join(', ')}</p>`,
      )
    out.push('<ol>', ...step.actions.map((a) => `<li>${esc(a)}</li>`), '</ol>', '</section>')
  }
  out.push('</body></html>', '')
  return out.join('\n')
}
