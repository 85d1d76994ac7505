import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { InputError } from './errors.js'
import { applyOverrides, overrideSpec } from './overrides.js'
import { parseSpec } from './parse.js'
import { presetNames, readPreset } from './presets.js'
import { baseRodDiameter, specSchema } from './schema.js'
import { formatInches, parseLength } from './units.js'

function problemsOf(raw: unknown, setBy?: ReadonlyMap<string, string>): string[] {
  try {
    parseSpec(raw, 'spec', { setBy })
  } catch (error) {
    if (error instanceof InputError) return [...error.problems]
    throw error
  }
  throw new Error('expected the spec to be rejected')
}

describe('lengths', () => {
  it.each([
    [12, 12],
    ['12in', 304.8],
    ['12 in', 304.8],
    ['1-1/2in', 38.1],
    ['1 1/2 in', 38.1],
    ['5/16in', 7.9375],
    ['11/16in', 17.4625],
    ['1-15/16in', 49.2125],
    ['304.8mm', 304.8],
    ['30cm', 300],
    ['2m', 2000],
    ['12"', 304.8],
    ['8', 8],
  ])('reads %j as %f mm', (input, mm) => {
    expect(parseLength(input)).toBeCloseTo(mm, 9)
  })

  it.each(['', 'abc', '12 furlongs', '1/0in', '-5mm', 'in', '1..2mm'])('rejects %j', (input) => {
    expect(parseLength(input)).toBeUndefined()
  })

  it('writes inches to the nearest sixteenth', () => {
    expect(formatInches(215.9)).toBe('8-1/2')
    expect(formatInches(304.8)).toBe('12')
    expect(formatInches(7.9375)).toBe('5/16')
    expect(formatInches(25.4 * (9 + 11 / 16) + 0.1)).toBe('9-11/16')
  })
})

