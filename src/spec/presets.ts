import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { InputError } from './errors.js'

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
    throw new InputError(`--preset: unknown preset ${JSON.stringify(name)}; known presets: ${presetNames().join(', ')}`)
  }
  return readJson(`${PRESET_DIR}${name}.json`, `preset ${name}`)
}

/** Reads a JSON file, turning every failure into an InputError that names the file. */
export function readJson(path: string, label = path): unknown {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError(`${label}: cannot read the file (${code === 'ENOENT' ? 'no such file' : code})`)
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new InputError(`${label}: not valid JSON: ${(error as Error).message}`)
  }
}
