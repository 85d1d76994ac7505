import { useMemo } from 'react'
import { z } from 'zod'
import { specSchema } from '../../../src/index.js'
import { fieldsOf, type JsonSchema, problemsByField } from './fields.js'
import { SpecForm, type SpecFormProps } from './SpecForm.js'

/** The form's fields, from the spec's JSON Schema as a user writes it (lengths may have units). */
const SPEC_FIELDS = fieldsOf(z.toJSONSchema(specSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema)

export interface SpecPanelProps extends Omit<SpecFormProps, 'fields' | 'problems'> {
  /** The spec's problems as "field: message", each shown beside the fields it concerns. */
  readonly problems: readonly string[]
}

/** The spec's form: its fields and, beside them, its problems. */
export function SpecPanel({ problems, ...form }: SpecPanelProps) {
  const byField = useMemo(() => problemsByField(SPEC_FIELDS, problems), [problems])
  return <SpecForm fields={SPEC_FIELDS} problems={byField} {...form} />
}