describe('spec schema', () => {
  it('accepts every preset and resolves lengths to mm', () => {
    expect(presetNames()).toEqual(expect.arrayContaining(['d3d-12in', 'd3d-16in', 'd3d-18in', 'd3d-1m', 'd3d-tall-2m']))
    for (const name of presetNames()) expect(() => parseSpec(readPreset(name))).not.toThrow()
    const spec = parseSpec(readPreset('d3d-12in'))
    expect(spec.frame.size).toBeCloseTo(304.8)
    expect(spec.frame.profile).toEqual({ width: 38.1, thickness: 3.175 })
    expect(spec.printVolume).toEqual({ x: 200, y: 200, z: 200 })
  })

  it('takes a print volume member left out from its default, in a file and from --set', () => {
    expect(parseSpec({ frame: { size: 400 }, printVolume: { x: 250 } }).printVolume).toEqual({ x: 250, y: 200, z: 200 })
    const set = applyOverrides(readPreset('d3d-12in'), ['printVolume.y=180mm'])
    expect(parseSpec(set).printVolume).toEqual({ x: 200, y: 180, z: 200 })
  })

  it('takes 5/16 in rods as 7.9375 mm and 10 mm rods, and refuses other sizes, naming the field', () => {
    expect(parseSpec({ frame: { size: 400 }, rod: { diameter: '5/16in' } }).rod).toEqual({
      diameter: 7.9375,
      stockLength: 2000,
    })
    expect(parseSpec({ frame: { size: 400 }, rod: { diameter: '1cm' } }).rod.diameter).toBe(10)
    expect(problemsOf({ frame: { size: 400 }, rod: { diameter: 12 } })).toEqual([
      expect.stringMatching(/rod\.diameter: 12 mm is not a rod size the axes take: use 8mm, 5\/16in or 10mm/),
    ])
  })

  it('leaves the rod diameter out when none is given (chosen per axis), 8 mm for the rods no check sizes', () => {
    const spec = parseSpec({ frame: { size: 400 }, rod: { stockLength: '1m' } })
    expect(spec.rod).toEqual({ stockLength: 1000 })
    expect(baseRodDiameter(spec)).toBe(8)
    expect(parseSpec({ frame: { size: 400 } }).rod).toEqual({ stockLength: 2000 })
    expect(baseRodDiameter(parseSpec({ frame: { size: 400 }, rod: { diameter: 10 } }))).toBe(10)
    // The resolved spec reads back as itself: an unpinned diameter stays unpinned.
    expect(parseSpec(spec)).toEqual(spec)
  })

  it('takes a guide per horizontal direction, rods or rail, left out unless given; refuses others, naming the field', () => {
    expect(parseSpec({ frame: { size: 400 } }).guide).toBeUndefined()
    const set = applyOverrides(readPreset('d3d-1m'), ['guide.x=rail', 'guide.y=rods'])
    expect(parseSpec(set).guide).toEqual({ x: 'rail', y: 'rods' })
    expect(parseSpec({ frame: { size: 400 }, guide: { y: 'rail' } }).guide).toEqual({ y: 'rail' })
    expect(problemsOf({ frame: { size: 400 }, guide: { x: 'belt' } })).toEqual([
      expect.stringMatching(/guide\.x: must be "rods" or "rail"/),
    ])
    expect(problemsOf({ frame: { size: 400 }, guide: { z: 'rail' } })).toEqual([expect.stringMatching(/guide/)])
  })

  it('needs exactly one of buildVolume and frame.size', () => {
    expect(problemsOf({})).toEqual([expect.stringMatching(/frame\.size: give either buildVolume or frame\.size/)])
    expect(problemsOf({ frame: { size: 400 }, buildVolume: { x: 200, y: 200, z: 200 } })).toEqual([
      expect.stringMatching(/buildVolume: .*not both/),
    ])
  })

  it.each([
    [{ frame: { size: -5 } }, /frame\.size: .*-5 mm is out of range: allowed 150 to 10000 mm/],
    [{ frame: { size: 0 } }, /frame\.size: .*0 mm is out of range/],
    [{ frame: { size: '1e9mm' } }, /frame\.size: .*not a length/],
    [{ frame: { size: 1e9 } }, /frame\.size: .*out of range/],
    [{ frame: { size: true } }, /frame\.size: .*(length|expected)/],
    [{ frame: { size: 400, style: 'wood' } }, /frame\.style: .*"angle"\|"plate"/],
    [{ frame: { size: 400 }, zAxes: 3 }, /zAxes: must be 2 or 4 \(got 3\)/],
    [
      { frame: { size: 400 }, colour: 'red' },
      /unknown key "colour"; allowed keys: name, description, buildVolume, frame/,
    ],
    [{ frame: { size: 400, sise: 1 } }, /frame: unknown key "sise"; allowed keys: size, style, profile/],
    [{ frame: { size: 400 }, material: 'wood' }, /material: .*"PLA"/],
    [{ buildVolume: { x: 200, y: 200 } }, /buildVolume\.z: /],
  ])('rejects %j with a message naming the field', (raw, message) => {
    const problems = problemsOf(raw)
    expect(problems.join('\n')).toMatch(message)
  })

  it('gives every field a description (they drive the viewer controls)', () => {
    const json = z.toJSONSchema(specSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>
    const missing: string[] = []
    const visit = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return
      const n = node as { properties?: Record<string, unknown>; description?: string }
      for (const [key, child] of Object.entries(n.properties ?? {})) {
        const c = child as { description?: string; anyOf?: { description?: string }[] }
        if (!c.description && !c.anyOf?.every((o) => o.description)) missing.push(`${path}${key}`)
        visit(child, `${path}${key}.`)
        for (const option of c.anyOf ?? []) visit(option, `${path}${key}.`)
      }
    }
    visit(json, '')
    expect(missing).toEqual([])
  })
})

