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

const mdCell = (value: string | number) => String(value).replaceAll('|', '\\|').replaceAll('\n', ' ')

export function toMarkdown(table: Table, title: string): string {
  const header = `| ${table.columns.join(' | ')} |`
  const rule = `|${table.columns.map(() => '---').join('|')}|`
  const body = table.rows.map((row) => `| ${row.map(mdCell).join(' | ')} |`)
  return [`# ${title}`, '', header, rule, ...body, ''].join('\n')
}

/** Rows as objects keyed by column, for JSON output. */
export function toRecords(table: Table): Record<string, string | number>[] {
  return table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c, row[i]])))
}
