import { describe, expect, it } from 'vitest'
import { box, cylinder } from '../kernel/index.js'
import { identity, translation } from '../kernel/matrix.js'
import type { AssemblyNode, BoughtPart, Leaf, Nests } from '../parts/types.js'
import { findCollisions } from './collisions.js'

const block = (id: string, size: number): BoughtPart => ({
  id,
  description: id,
  grams: 1,
  shape: () => box([0, 0, 0], [size, size, size]),
})
const pin: BoughtPart = {
  id: 'pin',
  description: 'pin',
  grams: 1,
  shape: () => cylinder({ axis: 'z', center: [0, 0, 5], length: 10, diameter: 4 }),
}
const leaf = (part: BoughtPart, at: [number, number, number], nests?: Nests): Leaf => ({
  kind: 'bought',
  part,
  quantity: 1,
  transform: translation(at),
  ...(nests ? { nests } : {}),
})
const node = (name: string, leaves: Leaf[], children: AssemblyNode[] = [], extra: Partial<AssemblyNode> = {}) => ({
  name,
  module: 'test',
  transform: identity,
  leaves,
  children,
  ...extra,
})

describe('findCollisions', () => {
  it('reports two solids that overlap, with where and how much, and not two that only touch', async () => {
    const root = node(
      'machine',
      [],
      [
        node('a', [leaf(block('cube', 10), [0, 0, 0]), leaf(block('cube', 10), [10, 0, 0])]),
        node('b', [leaf(block('small', 4), [18, 2, 2])]),
      ],
    )
    const report = await findCollisions(root)
    expect(report.positions).toEqual(['as drawn'])
    expect(report.overlaps).toHaveLength(1)
    expect(report.overlaps[0]).toMatchObject({ a: 'a:cube', b: 'b:small', at: 'as drawn' })
    expect(report.overlaps[0].volume).toBeCloseTo(2 * 4 * 4, 6)
  })

  it('lets a leaf overlap what it declares it nests in, in its node or in a named one, and nothing else', async () => {
    const wall = block('wall', 10)
    const inNode = node('machine', [], [node('a', [leaf(wall, [0, 0, 0]), leaf(pin, [5, 5, 0], ['wall'])])])
    expect((await findCollisions(inNode)).overlaps).toEqual([])
    const elsewhere = node(
      'machine',
      [],
      [node('a', [leaf(wall, [0, 0, 0])]), node('b', [leaf(pin, [5, 5, 0], ['wall'])])],
    )
    expect((await findCollisions(elsewhere)).overlaps).toHaveLength(1)
    const named = node(
      'machine',
      [],
      [node('a', [leaf(wall, [0, 0, 0])]), node('b', [leaf(pin, [5, 5, 0], ['a/wall'])])],
    )
    expect((await findCollisions(named)).overlaps).toEqual([])
    const other = node('machine', [], [node('a', [leaf(wall, [0, 0, 0]), leaf(pin, [5, 5, 0], ['cube'])])])
    expect((await findCollisions(other)).overlaps).toHaveLength(1)
  })

  it('moves each motion to both travel ends, with what it carries, and finds what it hits there', async () => {
    // A carriage carrying a pin, clear of the stop as drawn; at +30 along X the pin runs into it.
    const carriage = node('carriage', [leaf(block('sled', 4), [0, 0, 0])], [node('load', [leaf(pin, [2, 2, 4])])], {
      motion: { name: 'x', along: [1, 0, 0], travel: [-10, 30] },
    })
    const root = node('machine', [], [node('stop', [leaf(block('stop', 6), [25, -1, 5])]), carriage])
    const report = await findCollisions(root)
    expect(report.positions).toEqual(['as drawn', 'x=-10', 'x=30'])
    expect(report.overlaps.map((o) => [o.a, o.b, o.at])).toEqual([['stop:stop', 'carriage/load:pin', 'x=30']])
  })

  it('combines the ends of every motion', async () => {
    const moving = (name: 'x' | 'y') =>
      node(name, [leaf(block(name, 1), [0, 0, 0])], [], { motion: { name, along: [1, 0, 0], travel: [0, 1] } })
    const report = await findCollisions(node('machine', [], [moving('x'), moving('y')]))
    expect(report.positions).toEqual(['as drawn', 'x=0 y=0', 'x=0 y=1', 'x=1 y=0', 'x=1 y=1'])
  })
})
