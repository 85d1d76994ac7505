import { Component, type ReactNode } from 'react'
import { clip, DEFAULT_PRESET, quote } from '../../src/index.js'

interface Failed {
  readonly message?: string
}

/** In place of a white page when the page fails: what went wrong, and a way back to the default printer. */
export class ErrorBoundary extends Component<{ readonly children: ReactNode }, Failed> {
  state: Failed = {}

  static getDerivedStateFromError(error: unknown): Failed {
    return { message: error instanceof Error ? clip(error.message) : quote(error) }
  }

  render() {
    if (this.state.message === undefined) return this.props.children
    return (
      <div className="failed" role="alert">
        <h1>d3dkit</h1>
        <p>The page failed: {this.state.message}</p>
        <p>
          The address holds the printer as it was, to copy.{' '}
          <a href={`?preset=${DEFAULT_PRESET}`}>Open the default printer</a>
        </p>
      </div>
    )
  }
}
