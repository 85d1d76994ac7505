import type { KeyboardEvent } from 'react'

/** The tab a key moves to in a row of tabs (WAI-ARIA tabs: arrows round the ends, Home, End), if any. */
export function tabAfterKey<Id>(ids: readonly Id[], current: Id, key: string): Id | undefined {
  const at = ids.indexOf(current)
  const to: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: ids.length - 1 }
  return key in to ? ids[(to[key] + ids.length) % ids.length] : undefined
}

/** A tablist's keydown: selects the tab the key moves to and focuses it (its tabs in the order of `tabs`). */
export function tabKeys<Id>(tabs: readonly { readonly id: Id }[], current: Id, select: (id: Id) => void) {
  return (event: KeyboardEvent<HTMLElement>) => {
    const ids = tabs.map((tab) => tab.id)
    const next = tabAfterKey(ids, current, event.key)
    if (next === undefined) return
    event.preventDefault()
    select(next)
    event.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]')[ids.indexOf(next)]?.focus()
  }
}