describe('overrides', () => {
  it('sets dotted keys, reading JSON values', () => {
    const raw = { frame: { size: '12in' }, zAxes: 2 }
    expect(applyOverrides(raw, ['frame.size=14in', 'zAxes=4'])).toEqual({ frame: { size: '14in' }, zAxes: 4 })
    expect(raw.frame.size).toBe('12in')
  })

  it('drops frame.size when the build volume is set, and the other way round', () => {
    const raw = { frame: { size: '12in', style: 'angle' } }
    expect(applyOverrides(raw, ['buildVolume={"x":200,"y":200,"z":150}'])).toEqual({
      frame: { style: 'angle' },
      buildVolume: { x: 200, y: 200, z: 150 },
    })
    expect(applyOverrides({ buildVolume: { x: 1, y: 1, z: 1 } }, ['frame.size=500'])).toEqual({ frame: { size: 500 } })
  })

  it("drops the preset's bed when the build volume is set, but not a bed set by another override", () => {
    const raw = { frame: { size: '12in' }, bed: { x: '8in', y: '8in' } }
    const volume = 'buildVolume={"x":250,"y":250,"z":300}'
    expect(applyOverrides(raw, [volume])).toEqual({ frame: {}, buildVolume: { x: 250, y: 250, z: 300 } })
    expect(applyOverrides(raw, ['bed.x=300', volume])).toMatchObject({ bed: { x: 300, y: '8in' } })
    expect(applyOverrides(raw, [volume, 'bed.x=300'])).toEqual({
      frame: {},
      buildVolume: { x: 250, y: 250, z: 300 },
      bed: { x: 300 },
    })
  })

  it("drops the preset's bed when the frame size is set, so that the bed follows the frame", () => {
    const raw = { frame: { size: '12in' }, bed: { x: '8in', y: '8in' } }
    expect(applyOverrides(raw, ['frame.size=18in'])).toEqual({ frame: { size: '18in' } })
    expect(applyOverrides(raw, ['frame.size={"x":500,"y":400,"z":400}'])).toEqual({
      frame: { size: { x: 500, y: 400, z: 400 } },
    })
    expect(applyOverrides(raw, ['bed.y=250', 'frame.size=18in'])).toMatchObject({ bed: { x: '8in', y: 250 } })
  })

  it('refuses a malformed assignment', () => {
    expect(() => applyOverrides({}, ['frame.size'])).toThrow(/key=value/)
    expect(() => applyOverrides({}, ['=3'])).toThrow(InputError)
  })
})

describe('free text', () => {
  it.each([
    ['name', 'D3D\n## Injected', '\\u000a', 4],
    ['name', 'D3D\u0000', '\\u0000', 4],
    ['name', 'D3D\u007f', '\\u007f', 4],
    ['description', 'one\u2028two', '\\u2028', 4],
    ['description', 'tab\there', '\\u0009', 4],
  ])('refuses a control character in %s (%j), naming it and what is allowed', (field, text, escaped, at) => {
    expect(problemsOf({ frame: { size: 400 }, [field]: text })).toEqual([
      `spec: ${field}: must be single-line printable text; character ${at} is the control character ${escaped}`,
    ])
  })

  it('takes printable text in any script, with Markdown and HTML in it', () => {
    const name = 'Drucker «groß» <b>*ü*</b> 🙂'
    expect(parseSpec({ frame: { size: 400 }, name }).name).toBe(name)
  })
})

describe('values in messages', () => {
  it.each([
    [{ frame: { size: 149.9999 } }, 'frame.size: 149.9999 mm is out of range: allowed 150 to 10000 mm'],
    [{ frame: { size: 10000.0001 } }, 'frame.size: 10000.0001 mm is out of range: allowed 150 to 10000 mm'],
    [
      { frame: { size: '149.9999mm' } },
      'frame.size: "149.9999mm" = 149.9999 mm is out of range: allowed 150 to 10000 mm',
    ],
    [
      { frame: { size: 400, profile: { thickness: '12in' } } },
      'frame.profile.thickness: "12in" = 304.8 mm is out of range: allowed 1 to 20 mm',
    ],
  ])('shows the value of %j as given, not rounded into its range', (raw, problem) => {
    expect(problemsOf(raw)).toEqual([`spec: ${problem}`])
  })

  it('compares a length with its range before rounding it to the nanometre, and rounds it after', () => {
    expect(problemsOf({ frame: { size: '149.99999999mm' } })).toEqual([
      'spec: frame.size: "149.99999999mm" = 149.99999999 mm is out of range: allowed 150 to 10000 mm',
    ])
    expect(parseSpec({ frame: { size: 400, profile: { width: '1-1/2in' } } }).frame.profile.width).toBe(38.1)
  })

  it.each([
    ['1e400', 'Infinity'],
    ['-1e999', '-Infinity'],
  ])('shows --set frame.size=%s as %s, not null', (text, shown) => {
    const { spec, setBy } = overrideSpec({}, [`frame.size=${text}`])
    const [problem] = problemsOf(spec, setBy)
    expect(problem).toMatch(/^--set frame\.size=\S+: frame\.size: must be a length /)
    expect(problem).toContain(`(got ${shown})`)
    expect(problem).not.toContain('null')
  })
})

