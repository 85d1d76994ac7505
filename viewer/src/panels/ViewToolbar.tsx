import { LEGEND } from '../scene/appearance.js'
import type { GroundGrid } from '../scene/ground.js'
import { VIEW_KEYS_ID } from '../scene/MachineView.js'

export interface ViewToolbarProps {
  readonly explode: number
  readonly onExplode: (explode: number) => void
  readonly onFit: () => void
  readonly grid: GroundGrid
}

/** Over the 3D view: fit, the exploded view, what the colours mean, the grid's scale and the view's keys. */
export function ViewToolbar({ explode, onExplode, onFit, grid }: ViewToolbarProps) {
  return (
    <div className="view-toolbar">
      <button type="button" onClick={onFit}>
        Fit to view
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
        {LEGEND.map((entry) => (
          <li key={entry.label}>
            <span className="swatch" style={{ background: entry.colour }} />
            {entry.label}
          </li>
        ))}
      </ul>
      <span className="scale">grid squares: {grid.step} mm</span>
      <p className="view-keys" id={VIEW_KEYS_ID}>
        Arrow keys turn the machine, + and - zoom, Enter selects the next part (Shift+Enter the one before).
      </p>
    </div>
  )
}
