import { useEffect } from 'react'
import { formatMm } from '../../../src/index.js'
import type { PartInfo, TreeNode } from '../protocol.js'

export interface PartCardProps {
  readonly part: PartInfo
  /** The node that holds the clicked instance. */
  readonly node: TreeNode
  readonly onDownloadStl: (part: string) => void
  readonly onClose: () => void
}

const size = (s: readonly number[]) => `${s.map(formatMm).join(' x ')} mm`

/** What was clicked: the part, where it sits, how many the machine has, and its file. */
export function PartCard({ part, node, onDownloadStl, onClose }: PartCardProps) {
  useEffect(() => {
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose()
    }
    window.addEventListener('keydown', closeOnEscape)
    return () => window.removeEventListener('keydown', closeOnEscape)
  }, [onClose])
  return (
    <section className="part-card" aria-label="Selected part">
      <header>
        <h2 className="part-name">{part.name}</h2>
        <button type="button" className="small" onClick={onClose} aria-label="Close">
          x
        </button>
      </header>
      <p>{part.description}</p>
      <dl>
        <dt>kind</dt>
        <dd className="part-kind">{part.kind}</dd>
        <dt>module</dt>
        <dd>
          {part.module ?? node.module} <span className="muted">(in {node.name})</span>
        </dd>
        <dt>count</dt>
        <dd className="part-count">{part.count}</dd>
        {part.material && (
          <>
            <dt>material</dt>
            <dd>{part.material}</dd>
          </>
        )}
        {part.length !== undefined && (
          <>
            <dt>length</dt>
            <dd>
              {formatMm(part.length)} mm{part.width !== undefined && ` x ${formatMm(part.width)} mm`}
            </dd>
          </>
        )}
        <dt>{part.kind === 'printed' ? 'size on the bed' : 'size'}</dt>
        <dd>{size(part.size)}</dd>
        {part.grams !== undefined && (
          <>
            <dt>filament (solid)</dt>
            <dd>
              {part.grams.toFixed(1)} g each, {(part.grams * part.count).toFixed(0)} g for {part.count}
            </dd>
          </>
        )}
      </dl>
      {part.kind === 'printed' && (
        <button type="button" onClick={() => onDownloadStl(part.name)}>
          Download {part.name}.stl
        </button>
      )}
    </section>
  )
}
