import { formatDuration } from '../../../src/index.js'
import type { PartInfo } from '../protocol.js'

export interface PartsToPrintProps {
  /** Every part of the machine; the list shows the printed ones. */
  readonly parts: readonly PartInfo[]
  /** Index into `parts` of the part selected in the view. */
  readonly selected?: number
  /** Selects a part (index into `parts`) in the view, as a click on it there does. */
  readonly onShow: (part: number) => void
  readonly onDownloadStl: (part: string) => void
}

const grams = (g: number, digits: number) => `${g.toFixed(digits)} g`

/** Each distinct printed part: how many, its filament and print time (the slicer's), its STL; totals below. */
export function PartsToPrint({ parts, selected, onShow, onDownloadStl }: PartsToPrintProps) {
  const printed = parts.flatMap((part, index) => (part.kind === 'printed' ? [{ part, index }] : []))
  return (
    <div className="table-panel">
      <p className="muted">
        Filament and print time are the slicer's estimates for each part's geometry, as in manifest.json. Click a part
        to show it in the view.
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll area takes focus, so that the keys scroll it */}
      <section className="table-scroll" tabIndex={0} aria-label="Rows of the parts to print">
        <table className="parts-to-print">
          <thead>
            <tr>
              <th>part</th>
              <th>count</th>
              <th>filament each</th>
              <th>filament in all</th>
              <th>print time each</th>
              <th>print time in all</th>
              <th>file</th>
            </tr>
          </thead>
          <tbody>
            {printed.map(({ part, index }) => (
              <PartRow
                key={part.name}
                part={part}
                selected={index === selected}
                onShow={() => onShow(index)}
                onDownloadStl={onDownloadStl}
              />
            ))}
          </tbody>
          <Totals printed={printed.map((p) => p.part)} />
        </table>
      </section>
    </div>
  )
}

interface PartRowProps {
  readonly part: PartInfo
  readonly selected: boolean
  readonly onShow: () => void
  readonly onDownloadStl: (part: string) => void
}

function PartRow({ part, selected, onShow, onDownloadStl }: PartRowProps) {
  const { print, count } = part
  return (
    <tr className={selected ? 'selected' : undefined}>
      <td>
        <button type="button" className="link" aria-pressed={selected} title="Show it in the view" onClick={onShow}>
          {part.name}
        </button>
      </td>
      <td className="number">{count}</td>
      <td className="number">{print ? grams(print.grams, 1) : 'no estimate'}</td>
      <td className="number">{print && grams(print.grams * count, 0)}</td>
      <td className="number">{print && formatDuration(print.seconds)}</td>
      <td className="number">{print && formatDuration(print.seconds * count)}</td>
      <td>
        <button type="button" className="small" onClick={() => onDownloadStl(part.name)}>
          {part.name}.stl
        </button>
      </td>
    </tr>
  )
}

/** The sums over every copy; parts the slicer has no estimate for are named, and left out of them. */
function Totals({ printed }: { readonly printed: readonly PartInfo[] }) {
  const copies = printed.reduce((n, p) => n + p.count, 0)
  const estimated = printed.filter((p) => p.print)
  const sum = (of: (print: NonNullable<PartInfo['print']>) => number) =>
    estimated.reduce((total, p) => total + of(p.print!) * p.count, 0)
  const unestimated = printed.filter((p) => !p.print).map((p) => p.name)
  return (
    <tfoot>
      <tr>
        <td>{printed.length} parts</td>
        <td className="number">{copies}</td>
        <td />
        <td className="number">
          {grams(
            sum((p) => p.grams),
            0,
          )}
        </td>
        <td />
        <td className="number">{formatDuration(sum((p) => p.seconds))}</td>
        <td />
      </tr>
      {unestimated.length > 0 && (
        <tr>
          <td colSpan={7} className="muted">
            Not in the totals, as the slicer has no estimate for their geometry: {unestimated.join(', ')}
          </td>
        </tr>
      )}
    </tfoot>
  )
}
