import { type Table, toCsv } from '../../../src/index.js'
import { saveFile } from '../downloads.js'

/** A table of the kit (cut list, BOM) as the CLI writes it, with its CSV to download. */
export function TablePanel({ table, file }: { readonly table: Table; readonly file: string }) {
  return (
    <div className="table-panel">
      <button type="button" onClick={() => saveFile(file, toCsv(table), 'text/csv')}>
        Download {file}
      </button>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll area takes focus, so that the keys scroll it */}
      <section className="table-scroll" tabIndex={0} aria-label={`Rows of ${file}`}>
        <table>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c}>{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.join('|')}>
                {row.map((cell, i) => (
                  <td key={table.columns[i]} className={cellClass(table.columns[i], cell)}>
                    {table.columns[i] === 'notes' ? <Notes text={String(cell)} /> : cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  )
}

const cellClass = (column: string, cell: string | number) =>
  column === 'notes' ? 'notes' : typeof cell === 'number' ? 'number' : undefined

/** Notes longer than this show their first clause; the rest (what to drill) opens on a click. */
const SHORT_NOTES = 90
/** A first clause longer than this is cut at a word instead. */
const LONGEST_HEAD = 120

/** A row's notes: short ones whole, long ones as a disclosure whose text is still the notes, unchanged. */
function Notes({ text }: { readonly text: string }) {
  const head = headOf(text)
  if (head.length === text.length) return text
  return (
    <details className="notes">
      <summary>{head}</summary>
      {text.slice(head.length)}
    </details>
  )
}

/** The notes' first clause, through its first ". " or "; " (else ": "); all of them when they are short. */
function headOf(text: string): string {
  if (text.length <= SHORT_NOTES) return text
  for (const clauseEnd of [/[.;] /, /: /]) {
    const end = text.search(clauseEnd)
    if (end >= 0 && end < LONGEST_HEAD) return text.slice(0, end + 1)
  }
  const space = text.lastIndexOf(' ', SHORT_NOTES)
  return space > 0 ? text.slice(0, space) : text
}
