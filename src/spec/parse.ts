import { z } from 'zod'
import { InputError } from './errors.js'
import { quote } from './limits.js'
import { setLabel } from './overrides.js'
import { type Spec, specSchema } from './schema.js'

/** Most problems listed for one spec; the rest are counted. */
export const MAX_PROBLEMS = 20

/** Most unknown keys named in one problem; the rest are counted. */
const MAX_KEYS_NAMED = 5

export interface ParseOptions {
  /**
   * Dotted key to the `--set` assignment that set it (see overrideSpec): a problem with a field
   * an assignment set, or one around or inside it, names the assignment instead of the source.
   */
  readonly setBy?: ReadonlyMap<string, string>
}

/** Where a problem's value came from, for a field path. */
type SourceOf = (path: readonly string[]) => string

/** Validates a raw spec; every problem names where it came from, its field, the value and what is allowed. */
export function parseSpec(raw: unknown, source = 'spec', { setBy = new Map() }: ParseOptions = {}): Spec {
  const result = specSchema.safeParse(raw, { reportInput: true })
  if (result.success) return result.data
  const sourceOf = sourcesOf(source, setBy)
  const problems = result.error.issues.flatMap(unwrapUnion).flatMap((issue) => describeIssue(issue, raw, sourceOf))
  throw new InputError(capped(problems))
}

function capped(problems: readonly string[]): readonly string[] {
  if (problems.length <= MAX_PROBLEMS) return problems
  return [...problems.slice(0, MAX_PROBLEMS), `... and ${problems.length - MAX_PROBLEMS} more problems`]
}

/**
 * The assignment that set the field, or the nearest object around it that one set; failing
 * those, one that set a key inside it (a bad object made of parts); else the source.
 */
function sourcesOf(source: string, setBy: ReadonlyMap<string, string>): SourceOf {
  const setInside = new Map<string, string>()
  for (const [key, assignment] of setBy) {
    const parts = key.split('.')
    for (let n = parts.length - 1; n > 0; n--) setInside.set(parts.slice(0, n).join('.'), assignment)
  }
  return (path) => {
    const fieldAndAround = path.map((_, i) => path.slice(0, path.length - i).join('.'))
    const assignment =
      fieldAndAround.map((key) => setBy.get(key)).find((set) => set !== undefined) ?? setInside.get(path.join('.'))
    return assignment === undefined ? source : setLabel(assignment)
  }
}

/**
 * A value that fits no branch of a union (a length or an x/y/z object): report the branch
 * that got furthest, i.e. not the ones that failed on the value's type alone.
 */
function unwrapUnion(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue]
  const typeOnly = (branch: z.core.$ZodIssue[]): boolean =>
    branch.every(
      (i) =>
        i.path.length === 0 && (i.code === 'invalid_type' || (i.code === 'invalid_union' && i.errors.every(typeOnly))),
    )
  const branch = issue.errors.find((b) => !typeOnly(b))
  if (!branch) return [issue]
  return branch.flatMap((i) => unwrapUnion({ ...i, path: [...issue.path, ...i.path] } as z.core.$ZodIssue))
}

function describeIssue(issue: z.core.$ZodIssue, raw: unknown, sourceOf: SourceOf): string[] {
  const path = issue.path.map(String)
  const field = path.length > 0 ? path.join('.') : '(top level)'
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(issue.path).join(', ')
    return [...keysBySource(issue.keys, path, sourceOf)].map(
      ([source, keys]) => `${source}: ${field}: ${unknownKeys(keys)}; allowed keys: ${allowed}`,
    )
  }
  const missing = (issue.code === 'invalid_type' || issue.code === 'invalid_union') && isMissing(raw, path)
  const got =
    'input' in issue && issue.input !== undefined && issue.code !== 'custom' ? ` (got ${quote(issue.input)})` : ''
  return [`${sourceOf(path)}: ${field}: ${missing ? 'missing; ' : ''}${issue.message}${got}`]
}

function keysBySource(keys: readonly string[], path: readonly string[], sourceOf: SourceOf): Map<string, string[]> {
  const bySource = new Map<string, string[]>()
  for (const key of keys) {
    const source = sourceOf([...path, key])
    const group = bySource.get(source)
    if (group) group.push(key)
    else bySource.set(source, [key])
  }
  return bySource
}

function unknownKeys(keys: readonly string[]): string {
  const named = keys.slice(0, MAX_KEYS_NAMED).map((key) => quote(key))
  const more = keys.length > MAX_KEYS_NAMED ? ` and ${keys.length - MAX_KEYS_NAMED} more` : ''
  return `unknown key${keys.length > 1 ? 's' : ''} ${named.join(', ')}${more}`
}

/** Whether the spec leaves out the field at the path (rather than giving it a wrong value). */
function isMissing(raw: unknown, path: readonly string[]): boolean {
  if (path.length === 0) return raw === undefined
  const parent = path.slice(0, -1).reduce<unknown>((value, key) => (isObject(value) ? value[key] : undefined), raw)
  return isObject(parent) && !Object.hasOwn(parent, path[path.length - 1])
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object'

/** The keys the schema allows at a path, for messages about unknown keys. */
function allowedKeys(path: readonly PropertyKey[]): string[] {
  let schema: z.ZodType | undefined = specSchema
  for (const key of [...path, undefined]) {
    schema = unwrapToObject(schema)
    if (!schema) return []
    if (key === undefined) return Object.keys((schema as z.ZodObject).shape)
    schema = (schema as z.ZodObject).shape[String(key)] as z.ZodType | undefined
  }
  return []
}

function unwrapToObject(schema: z.ZodType | undefined): z.ZodType | undefined {
  let s = schema
  for (let i = 0; s && i < 10; i++) {
    if (s instanceof z.ZodObject) return s
    if (s instanceof z.ZodUnion) {
      s = s.options.find((o) => unwrapToObject(o as z.ZodType)) as z.ZodType | undefined
      continue
    }
    const def = (s as z.ZodType).def as { innerType?: z.ZodType; in?: z.ZodType; schema?: z.ZodType }
    s = def.innerType ?? def.in ?? def.schema
  }
  return undefined
}
