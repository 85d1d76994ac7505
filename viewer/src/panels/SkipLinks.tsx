import type { MouseEvent } from 'react'

/** Where the skip links lead: an element's id, and what it is. */
const TARGETS = [
  { id: 'view', name: 'the 3D view' },
  { id: 'printer', name: 'the printer form' },
  { id: 'modules', name: 'the modules' },
  { id: 'tables', name: 'the lists' },
] as const

/**
 * The page's first Tab stops, shown when focused: each moves the focus to a part of the page. By
 * script, not by the fragment: the address holds the spec, and a new fragment would be a history entry.
 */
export function SkipLinks() {
  const skipTo = (event: MouseEvent, id: string) => {
    event.preventDefault()
    document.getElementById(id)?.focus()
  }
  return (
    <nav className="skip-links" aria-label="Skip links">
      {TARGETS.map(({ id, name }) => (
        <a key={id} href={`#${id}`} onClick={(event) => skipTo(event, id)}>
          Skip to {name}
        </a>
      ))}
    </nav>
  )
}
