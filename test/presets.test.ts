import { describe, expect, it } from 'vitest'
import { countPrinted, placedLeaves, stockPieces } from '../src/assembly/collect.js'
import { findCollisions, ShapeStore } from '../src/assembly/collisions.js'
import { rodsOf } from '../src/assembly/index.js'
import { type Kit, makeKit } from '../src/export/kit.js'
import { ModelStore } from '../src/export/models.js'
import { bedContactArea, bounds, checkManifold, fromBinaryStl, shellCount } from '../src/kernel/index.js'
import { axisList } from '../src/layout/index.js'
import { applyOverrides } from '../src/spec/overrides.js'
import { parseSpec } from '../src/spec/parse.js'
import { presetNames, readPreset } from '../src/spec/presets.js'
import { machineOf } from './machines.js'

const models = new ModelStore()
const shapes = new ShapeStore()
const kitOf = (name: string, sets: string[] = []) =>
  makeKit(parseSpec(applyOverrides(readPreset(name), sets)), { models })

describe.each(presetNames())('preset %s', (name) => {
  it('builds; every STL it writes is a closed 2-manifold lying flat on z = 0', async () => {
    const kit = await kitOf(name)
    expect(kit.parts.length).toBeGreaterThan(0)
    for (const part of kit.parts) {
      const mesh = fromBinaryStl(part.stl)
      const report = checkManifold(mesh)
      expect(report, part.part.name).toMatchObject({ ok: true, badEdges: 0 })
      // One piece: no loose core left inside a cavity, no part that falls apart.
      expect(shellCount(mesh), part.part.name).toBe(1)
      expect(report.volume).toBeGreaterThan(1000)
      const { min, max } = bounds(mesh)
      expect(min[2]).toBe(0)
      // It rests on a real face, not on an edge or a point: at least a tenth of its footprint.
      expect(bedContactArea(mesh), part.part.name).toBeGreaterThan(0.1 * (max[0] - min[0]) * (max[1] - min[1]))
    }
  })
})

describe.each(presetNames())('preset %s kit', (name) => {
  it('names in its BOM and cut list everything the machine is made of', async () => {
    const kit = await kitOf(name)
    const bom = new Map(kit.bom.rows.map((r) => [String(r[0]), Number(r[2])]))
    for (const id of [
      'hotend-e3d-v6',
      'extruder-dual-drive-bmg',
      'blower-5015-24v',
      'probe-inductive-m8',
      'controller-8-drivers',
      'stepper-driver-tmc2209',
      'psu-24v-150w',
      'ssr-25da',
      'lm8uu',
      'gt2-pulley-20t-5mm',
      'gt2-idler-20t-3mm',
    ]) {
      expect(bom.has(id), id).toBe(true)
    }
    for (const prefix of ['bed-heater-', 'bed-insulation-', 'filament-spool-'])
      expect(
        [...bom.keys()].some((id) => id.startsWith(prefix)),
        prefix,
      ).toBe(true)
    // A motor per axis and one per extruder.
    const motors = [...bom].filter(([id]) => id.startsWith('nema17-')).reduce((n, [, q]) => n + q, 0)
    expect(motors).toBe(axisList(kit.layout.axes).length + kit.layout.tools)
    const cuts = kit.cutlist.rows.map((r) => `${r[0]} ${r[5]}`).join('\n')
    // X and Y on rods, or on a rail (the 1 m cube's): the tube and the rail cut for each.
    const guided = (axis: string, on: 'rods' | 'rail') =>
      on === 'rods'
        ? [new RegExp(`rod-.* ${axis} axis`)]
        : [new RegExp(`tube-40x40x3 ${axis} axis`), new RegExp(`rail-mgn12 ${axis} axis`)]
    for (const what of [
      ...guided('x', kit.guides.x.kind),
      ...guided('y-left', kit.guides.y.kind),
      /rod-.* z-front/,
      // The bed on rods, or on a grid of tubes where rods would let its plate sag (the 1 m cube's).
      ...(kit.spec.bedSupport === 'grid'
        ? [/tube-aluminium-.* bed tube/, /tube-aluminium-.* bed cross tube/, /plate-2\.5 .*bed plate/]
        : [/rod-.* bed rod/, /plate-3\.175 .*bed plate/]),
      /spool holder upright/,
      /spool holder cross rod/,
      /gt2-belt/,
      /sheet-aluminium-3 control panel/,
      /ptfe-tube-4x2/,
    ]) {
      expect(cuts).toMatch(what)
    }
  })
})

