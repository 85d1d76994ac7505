import { describe, expect, it } from 'vitest'
import { machineOf } from '../../test/machines.js'
import { placedLeaves } from '../assembly/collect.js'
import { applyToPoint } from '../kernel/matrix.js'
import { type Cable, cableChains, machineCables, SERVICE_ALLOWANCE } from './electrical-cables.js'

const cablesOf = (preset: string, sets: string[] = []) => {
  const { machine, layout } = machineOf(preset, sets)
  return { cables: machineCables(machine, true), layout, machine }
}
const key = (c: Cable) => `${c.kind} ${c.at}`

describe('the cables', () => {
  it('run to every motor, the hot end, its fans, the probe and the bed', () => {
    const { cables } = cablesOf('d3d-12in')
    expect(cables.filter((c) => c.kind === 'motor').map((c) => c.at)).toEqual([
      'x',
      'toolhead',
      'y-left',
      'y-right',
      'z-front',
      'z-rear',
    ])
    for (const kind of ['hot end heater', 'hot end thermistor', 'heatsink fan', 'part cooling blower', 'probe'])
      expect(cables.filter((c) => c.kind === kind).map((c) => c.at)).toEqual(['toolhead'])
    for (const kind of ['bed heater', 'bed thermistor', 'bed earth'])
      expect(cables.filter((c) => c.kind === kind).map((c) => c.motions)).toEqual([['z']])
    expect(cablesOf('d3d-18in', ['tools=2']).cables.filter((c) => c.kind === 'probe')).toHaveLength(1)
    expect(cablesOf('d3d-18in', ['tools=2']).cables.filter((c) => c.kind === 'hot end heater')).toHaveLength(2)
  })

  it('take the longest route at the ends of travel, plus the allowance', () => {
    const { cables, machine, layout } = cablesOf('d3d-12in')
    const head = cables.find((c) => c.kind === 'probe')!
    const at = (y: number, x: number) => {
      const leaves = placedLeaves(machine, { x, y })
      const where = (id: string) => {
        const p = leaves.find((l) => l.leaf.kind === 'bought' && l.leaf.part.id === id)!
        return applyToPoint(p.world, [0, 0, 0])
      }
      const [a, b] = [where('controller-8-drivers'), where(head.toPart)]
      return a.reduce((s, v, k) => s + Math.abs(v - b[k]), 0)
    }
    const [x, y] = [layout.axes.x.travel / 2, layout.axes.y.left.travel / 2]
    const ends = [at(-y, -x), at(-y, x), at(y, -x), at(y, x)]
    expect(head.route).toBeCloseTo(Math.max(...ends), 6)
    expect(head.route).toBeGreaterThan(at(0, 0))
    expect(head.length).toBe(head.route + 2 * SERVICE_ALLOWANCE)
    // The supply and the board sit on opposite sides: the cable crosses the frame.
    const supply = cables.find((c) => c.kind === 'supply to controller')!
    expect(supply.route).toBeGreaterThan(layout.frame.outer.x)
  })

  it('grow with the frame, as the layout does (12 in, 18 in, 1 m)', () => {
    const [small, mid, big] = ['d3d-12in', 'd3d-18in', 'd3d-1m'].map(
      (p) => new Map(cablesOf(p).cables.map((c) => [key(c), c])),
    )
    const common = [...small.keys()].filter((k) => big.has(k))
    // The 1 m cube's four Z axes have other names; every other cable is in all three.
    expect(common.length).toBe(small.size - 2)
    for (const k of [...small.keys()]) expect(mid.get(k)!.length, k).toBeGreaterThan(small.get(k)!.length)
    for (const k of common) expect(big.get(k)!.length, k).toBeGreaterThan(mid.get(k)!.length)
  })

  it('chain the gantry along Y and each head along X: half the travel and the bend', () => {
    const { layout } = cablesOf('d3d-18in', ['tools=2'])
    const chains = cableChains(layout)
    expect(chains.map((c) => [c.motion, c.at])).toEqual([
      ['y', 'x'],
      ['x', 'toolhead'],
      ['x', 'toolhead-2'],
    ])
    expect(chains[0].length).toBeCloseTo(layout.axes.y.left.travel / 2 + Math.PI * 28, 6)
  })
})
