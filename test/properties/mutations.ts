// Specs the schema refuses: a valid spec with one thing made wrong, and what the message must say.
import fc from 'fast-check'
import { quote } from '../../src/spec/limits.js'
import { unicodeEscape } from '../../src/spec/text.js'
import { formatMm as mm, parseLength } from '../../src/spec/units.js'
import { anySpec, written } from './arbitraries.js'
import { SPEC_FIELDS } from './checks.js'

export interface Mutation {
  readonly spec: unknown
  /** The field the message must name, or "(top level)". */
  readonly field: string
  /** What the message must show: the value, or the key. */
  readonly shows: string
  /** The same mistake as --set field=value over the valid spec, where --set can say it. */
  readonly set?: { readonly base: unknown; readonly value: unknown }
}

type Raw = Record<string, unknown>
type Mutate = (raw: Raw) => Mutation

/** A copy of the object with the value at a path, parents made as needed; own keys only, even "__proto__". */
function setPath(target: unknown, [head, ...rest]: readonly string[], value: unknown): Raw {
  const base = target !== null && typeof target === 'object' && !Array.isArray(target) ? (target as Raw) : {}
  const copy = { ...base }
  Object.defineProperty(copy, head, {
    value: rest.length === 0 ? value : setPath(base[head], rest, value),
    enumerable: true,
    writable: true,
    configurable: true,
  })
  return copy
}
const without = (raw: Raw, key: string): Raw => Object.fromEntries(Object.entries(raw).filter(([k]) => k !== key))

/** The spec with a wrong value at a field. */
const wrongAt = (raw: Raw, field: string, value: unknown, shows: string): Mutation => ({
  spec: setPath(raw, field.split('.'), value),
  field,
  shows,
  set: { base: raw, value },
})

/** Length fields any spec may give, and their ranges. */
const LENGTHS: readonly [string, number, number][] = [
  ['frame.profile.width', 12, 150],
  ['frame.profile.thickness', 1, 20],
  ['rod.stockLength', 100, 10_000],
  ['motor.bodyLength', 20, 80],
  ['bed.x', 50, 10_000],
  ['printVolume.z', 50, 10_000],
]

const notALength = fc
  .oneof(
    fc.constantFrom('12 inches', '12km', '1-1/0in', 'twelve', '', ' ', '12in in', '--5mm', '1/2/3in', '1e3', 'NaN'),
    fc.constantFrom('Infinity', '-12in', '12,5mm', '.5in', '5.in', '0x10', '12 in mm', '1 1/2/4in', '3/in'),
    fc.string(),
  )
  .filter((text) => parseLength(text) === undefined)
const notAScalar = fc.constantFrom<unknown>(true, false, null, [], [12])

/** A length as an out-of-range message shows it: a number as given, text with its millimetres. */
const asGiven = (input: number | string) =>
  typeof input === 'number' ? quote(input) : `${quote(input)} = ${mm(parseLength(input)!)}`

/** A bad length: out of range (a number or with units), not a length, or neither a number nor a string. */
const badLength = (field: string, min: number, max: number, wrongType = fc.oneof(notAScalar, fc.constant({}))) =>
  fc.oneof(
    fc
      .oneof(
        fc.double({ min: -1e9, max: min, maxExcluded: true, noNaN: true }),
        fc.double({ min: max, max: 1e12, minExcluded: true, noNaN: true }),
      )
      .map(
        (value): Mutate =>
          (raw) =>
            wrongAt(raw, field, value, `${quote(value)} mm is out of range`),
      ),
    written(max + 1, 100_000).map(
      ({ input }): Mutate =>
        (raw) =>
          wrongAt(raw, field, input, `${asGiven(input)} mm is out of range`),
    ),
    notALength.map(
      (value): Mutate =>
        (raw) =>
          wrongAt(raw, field, value, `${quote(value)} is not a length`),
    ),
    wrongType.map(
      (value): Mutate =>
        (raw) =>
          wrongAt(raw, field, value, `(got ${quote(value)}`),
    ),
  )

/** The field that sizes the spec, made wrong: an object there would be a (bad) box, not a wrong type. */
const badSize = fc
  .tuple(
    badLength('frame.size', 150, 10_000, notAScalar),
    badLength('frame.size.z', 150, 10_000),
    badLength('buildVolume.y', 50, 10_000),
  )
  .map(
    ([cube, box, build]): Mutate =>
      (raw) =>
        raw.buildVolume !== undefined ? build(raw) : typeof (raw.frame as Raw).size === 'object' ? box(raw) : cube(raw),
  )

