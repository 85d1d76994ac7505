import { useEffect, useRef, useState } from 'react'

/** The code of the panels beside the machine: the form, the module tree, the lists. */
export interface Panels {
  readonly SpecPanel: typeof import('./form/SpecPanel.js').SpecPanel
  readonly ModuleTree: typeof import('./panels/ModuleTree.js').ModuleTree
  readonly Tables: typeof import('./panels/Tables.js').Tables
}

async function loadPanels(): Promise<Panels> {
  const [{ SpecPanel }, { ModuleTree }, { Tables }] = await Promise.all([
    import('./form/SpecPanel.js'),
    import('./panels/ModuleTree.js'),
    import('./panels/Tables.js'),
  ])
  return { SpecPanel, ModuleTree, Tables }
}

/**
 * The panels' code (chunks of their own), loaded once `due` first holds and kept. They show once
 * all of it has come, not each suspending as it first renders: React 19 holds back what a Suspense
 * boundary shows in place of its fallback until 300 ms after the fallback was shown, which kept
 * the panels waiting that long after their code had come. A failed load is thrown in the page's
 * render, for its error boundary.
 */
export function usePanels(due: boolean): Panels | undefined {
  const [panels, setPanels] = useState<Panels>()
  const asked = useRef(false)
  useEffect(() => {
    if (!due || asked.current) return
    asked.current = true
    loadPanels().then(setPanels, (error: unknown) =>
      setPanels(() => {
        throw error
      }),
    )
  }, [due])
  return panels
}
