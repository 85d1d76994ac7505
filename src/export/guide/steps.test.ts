import { describe, expect, it } from 'vitest'
import type { PlacedLeaf } from '../../assembly/collect.js'
import { REGISTERED } from '../../assembly/index.js'
import { applyOverrides } from '../../spec/overrides.js'
import { parseSpec } from '../../spec/parse.js'
import { presetNames, readPreset } from '../../spec/presets.js'
import { type Kit, makeKit } from '../kit.js'
import { ModelStore } from '../models.js'
import { guideSteps } from './steps.js'
import { MINUTES } from './time.js'
import { toolsOfBought, toolsOfRow } from './tools.js'
import type { Step } from './types.js'
import { leafId, rolesOf, unitLeaves, unitsOf } from './units.js'

const models = new ModelStore()
const kitOf = (preset: string, sets: string[] = []) =>
  makeKit(parseSpec(applyOverrides(readPreset(preset), sets)), { models })

const MACHINES: [string, string, string[]][] = [
  ...presetNames().map((p): [string, string, string[]] => [p, p, []]),
  ['4 Z axes, 1 tool', 'd3d-18in', ['zAxes=4']],
  ['2 tools', 'd3d-12in', ['tools=2']],
]

/** Adds up a step list's quantities by key. */
function sum<T>(
  steps: readonly Step[],
  lines: (s: Step) => readonly T[],
  key: (l: T) => string | number,
  n: (l: T) => number,
) {
  const out = new Map<string | number, number>()
  for (const step of steps) for (const l of lines(step)) out.set(key(l), (out.get(key(l)) ?? 0) + n(l))
  return out
}

describe.each(MACHINES)('the build guide of %s', (_, preset, sets) => {
  let kit: Kit
  let steps: Step[]
  const ready = (async () => {
    kit = await kitOf(preset, sets)
    steps = guideSteps(kit)
  })()

  it('adds every leaf of the tree in exactly one step', async () => {
    await ready
    const leaves = unitsOf(kit.machine).flatMap(unitLeaves)
    const added = steps.flatMap((s) => s.adds)
    expect(added.length).toBe(leaves.length)
    expect(new Set(added).size).toBe(added.length)
  })

  it("sums to the BOM's quantities, every printed part's count and every cut-list row", async () => {
    await ready
    const printed = sum(
      steps,
      (s) => s.printed,
      (l) => l.name,
      (l) => l.quantity,
    )
    expect(Object.fromEntries(printed)).toEqual(Object.fromEntries(kit.parts.map((p) => [p.part.name, p.count])))

    const bom = kit.bom.rows
    const stockItems = new Set(kit.cutlist.rows.map((r) => r[0]))
    const boughtRows = bom.filter((r) => !stockItems.has(r[0]))
    const bought = sum(
      steps,
      (s) => s.bought,
      (l) => l.id,
      (l) => l.quantity,
    )
    expect(Object.fromEntries(bought)).toEqual(Object.fromEntries(boughtRows.map((r) => [r[0], r[2]])))
    // The BOM's stock lines count pieces per material.
    const pieces = sum(
      steps,
      (s) => s.stock.filter((l) => !l.item.startsWith('weld')),
      (l) => l.item,
      (l) => l.quantity,
    )
    const stockRows = bom.filter((r) => stockItems.has(r[0]))
    expect(Object.fromEntries(pieces)).toEqual(Object.fromEntries(stockRows.map((r) => [r[0], r[2]])))

    const rows = sum(
      steps,
      (s) => s.stock,
      (l) => l.row,
      (l) => l.quantity,
    )
    expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(kit.cutlist.rows.map((r, i) => [i, Number(r[4])])))
  })

  it('only needs parts already built or listed in the step: the order can be built', async () => {
    await ready
    const stepOf = new Map<PlacedLeaf, number>()
    for (const [i, s] of steps.entries()) for (const p of s.adds) stepOf.set(p, i)
    const all = [...stepOf.keys()]
    const roleOf = rolesOf(REGISTERED)
    const units = unitsOf(kit.machine)
    const frameDone = Math.max(
      ...units.filter((u) => roleOf(u.module) === 'frame').flatMap((u) => unitLeaves(u).map((p) => stepOf.get(p) ?? 0)),
    )
    const wrong: string[] = []
    for (const [i, step] of steps.entries()) {
      for (const p of step.adds) {
        // A leaf needs what it nests in: a plain id in its node or below, "node/id" under that node.
        for (const nest of p.leaf.nests ?? []) {
          const [node, id] = nest.includes('/') ? nest.split('/') : [undefined, nest]
          const found = all.some(
            (q) =>
              leafId(q) === id &&
              (node === undefined ? p.path.every((n, k) => q.path[k] === n) : q.path.includes(node)) &&
              (stepOf.get(q) ?? Infinity) <= i,
          )
          if (!found) wrong.push(`${step.id}: ${p.path.join('/')}:${leafId(p)} needs ${nest}`)
        }
      }
    }
    for (const unit of units) {
      const at = Math.min(...unitLeaves(unit).map((p) => stepOf.get(p) ?? Infinity))
      // A unit a carriage carries needs the carriage; a unit on the frame needs the frame.
      const carrier = units.find((u) => u.root.path === unit.parent)
      if (carrier && Math.max(...unitLeaves(carrier).map((p) => stepOf.get(p) ?? 0)) >= at)
        wrong.push(`${unit.root.path} before ${carrier.root.path}`)
      const onFrame = !unit.parent && !['axis', 'frame'].includes(roleOf(unit.module))
      if (onFrame && frameDone >= at) wrong.push(`${unit.root.path} before the frame`)
    }
    expect(wrong).toEqual([])
  })

  it('names only tools some part of the step needs, and every screw and nut gets one', async () => {
    await ready
    const wrong: string[] = []
    for (const step of steps) {
      const ids = new Set(step.bought.map((b) => b.id))
      const pieces = step.adds.flatMap((p) => (p.leaf.kind === 'stock' ? [p.leaf.piece] : []))
      for (const tool of step.tools) {
        for (const part of tool.for) {
          const byBought = ids.has(part) && toolsOfBought(part).includes(tool.name)
          const byPiece = pieces.some((p) => p.item === part && toolsOfRow(p.item, p.notes, true).includes(tool.name))
          const byRow = step.stock.some(
            (s) => s.item === part && toolsOfRow(s.item, s.notes.join('; '), false).includes(tool.name),
          )
          if (!byBought && !byPiece && !byRow) wrong.push(`${step.id}: ${tool.name} for ${part}`)
        }
      }
      for (const id of ids)
        if (
          /-(cap-screw|low-head-screw|countersunk-screw|set-screw|hex-nut)$/.test(id) &&
          toolsOfBought(id).length === 0
        )
          wrong.push(`${step.id}: no tool for ${id}`)
    }
    expect(wrong).toEqual([])
  })

  it('gives every step an id of its own, a title, something to do and a picture to show', async () => {
    await ready
    expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length)
    for (const step of steps) {
      expect(step.id).toMatch(/^[a-z0-9][a-z0-9._-]*$/)
      expect(step.title.length).toBeGreaterThan(0)
      expect(step.actions.length).toBeGreaterThan(0)
      expect(step.picture.shows.length).toBeGreaterThan(0)
    }
  })
})

