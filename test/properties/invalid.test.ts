// Specs the schema refuses, through the CLI: exit 2, the field named, no stack trace, nothing written.
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { setLabel } from '../../src/spec/overrides.js'
import { cli, type Run, spawnCli, tempDir } from '../helpers.js'
import { badSpec, type Mutation } from './mutations.js'
import { runs } from './runs.js'

// A failing property shrinks its counterexample over many more builds: room for that, or a timeout would hide it.
vi.setConfig({ testTimeout: 600_000 })

/**
 * Writes the spec (or the valid one the mistake goes over as --set) and gives the arguments that
 * build it, and the source the message must name: the file, or the --set that gave the mistake.
 */
function buildArgs(dir: string, mutation: Mutation, viaSet: boolean): { source: string; args: string[] } {
  const file = join(dir, 'spec.json')
  const set = viaSet ? mutation.set : undefined
  writeFileSync(file, JSON.stringify(set ? set.base : mutation.spec))
  const assignment = set && `${mutation.field}=${JSON.stringify(set.value)}`
  const build = ['build', '--spec', file, ...(assignment ? ['--set', assignment] : []), '--out', join(dir, 'out')]
  return { source: assignment ? setLabel(assignment) : file, args: build }
}

function expectRefused(run: Run, dir: string, source: string, mutation: Mutation): void {
  expect(run.code, run.stderr).toBe(2)
  expect(run.stdout).toBe('')
  expect(run.stderr).not.toMatch(/^\s+at /m)
  const named = run.stderr.split('\n').find((line) => line.startsWith(`d3dkit: ${source}: ${mutation.field}: `))
  expect(named, run.stderr).toBeDefined()
  expect(named).toContain(mutation.shows)
  expect(named).toMatch(/allowed|must be|use |expected|give either/)
  expect(existsSync(join(dir, 'out'))).toBe(false)
}

describe('a spec the schema refuses', () => {
  it('makes the CLI exit 2 naming the field, its value and what is allowed, with no stack trace and nothing written', async () => {
    // One folder: a refused spec writes nothing into it.
    const dir = tempDir()
    await fc.assert(
      fc.asyncProperty(badSpec, fc.boolean(), async (mutation, viaSet) => {
        const { source, args } = buildArgs(dir, mutation, viaSet)
        expectRefused(await cli(...args), dir, source, mutation)
      }),
      runs(400),
    )
  })

  it('does the same in a real process', () => {
    fc.assert(
      fc.property(badSpec, fc.boolean(), (mutation, viaSet) => {
        const dir = tempDir()
        const { source, args } = buildArgs(dir, mutation, viaSet)
        expectRefused(spawnCli(dir, ...args), dir, source, mutation)
      }),
      // A second a run: no shrinking here; the in-process property above shrinks the same mistakes.
      { ...runs(4), endOnFailure: true },
    )
  })
})
