import { z } from 'zod'
import { applyOverrides, specSchema } from '../../../src/index.js'
import { type JsonSchema, objectDefaults, withDefaultsAround, withoutPath } from './fields.js'
import type { SpecEdits } from './SpecForm.js'

const OBJECT_DEFAULTS = objectDefaults(
  z.toJSONSchema(specSchema, { io: 'output', unrepresentable: 'any' }) as JsonSchema,
)

const keyOf = (assignment: string) => assignment.slice(0, assignment.indexOf('=')).trim()

/**
 * The form's edits of the spec, as `d3dkit build --set` makes them, except that a member of an
 * object the spec leaves out starts from the object's default: printVolume.x alone keeps y and z.
 */
export function specEdits(edit: (change: (spec: unknown) => unknown) => void): SpecEdits {
  return {
    assign: (assignment) =>
      edit((spec) => applyOverrides(withDefaultsAround(spec, keyOf(assignment), OBJECT_DEFAULTS), [assignment])),
    remove: (path) => edit((spec) => withoutPath(spec, path)),
  }
}
