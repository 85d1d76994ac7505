import { BUILD_LEGEND, LEGEND } from '../scene/appearance.js'
import type { GroundGrid } from '../scene/ground.js'
import { VIEW_KEYS_ID } from '../scene/MachineView.js'

export interface ViewToolbarProps {
  readonly explode: number
  readonly onExplode: (explode: number) => void
  readonly onFit: () => void
  readonly grid: GroundGrid
  /** Whether Build mode is on; `onBuild` turns it on or off. */
  readonly building: boolean
  readonly onBuild: () => void
}

/** Over the 3D view: fit, the exploded view, what the colours mean, the grid's scale and the view's keys. */
export function ViewToolbar({ explode, onExplode, onFit, grid, building, onBuild }: ViewToolbarProps) {
  return (
    <div className="view-toolbar">
      <button type="button" onClick={onFit}>
        Fit to view
      </button>
      <button type="button" aria-pressed={building} onClick={onBuild}>
        Build mode
      </button>
      <label>
        Explode
        <input
          type="range"
          name="explode"
          min={0}
          max={1}
          step={0.01}
          value={explode}
          onChange={(e) => onExplode(Number(e.target.value))}
        />
      </label>
      <ul className="legend">
        {(building ? BUILD_LEGEND : LEGEND).map((entry) => (
          <li key={entry.label}>
            <span className="swatch" style={{ background: entry.colour }} />
            {entry.label}
          </li>
        ))}
      </ul>
      <span className="scale">grid squares: {grid.step} mm</span>
      <p className="view-keys" id={VIEW_KEYS_ID}>
        {building
          ? 'Left and Right go to the step before and after (with Shift they turn the machine), Up and Down turn it, '
          : 'Arrow keys turn the machine, '}
        + and - zoom, Enter selects the next part (Shift+Enter the one before).
      </p>
    </div>
  )
}
