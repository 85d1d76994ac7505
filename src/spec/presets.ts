import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { InputError } from './errors.js'
import { quote } from './limits.js'
import { readSpecFile } from './read-file.js'

export const PRESET_DIR = fileURLToPath(new URL('../../presets/', import.meta.url))
export { DEFAULT_PRESET } from './default-preset.js'

export function presetNames(): string[] {
  return readdirSync(PRESET_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort()
}

/** The raw (unvalidated) preset; lengths may still be strings. */
export function readPreset(name: string): unknown {
  if (!presetNames().includes(name)) {
    throw new InputError(`--preset: unknown preset ${quote(name)}; known presets: ${presetNames().join(', ')}`)
  }
  return readSpecFile(`${PRESET_DIR}${name}.json`, `preset ${name}`)
}
