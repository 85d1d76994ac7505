import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App.js'
import { ErrorBoundary } from './ErrorBoundary.js'
import type { KitClient } from './kit-client.js'
import type { StartingSpec } from './spec-source.js'
import './style.css'

export function mountApp(root: HTMLElement, client: KitClient, start: StartingSpec): void {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <App client={client} start={start} />
      </ErrorBoundary>
    </StrictMode>,
  )
}
