import { folderName } from '../../src/export/folder-name.js'
import { DEFAULT_PRESET } from '../../src/spec/default-preset.js'

/** The presets: the same JSON files the CLI reads, bundled into the page. */
const presetFiles = import.meta.glob<unknown>('../../presets/*.json', { eager: true, import: 'default' })

export const PRESETS: ReadonlyMap<string, unknown> = new Map(
  Object.entries(presetFiles)
    .map(([path, spec]) => [path.replace(/^.*\//, '').replace(/\.json$/, ''), spec] as const)
    .sort(([a], [b]) => a.localeCompare(b)),
)

/** JSON with object keys sorted, so that equal specs give equal text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  )
}

/** The preset this raw spec is, if it is one unchanged. */
export function presetMatching(raw: unknown): string | undefined {
  const text = canonical(raw)
  for (const [name, spec] of PRESETS) if (canonical(spec) === text) return name
  return undefined
}

export interface StartingSpec {
  readonly spec: unknown
  /** Why the address's spec could not be used, if it could not. */
  readonly problems: readonly string[]
}

/** The spec a page address asks for: ?spec=<JSON>, ?preset=<name>, or the default preset. */
export function specFromAddress(search: string): StartingSpec {
  const params = new URLSearchParams(search)
  const fallback = PRESETS.get(DEFAULT_PRESET)
  const text = params.get('spec')
  if (text !== null) {
    try {
      return { spec: JSON.parse(text), problems: [] }
    } catch (error) {
      return { spec: fallback, problems: [`address: the spec is not valid JSON: ${(error as Error).message}`] }
    }
  }
  const preset = params.get('preset')
  if (preset !== null && !PRESETS.has(preset)) {
    const known = [...PRESETS.keys()].join(', ')
    return { spec: fallback, problems: [`address: unknown preset ${JSON.stringify(preset)}; known presets: ${known}`] }
  }
  return { spec: PRESETS.get(preset ?? DEFAULT_PRESET), problems: [] }
}

/** The query string that opens this spec: the preset's name when it is one, else the spec itself. */
export function addressForSpec(raw: unknown): string {
  const preset = presetMatching(raw)
  const params = new URLSearchParams(preset ? { preset } : { spec: JSON.stringify(raw) })
  return `?${params}`
}

/** A folder name for the spec's files, as `d3dkit build` names them: the preset, or the spec's name. */
export function folderFor(raw: unknown): string {
  const name = (raw as { name?: unknown } | null)?.name
  return presetMatching(raw) ?? folderName(typeof name === 'string' ? name : '')
}
