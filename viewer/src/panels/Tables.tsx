import { type CSSProperties, useState } from 'react'
import type { Check, Table } from '../../../src/index.js'
import { Checks } from './Checks.js'
import { PartsToPrint, type PartsToPrintProps } from './PartsToPrint.js'
import { LIST_HEIGHT, ResizeHandle } from './ResizeHandle.js'
import { TablePanel } from './TablePanel.js'
import { tabKeys } from './tab-keys.js'

const TABS = [
  { id: 'cutlist', title: 'Cut list' },
  { id: 'bom', title: 'Bill of materials' },
  { id: 'parts', title: 'Parts to print' },
  { id: 'checks', title: 'Checks' },
] as const

/** The file each table downloads as, as the CLI names it. */
const TABLE_FILES = { cutlist: 'cutlist.csv', bom: 'bom.csv' } as const

type TabId = (typeof TABS)[number]['id']

export interface TablesProps extends PartsToPrintProps {
  readonly cutlist: Table
  readonly bom: Table
  readonly checks: readonly Check[]
  /** The tables are the last good machine's, not the spec's. */
  readonly stale: boolean
}

/** The cut list, the bill of materials, the parts to print and the checks, one at a time, in a panel of adjustable height. */
export function Tables(tables: TablesProps) {
  const [tab, setTab] = useState<TabId>('cutlist')
  const [percent, setPercent] = useState<number>(LIST_HEIGHT.start)
  return (
    <section
      className="tables"
      id="tables"
      tabIndex={-1}
      aria-label="Lists"
      style={{ '--tables-height': `${percent}vh` } as CSSProperties}
    >
      <ResizeHandle percent={percent} onResize={setPercent} />
      <div className="tabs" role="tablist" onKeyDown={tabKeys(TABS, tab, setTab)}>
        {TABS.map((t) => (
          <button
            type="button"
            role="tab"
            key={t.id}
            id={`tab-${t.id}`}
            aria-selected={t.id === tab}
            aria-controls="tables-panel"
            tabIndex={t.id === tab ? 0 : -1}
            data-table={t.id}
            onClick={() => setTab(t.id)}
          >
            {t.title}
          </button>
        ))}
      </div>
      {tables.stale && <p className="stale-note">Last good machine: this spec has problems</p>}
      <div role="tabpanel" id="tables-panel" aria-labelledby={`tab-${tab}`} data-table-panel={tab}>
        <TabContent tab={tab} tables={tables} />
      </div>
    </section>
  )
}

function TabContent({ tab, tables }: { readonly tab: TabId; readonly tables: TablesProps }) {
  if (tab === 'checks') return <Checks checks={tables.checks} />
  if (tab === 'parts') {
    const { parts, selected, onShow, onDownloadStl } = tables
    return <PartsToPrint parts={parts} selected={selected} onShow={onShow} onDownloadStl={onDownloadStl} />
  }
  return <TablePanel table={tables[tab]} file={TABLE_FILES[tab]} />
}
