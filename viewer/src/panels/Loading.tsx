import type { Progress } from '../use-machine.js'

/** In place of the machine until the first one is drawn: what the page is doing, and how far it has come. */
export function Loading({ status, progress }: { readonly status: string; readonly progress: Progress | undefined }) {
  return (
    <div className="placeholder">
      <p>{status}</p>
      {progress && <progress aria-label={status} value={progress.done} max={1} />}
    </div>
  )
}
