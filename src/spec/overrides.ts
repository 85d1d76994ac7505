import { InputError } from './errors.js'

/**
 * What setting a field drops from the preset: the frame size and the build volume stand for each
 * other, and a preset's bed was chosen for its own size, so a new build volume drops it too (the
 * bed then defaults to the build volume).
 */
const DROPS: Record<string, readonly string[]> = { buildVolume: ['frame.size', 'bed'], 'frame.size': ['buildVolume'] }

/**
 * Applies `key=value` overrides (e.g. "frame.size=14in", "zAxes=4") to a raw spec. Values are
 * read as JSON where they parse (numbers, objects), else as strings. Returns a new object.
 */
export function applyOverrides(raw: unknown, assignments: readonly string[]): unknown {
  let spec = structuredClone(raw) as Record<string, unknown>
  const setKeys: string[] = []
  for (const assignment of assignments) {
    const eq = assignment.indexOf('=')
    const key = eq > 0 ? assignment.slice(0, eq).trim() : ''
    if (!/^[A-Za-z]\w*(\.[A-Za-z]\w*)*$/.test(key)) {
      throw new InputError(
        `--set ${JSON.stringify(assignment)}: expected key=value with a dotted key, e.g. frame.size=14in`,
      )
    }
    const value = readValue(assignment.slice(eq + 1).trim())
    for (const [field, dropped] of Object.entries(DROPS)) {
      if (!within(key, field)) continue
      // Only what came from the preset: a field set by an earlier override stays.
      for (const other of dropped) if (!setKeys.some((set) => within(set, other))) spec = without(spec, other)
    }
    spec = setPath(spec, key.split('.'), value)
    setKeys.push(key)
  }
  return spec
}

/** Whether a dotted key is the field or a key inside it. */
const within = (key: string, field: string) => key === field || key.startsWith(`${field}.`)

function readValue(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const [head, ...rest] = path
  if (rest.length === 0) return { ...target, [head]: value }
  const inner = target[head]
  const child =
    inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? (inner as Record<string, unknown>) : {}
  return { ...target, [head]: setPath(child, rest, value) }
}

function without(target: Record<string, unknown>, dotted: string): Record<string, unknown> {
  const [head, ...rest] = dotted.split('.')
  if (!(head in target)) return target
  if (rest.length === 0) {
    const { [head]: _dropped, ...others } = target
    return others
  }
  const inner = target[head]
  if (inner === null || typeof inner !== 'object') return target
  return { ...target, [head]: without(inner as Record<string, unknown>, rest.join('.')) }
}
