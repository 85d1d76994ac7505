import { z } from 'zod'
import { InputError } from './errors.js'
import { type Spec, specSchema } from './schema.js'

/** Validates a raw spec; every problem names its field, the value and what is allowed. */
export function parseSpec(raw: unknown, source = 'spec'): Spec {
  const result = specSchema.safeParse(raw, { reportInput: true })
  if (result.success) return result.data
  throw new InputError(result.error.issues.flatMap(unwrapUnion).map((issue) => `${source}: ${describeIssue(issue)}`))
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

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.length > 0 ? issue.path.join('.') : '(top level)'
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(issue.path)
    const keys = issue.keys.map((k) => JSON.stringify(k)).join(', ')
    return `${field}: unknown key ${keys}; allowed keys: ${allowed.join(', ')}`
  }
  const got =
    'input' in issue && issue.input !== undefined && issue.code !== 'custom' ? ` (got ${show(issue.input)})` : ''
  return `${field}: ${issue.message}${got}`
}

function show(value: unknown): string {
  const text = JSON.stringify(value)
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

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
