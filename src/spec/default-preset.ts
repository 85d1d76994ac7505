/** The printer built when no preset or spec is named. Kept apart from presets.ts, which needs node. */
export const DEFAULT_PRESET = 'd3d-12in'
