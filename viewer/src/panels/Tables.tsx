import { useState } from 'react'
import type { Table } from '../../../src/index.js'
import { TablePanel } from './TablePanel.js'

const TABS = [
  { id: 'cutlist', title: 'Cut list', file: 'cutlist.csv' },
  { id: 'bom', title: 'Bill of materials', file: 'bom.csv' },
] as const

export interface TablesProps {
  readonly cutlist: Table
  readonly bom: Table
  /** The tables are the last good machine's, not the spec's. */
  readonly stale: boolean
}

/** The cut list and the bill of materials, one at a time. */
export function Tables(tables: TablesProps) {
  const [tab, setTab] = useState<(typeof TABS)[number]['id']>('cutlist')
  const current = TABS.find((t) => t.id === tab)!
  return (
    <section className="tables">
      <div className="tabs" role="tablist">
        {TABS.map((t) => (
          <button
            type="button"
            role="tab"
            key={t.id}
            aria-selected={t.id === tab}
            data-table={t.id}
            onClick={() => setTab(t.id)}
          >
            {t.title}
          </button>
        ))}
      </div>
      {tables.stale && <p className="stale-note">Last good machine: this spec has problems</p>}
      <div role="tabpanel" data-table-panel={tab}>
        <TablePanel table={tables[tab]} file={current.file} />
      </div>
    </section>
  )
}