/** Every piece of stock in tree order: two machines of the same make-up list the same pieces. */
const pieces = (kit: Kit) => stockPieces(kit.machine).map((s) => s.piece)

describe('intensive scaling', () => {
  it('growing X by 100 mm grows the X rods, the spool rods, the X belt and the X bars, and leaves every printed part unchanged', async () => {
    const small = await kitOf('d3d-12in')
    // The preset's bed, pinned: a new frame size would otherwise give the bed that fits it.
    const large = await kitOf('d3d-12in', [
      'bed={"x":"8in","y":"8in"}',
      'frame.size={"x":"404.8mm","y":"12in","z":"12in"}',
    ])
    expect(large.parts.map((p) => p.part.name)).toEqual(small.parts.map((p) => p.part.name))
    for (const [i, part] of large.parts.entries()) {
      expect(Buffer.from(part.stl).equals(Buffer.from(small.parts[i].stl)), part.part.name).toBe(true)
      expect(part.count).toBe(small.parts[i].count)
    }
    const before = pieces(small)
    const after = pieces(large)
    expect(after.map((p) => p.item)).toEqual(before.map((p) => p.item))
    const grew: Record<string, number[]> = {}
    for (const [i, p] of after.entries()) {
      const d = Math.round((p.length - before[i].length) * 10) / 10
      if (d !== 0) grew[p.item] = [...(grew[p.item] ?? []), d]
    }
    // X rods 2, spool uprights 2 and cross rod 1. The 12 in frame's uprights are 319 (OSE's
    // frame size - 1 in would not hang a spool clear over the tool head); 100 mm wider, OSE's
    // 379.4 hang a 3 kg spool clear.
    expect(grew).toEqual({
      'rod-8mm': [100, 100, 60.4, 60.4, 100],
      'gt2-belt-6mm': [200],
      'angle-38.1x3.175': [100, 100, 100, 100],
    })
  })

  it('no printed part changes whatever the frame size, 12 in to 2 m', async () => {
    const bytes = (kit: Kit) => new Map(kit.parts.map((p) => [p.part.name, Buffer.from(p.stl)]))
    // On rails both: the tall frame's X rings below 35 Hz on 10 mm rods (31 Hz), so the checks put it on one.
    // The preset's bed, pinned: the bed a 600 x 500 mm frame would give its rods could not carry
    // (the checks would put it on a grid, another component).
    const pinned = ['guide.x=rail', 'guide.y=rail', 'bed={"x":"12in","y":"12in"}']
    const small = bytes(await kitOf('d3d-18in', pinned))
    const tall = bytes(await kitOf('d3d-18in', [...pinned, 'frame.size={"x":"600mm","y":"500mm","z":"2m"}']))
    expect([...tall.keys()]).toEqual([...small.keys()])
    for (const [name, stl] of small) expect(stl.equals(tall.get(name)!), name).toBe(true)
  })
})

describe('rods of another size', () => {
  it('change only the printed parts that hold rods, and the bearings and rods in the lists', async () => {
    const eight = await kitOf('d3d-12in')
    const ten = await kitOf('d3d-12in', ['rod.diameter=10mm'])
    expect([eight.guides, ten.guides]).toEqual([
      { x: rodsOf(8), y: rodsOf(8), z: 8, pinned: false },
      { x: rodsOf(10), y: rodsOf(10), z: 10, pinned: true },
    ])
    const stl = new Map(eight.parts.map((p) => [p.part.name, Buffer.from(p.stl)]))
    const changed = ten.parts.filter((p) => !stl.get(p.part.name)?.equals(Buffer.from(p.stl))).map((p) => p.part.name)
    // The axes' pieces, the spool holder's tees (in the Z motor ends' grooves), the bed's rod holders and the clamps of its junction box.
    expect(changed.sort()).toEqual([
      'axis-carriage-half-rod10',
      'axis-idler-end-half-rod10',
      'axis-motor-end-gearbox-back-rod10',
      'axis-motor-end-gearbox-face-rod10',
      'axis-motor-end-half-rod10',
      'bed-block',
      'bed-bracket',
      'bed-junction-clamp',
      'spool-tee-rod10',
    ])
    expect(ten.parts.length).toBe(eight.parts.length)
    const bom = (kit: Kit) => new Map(kit.bom.rows.map((r) => [String(r[0]), Number(r[2])]))
    expect(bom(eight).get('lm8uu')).toBe(bom(ten).get('lm10uu'))
    expect(bom(ten).has('lm8uu')).toBe(false)
    const rods = (kit: Kit) => kit.cutlist.rows.filter((r) => String(r[0]).startsWith('rod-')).map((r) => r[0])
    expect(new Set(rods(ten))).toEqual(new Set(['rod-10mm']))
  })
})

