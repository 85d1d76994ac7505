import { InputError } from './errors.js'
import { clip } from './limits.js'
import { escapeControlCharacters } from './text.js'

/**
 * What setting a field drops from the preset: the frame size and the build volume stand for each
 * other, and a preset's bed was chosen for its own size, so a new size drops it too (the bed then
 * follows: the build volume, or the largest that fits the frame). A bed set by an override stays.
 */
const DROPS: Record<string, readonly string[]> = {
  buildVolume: ['frame.size', 'bed'],
  'frame.size': ['buildVolume', 'bed'],
}

/** A spec with overrides applied, and which assignment set each dotted key of it. */
export interface Overridden {
  readonly spec: unknown
  /**
   * Dotted key to the assignment that set it. Where an assignment made the objects around its key
   * (`printVolume.x=250` with no printVolume), the outermost one it made stands for the key.
   */
  readonly setBy: ReadonlyMap<string, string>
}

/** An assignment as messages name it: `--set frame.size=14in`, cut short, on one line. */
export const setLabel = (assignment: string): string => `--set ${clip(escapeControlCharacters(assignment))}`

/**
 * Applies `key=value` overrides (e.g. "frame.size=14in", "zAxes=4") to a raw spec. Values are
 * read as JSON where they parse (numbers, objects), else as strings. Returns a new object.
 */
export function applyOverrides(raw: unknown, assignments: readonly string[]): unknown {
  return overrideSpec(raw, assignments).spec
}

/** As applyOverrides, also telling which assignment set which key, so that a problem can name it. */
export function overrideSpec(raw: unknown, assignments: readonly string[]): Overridden {
  const copy = structuredClone(raw)
  if (assignments.length === 0) return { spec: copy, setBy: new Map() }
  // Changed in place: a copy per assignment would take time in the square of their number.
  const spec = isObject(copy) ? copy : {}
  const setBy = new Map<string, string>()
  for (const assignment of assignments) {
    const { key, value } = readAssignment(assignment)
    for (const [field, dropped] of Object.entries(DROPS)) {
      if (!within(key, field)) continue
      // Only what came from the preset: a field set by an earlier override stays.
      for (const other of dropped) if (!overlapsAny(other, setBy)) remove(spec, other.split('.'))
    }
    const path = key.split('.')
    const made = firstMissingObject(spec, path)
    setBy.delete(made) // set again: it moves to the end, the latest
    setBy.set(made, assignment)
    setPath(spec, path, value)
  }
  return { spec, setBy: withoutReplaced(setBy) }
}

function readAssignment(assignment: string): { key: string; value: unknown } {
  const eq = assignment.indexOf('=')
  const key = eq > 0 ? assignment.slice(0, eq).trim() : ''
  if (!/^[A-Za-z]\w*(\.[A-Za-z]\w*)*$/.test(key)) {
    throw new InputError(`${setLabel(assignment)}: expected key=value with a dotted key, e.g. frame.size=14in`)
  }
  return { key, value: readValue(assignment.slice(eq + 1).trim()) }
}

function readValue(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/** The keys whose value no later assignment replaced by setting an object around them; in order. */
function withoutReplaced(setBy: ReadonlyMap<string, string>): Map<string, string> {
  const kept: [string, string][] = []
  const later = new Set<string>()
  for (const [key, assignment] of [...setBy].reverse()) {
    const parts = key.split('.')
    if (parts.some((_, i) => later.has(parts.slice(0, i + 1).join('.')))) continue
    kept.push([key, assignment])
    later.add(key)
  }
  return new Map(kept.reverse())
}

/** Whether a dotted key is the field or a key inside it. */
const within = (key: string, field: string) => key === field || key.startsWith(`${field}.`)

/** Whether a set key is the field, inside it or around it. */
const overlapsAny = (field: string, setBy: ReadonlyMap<string, string>) =>
  [...setBy.keys()].some((set) => within(set, field) || within(field, set))

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/** The object's own value at a path of keys, or undefined. */
function valueAt(target: unknown, path: readonly string[]): unknown {
  let value = target
  for (const key of path) value = isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined
  return value
}

/** The shortest part of a key that setting it makes anew: the first object on the way that is not there, or the key. */
function firstMissingObject(spec: Record<string, unknown>, path: readonly string[]): string {
  const missing = path.findIndex((_, i) => i < path.length - 1 && !isObject(valueAt(spec, path.slice(0, i + 1))))
  return path.slice(0, missing < 0 ? path.length : missing + 1).join('.')
}

/** Sets the value at a path, making the objects on the way where there are none. */
function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target
  for (const key of path.slice(0, -1)) {
    const inner = valueAt(node, [key])
    if (!isObject(inner)) node[key] = {}
    node = node[key] as Record<string, unknown>
  }
  node[path[path.length - 1]] = value
}

function remove(target: Record<string, unknown>, path: readonly string[]): void {
  const parent = valueAt(target, path.slice(0, -1))
  if (isObject(parent)) delete parent[path[path.length - 1]]
}
