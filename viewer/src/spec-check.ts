import { z } from 'zod'
import { InputError } from '../../src/spec/errors.js'
import { parseSpec } from '../../src/spec/parse.js'
import { type Spec, specSchema } from '../../src/spec/schema.js'
import { fieldsOf, type JsonSchema } from './form/fields.js'

/** The form's fields, from the spec's JSON Schema as a user writes it (lengths may have units). */
export const SPEC_FIELDS = fieldsOf(z.toJSONSchema(specSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema)

const SOURCE = 'spec'

/** Problems as "field: message", without the source that parseSpec puts first. */
export function specProblems(problems: readonly string[]): string[] {
  return problems.map((p) => (p.startsWith(`${SOURCE}: `) ? p.slice(SOURCE.length + 2) : p))
}

/** The spec checked against the schema on the page, at once: the worker checks the rest. */
export function checkSpec(raw: unknown): { readonly resolved?: Spec; readonly problems: readonly string[] } {
  try {
    return { resolved: parseSpec(raw, SOURCE), problems: [] }
  } catch (error) {
    if (error instanceof InputError) return { problems: specProblems(error.problems) }
    throw error
  }
}
