/** A table of rows, written as CSV (RFC 4180 quoting) or as a Markdown table. */
export interface Table {
  readonly columns: readonly string[]
  readonly rows: readonly (readonly (string | number)[])[]
}

const csvCell = (value: string | number) => {
  const text = String(value)
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

export function toCsv(table: Table): string {
  return `${[table.columns, ...table.rows].map((row) => row.map(csvCell).join(',')).join('\n')}\n`
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }
const MARKDOWN_MARKS = /[\\`*_~[\]#|$]/

/**
 * Text made literal on one line of Markdown: HTML's characters as entities, Markdown's marks
 * backslashed, control characters and line breaks as spaces.
 */
function escapeMarkdown(text: string): string {
  return text.replace(
    /[&<>\\`*_~[\]#|$\p{Cc}\u2028\u2029]/gu,
    (c) => HTML_ENTITIES[c] ?? (MARKDOWN_MARKS.test(c) ? `\\${c}` : ' '),
  )
}

export function toMarkdown(table: Table, title: string): string {
  const header = `| ${table.columns.join(' | ')} |`
  const rule = `|${table.columns.map(() => '---').join('|')}|`
  const body = table.rows.map((row) => `| ${row.map((cell) => escapeMarkdown(String(cell))).join(' | ')} |`)
  return [`# ${escapeMarkdown(title)}`, '', header, rule, ...body, ''].join('\n')
}

/** Rows as objects keyed by column, for JSON output. */
export function toRecords(table: Table): Record<string, string | number>[] {
  return table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c, row[i]])))
}
