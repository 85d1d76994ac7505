import { applyOverrides } from '../../../src/index.js'
import { withoutPath } from './fields.js'
import type { SpecEdits } from './SpecForm.js'

/**
 * The form's edits of the spec, as `d3dkit build --set` makes them: a member of an object the spec
 * leaves out takes its siblings' defaults from the schema (printVolume.x alone keeps y and z).
 */
export function specEdits(edit: (change: (spec: unknown) => unknown) => void): SpecEdits {
  return {
    assign: (assignment) => edit((spec) => applyOverrides(spec, [assignment])),
    remove: (path) => edit((spec) => withoutPath(spec, path)),
  }
}
