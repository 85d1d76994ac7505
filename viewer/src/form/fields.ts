/**
 * The spec's form, read from its JSON Schema (z.toJSONSchema of specSchema): one field per
 * property, with the schema's description. Nothing here names a field of the spec.
 */

/** The parts of a JSON Schema that the form reads. */
export interface JsonSchema {
  readonly type?: string | readonly string[]
  readonly properties?: Readonly<Record<string, JsonSchema>>
  readonly required?: readonly string[]
  readonly enum?: readonly (string | number)[]
  readonly anyOf?: readonly JsonSchema[]
  readonly description?: string
  readonly default?: unknown
}

interface FieldBase {
  /** Dotted path in the spec, e.g. "frame.profile.width". */
  readonly path: string
  readonly label: string
  readonly description: string
  /** May be left out, with nothing filled in for it: the spec derives it or does without. */
  readonly optional: boolean
  readonly defaultValue?: unknown
}

export type Field =
  | (FieldBase & { readonly kind: 'group'; readonly children: readonly Field[] })
  | (FieldBase & { readonly kind: 'choice'; readonly options: readonly (string | number)[] })
  /** `text` takes only strings; `value` a number or a string, read as --set reads it (a length with units). */
  | (FieldBase & { readonly kind: 'text' | 'value' })
  | (FieldBase & { readonly kind: 'union'; readonly branches: readonly Field[] })

/** "buildVolume" -> "Build volume", "zAxes" -> "Z axes", "x" -> "X". */
export function labelFor(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

const types = (schema: JsonSchema): readonly string[] =>
  schema.type === undefined ? [] : typeof schema.type === 'string' ? [schema.type] : schema.type

function fieldOf(schema: JsonSchema, path: string, label: string, optional: boolean): Field {
  const base = {
    path,
    label,
    description: schema.description ?? '',
    optional: optional && schema.default === undefined,
    ...(schema.default !== undefined ? { defaultValue: schema.default } : {}),
  }
  if (schema.enum) return { ...base, kind: 'choice', options: schema.enum }
  if (schema.anyOf) {
    const branches = schema.anyOf.map((branch) => fieldOf(branch, path, branch.description ?? label, false))
    return { ...base, kind: 'union', branches }
  }
  if (schema.properties) return { ...base, kind: 'group', children: fieldsOf(schema, `${path}.`) }
  const t = types(schema)
  return { ...base, kind: t.length === 1 && t[0] === 'string' ? 'text' : 'value' }
}

/** The fields of an object schema, in the schema's order. */
export function fieldsOf(schema: JsonSchema, prefix = ''): Field[] {
  const required = new Set(schema.required ?? [])
  return Object.entries(schema.properties ?? {}).map(([key, child]) =>
    fieldOf(child, `${prefix}${key}`, labelFor(key), !required.has(key)),
  )
}

/** The value at a dotted path, or undefined. */
export function valueAt(value: unknown, path: string): unknown {
  let at = value
  for (const key of path.split('.')) {
    if (at === null || typeof at !== 'object') return undefined
    at = (at as Record<string, unknown>)[key]
  }
  return at
}

/** A copy of the spec without the field at a dotted path. */
export function withoutPath(value: unknown, path: string): unknown {
  if (value === null || typeof value !== 'object') return value
  const [head, ...rest] = path.split('.')
  const object = value as Record<string, unknown>
  if (!(head in object)) return value
  if (rest.length === 0) {
    const { [head]: _dropped, ...others } = object
    return others
  }
  return { ...object, [head]: withoutPath(object[head], rest.join('.')) }
}

/** The branch of a union that a value takes: an object takes the object branch. */
export function branchFor(field: Extract<Field, { kind: 'union' }>, value: unknown): number {
  const isObject = value !== null && typeof value === 'object'
  const index = field.branches.findIndex((b) => (b.kind === 'group') === isObject)
  return Math.max(0, index)
}

/** A value cut down to what a field takes: an object keeps only the keys of the field's own fields. */
export function valueForField(field: Field, value: unknown): unknown {
  if (field.kind === 'union') return valueForField(field.branches[branchFor(field, value)], value)
  if (field.kind !== 'group' || value === null || typeof value !== 'object') return value
  const object = value as Record<string, unknown>
  return Object.fromEntries(
    field.children.flatMap((child) => {
      const key = child.path.slice(field.path.length + 1)
      return object[key] === undefined ? [] : [[key, valueForField(child, object[key])]]
    }),
  )
}

/**
 * A value for another branch of a union, carried over from the current one: one value becomes
 * every required member of an object (a cube's size becomes x, y and z); an object gives its first.
 */
export function convertForBranch(branch: Field, value: unknown): unknown {
  const isObject = value !== null && typeof value === 'object'
  if (branch.kind === 'group') {
    if (isObject) return value
    const keys = branch.children.map((c) => c.path.slice(branch.path.length + 1))
    return Object.fromEntries(keys.map((k) => [k, value ?? '']))
  }
  return isObject ? Object.values(value as object)[0] : value
}

/** Every path the form has a field for, union branches' members included. */
function fieldPaths(fields: readonly Field[]): Set<string> {
  const paths = new Set<string>()
  const collect = (list: readonly Field[]) => {
    for (const f of list) {
      paths.add(f.path)
      if (f.kind === 'group') collect(f.children)
      if (f.kind === 'union') collect(f.branches.flatMap((b) => (b.kind === 'group' ? b.children : [])))
    }
  }
  collect(fields)
  return paths
}

/**
 * Each problem ("rod.stockLength: ...; shorten the frame (frame.size) ...") goes to the deepest
 * field whose path starts its own, and to every field its message names by path (the field that
 * caused it); the rest (no field, or one the form does not show) go under the empty path.
 */
export function problemsByField(fields: readonly Field[], problems: readonly string[]): Map<string, string[]> {
  const paths = fieldPaths(fields)
  const out = new Map<string, string[]>()
  const add = (path: string, message: string) => {
    const list = out.get(path) ?? []
    if (!list.includes(message)) out.set(path, [...list, message])
  }
  for (const problem of problems) {
    const match = /^([A-Za-z]\w*(?:\.\w+)*): ([\s\S]*)$/.exec(problem)
    let path = match?.[1] ?? ''
    while (path && !paths.has(path)) path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : ''
    if (!path || !match) {
      add('', problem)
      continue
    }
    add(path, match[2])
    for (const named of match[2].match(/\b[A-Za-z]\w*(?:\.[A-Za-z]\w*)+/g) ?? []) {
      if (paths.has(named)) add(named, match[2])
    }
  }
  return out
}
