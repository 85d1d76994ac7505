import { describe, expect, it } from 'vitest'
import { describeHoles } from './drilling.js'

describe('a drilling note', () => {
  it('counts the holes per purpose, in the singular for one, each with its position', () => {
    const holes = [
      { x: 20, y: 10, purpose: 'a Z mount' },
      { x: 50, y: 10, purpose: 'a Y rail' },
      { x: 10, y: 10, purpose: 'a Z mount' },
    ]
    expect(describeHoles(holes, 6.5, 'from the bar’s left end')).toBe(
      '1 hole 6.5 mm for a Y rail: (50, 10) from the bar’s left end; ' +
        '2 holes 6.5 mm for a Z mount: (10, 10), (20, 10) from the bar’s left end',
    )
  })
})
