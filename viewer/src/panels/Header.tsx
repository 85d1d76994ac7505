import { PRESETS, presetMatching } from '../spec-source.js'

export interface HeaderProps {
  readonly raw: unknown
  readonly status: string
  readonly canDownload: boolean
  readonly onPreset: (spec: unknown) => void
  readonly onDownloadAll: () => void
}

/** The title bar: preset picker, what the machine is or what the worker is doing, and the kit to take home. */
export function Header({ raw, status, canDownload, onPreset, onDownloadAll }: HeaderProps) {
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
        Download all (zip)
      </button>
    </header>
  )
}
