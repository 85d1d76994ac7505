// Whatever the address holds, the page starts on a spec the schema takes, says why in a few short
// problems when it cannot take the address's, never throws, and no input exhausts its memory.
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_SPEC_BYTES } from '../../src/spec/limits.js'
import { runs } from '../../test/properties/runs.js'
import { checkSpec } from '../src/spec-check.js'
import { specFromAddress } from '../src/spec-source.js'

/** Most problems listed, and the longest one: a few, each a line or two. */
const MOST_PROBLEMS = 10
const LONGEST_PROBLEM = 400

/** Most the heap may grow: while reading one address, and over all the runs of this file. */
const MOST_HEAP_GROWTH = 200 * 1024 * 1024

/** A full garbage collection: node gives one to code that runs after the flag is set. */
const collectGarbage: () => void =
  globalThis.gc ??
  (() => {
    setFlagsFromString('--expose-gc')
    return runInNewContext('gc')
  })()

function heapAfterCollection(): number {
  collectGarbage()
  return process.memoryUsage().heapUsed
}

const heap = { before: 0, mostGrowth: 0 }

/** Runs `read` and notes how far the heap grew over what it held before, garbage collected. */
function measured(read: () => void): void {
  const before = heapAfterCollection()
  read()
  heap.mostGrowth = Math.max(heap.mostGrowth, process.memoryUsage().heapUsed - before)
}

beforeAll(() => {
  heap.before = heapAfterCollection()
})

afterAll(() => {
  const kept = heapAfterCollection() - heap.before
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`
  console.log(`heap: grew at most ${mb(heap.mostGrowth)} reading one address; ${mb(kept)} kept after all runs`)
  expect(heap.mostGrowth).toBeLessThan(MOST_HEAP_GROWTH)
  expect(kept).toBeLessThan(MOST_HEAP_GROWTH)
})

function expectFewShortProblems(problems: readonly string[]): void {
  expect(problems.length).toBeLessThanOrEqual(MOST_PROBLEMS)
  for (const problem of problems) expect(problem.length).toBeLessThanOrEqual(LONGEST_PROBLEM)
}

/** The page starts on a spec the schema takes, and says in a few short problems why, if not the address's. */
function expectUsableStart(search: string): void {
  const start = specFromAddress(search)
  expect(checkSpec(start.spec).problems).toEqual([])
  expectFewShortProblems(start.problems)
}

const asAddress = (specText: string) => `?${new URLSearchParams({ spec: specText })}`

const openers = ['[', '{"a":', '{"name":', '{"frame":{"size":']
const closers: Record<string, string> = { '[': ']', '{"a":': '}', '{"name":': '}', '{"frame":{"size":': '}}' }

/** JSON nested `depth` deep by one opener, closed or not. */
const nestedText = fc
  .tuple(fc.constantFrom(...openers), fc.integer({ min: 1, max: 6000 }), fc.boolean())
  .map(([opener, depth, closed]) => `${opener.repeat(depth)}0${closed ? closers[opener].repeat(depth) : ''}`)

/** A string value up to twice the size limit, alone or as the name. */
const hugeText = fc.tuple(fc.integer({ min: 0, max: 2 * MAX_SPEC_BYTES }), fc.boolean()).map(([length, asName]) => {
  const text = JSON.stringify('x'.repeat(length))
  return asName ? `{"name":${text},"frame":{"size":300}}` : text
})

/** An object of up to 50,000 keys, unknown ones among the spec's. */
const manyKeysText = fc.integer({ min: 0, max: 50_000 }).map((count) => {
  const keys = Array.from({ length: count }, (_, i) => `"k${i}":${i}`)
  return `{"name":"many","frame":{"size":300}${keys.map((k) => `,${k}`).join('')}}`
})

/** Objects with the spec's keys (and a few others) holding any JSON. */
const specLike = fc.dictionary(
  fc.constantFrom('name', 'description', 'buildVolume', 'frame', 'rod', 'zAxes', 'tools', 'bed', 'sise', '__proto__'),
  fc.jsonValue({ maxDepth: 4 }),
)

/** Any code points, lone surrogates too: fc.string({ unit: 'binary' }) leaves those out and costs 80 MB of heap. */
const anyText = fc
  .array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 300 })
  .map((points) => String.fromCodePoint(...points))
const bytesAsText = fc.uint8Array({ maxLength: 400 }).map((bytes) => new TextDecoder().decode(bytes))
const bytesPercentEncoded = fc
  .uint8Array({ maxLength: 400 })
  .map((bytes) => `?spec=${Array.from(bytes, (b) => `%${b.toString(16).padStart(2, '0')}`).join('')}`)

describe('the spec the page starts on', () => {
  it('is usable whatever the address holds: random text, bytes and JSON', () => {
    const specText = fc.oneof(
      anyText,
      fc.string({ maxLength: 300 }),
      bytesAsText,
      fc.jsonValue().map((value) => JSON.stringify(value)),
      specLike.map((value) => JSON.stringify(value)),
    )
    const search = fc.oneof(
      specText.map(asAddress),
      anyText,
      bytesPercentEncoded,
      fc.string({ maxLength: 40 }).map((preset) => `?preset=${encodeURIComponent(preset)}`),
    )
    fc.assert(
      fc.property(search, (s) => expectUsableStart(s)),
      runs(1000),
    )
  })

  it('is usable for JSON nested thousands deep, strings of megabytes and objects of many keys', () => {
    const search = fc.oneof(nestedText, hugeText, manyKeysText).map(asAddress)
    fc.assert(
      fc.property(search, (s) => measured(() => expectUsableStart(s))),
      runs(30),
    )
  })

  it('falls back to the default printer for 5000 nested arrays, and says why', () => {
    const start = specFromAddress(asAddress(`${'['.repeat(5000)}${']'.repeat(5000)}`))
    expect(start.problems[0]).toMatch(/nested 5000 deep/)
    expect(start.problems.at(-1)).toMatch(/default printer/)
  })
})

describe('the check of a spec on the page', () => {
  it('never throws and lists a few short problems, for any JSON value', () => {
    const value = fc.oneof(fc.jsonValue(), specLike)
    fc.assert(
      fc.property(value, (raw) => expectFewShortProblems(checkSpec(raw).problems)),
      runs(500),
    )
  })

  it('never throws for arrays nested thousands deep, alone or as the name', () => {
    // The page holds nothing nested past MAX_SPEC_DEPTH: the address and the form keep to it. Past
    // some 4000 deep, quoting the value overflows the stack (JSON.stringify, then String, recurse).
    // The depth is drawn, the value made in the run: a failure then prints a number, not the value.
    const nested = fc.tuple(fc.integer({ min: 1, max: 2000 }), fc.boolean())
    fc.assert(
      fc.property(nested, ([depth, asName]) => {
        const value = JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`)
        expectFewShortProblems(checkSpec(asName ? { name: value } : value).problems)
      }),
      runs(100),
    )
  })
})
