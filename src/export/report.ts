import type { Check } from '../engineering/index.js'
import type { Kit } from './kit.js'

/** A figure as the report shows it: three significant digits, no exponent. */
export const figure = (value: number): string =>
  !Number.isFinite(value)
    ? 'never'
    : Math.abs(value) >= 100
      ? value.toFixed(0)
      : Number(value.toPrecision(3)).toString()

const verdict = (check: Check) => (check.pass ? 'pass' : 'FAIL')

/** One line per check: verdict, id, value against limit. */
export function checkSummary(checks: readonly Check[]): string {
  const failing = checks.filter((c) => !c.pass).length
  const lines = checks.map(
    (c) =>
      `  ${verdict(c).padEnd(4)} ${c.id.padEnd(22)} ${figure(c.value)} ${c.unit} (${c.bound === 'min' ? 'at least' : 'at most'} ${figure(c.limit)})`,
  )
  const head = failing === 0 ? `all ${checks.length} checks pass` : `${failing} of ${checks.length} checks fail`
  return [`engineering checks: ${head}`, ...lines].join('\n')
}

/** report.md: every check with its figures, its model and source, and what would fix a failing one. */
export function machineReport(kit: Kit): string {
  const title = kit.spec.name ?? 'd3dkit printer'
  const failing = kit.checks.filter((c) => !c.pass)
  const rows = kit.checks.map(
    (c) =>
      `| ${verdict(c)} | ${c.id} | ${figure(c.value)} ${c.unit} | ${c.bound === 'min' ? '>=' : '<='} ${figure(c.limit)} | ${figure(c.margin)} |`,
  )
  const details = kit.checks.flatMap((c) => [
    `### ${c.id}: ${verdict(c)}`,
    '',
    `${c.concern}.`,
    '',
    `Model and limit: ${c.basis}.`,
    ...(c.fix ? ['', `What would fix it: ${c.fix}.`] : []),
    '',
  ])
  return [
    `# Machine report: ${title}`,
    '',
    failing.length === 0
      ? `Every engineering check passes (${kit.checks.length}).`
      : `${failing.length} of ${kit.checks.length} engineering checks fail: ${failing.map((c) => c.id).join(', ')}.`,
    '',
    '| result | check | value | limit | margin |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    '## The checks',
    '',
    ...details,
  ].join('\n')
}
