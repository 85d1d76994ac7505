// What the CLI makes of a spec, for the end-to-end tests to compare the viewer's page with.
import { type Kit, makeKit } from '../../src/export/kit.js'
import { layoutOf } from '../../src/index.js'
import { InputError } from '../../src/spec/errors.js'
import { applyOverrides } from '../../src/spec/overrides.js'
import { parseSpec } from '../../src/spec/parse.js'
import { DEFAULT_PRESET, readPreset } from '../../src/spec/presets.js'

/** A preset's spec with `--set` overrides applied, as the CLI reads it. */
export const specOf = (sets: string[] = [], preset = DEFAULT_PRESET) => applyOverrides(readPreset(preset), sets)

export const kitOf = (sets: string[] = [], preset = DEFAULT_PRESET): Promise<Kit> =>
  makeKit(parseSpec(specOf(sets, preset)))

/** A table's rows as the page shows them: every cell as text. */
export const rowsOf = (table: Kit['cutlist']) => table.rows.map((row) => row.map(String))

/** The message the CLI gives for a spec's field, without the source and the field. */
export function problemFor(raw: unknown, field: string): string {
  try {
    layoutOf(parseSpec(raw, 'spec'))
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    const problem = error.problems.map((p) => p.replace(/^spec: /, '')).find((p) => p.startsWith(`${field}: `))
    if (problem) return problem.slice(field.length + 2)
  }
  throw new Error(`expected a problem with ${field}`)
}
