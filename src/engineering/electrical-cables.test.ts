import { describe, expect, it } from 'vitest'
import { bedHeating } from '../../modules/bed/dimensions.js'
import { switchedByContactor } from '../../modules/control/dimensions.js'
import { panelGrommetsAt } from '../../modules/control/index.js'
import { RAMPS_EXTRAS } from '../../modules/vitamins/controller-ramps.js'
import { GROMMET } from '../../modules/vitamins/electronics.js'
import { machineOf } from '../../test/machines.js'
import { placedLeaves } from '../assembly/collect.js'
import { applyToPoint } from '../kernel/matrix.js'
import { type Cable, cableChains, DC_BOX, machineCables, SERVICE_ALLOWANCE } from './electrical-cables.js'

const cablesOf = (preset: string, sets: string[] = []) => {
  const { machine, layout } = machineOf(preset, sets)
  const inputs = [
    { name: 'main power', label: 'POWER' },
    { name: 'motor power', label: 'MOTOR_POWER' },
  ]
  const contactor = switchedByContactor(bedHeating(layout.bed))
  const grommets = panelGrommetsAt(layout)
  return { cables: machineCables(machine, { mains: true, contactor, inputs, grommets }), layout, machine }
}
// A cable by what it joins: not by which corner bolt or panel bolt (their places change with the frame).
const key = (c: Cable) =>
  [c.kind, c.at, c.from, c.to]
    .join(' ')
    .replace(/ \(corner bolt, [^)]*\)/g, '')
    .replace(/ at \([\d., ]+\) mm( from its front lower corner)?/g, '')

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
    for (const kind of ['bed cord', 'bed thermistor', 'bed earth'])
      expect(cables.filter((c) => c.kind === kind).map((c) => c.motions)).toEqual([['z']])
    expect(cables.filter((c) => c.kind === 'board power').map((c) => c.to)).toEqual([
      'controller board (main power, POWER + and -)',
      'controller board (motor power, MOTOR_POWER + and -)',
    ])
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
    // The supply and the 24 V box behind the board sit on opposite sides: the supply's leads cross the frame.
    const supply = cables.find((c) => c.kind === 'dc, supply +V to distribution (fused)')!
    expect(supply.route).toBeGreaterThan(layout.frame.outer.x)
  })

  it('grow with the frame, as the layout does (12 in, 18 in, 1 m)', () => {
    const [small, mid, big] = ['d3d-12in', 'd3d-18in', 'd3d-1m'].map(
      (p) => new Map(cablesOf(p).cables.map((c) => [key(c), c])),
    )
    const common = [...small.keys()].filter((k) => big.has(k))
    // The 1 m cube's four Z axes have other names, and its contactor takes the place of the inlet's
    // run to the stop and the stop's to the distribution (its second stop in the coil circuit);
    // every other cable is in all three.
    expect(common.length).toBe(small.size - 4)
    expect([...big.keys()].filter((k) => k.startsWith('coil, stops in series (sheathed) '))).toHaveLength(1)
    // Each cable grows, but the bed's runs from its junction box (which stands where the bed's rows leave room),
    // the supply's earth to the earth point beside it on the panel, and the bonding jumpers across a corner.
    // The power panel's runs join its parts where the panel places them, which need not move apart as it grows;
    // the board's power and its fan run from the 24 V box right behind it.
    const grows = (k: string) =>
      !/^(bed heater leads|bed earth|earth, supply to earth point|bond|board power|controller fan) /.test(k) &&
      !/ control-panel-right /.test(k)
    for (const k of [...small.keys()].filter(grows)) expect(mid.get(k)!.length, k).toBeGreaterThan(small.get(k)!.length)
    for (const k of common.filter(grows)) expect(big.get(k)!.length, k).toBeGreaterThan(mid.get(k)!.length)
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

  it("bond every bar of an angle frame to the earth point's, and each panel sheet and rail", () => {
    for (const preset of ['d3d-12in', 'd3d-1m']) {
      const { cables } = cablesOf(preset)
      const bonds = cables.filter((c) => c.kind === 'bond')
      const bar = (end: string) => end.replace(/ \(corner bolt.*$/, '')
      const barBonds = bonds.filter((c) => c.from.startsWith('frame bar'))
      // A tree over the 12 bars: 11 jumpers, each joining a bar already earthed to a new one.
      expect(barBonds).toHaveLength(11)
      const earthed = new Set([bar(barBonds[0].from)])
      for (const c of barBonds) {
        expect(earthed.has(bar(c.from)), c.from).toBe(true)
        expect(earthed.has(bar(c.to)), c.to).toBe(false)
        earthed.add(bar(c.to))
      }
      expect(earthed.size).toBe(12)
      expect(bonds.filter((c) => !c.from.startsWith('frame bar')).map((c) => c.from.split(' ')[0])).toEqual(
        ['y-rail-left', 'y-rail-right', 'control-panel-right', 'control-panel-left'].filter((n) =>
          bonds.some((c) => c.from.startsWith(n)),
        ),
      )
      // Jumpers join corner bolts a corner apart: far shorter than a bar.
      for (const c of barBonds) expect(c.route, c.from).toBeLessThan(200)
    }
  })

  it("run a board's jumper wires on the board, within the bought jumper, and an always-on heatsink fan from the 24 V", () => {
    const { machine, layout } = machineOf('d3d-12in', ['controller=ramps'])
    const inputs = [{ name: 'driver power', label: '5A input (F1)' }]
    const jumpers = [{ kind: 'UART jumper' as const, from: 'X driver module (PDN_UART pin)', to: 'D40 on AUX-2' }]
    const cables = machineCables(machine, {
      mains: true,
      contactor: false,
      inputs,
      heatsinkFansOnSupply: true,
      jumpers,
      grommets: panelGrommetsAt(layout),
    })
    const jumper = cables.find((c) => c.kind === 'UART jumper')!
    const board = cables.find((c) => c.kind === 'motor')!.from
    expect([jumper.from, jumper.to, jumper.motions]).toEqual([jumpers[0].from, jumpers[0].to, []])
    expect(jumper.fromPart).toBe('controller-ramps-14')
    // The shield's length with its terminals' overhang plus its width: any two of its pins, along its edges.
    expect(jumper.route).toBeCloseTo(101.6 + 6 + 53.34, 6)
    expect(jumper.route).toBeLessThanOrEqual(jumper.length)
    expect(jumper.length).toBe(RAMPS_EXTRAS.jumperWires.length)
    const fan = cables.find((c) => c.kind === 'heatsink fan')!
    expect(fan.from).toBe(cables.find((c) => c.kind === 'controller fan')!.from)
    expect(fan.from).not.toBe(board)
    expect(fan.motions).toEqual(['y', 'x'])
  })

  it('keep the 24 V side apart from the mains: its own box and grommets, never a mains grommet or the junction box', () => {
    for (const [preset, sets] of [
      ['d3d-12in', []],
      ['d3d-1m', []],
      ['d3d-12in', ['controller=ramps']],
    ] as [string, string[]][]) {
      const { cables, machine, layout } = cablesOf(preset, sets)
      const placed = placedLeaves(machine)
      const origins = (test: (id: string, path: readonly string[]) => boolean) =>
        placed
          .filter((p) => p.leaf.kind === 'bought' && test(p.leaf.part.id, p.path))
          .map((p) => applyToPoint(p.world, [0, 0, 0]))
      const near = (a: readonly number[], b: readonly number[]) => a.every((x, k) => Math.abs(x - b[k]) < 1)
      const dc = panelGrommetsAt(layout).dc
      const mainsGrommets = origins(
        (id, path) => id === 'grommet-rubber-16mm' && path.includes('control-panel-right'),
      ).filter((g) => !near(g, dc))
      const mainsBox = origins((id) => id.startsWith('junction-box-'))
      expect(mainsGrommets.length, preset).toBeGreaterThan(0)
      expect(
        origins((id) => DC_BOX.test(id)),
        preset,
      ).toHaveLength(1)
      const dcRows = cables.filter(
        (c) => /^(dc,|board power|controller fan|relay control)/.test(c.kind) || c.fromPart === 'junction-24v',
      )
      expect(dcRows.length, preset).toBeGreaterThanOrEqual(5)
      for (const c of dcRows) {
        expect(c.via?.length, `${preset} ${c.kind}`).toBeGreaterThan(0)
        for (const v of c.via ?? [])
          for (const m of [...mainsGrommets, ...mainsBox]) expect(near(v, m), `${preset} ${c.kind}`).toBe(false)
        expect([c.fromPart, c.toPart], `${preset} ${c.kind}`).not.toContain('junction-mains')
      }
      // The supply's leads cross the power panel at the 24 V grommet, a flange and more from every mains one.
      for (const kind of ['dc, supply +V to distribution (fused)', 'dc, supply -V to distribution'])
        expect(cables.find((c) => c.kind === kind)?.via, `${preset} ${kind}`).toEqual([dc])
      for (const m of mainsGrommets)
        expect(Math.hypot(m[1] - dc[1], m[2] - dc[2]), preset).toBeGreaterThanOrEqual(GROMMET.flange)
    }
  })

  it('take no bar jumpers on a welded plate frame', () => {
    const { cables } = cablesOf('d3d-12in', ['frame.style=plate'])
    expect(cables.filter((c) => c.kind === 'bond' && c.from.startsWith('frame bar'))).toEqual([])
  })

  it("run the power panel's wires between its drawn parts, not along the whole panel", () => {
    for (const preset of ['d3d-12in', 'd3d-1m']) {
      const { cables, machine, layout } = cablesOf(preset)
      const placed = placedLeaves(machine)
      const at = (id: RegExp) => {
        const p = placed.find((q) => q.leaf.kind === 'bought' && id.test(q.leaf.part.id))!
        return applyToPoint(p.world, [0, 0, 0])
      }
      const apart = (a: RegExp, b: RegExp) => {
        const [u, v] = [at(a), at(b)]
        return Math.abs(u[0] - v[0]) + Math.abs(u[1] - v[1]) + Math.abs(u[2] - v[2])
      }
      const run = (kind: string) => cables.find((c) => c.kind === kind)!.route
      // The mains junctions are in the junction box: the supply's feed runs from it.
      // Through the grommet each crosses the sheet by: a leg to it and a leg from it.
      const grommets = panelGrommetsAt(layout)
      const through = (a: RegExp, g: readonly number[], b: RegExp) =>
        [at(a), at(b)].reduce((s, p) => s + p.reduce((t, x, k) => t + Math.abs(x - g[k]), 0), 0)
      expect(run('mains, distribution to supply'), preset).toBeCloseTo(
        through(/^junction-box-/, grommets.supply, /^psu-/),
        6,
      )
      expect(run('mains L, distribution to relay'), preset).toBeCloseTo(
        through(/^junction-box-/, grommets.relay!, /^ssr-25da$/),
        6,
      )
      const earth = cables.find((c) => c.kind === 'earth, supply to earth point')!
      const bolt = earth.rings![0]
      const toGrommet = bolt.reduce((t, x, k) => t + Math.abs(x - grommets.supply[k]), 0)
      expect(earth.route, preset).toBeCloseTo(toGrommet + through(/^psu-/, grommets.supply, /^psu-/) / 2, 6)
      if (preset === 'd3d-12in')
        expect(run('mains, inlet to stop')).toBeCloseTo(apart(/^iec-inlet-c14/, /^estop-22mm-latching$/), 6)
      else {
        // The 1 m's C20, contactor and start button are drawn: its coil and pole runs go between them.
        expect(run('mains, distribution to contactor')).toBeCloseTo(apart(/^junction-box-/, /^contactor-2p-25a$/), 6)
        expect(run('coil, start button to coil')).toBeCloseTo(apart(/^start-button-22mm$/, /^contactor-2p-25a$/), 6)
        expect(run('mains, inlet to distribution')).toBeCloseTo(apart(/^iec-inlet-c20/, /^junction-box-/), 6)
      }
      const sheet = placed.find((p) => p.path.includes('control-panel-right') && p.leaf.kind === 'stock')!
      const length = sheet.leaf.kind === 'stock' ? sheet.leaf.piece.length : 0
      expect(run('mains L, distribution to relay')).toBeLessThan(length)
    }
  })
})
