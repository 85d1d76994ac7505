import { describe, expect, it } from 'vitest'
import { machineOf } from '../../../test/machines.js'
import { placedLeaves } from '../../assembly/collect.js'
import { bedJunctionActions, isBedJunction } from './bed-junction.js'

describe("the bed junction box's actions", () => {
  it.each([[[]], [['bedSupport=grid']]])('name every bought part of the box on the 12 in %j', (sets: string[]) => {
    const leaves = placedLeaves(machineOf('d3d-12in', sets).machine)
    const actions = bedJunctionActions(leaves)
    const ids = [
      ...new Set(leaves.filter(isBedJunction).flatMap((p) => (p.leaf.kind === 'bought' ? [p.leaf.part.id] : []))),
    ]
    expect(ids.length).toBeGreaterThan(3)
    for (const id of ids) expect(actions.join(' '), id).toContain(id)
    expect(actions.join(' ')).toContain('2 x bed-junction-clamp')
  })

  it('are none on a machine without the box', () => {
    const leaves = placedLeaves(machineOf('d3d-12in').machine).filter((p) => !isBedJunction(p))
    expect(bedJunctionActions(leaves)).toEqual([])
  })
})
