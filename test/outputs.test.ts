// Every file of every preset (and of the module counts the presets leave out), the guide and the
// templates too, as SHA-256, against the fixture: a change that should leave the outputs alone (a
// refactoring) must leave every byte.
// After a change that means to alter them: D3DKIT_WRITE_FIXTURES=1 npx vitest run test/outputs.test.ts
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildFiles } from '../src/export/build-files.js'
import { makeKit } from '../src/export/kit.js'
import { ModelStore } from '../src/export/models.js'
import { sha256 } from '../src/export/sha256.js'
import { applyOverrides } from '../src/spec/overrides.js'
import { parseSpec } from '../src/spec/parse.js'
import { presetNames, readPreset } from '../src/spec/presets.js'
import { ROOT } from './helpers.js'

const models = new ModelStore()
const FIXTURE = join(ROOT, 'test/fixtures/outputs.sha256.json')

const CASES: readonly (readonly [string, readonly string[]])[] = [
  ...presetNames().map((name) => [name, []] as const),
  ['d3d-18in', ['zAxes=4']],
  ['d3d-18in', ['tools=2']],
  ['d3d-16in', ['tools=2', 'rod.diameter=5/16in']],
]

async function hashes(preset: string, sets: readonly string[]): Promise<Record<string, string>> {
  const kit = await makeKit(parseSpec(applyOverrides(readPreset(preset), sets)), { models })
  const out: Record<string, string> = {}
  for (const [path, content] of await buildFiles(kit, '0.0.0'))
    out[path] = sha256(typeof content === 'string' ? new TextEncoder().encode(content) : content)
  return out
}

describe('every output file', () => {
  it('is byte-identical to the fixture for every preset', async () => {
    const found: Record<string, Record<string, string>> = {}
    for (const [preset, sets] of CASES) found[[preset, ...sets].join(' ')] = await hashes(preset, sets)
    if (process.env.D3DKIT_WRITE_FIXTURES) writeFileSync(FIXTURE, `${JSON.stringify(found, null, 2)}\n`)
    expect(found).toEqual(JSON.parse(readFileSync(FIXTURE, 'utf8')))
  })
})
