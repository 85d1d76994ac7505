// Random bytes and random JSON, deep and huge among them, as a spec file and as --set values:
// d3dkit answers 0 or 2, never 1, never a stack trace, with a short message and bounded memory.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { cli, type Run, tempDir } from '../helpers.js'
import { runs } from './runs.js'

vi.setConfig({ testTimeout: 600_000 })

const nested = (open: string, close: string) =>
  fc.integer({ min: 1, max: 20_000 }).map((n) => `${open.repeat(n)}1${close.repeat(n)}`)

/** Spec file contents a hostile or careless user could give. */
const hostileText: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 4000 }),
  fc.string({ unit: 'binary', maxLength: 2000 }),
  fc.jsonValue({ maxDepth: 40 }).map((value) => JSON.stringify(value)),
  nested('[', ']'),
  nested('{"frame":', '}'),
  fc.integer({ min: 0, max: 2_000_000 }).map((n) => `{"name": "${'n'.repeat(n)}"}`),
  fc
    .integer({ min: 0, max: 100_000 })
    .map((n) => JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i])))),
  fc.integer({ min: 0, max: 1_100_000 }).map((n) => `{"${'k'.repeat(n)}": 1}`),
)

/** --set assignments over a valid spec, just as hostile. */
const hostileSet: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.jsonValue({ maxDepth: 30 }).map((value) => `name=${JSON.stringify(value)}`),
  nested('[', ']').map((text) => `frame=${text}`),
  fc.constantFrom('frame.size=1e400', 'frame.size=-1e999', 'zAxes=NaN', '__proto__.x=1', 'constructor.prototype=1'),
)

function expectAnswered(run: Run): void {
  expect([0, 2], run.stderr.slice(0, 2000)).toContain(run.code)
  expect(run.stderr).not.toMatch(/^\s+at /m)
  expect(run.stderr).not.toMatch(/internal error/)
  // Messages quote at most ~80 characters of a value and at most 20 problems.
  expect(run.stderr.length).toBeLessThan(8000)
}

describe('hostile input to d3dkit validate', () => {
  const dir = tempDir()
  const file = join(dir, 'spec.json')
  const heap = () => process.memoryUsage().heapUsed

  it('as a spec file: exit 0 or 2, a short message, bounded memory', async () => {
    const before = heap()
    await fc.assert(
      fc.asyncProperty(hostileText, async (text) => {
        writeFileSync(file, text)
        expectAnswered(await cli('validate', file))
      }),
      runs(150),
    )
    // Far under what one unbounded read of /dev/zero or a 2000-deep clone took (gigabytes).
    expect(heap() - before).toBeLessThan(300 * 1024 * 1024)
  })

  it('as --set values over a valid spec: exit 0 or 2, a short message', async () => {
    writeFileSync(file, '{"frame": {"size": "12in"}}')
    await fc.assert(
      fc.asyncProperty(hostileSet, async (assignment) => {
        expectAnswered(await cli('validate', file, '--set', assignment))
      }),
      runs(150),
    )
  })
})
