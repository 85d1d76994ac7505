import { machineOf as machineFor } from '../src/assembly/index.js'
import { applyOverrides } from '../src/spec/overrides.js'
import { parseSpec } from '../src/spec/parse.js'
import { readPreset } from '../src/spec/presets.js'

/** A preset's layout and assembly tree, with --set style overrides. */
export function machineOf(preset: string, sets: string[] = []) {
  const spec = parseSpec(applyOverrides(readPreset(preset), sets))
  return { spec, ...machineFor(spec) }
}
