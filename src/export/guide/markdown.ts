import type { Check } from '../../engineering/index.js'
import { figure } from '../report.js'
import { formatMinutes, MINUTES } from './time.js'
import type { Step } from './types.js'

export interface GuideText {
  readonly title: string
  readonly steps: readonly Step[]
  /** The drilling templates' files of each step's pieces, by step id, when the build writes them. */
  readonly templates: ReadonlyMap<string, readonly string[]>
  /** The machine's engineering checks (report.md): a failing one is named at the top. */
  readonly checks: readonly Check[]
}

/** A warning naming the failing engineering checks, or nothing when all pass. */
export function checksWarning(checks: readonly Check[]): string | undefined {
  const failing = checks.filter((c) => !c.pass)
  if (failing.length === 0) return undefined
  const named = failing.map(
    (c) =>
      `${c.id} (${c.concern}: ${figure(c.value)} ${c.unit}, ${c.bound === 'min' ? 'at least' : 'at most'} ${figure(c.limit)})`,
  )
  return `This machine fails ${failing.length} of its ${checks.length} engineering checks: ${named.join('; ')}. Built as it is, it will not work as designed: read report.md (what would fix each) before cutting or printing anything.`
}

/** The modules in the order their first step comes, each with its steps. */
export function byModule(steps: readonly Step[]): { module: string; steps: Step[] }[] {
  const out: { module: string; steps: Step[] }[] = []
  for (const step of steps) {
    const last = out.at(-1)
    if (last?.module === step.module) last.steps.push(step)
    else out.push({ module: step.module, steps: [step] })
  }
  return out
}

export const totalMinutes = (steps: readonly Step[]) => steps.reduce((n, s) => n + s.time.minutes, 0)

/** How a step's minutes are made up, in words. */
export function timeBasis(step: Step): string {
  const t = step.time
  const parts = [
    [t.screws, 'screws', MINUTES.screw],
    [t.printed, 'printed parts', MINUTES.printed],
    [t.bought, 'bought parts', MINUTES.bought],
    [t.placed, 'sub-assemblies placed', MINUTES.placed],
    [t.cuts, 'cuts', MINUTES.cut],
    [t.holes, 'holes', MINUTES.hole],
    [t.welds, 'weld seams', MINUTES.weld],
    [t.crimps, 'crimped or soldered joints', MINUTES.crimp],
  ] as const
  const words = parts.filter(([n]) => n > 0).map(([n, what, rate]) => `${n} ${what} x ${rate} min`)
  if (t.fixed > 0) words.push(`${t.fixed} min to power on and calibrate`)
  return words.join(' + ') || 'no parts'
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ')

export function guideMarkdown({ title, steps, templates, checks }: GuideText): string {
  const warning = checksWarning(checks)
  const lines = [
    `# Build guide: ${title}`,
    '',
    ...(warning ? [`> **Warning.** ${warning}`, ''] : []),
    `${steps.length} steps, about ${formatMinutes(totalMinutes(steps))} in all (the time model: docs/design.md, "Build guide"). Printed parts by STL name (stl/), bought parts by BOM item (bom.md), stock by cut-list row (cutlist.md, rows from 1).`,
    '',
    '## Contents',
    '',
    ...byModule(steps).flatMap(({ module, steps: those }) => [
      `- ${module}`,
      ...those.map((s) => `  - [${steps.indexOf(s) + 1}. ${s.title}](#step-${s.id})`),
    ]),
    '',
  ]
  for (const [i, step] of steps.entries()) {
    lines.push(`<a id="step-${step.id}"></a>`, '', `## ${i + 1}. ${step.title}`, '')
    lines.push(
      `Module: ${step.module}. Where: ${step.where.join(', ')}. Time: about ${formatMinutes(step.time.minutes)} (${timeBasis(step)}).`,
      '',
    )
    lines.push(`![Step ${i + 1}](img/${step.id}.png)`, '')
    if (step.precautions.length > 0) lines.push(...step.precautions.map((p) => `> **Caution.** ${p}`), '')
    if (step.printed.length + step.bought.length + step.stock.length > 0) {
      lines.push('| part | kind | quantity | what |', '|---|---|---|---|')
      for (const p of step.printed)
        lines.push(`| ${p.name} | printed (stl/${p.name}.stl) | ${p.quantity} | ${cell(p.description)} |`)
      for (const b of step.bought) lines.push(`| ${b.id} | bought | ${b.quantity} | ${cell(b.description)} |`)
      for (const s of step.stock)
        lines.push(
          `| ${s.item} ${s.lengthMm} mm | cut-list row ${s.row + 1} | ${s.quantity} | ${cell(s.notes.join('; '))} |`,
        )
      lines.push('')
    }
    if (step.tools.length > 0)
      lines.push(`Tools: ${step.tools.map((t) => `${t.name} (${t.for.join(', ')})`).join('; ')}.`, '')
    const own = templates.get(step.id) ?? []
    if (own.length > 0) lines.push(`Drilling templates: ${own.join(', ')}.`, '')
    lines.push(...step.actions.map((a, n) => `${n + 1}. ${a}`), '')
  }
  return lines.join('\n')
}
