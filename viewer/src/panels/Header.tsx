import { PRESETS, presetMatching } from '../spec-source.js'

export interface HeaderProps {
  readonly raw: unknown
  readonly status: string
  readonly canDownload: boolean
  /** The machine on screen is the last good one, not the spec's: so is the download. */
  readonly stale: boolean
  readonly onPreset: (spec: unknown) => void
  readonly onDownloadAll: () => void
}

/** The title bar: preset picker, what the machine is or what the worker is doing, and the kit to take home. */
export function Header({ raw, status, canDownload, stale, onPreset, onDownloadAll }: HeaderProps) {
  const preset = presetMatching(raw) ?? ''
  return (
    <header className="header">
      <h1>d3dkit</h1>
      <label className="preset">
        Preset
        <select name="preset" value={preset} onChange={(e) => onPreset(PRESETS.get(e.target.value))}>
          <option value="" disabled>
            (changed)
          </option>
          {[...PRESETS.keys()].map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <output className="status" aria-live="polite">
        {status}
      </output>
      <button type="button" className="primary" disabled={!canDownload} onClick={onDownloadAll}>
        Download all (zip){stale && <span className="stale-note"> of the last good machine</span>}
      </button>
    </header>
  )
}
