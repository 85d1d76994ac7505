import { describe, expect, it } from 'vitest'
import { box } from '../kernel/index.js'
import { applyToPoint, identity, translation } from '../kernel/matrix.js'
import type { AssemblyNode, PrintedPart } from '../parts/types.js'
import { countBought, countPrinted, placedLeaves } from './collect.js'

const part = (name: string, size = 10): PrintedPart => ({
  name,
  description: 'test part',
  module: 'test',
  params: { size },
  solid: () => box([0, 0, 0], [size, size, size]),
})

const node = (name: string, parts: PrintedPart[], children: AssemblyNode[] = [], at = identity): AssemblyNode => ({
  name,
  module: 'test',
  transform: at,
  leaves: parts.map((p) => ({ kind: 'printed', part: p, transform: translation([1, 0, 0]) })),
  children,
})

describe('assembly counting', () => {
  it('counts identical printed parts once with their count and users, and composes placements', () => {
    const a = part('a')
    const root = node(
      'machine',
      [],
      [node('left', [a, a], [], translation([100, 0, 0])), node('right', [a, part('b')])],
    )
    const counted = countPrinted(root)
    expect(counted.map((c) => [c.item.name, c.quantity, c.usedIn])).toEqual([
      ['a', 3, ['left', 'right']],
      ['b', 1, ['right']],
    ])
    const first = placedLeaves(root)[0]
    expect(applyToPoint(first.world, [0, 0, 0])).toEqual([101, 0, 0])
    expect(countBought(root)).toEqual([])
  })

  it('refuses two different parts under one name, and names that are not safe file names', () => {
    expect(() => countPrinted(node('m', [part('a', 10), part('a', 12)]))).toThrow(
      /two different printed parts have one name: a\|\{"size":10\} and a\|\{"size":12\}/,
    )
    expect(() => countPrinted(node('m', [part('../etc/passwd')]))).toThrow(/not a safe file name/)
  })
})
