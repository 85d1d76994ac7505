import { type Table, toCsv } from '../../../src/index.js'
import { saveFile } from '../downloads.js'

/** A table of the kit (cut list, BOM) as the CLI writes it, with its CSV to download. */
export function TablePanel({ table, file }: { readonly table: Table; readonly file: string }) {
  return (
    <div className="table-panel">
      <button type="button" onClick={() => saveFile(file, toCsv(table), 'text/csv')}>
        Download {file}
      </button>
      <div className="table-scroll">
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
                  <td key={table.columns[i]} className={typeof cell === 'number' ? 'number' : undefined}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
