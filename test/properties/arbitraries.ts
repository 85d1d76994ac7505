// Specs over the whole space the schema allows, written as users write them.
import fc from 'fast-check'
import type { Spec } from '../../src/spec/schema.js'
import { formatInches } from '../../src/spec/units.js'

/** A length as a user writes it, and the millimetres it stands for. */
export interface Written {
  readonly input: number | string
  readonly mm: number
}

const INCH = 25.4
const inches = (n: number) => formatInches((n * INCH) / 16)

/** Ways to write n steps of `step` mm. */
const WRITINGS: readonly { step: number; write: (n: number) => number | string }[] = [
  { step: 0.1, write: (n) => n / 10 },
  { step: 0.1, write: (n) => `${n / 10}mm` },
  { step: 1, write: (n) => `${n / 10}cm` },
  { step: 1, write: (n) => `${n / 1000} m` },
  { step: INCH / 16, write: (n) => `${inches(n)}in` },
  { step: INCH / 16, write: (n) => `${inches(n).replace('-', ' ')} in` },
  { step: INCH / 16, write: (n) => `${inches(n)}"` },
  { step: 12 * INCH, write: (n) => `${n}ft` },
]

/** A length from min to max mm, as a number or in any unit the spec reads. */
export function written(min: number, max: number): fc.Arbitrary<Written> {
  const ways = WRITINGS.flatMap(({ step, write }) => {
    const [lo, hi] = [Math.ceil(min / step - 1e-9), Math.floor(max / step + 1e-9)]
    return lo <= hi ? [fc.integer({ min: lo, max: hi }).map((n) => ({ input: write(n), mm: n * step }))] : []
  })
  return fc.oneof(...ways)
}

const length = (min: number, max: number) => written(min, max).map((w) => w.input)
const size3 = (min: number, max: number) => fc.record({ x: length(min, max), y: length(min, max), z: length(min, max) })
/** Mostly the sizes a printer has, sometimes anything up to the schema's 10 m. */
const size = (min: number, likelyMax: number) =>
  fc.oneof({ weight: 5, arbitrary: length(min, likelyMax) }, { weight: 1, arbitrary: length(min, 10_000) })
/** Left out of most specs (the value in one of `outOf`). */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>, outOf = 3) =>
  fc.oneof({ weight: outOf - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary })
/** The object without the fields left out. */
const given = (fields: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined))

/** The presets' profiles (their parts are modelled once per process), or any the schema takes. */
const profile = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom({ width: '1-1/2in', thickness: '1/8in' }, { width: '2in', thickness: '3/16in' }),
  },
  { weight: 1, arbitrary: fc.record({ width: length(12, 150), thickness: length(1, 20) }, { requiredKeys: [] }) },
)

const frameLook = { style: sometimes(fc.constantFrom('angle', 'plate'), 2), profile: sometimes(profile, 2) }
const frameSize = fc.oneof(size(150, 1500), fc.record({ x: size(150, 1500), y: size(150, 1500), z: size(150, 1500) }))

const optional = {
  name: sometimes(fc.string({ minLength: 1, maxLength: 80 })),
  description: sometimes(fc.string({ maxLength: 500 })),
  rod: sometimes(
    fc
      .record({
        diameter: sometimes(fc.constantFrom(8, '8mm', '5/16in', '0.3125in', 7.9375, '7.94mm', 10, '1cm'), 2),
        stockLength: sometimes(size(100, 3000), 2),
      })
      .map(given),
    2,
  ),
  zAxes: sometimes(fc.constantFrom(2, 4), 2),
  tools: sometimes(fc.constantFrom(1, 2), 2),
  bed: sometimes(fc.record({ x: length(50, 1000), y: length(50, 1000) }), 4),
  motor: sometimes(fc.record({ bodyLength: length(20, 80) })),
  material: sometimes(fc.constantFrom('PLA', 'PETG', 'ABS', 'ASA')),
  printVolume: sometimes(fc.oneof(size3(50, 400), size3(50, 10_000)), 4),
}

/** A spec sized by its frame. */
export const frameSpec = fc
  .record({ ...optional, frame: fc.record({ size: frameSize, ...frameLook }).map(given) })
  .map(given)

/** A spec sized by its build volume. */
export const buildVolumeSpec = fc
  .record({
    ...optional,
    buildVolume: fc.record({ x: size(50, 1200), y: size(50, 1200), z: size(50, 1200) }),
    frame: sometimes(fc.record(frameLook).map(given), 2),
  })
  .map(given)

/**
 * A small box frame of thin steel: the corner of the space where the rules of the frame, the Z
 * axes, the panels and the tools bite.
 */
export const tightSpec = fc
  .record({
    ...optional,
    zAxes: fc.constantFrom(2, 4),
    tools: fc.constantFrom(1, 2),
    frame: fc.record({
      size: size3(150, 450),
      style: fc.constantFrom('angle', 'plate'),
      profile: fc.record({ width: length(12, 40), thickness: length(1, 6) }),
    }),
  })
  .map(given)

/** Any spec the schema accepts; some of them cannot be built. */
export const anySpec = fc.oneof(
  { weight: 2, arbitrary: frameSpec },
  { weight: 2, arbitrary: buildVolumeSpec },
  { weight: 1, arbitrary: tightSpec },
)

/** One size grown: along x, y or z, by 1 to 400 mm. */
export const growth = fc.record({ d: fc.constantFrom('x', 'y', 'z'), by: fc.integer({ min: 1, max: 400 }) })

type Box = { x: number; y: number; z: number }
const asBox = (size: number | Box): Box => (typeof size === 'number' ? { x: size, y: size, z: size } : size)

/** The resolved spec with its frame size or build volume grown, within what the schema takes. */
export function grown(spec: Spec, field: 'frame' | 'buildVolume', { d, by }: { d: keyof Box; by: number }): Spec {
  const size: Box = field === 'frame' ? asBox(spec.frame.size!) : spec.buildVolume!
  fc.pre(size[d] + by <= 10_000)
  const box = { ...size, [d]: size[d] + by }
  return field === 'frame' ? { ...spec, frame: { ...spec.frame, size: box } } : { ...spec, buildVolume: box }
}