describe('bounded messages', () => {
  const messageOf = (raw: unknown, setBy?: ReadonlyMap<string, string>) => problemsOf(raw, setBy).join('\n')

  it('names five of 100 000 unknown keys and counts the rest', () => {
    const raw = { frame: { size: 400 }, ...Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i])) }
    const message = messageOf(raw)
    expect(message).toMatch(/^spec: \(top level\): unknown keys "k0", "k1", "k2", "k3", "k4" and 99995 more; allowed/)
    expect(message.length).toBeLessThan(4096)
  })

  it('quotes 80 characters of a 1 MB key or value', () => {
    const long = 'x'.repeat(1 << 20)
    for (const raw of [
      { frame: { size: 400 }, [long]: 1 },
      { frame: { size: long } },
      { frame: { size: 400 }, name: long },
    ]) {
      const message = messageOf(raw)
      expect(message).toContain(`${'x'.repeat(79)}... (`)
      expect(message.length).toBeLessThan(4096)
    }
  })

  it('lists 20 problems, then counts the rest', () => {
    const { spec, setBy } = overrideSpec(
      { frame: { size: 400 } },
      Array.from({ length: 30 }, (_, i) => `k${i}=1`),
    )
    const problems = problemsOf(spec, setBy)
    expect(problems).toHaveLength(21)
    expect(problems[19]).toMatch(/^--set k19=1: \(top level\): unknown key "k19"/)
    expect(problems[20]).toBe('... and 10 more problems')
  })

  it('quotes 80 characters of a 1 MB assignment that is not key=value', () => {
    expect(() => applyOverrides({}, ['x'.repeat(1 << 20)])).toThrow(
      /^--set x{80}\.\.\. \(\d+ more characters\): expected key=value/,
    )
  })
})

describe('the source of a bad value', () => {
  const LENGTH = 'must be a number of millimetres or a string such as "12in", "1-1/2in", "304.8mm"'
  const problemsAfter = (raw: unknown, assignments: string[], source = 'my.json') => {
    const { spec, setBy } = overrideSpec(raw, assignments)
    try {
      parseSpec(spec, source, { setBy })
    } catch (error) {
      if (error instanceof InputError) return [...error.problems]
      throw error
    }
    throw new Error('expected the spec to be rejected')
  }

  it('says a field is missing, and names the --set that made its object', () => {
    expect(problemsAfter(readPreset('d3d-12in'), ['buildVolume.x=250'], 'preset d3d-12in')).toEqual([
      `--set buildVolume.x=250: buildVolume.y: missing; ${LENGTH}`,
      `--set buildVolume.x=250: buildVolume.z: missing; ${LENGTH}`,
    ])
  })

  it('names the file for what it gave and the --set for what that set', () => {
    const raw = { buildVolume: { x: 200, y: 200 } }
    expect(problemsAfter(raw, ['buildVolume.x=250', 'zAxes=3'])).toEqual([
      `my.json: buildVolume.z: missing; ${LENGTH}`,
      '--set zAxes=3: zAxes: must be 2 or 4 (got 3)',
    ])
    expect(problemsAfter({ frame: { size: 400 }, zAxes: 3 }, ['buildVolume.x=250'])).toEqual([
      `--set buildVolume.x=250: buildVolume.y: missing; ${LENGTH}`,
      `--set buildVolume.x=250: buildVolume.z: missing; ${LENGTH}`,
      'my.json: zAxes: must be 2 or 4 (got 3)',
    ])
  })

  it('names the last --set that gave the value, and one inside a bad object', () => {
    expect(problemsAfter({}, ['frame.size.x=1', 'frame.size=5'])).toEqual([
      '--set frame.size=5: frame.size: 5 mm is out of range: allowed 150 to 10000 mm',
    ])
    expect(problemsAfter({ frame: { size: 400, colour: 'red' } }, ['frame.sise=1'])).toEqual([
      'my.json: frame: unknown key "colour"; allowed keys: size, style, profile',
      '--set frame.sise=1: frame: unknown key "sise"; allowed keys: size, style, profile',
    ])
  })

  it('writes the control characters of an assignment as escapes', () => {
    expect(problemsAfter({ frame: { size: 400 } }, ['name=a\nb\u001b[2J'])).toEqual([
      '--set name=a\\u000ab\\u001b[2J: name: must be single-line printable text; character 2 is the control character \\u000a',
    ])
  })

  it('tells which assignment set which key; a later one around a key replaces it', () => {
    const { setBy } = overrideSpec({ frame: { size: 1 } }, ['printVolume.x=250', 'frame.size=2', 'frame={"size":3}'])
    expect([...setBy]).toEqual([
      ['printVolume', 'printVolume.x=250'],
      ['frame', 'frame={"size":3}'],
    ])
  })
})
