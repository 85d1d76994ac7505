import { useCallback, useEffect, useRef } from 'react'
import { addressForSpec, type ViewInAddress } from './spec-source.js'

/** How long the view stays still before the address takes it: a dragged slider changes it many times a second. */
const VIEW_SETTLE_MS = 300

export interface AddressState {
  readonly raw: unknown
  readonly view: ViewInAddress
  /** Leave the address as it is (it holds a spec to be fixed, shown as it came). */
  readonly keep: boolean
  /** Back or Forward brought this address. */
  readonly onPop: (search: string) => void
}

/**
 * Keeps the address in step with the page: an edit of the spec is a new history entry, so that
 * Back undoes it; any other change of the spec, and a change of the view, replaces the entry.
 * Returns what marks the next change of the spec as an edit.
 */
export function useAddress({ raw, view, keep, onPop }: AddressState): () => void {
  const editNext = useRef(false)
  const viewNow = useRef(view)
  viewNow.current = view

  useEffect(() => {
    if (keep) return
    const address = addressForSpec(raw, viewNow.current)
    if (editNext.current) history.pushState(null, '', address)
    else history.replaceState(null, '', address)
    editNext.current = false
  }, [raw, keep])

  useEffect(() => {
    if (keep) return
    const timer = setTimeout(() => {
      const address = addressForSpec(raw, view)
      if (address !== location.search) history.replaceState(null, '', address)
    }, VIEW_SETTLE_MS)
    return () => clearTimeout(timer)
  }, [raw, view, keep])

  useEffect(() => {
    const popped = () => {
      editNext.current = false
      onPop(location.search)
    }
    addEventListener('popstate', popped)
    return () => removeEventListener('popstate', popped)
  }, [onPop])

  return useCallback(() => {
    editNext.current = true
  }, [])
}
