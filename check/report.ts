import {
  formatDuration,
  type Kit,
  type PrintEstimates,
  type PrintRecord,
  printRecordOf,
  printTotals,
  type Table,
} from '../src/index.js'

/** Machines no preset is, whose parts are checked and estimated too: the Arduino Mega's mount (a RAMPS controller). */
export const VARIANTS: readonly { readonly preset: string; readonly sets: readonly string[] }[] = [
  { preset: 'd3d-12in', sets: ['controller=ramps'] },
]

export interface PresetKit {
  readonly preset: string
  readonly kit: Kit
}

const grams = (g: number) => g.toFixed(1)

/** A Markdown table with its columns padded, as the README's are. */
export function alignedTable(table: Table): string {
  const rows = [table.columns, ...table.rows].map((row) => row.map(String))
  const widths = table.columns.map((_, i) => Math.max(3, ...rows.map((row) => row[i].length)))
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`
  return [line(rows[0]), line(widths.map((w) => '-'.repeat(w))), ...rows.slice(1).map(line)].join('\n')
}

/** One preset's parts: the estimate for one and for all of each, and the machine's total. */
export function presetTable({ preset, kit }: PresetKit, records: readonly PrintRecord[]): string {
  const rows = kit.parts.map((part) => {
    const record = printRecordOf(part, kit.spec.material, records)
    if (!record) return [part.part.name, part.count, 'not sliced', '', '', '']
    const { printTimeS, filamentGrams } = record
    return [
      part.part.name,
      part.count,
      formatDuration(printTimeS),
      grams(filamentGrams),
      formatDuration(printTimeS * part.count),
      grams(filamentGrams * part.count),
    ]
  })
  const totals = printTotals(kit, records)
  const count = kit.parts.reduce((n, p) => n + p.count, 0)
  rows.push([
    'machine',
    count,
    '',
    '',
    totals.printTimeS === null ? 'incomplete' : formatDuration(totals.printTimeS),
    totals.filamentGrams === null ? 'incomplete' : grams(totals.filamentGrams),
  ])
  const columns = ['part', 'count', 'print time, one', 'filament, one (g)', 'print time, all', 'filament, all (g)']
  return `## ${preset} (${kit.spec.material})\n\n${alignedTable({ columns, rows })}\n`
}

export const README_START = '<!-- print-estimates: npm run check:print -- --write writes this table -->'
export const README_END = '<!-- /print-estimates -->'

/** The README's table of machine totals, from the committed records. */
export function readmeTotals(kits: readonly PresetKit[], estimates: PrintEstimates): string {
  const rows = kits.map(({ preset, kit }) => {
    const { printTimeS, filamentGrams } = printTotals(kit, estimates.parts)
    const count = kit.parts.reduce((n, p) => n + p.count, 0)
    return [
      `\`${preset}\``,
      `${count} (${kit.parts.length} distinct)`,
      printTimeS === null ? 'not sliced' : formatDuration(printTimeS),
      filamentGrams === null ? 'not sliced' : `${(filamentGrams / 1000).toFixed(2)} kg`,
    ]
  })
  const table = alignedTable({ columns: ['preset', 'parts to print', 'print time', 'filament'], rows })
  const materials = [...new Set(kits.map(({ kit }) => kit.spec.material))].join(', ')
  const note = `${estimates.slicer}, one part per print, ${materials}: ${estimates.summary}.`
  return `${README_START}\n${table}\n\n${note}\n${README_END}`
}

/** The README with its totals table replaced. */
export function withReadmeTotals(readme: string, totals: string): string {
  const start = readme.indexOf(README_START)
  const end = readme.indexOf(README_END)
  if (start < 0 || end < start) throw new Error(`README.md has no ${README_START} ... ${README_END} block`)
  return readme.slice(0, start) + totals + readme.slice(end + README_END.length)
}
