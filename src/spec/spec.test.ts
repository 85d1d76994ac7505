import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { InputError } from './errors.js'
import { applyOverrides } from './overrides.js'
import { parseSpec } from './parse.js'
import { presetNames, readPreset } from './presets.js'
import { specSchema } from './schema.js'
import { formatInches, parseLength } from './units.js'

function problemsOf(raw: unknown): string[] {
  try {
    parseSpec(raw)
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

  it('takes 5/16 in rods as 7.9375 mm and refuses other sizes, naming the field', () => {
    expect(parseSpec({ frame: { size: 400 }, rod: { diameter: '5/16in' } }).rod.diameter).toBe(7.9375)
    expect(problemsOf({ frame: { size: 400 }, rod: { diameter: 10 } })).toEqual([
      expect.stringMatching(/rod\.diameter: 10 mm is not a rod size the axes take: use 8mm or 5\/16in/),
    ])
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
    [{ frame: { size: 400 }, printVolume: { x: 200, y: 200 } }, /printVolume\.z: /],
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

  it('refuses a malformed assignment', () => {
    expect(() => applyOverrides({}, ['frame.size'])).toThrow(/key=value/)
    expect(() => applyOverrides({}, ['=3'])).toThrow(InputError)
  })
})