describe('the steps of other machines', () => {
  it('a 4 Z machine gets its Z parts from the same steps as a 2 Z one, in the same order', async () => {
    const two = guideSteps(await kitOf('d3d-18in'))
    const four = guideSteps(await kitOf('d3d-18in', ['zAxes=4']))
    expect(four.map((s) => s.id)).toEqual(two.map((s) => s.id))
    const carriages = (steps: Step[]) => steps.find((s) => s.id === 'axis-carriage-half')?.where.length
    expect(carriages(four)).toBe((carriages(two) ?? 0) + 2)
  })

  it('a 2-tool machine gets a step for each head it carries, after the carriages', async () => {
    const steps = guideSteps(await kitOf('d3d-12in', ['tools=2']))
    const heads = steps.filter((s) => s.module === 'extruder')
    expect(heads.flatMap((s) => s.where).sort()).toEqual(['x/carriage-2/toolhead-2', 'x/carriage/toolhead'])
  })
})

describe('the time model', () => {
  it("puts the d3d-12in's assembly (no cutting, drilling or calibration) near OSE's 5 hours from a prepared kit", async () => {
    const steps = guideSteps(await kitOf('d3d-12in'))
    const assembly = steps.reduce(
      (n, s) =>
        n +
        s.time.screws * MINUTES.screw +
        s.time.printed * MINUTES.printed +
        s.time.bought * MINUTES.bought +
        s.time.placed * MINUTES.placed,
      0,
    )
    expect(assembly).toBeGreaterThan(300 * 0.85)
    expect(assembly).toBeLessThan(300 * 1.15)
  })
})

describe('the tools', () => {
  it('takes hex keys and spanners from the screw and nut standards', () => {
    expect(toolsOfBought('m3x25-cap-screw')).toEqual(['hex key 2.5 mm'])
    expect(toolsOfBought('m4x16-cap-screw')).toEqual(['hex key 3 mm'])
    expect(toolsOfBought('m6x20-cap-screw')).toEqual(['hex key 5 mm'])
    expect(toolsOfBought('m6x35-low-head-screw')).toEqual(['hex key 4 mm'])
    expect(toolsOfBought('m3x25-countersunk-screw')).toEqual(['hex key 2 mm'])
    expect(toolsOfBought('m3x8-set-screw')).toEqual(['hex key 1.5 mm'])
    expect(toolsOfBought('m6-hex-nut')).toEqual(['spanner 10 mm'])
    expect(toolsOfBought('m8-hex-nut')).toEqual(['spanner 13 mm'])
    expect(toolsOfBought('ferrule-1mm2')).toEqual(['crimping tool'])
    expect(toolsOfBought('lm8uu')).toEqual([])
    expect(() => toolsOfBought('m7x20-cap-screw')).toThrow(/no hex key/)
  })
})
