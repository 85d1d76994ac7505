import { expect } from 'vitest'
import { z } from 'zod'
import { InputError } from '../../src/spec/errors.js'
import { specSchema } from '../../src/spec/schema.js'
import { formatMm } from '../../src/spec/units.js'

interface JsonSchema {
  readonly properties?: Record<string, JsonSchema>
  readonly anyOf?: readonly JsonSchema[]
}

function pathsOf(schema: JsonSchema, prefix: string): string[] {
  const own = Object.entries(schema.properties ?? {}).flatMap(([key, child]) => [
    `${prefix}${key}`,
    ...pathsOf(child, `${prefix}${key}.`),
  ])
  return [...own, ...(schema.anyOf ?? []).flatMap((branch) => pathsOf(branch, prefix))]
}

/** Every dotted field path of the spec, read from its schema. */
export const SPEC_FIELDS = new Set(
  pathsOf(z.toJSONSchema(specSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema, ''),
)

/** The value, or the InputError it throws; any other error is thrown on. */
export async function attempt<T>(make: () => T | Promise<T>): Promise<T | InputError> {
  try {
    return await make()
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
}

const valueAt = (value: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], value)

/** Numbers a value holds, as a message shows them. */
const shown = (value: unknown): string[] =>
  typeof value === 'number' ? [formatMm(value)] : Object.values(value as object).flatMap(shown)

/**
 * Each problem starts with a field of the spec that the resolved spec has (given or
 * defaulted, not derived), shows that field's value, and says what is allowed.
 */
export function expectClearProblems(error: InputError, spec: unknown): void {
  for (const problem of error.problems) {
    const [, field, message] = /^([\w.]+): (.*)$/s.exec(problem) ?? []
    expect(SPEC_FIELDS.has(field), problem).toBe(true)
    const value = valueAt(spec, field)
    expect(value, `${problem}\n(the spec has no ${field})`).toBeDefined()
    for (const number of shown(value))
      expect(message, problem).toMatch(new RegExp(`\\b${number.replace('.', '\\.')}\\b`))
    expect(message, problem).toMatch(/at least|at most|under|allowed|use /)
  }
}

/** Paths of the numbers in a value that are not finite, and of the strings that show NaN, Infinity or undefined. */
export function badNumbers(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path]
  if (typeof value === 'string') return /NaN|Infinity|undefined/.test(value) ? [path] : []
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, v]) => badNumbers(v, `${path}/${key}`))
}
