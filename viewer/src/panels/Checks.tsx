import { type Check, checkSummary, figure } from '../../../src/index.js'

/** The machine's engineering checks: each one's result, value and limit, and what it checks (report.md's table). */
export function Checks({ checks }: { readonly checks: readonly Check[] }) {
  const failing = checks.filter((c) => !c.pass).length
  return (
    <div className="table-panel">
      <p data-checks-summary>{checkSummary(checks).split('\n')[0]}</p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll area takes focus, so that the keys scroll it */}
      <section className="table-scroll" tabIndex={0} aria-label="Engineering checks">
        <table>
          <thead>
            <tr>
              <th>result</th>
              <th>check</th>
              <th>value</th>
              <th>limit</th>
              <th>what it checks</th>
            </tr>
          </thead>
          <tbody>
            {checks.map((c) => (
              <tr key={c.id} data-check={c.id} className={c.pass ? undefined : 'failing'}>
                <td>{c.pass ? 'pass' : 'FAIL'}</td>
                <td>{c.id}</td>
                <td className="number">
                  {figure(c.value)} {c.unit}
                </td>
                <td className="number">
                  {c.bound === 'min' ? 'at least' : 'at most'} {figure(c.limit)}
                </td>
                <td className="notes">
                  <details className="notes">
                    <summary>{c.concern}</summary>
                    {c.basis}. {c.fix ? `What would fix it: ${c.fix}.` : ''}
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {failing > 0 && <p>The checks report; the machine is built all the same (report.md has each in full).</p>}
    </div>
  )
}