const ALLOWED: Record<string, readonly unknown[]> = {
  zAxes: [2, 4],
  tools: [1, 2],
  material: ['PLA', 'PETG', 'ABS', 'ASA'],
  'frame.style': ['angle', 'plate'],
}
const badChoice = fc
  .oneof(
    fc.record({ field: fc.constant('zAxes'), value: fc.oneof(fc.integer(), fc.constantFrom<unknown>('2', 2.5, null)) }),
    fc.record({ field: fc.constant('tools'), value: fc.oneof(fc.integer(), fc.constantFrom<unknown>('1', 1.5, [])) }),
    fc.record({
      field: fc.constant('material'),
      value: fc.oneof(fc.string(), fc.constantFrom('pla', 'Petg', 'nylon')),
    }),
    fc.record({ field: fc.constant('frame.style'), value: fc.oneof(fc.string(), fc.constantFrom('wood', 'Angle')) }),
  )
  .filter(({ field, value }) => !ALLOWED[field].includes(value))
  .map(
    ({ field, value }): Mutate =>
      (raw) =>
        wrongAt(raw, field, value, `(got ${quote(value)}`),
  )

const badRod = written(1, 50)
  .filter(({ mm: d }) => [8, 7.9375, 10].every((size) => Math.abs(d - size) >= 0.05))
  .map(
    ({ input }): Mutate =>
      (raw) =>
        wrongAt(raw, 'rod.diameter', input, `${mm(parseLength(input)!)} mm is not a rod size`),
  )

const badText = fc
  .oneof(
    fc.record({
      field: fc.constant('name'),
      value: fc.oneof(fc.constant(''), fc.string({ minLength: 81, maxLength: 200 })),
    }),
    fc.record({ field: fc.constant('description'), value: fc.string({ minLength: 501, maxLength: 600 }) }),
    fc.record({ field: fc.constantFrom('name', 'description'), value: fc.constantFrom<unknown>(12, null, {}) }),
  )
  .map(
    ({ field, value }): Mutate =>
      (raw) =>
        wrongAt(raw, field, value, `(got ${quote(value)}`),
  )

/** Control characters and line breaks: a name or description is one line of printable text. */
const CONTROLS = ['\u0000', '\t', '\n', '\r', '\u001b', '\u007f', '\u0085', '\u2028', '\u2029']
const textOverLines = fc
  .record({
    field: fc.constantFrom('name', 'description'),
    before: fc.string({ maxLength: 30 }),
    control: fc.constantFrom(...CONTROLS),
    after: fc.string({ maxLength: 30 }),
  })
  .map(
    ({ field, before, control, after }): Mutate =>
      (raw) =>
        wrongAt(
          raw,
          field,
          `${before}${control}${after}`,
          `character ${before.length + 1} is the control character ${unicodeEscape(control)}`,
        ),
  )

const OBJECTS = ['', 'frame', 'frame.profile', 'rod', 'motor', 'bed', 'printVolume']
const unknownKey = fc
  .tuple(
    fc.constantFrom(...OBJECTS),
    fc.oneof(fc.string({ minLength: 1 }), fc.constantFrom('__proto__', 'constructor')),
  )
  .filter(([at, key]) => !SPEC_FIELDS.has(at ? `${at}.${key}` : key))
  .map(
    ([at, key]): Mutate =>
      (raw) => ({
        spec: setPath(raw, [...(at ? at.split('.') : []), key], 1),
        field: at || '(top level)',
        shows: `unknown key ${quote(key)}`,
      }),
  )

const sizedTwiceOrNot = fc.constantFrom<Mutate>(
  (raw) => ({
    spec:
      raw.buildVolume === undefined
        ? { ...raw, buildVolume: { x: 200, y: 200, z: 200 } }
        : setPath(raw, ['frame', 'size'], 400),
    field: 'buildVolume',
    shows: 'not both',
  }),
  (raw) => ({
    spec:
      raw.buildVolume === undefined
        ? { ...raw, frame: without(raw.frame as Raw, 'size') }
        : without(raw, 'buildVolume'),
    field: 'frame.size',
    shows: 'give either',
  }),
)

const notASpec = fc.constantFrom<unknown>(null, [], 12, 'd3d-12in', true).map(
  (spec): Mutate =>
    () => ({ spec, field: '(top level)', shows: `(got ${quote(spec)}` }),
)

/** A spec the schema refuses, with the field its message names and what it shows. */
export const badSpec: fc.Arbitrary<Mutation> = fc
  .tuple(
    anySpec,
    fc.oneof(
      fc.oneof(...LENGTHS.map(([field, min, max]) => badLength(field, min, max))),
      badSize,
      badChoice,
      badRod,
      badText,
      textOverLines,
      unknownKey,
      sizedTwiceOrNot,
      notASpec,
    ),
  )
  .map(([raw, mutate]) => mutate(raw as Raw))
