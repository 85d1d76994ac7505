import type { Counted, StockUse } from '../assembly/collect.js'
import type { BoughtPart } from '../parts/types.js'
import { describeTotal, stockTotals } from './cutlist.js'
import type { Table } from './table.js'

/** Bill of materials: every bought part, then every stock material, with where it is used. */
export function billOfMaterials(bought: readonly Counted<BoughtPart>[], stock: readonly StockUse[]): Table {
  const parts = bought.map((b) => [b.item.id, b.item.description, b.quantity, b.usedIn.join(' ')] as const)
  const materials = stockTotals(stock).map(
    (t) => [t.item, describeTotal(t.material, t.pieces, t.totalMm), t.pieces, t.usedIn.join(' ')] as const,
  )
  return { columns: ['item', 'description', 'quantity', 'used_in'], rows: [...parts, ...materials] }
}
