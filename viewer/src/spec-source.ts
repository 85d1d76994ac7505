/// <reference types="vite/client" />
import { DEFAULT_PRESET, folderName, InputError, parseSpecText, quote } from '../../src/index.js'
import { canonical } from './canonical.js'
import { checkSpec } from './spec-check.js'

/** The presets: the same JSON files the CLI reads, bundled into the page. */
const presetFiles = import.meta.glob<unknown>('../../presets/*.json', { eager: true, import: 'default' })

export const PRESETS: ReadonlyMap<string, unknown> = new Map(
  Object.entries(presetFiles)
    .map(([path, spec]) => [path.replace(/^.*\//, '').replace(/\.json$/, ''), spec] as const)
    .sort(([a], [b]) => a.localeCompare(b)),
)

/** The preset this raw spec is, if it is one unchanged. */
export function presetMatching(raw: unknown): string | undefined {
  const text = canonical(raw)
  for (const [name, spec] of PRESETS) if (canonical(spec) === text) return name
  return undefined
}

export interface StartingSpec {
  /** A spec the schema accepts: the address's, or the default preset in its place. */
  readonly spec: unknown
  /** Why the address's spec could not be used, if it could not; the address then stays as it is, to be fixed. */
  readonly problems: readonly string[]
}

/** How problems with the spec in the address begin. */
const ADDRESS_SPEC = 'address: the spec'

/**
 * The spec a page address asks for: ?spec=<JSON>, ?preset=<name>, or the default preset. The
 * JSON is read within the CLI's limits and checked against the schema, so that whatever the
 * address holds, what goes to the worker is a spec it can take.
 */
export function specFromAddress(search: string): StartingSpec {
  const params = new URLSearchParams(search)
  const text = params.get('spec')
  if (text !== null) return specFromText(text)
  const preset = params.get('preset') ?? DEFAULT_PRESET
  if (PRESETS.has(preset)) return { spec: PRESETS.get(preset), problems: [] }
  const known = [...PRESETS.keys()].join(', ')
  return defaultInPlace([`address: unknown preset ${quote(preset)}; known presets: ${known}`])
}

function specFromText(text: string): StartingSpec {
  let spec: unknown
  try {
    spec = parseSpecText(text, ADDRESS_SPEC)
  } catch (error) {
    if (error instanceof InputError) return defaultInPlace(error.problems)
    throw error
  }
  const { problems } = checkSpec(spec)
  return problems.length === 0 ? { spec, problems } : defaultInPlaceOfSpec(problems)
}

/** The default preset in place of the address's spec, which has these problems (each "field: message"). */
export function defaultInPlaceOfSpec(problems: readonly string[]): StartingSpec {
  return defaultInPlace(problems.map((problem) => `${ADDRESS_SPEC}: ${problem}`))
}

function defaultInPlace(problems: readonly string[]): StartingSpec {
  const instead = `address: in its place, the default printer, ${DEFAULT_PRESET}; the address stays as it is, to copy and fix, until the printer is changed here`
  return { spec: PRESETS.get(DEFAULT_PRESET), problems: [...problems, instead] }
}

/**
 * How the machine is shown, kept in the address with the spec: exploded, which nodes are hidden,
 * and in Build mode the step shown (from 1).
 */
export interface ViewInAddress {
  readonly explode: number
  readonly hidden: readonly string[]
  readonly step?: number
}

/** Most hidden nodes read from an address: more than a machine has. */
const MAX_HIDDEN = 1000

/** The view an address asks for; anything it cannot use is left at its start (not exploded, nothing hidden). */
export function viewFromAddress(search: string): ViewInAddress {
  const params = new URLSearchParams(search)
  const explode = Number(params.get('explode') ?? 0)
  const step = Number(params.get('step'))
  return {
    explode: Number.isFinite(explode) ? Math.min(1, Math.max(0, explode)) : 0,
    hidden: params.getAll('hidden').slice(0, MAX_HIDDEN),
    // A step past the last shows the last (the machine's steps are not known here).
    ...(params.has('step') && Number.isSafeInteger(step) && step >= 1 && { step }),
  }
}

/**
 * The query string that opens this spec, and this view: the preset's name when the spec is one,
 * else the spec itself.
 */
export function addressForSpec(raw: unknown, view: ViewInAddress = { explode: 0, hidden: [] }): string {
  const preset = presetMatching(raw)
  const params = new URLSearchParams(preset ? { preset } : { spec: JSON.stringify(raw) })
  if (view.explode > 0) params.set('explode', String(view.explode))
  for (const path of view.hidden) params.append('hidden', path)
  if (view.step !== undefined) params.set('step', String(view.step))
  return `?${params}`
}

/** A folder name for the spec's files, as `d3dkit build` names them: the preset, or the spec's name. */
export function folderFor(raw: unknown): string {
  const name = (raw as { name?: unknown } | null)?.name
  return presetMatching(raw) ?? folderName(typeof name === 'string' ? name : '')
}