describe('printed parts whatever the size', () => {
  it('have the same params at every frame size: no float noise from the machine coordinates', () => {
    const params = (size: string) =>
      countPrinted(machineOf('d3d-12in', [`frame.size=${size}`]).machine).map((c) => [c.item.name, c.item.params])
    const reference = params('12in')
    for (const size of ['{"x":"12-1/16in","y":"12-1/16in","z":"12-1/16in"}', '{"x":307,"y":431,"z":494}', '1m'])
      expect(params(size), size).toEqual(reference)
  })
})

describe('extensive scaling', () => {
  const count = (kit: Kit, name: string) => countPrinted(kit.machine).find((c) => c.item.name === name)?.quantity

  it('4 Z axes add more of the same parts, nothing new to print', async () => {
    const two = await kitOf('d3d-18in')
    const four = await kitOf('d3d-18in', ['zAxes=4'])
    expect(four.parts.map((p) => p.part.name)).toEqual(two.parts.map((p) => p.part.name))
    // Two more Z axes: 2 carriages' halves more.
    expect(count(four, 'axis-carriage-half')).toBe(count(two, 'axis-carriage-half')! + 4)
    for (const name of ['z-mount-top', 'bed-bracket', 'bed-block'])
      expect(count(four, name), name).toBe(2 * count(two, name)!)
  })

  it('a second tool adds more of the same parts, nothing new to print', async () => {
    // Rods pinned: the second carriage shortens the X span, on which 8 mm rods then ring at 35 Hz.
    const one = await kitOf('d3d-18in', ['rod.diameter=10mm'])
    const two = await kitOf('d3d-18in', ['rod.diameter=10mm', 'tools=2'])
    expect((await kitOf('d3d-18in', ['tools=2'])).guides).toEqual({ x: rodsOf(8), y: rodsOf(10), z: 8, pinned: false })
    expect(two.parts.map((p) => p.part.name)).toEqual(one.parts.map((p) => p.part.name))
    // A second X carriage: 2 halves more.
    expect(count(two, 'axis-carriage-half-rod10')).toBe(count(one, 'axis-carriage-half-rod10')! + 2)
    for (const name of ['toolhead-plate', 'hotend-clamp']) expect(count(two, name), name).toBe(2 * count(one, name)!)
  })
})

describe.each([
  ...presetNames().map((name) => [name, []]),
  ['d3d-18in', ['zAxes=4']],
  ['d3d-18in', ['tools=2']],
  // Every axis, the bed and the spool holder on 10 mm rods, the Z motors geared.
  ['d3d-12in', ['rod.diameter=10mm']],
  // The bed on a grid of tubes on a small frame (the 1 m cube's is a preset's).
  ['d3d-12in', ['bedSupport=grid']],
] as [string, string[]][])('preset %s %j', (name, sets) => {
  it('places every part by a rotation, never a mirror', () => {
    for (const { world, leaf } of placedLeaves(machineOf(name, sets).machine)) {
      const c = [0, 1, 2].map((k) => [world[4 * k], world[4 * k + 1], world[4 * k + 2]])
      const dot = (a: number[], b: number[]) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
      const det = dot(c[0], [
        c[1][1] * c[2][2] - c[1][2] * c[2][1],
        c[1][2] * c[2][0] - c[1][0] * c[2][2],
        c[1][0] * c[2][1] - c[1][1] * c[2][0],
      ])
      expect(det, leaf.kind).toBeCloseTo(1, 9)
      for (const [i, j] of [
        [0, 1],
        [0, 2],
        [1, 2],
      ])
        expect(dot(c[i], c[j])).toBeCloseTo(0, 9)
    }
  })

  it('has no two solids overlapping but where one nests in the other, as drawn and at every travel end', async () => {
    const kit = await kitOf(name, sets)
    const report = await findCollisions(kit.machine, shapes)
    expect(report.positions).toHaveLength(1 + 8)
    expect(report.overlaps).toEqual([])
  })
})
