import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { specSchema } from '../../src/spec/schema.js'
import {
  convertForBranch,
  type Field,
  fieldsOf,
  type JsonSchema,
  labelFor,
  problemsByField,
  valueAt,
  valueForField,
  withoutPath,
} from '../src/form/fields.js'

const fields = fieldsOf(z.toJSONSchema(specSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema)

function find(path: string, list: readonly Field[] = fields): Field | undefined {
  for (const field of list) {
    if (field.path === path) return field
    const inner = field.kind === 'group' ? field.children : field.kind === 'union' ? field.branches : []
    const found = find(path, inner)
    if (found) return found
  }
  return undefined
}

describe('the form read from the spec schema', () => {
  it('has a field for every property, with its description and the right control', () => {
    expect(fields.map((f) => f.path)).toEqual(Object.keys(specSchema.shape))
    expect(find('buildVolume')).toMatchObject({ kind: 'group', optional: true, label: 'Build volume' })
    expect(find('frame.style')).toMatchObject({ kind: 'choice', options: ['angle', 'plate'], defaultValue: 'angle' })
    expect(find('zAxes')).toMatchObject({ kind: 'choice', label: 'Z axes' })
    expect(find('name')).toMatchObject({ kind: 'text' })
    expect(find('frame.profile.width')).toMatchObject({ kind: 'value' })
    const size = find('frame.size')
    expect(size?.kind).toBe('union')
    if (size?.kind !== 'union') return
    expect(size.branches.map((b) => b.kind)).toEqual(['value', 'group'])
    const visit = (list: readonly Field[]): void => {
      for (const f of list) {
        expect(f.description, f.path).not.toBe('')
        if (f.kind === 'group') visit(f.children)
      }
    }
    visit(fields)
  })

  it('puts each problem beside the deepest field it names, the rest at the top', () => {
    const byField = problemsByField(fields, [
      'frame.size.x: too small',
      'frame.size: out of range',
      'printVolume: part does not fit',
      'frame.profile.nothing: odd',
      '(top level): give either',
    ])
    expect(byField.get('frame.size.x')).toEqual(['too small'])
    expect(byField.get('frame.size')).toEqual(['out of range'])
    expect(byField.get('printVolume')).toEqual(['part does not fit'])
    expect(byField.get('frame.profile')).toEqual(['odd'])
    expect(byField.get('')).toEqual(['(top level): give either'])
  })

  it('puts a problem also under every field its message names', () => {
    const message = 'the X rods are too long; shorten the frame along X (frame.size) or allow longer rods'
    const byField = problemsByField(fields, [`rod.stockLength: ${message}`, 'bed.x: less than buildVolume.x 300 mm'])
    expect(byField.get('rod.stockLength')).toEqual([message])
    expect(byField.get('frame.size')).toEqual([message])
    expect(byField.get('buildVolume.x')).toEqual(['less than buildVolume.x 300 mm'])
  })

  it('carries a value between the branches of a union, and edits values by path', () => {
    const size = find('frame.size')
    if (size?.kind !== 'union') throw new Error('frame.size is a union')
    expect(convertForBranch(size.branches[1], '12in')).toEqual({ x: '12in', y: '12in', z: '12in' })
    expect(convertForBranch(size.branches[0], { x: 300, y: 400, z: 500 })).toBe(300)
    const spec = { frame: { size: 300, style: 'angle' }, zAxes: 2 }
    expect(valueAt(spec, 'frame.size')).toBe(300)
    expect(valueAt(spec, 'frame.size.x')).toBeUndefined()
    expect(withoutPath(spec, 'frame.size')).toEqual({ frame: { style: 'angle' }, zAxes: 2 })
    expect(withoutPath(spec, 'bed.x')).toBe(spec)
    expect(labelFor('printVolume')).toBe('Print volume')
    const bed = find('bed')!
    expect(valueForField(bed, { x: 200, y: 210, centre: [1, 2] })).toEqual({ x: 200, y: 210 })
    expect(valueForField(size, { x: 300, y: 400, z: 500, extra: 1 })).toEqual({ x: 300, y: 400, z: 500 })
    expect(valueForField(size, 300)).toBe(300)
  })
})
