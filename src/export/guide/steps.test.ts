import { describe, expect, it } from 'vitest'
import { BED_JUNCTION_NODE } from '../../../modules/bed/junction.js'
import { EARTH_STUD_NODE } from '../../../modules/control/dimensions.js'
import { type PlacedLeaf, placedLeaves } from '../../assembly/collect.js'
import { REGISTERED } from '../../assembly/index.js'
import { bounds } from '../../kernel/index.js'
import { applyOverrides } from '../../spec/overrides.js'
import { parseSpec } from '../../spec/parse.js'
import { presetNames, readPreset } from '../../spec/presets.js'
import { formatMm } from '../../spec/units.js'
import { type Kit, makeKit } from '../kit.js'
import { ModelStore } from '../models.js'
import { OPENING_CORNER_DRILL } from '../templates/template.js'
import { clampedBy, fastenersOf, inBox } from './fasteners.js'
import { guideMarkdown } from './markdown.js'
import { PRECAUTION } from './precautions.js'
import type { Box } from './split.js'
import { guideSteps } from './steps.js'
import { MINUTES } from './time.js'
import { drillsOfNote, TWIST_DRILL_MAX, toolsOfBought, toolsOfRow } from './tools.js'
import type { Step } from './types.js'
import { leafId, rolesOf, unitLeaves, unitsOf } from './units.js'
import { isCover, isInAWire, WIRING } from './wiring-step.js'

const models = new ModelStore()
const kitOf = (preset: string, sets: string[] = []) =>
  makeKit(parseSpec(applyOverrides(readPreset(preset), sets)), { models })

const MACHINES: [string, string, string[]][] = [
  ...presetNames().map((p): [string, string, string[]] => [p, p, []]),
  ['4 Z axes, 1 tool', 'd3d-18in', ['zAxes=4']],
  ['2 tools', 'd3d-12in', ['tools=2']],
  ['a RAMPS controller', 'd3d-12in', ['controller=ramps']],
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
  let boxes: Map<string, Box>
  const ready = (async () => {
    kit = await kitOf(preset, sets)
    steps = guideSteps(kit)
    boxes = new Map(
      kit.parts.map((p) => {
        const b = bounds(p.mesh)
        return [
          p.part.name,
          { min: b.min.map((v, k) => v - p.bedShift[k]), max: b.max.map((v, k) => v - p.bedShift[k]) },
        ]
      }),
    )
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
          const line = step.bought.find((l) => l.id === part)
          const byBought = line !== undefined && toolsOfBought(part, line.description).includes(tool.name)
          const byPiece = pieces.some((p) => p.item === part && toolsOfRow(p.item, p.notes, true).includes(tool.name))
          const byRow = step.stock.some(
            (s) => s.item === part && toolsOfRow(s.item, s.notes.join('; '), false).includes(tool.name),
          )
          const byWork = step.works.some(
            (w) => w.item === part && toolsOfRow(w.item, w.notes, false).includes(tool.name),
          )
          if (!byBought && !byPiece && !byRow && !byWork) wrong.push(`${step.id}: ${tool.name} for ${part}`)
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

  it('gives each bench-made hole and opening the tools that make it, in the step that makes it, with the metal-work precaution', async () => {
    await ready
    const wrong: string[] = []
    for (const step of steps) {
      const names = new Set(step.tools.map((t) => t.name))
      const need = (tool: string, why: string) => {
        if (!names.has(tool)) wrong.push(`${step.id}: no ${tool} for ${why}`)
      }
      for (const { leaf } of step.adds) {
        if (leaf.kind !== 'stock' || !leaf.piece.drilled) continue
        const faces = leaf.piece.drilled.faces
        const holes = faces.flatMap((f) => f.holes.filter((h) => h.marked))
        const cutouts = faces.flatMap((f) => f.cutouts ?? [])
        for (const h of holes) {
          const why = `${leaf.piece.item}'s ${h.diameter} mm hole for ${h.purpose}`
          if (h.diameter > TWIST_DRILL_MAX) {
            if (![...names].some((t) => t.startsWith(`step drill reaching ${h.diameter} mm`))) need('a step drill', why)
          } else need(`drill ${h.diameter} mm`, why)
          const thread = /\btapped (M[\d.]+)/.exec(h.purpose)?.[1]
          if (thread) for (const tool of [`tap ${thread}`, 'tap wrench']) need(tool, why)
        }
        for (const c of cutouts) {
          const why = `${leaf.piece.item}'s opening ${c.width} x ${c.height} mm for ${c.purpose}`
          for (const tool of [`drill ${OPENING_CORNER_DRILL} mm`, 'file, flat']) need(tool, why)
          if (![...names].some((t) => t.startsWith('jigsaw'))) need('a jigsaw', why)
        }
        if ((holes.length > 0 || cutouts.length > 0) && !step.precautions.includes(PRECAUTION.sharp))
          wrong.push(`${step.id}: no metal-work precaution for ${leaf.piece.item}`)
      }
      for (const name of names) {
        const d = Number(/^drill ([\d.]+) mm$/.exec(name)?.[1] ?? 0)
        if (d > TWIST_DRILL_MAX) wrong.push(`${step.id}: a twist drill of ${d} mm`)
      }
    }
    expect(wrong).toEqual([])
  })

  it("names every bought part of a step in its actions: a step's parts are the parts it fits", async () => {
    await ready
    const wrong = steps.flatMap((s) =>
      s.bought.filter((b) => !s.actions.some((a) => a.includes(b.id))).map((b) => `${s.id}: ${b.id}`),
    )
    expect(wrong).toEqual([])
  })

  it('puts each screw in a step that has every printed part it clamps in its place', async () => {
    await ready
    const printed = steps.flatMap((s) => s.adds).filter((p) => p.leaf.kind === 'printed')
    const boxes = new Map(
      kit.parts.map((p) => {
        const b = bounds(p.mesh)
        return [
          p.part.name,
          { min: b.min.map((v, k) => v - p.bedShift[k]), max: b.max.map((v, k) => v - p.bedShift[k]) },
        ]
      }),
    )
    const stepOf = new Map<PlacedLeaf, number>()
    for (const [i, s] of steps.entries()) for (const p of s.adds) stepOf.set(p, i)
    const units = unitsOf(kit.machine)
    const unitOf = new Map<PlacedLeaf, string>()
    for (const u of units) for (const p of unitLeaves(u)) unitOf.set(p, u.root.path)
    // A unit built on the bench is in its place from the step that sets it there.
    const setAt = (path: string) => {
      const i = steps.findIndex((s) => s.time.placed > 0 && s.where.includes(path))
      return i < 0 ? 0 : i
    }
    const wrong: string[] = []
    for (const { screw } of fastenersOf(steps.flatMap((s) => s.adds))) {
      const at = stepOf.get(screw) ?? 0
      for (const c of clampedBy(screw, printed, (p) => boxes.get(leafId(p)) as Box)) {
        const other = unitOf.get(c) !== unitOf.get(screw)
        const ready = Math.max(stepOf.get(c) ?? 0, other ? setAt(unitOf.get(c) ?? '') : 0)
        if (ready > at)
          wrong.push(
            `${steps[at].id}: ${leafId(screw)} in ${screw.path.join('/')} clamps ${leafId(c)} of step ${ready + 1}`,
          )
      }
    }
    expect(wrong).toEqual([])
  })

  it('names for each node the parts its pieces go through (a Z axis its own pulley)', async () => {
    await ready
    const wrong: string[] = []
    for (const step of steps)
      for (const action of step.actions) {
        const m = /^For each of ([^:]+): .* through ([^,]+(?:, [^,]+)*), as the picture shows\.$/.exec(action)
        if (!m) continue
        for (const node of m[1].split(', '))
          for (const id of m[2].split(', '))
            if (!steps.some((s) => s.adds.some((p) => leafId(p) === id && p.path.slice(1).join('/').startsWith(node))))
              wrong.push(`${step.id}: ${node} has no ${id}`)
      }
    expect(wrong).toEqual([])
  })

  it('drills what a step bolts through the steel with the drills the steel notes name, and says how', async () => {
    await ready
    for (const step of steps.filter((s) => s.works.length > 0)) {
      const sizes = step.works.flatMap((w) => drillsOfNote(w.notes))
      for (const d of sizes) expect(step.tools.map((t) => t.name)).toContain(`drill ${d} mm`)
      expect(step.actions.join(' ')).toMatch(/spot it .* pilot .* open it/)
    }
    const assembly = steps.find((s) => s.id === 'frame-assembly')
    const later = steps
      .flatMap((s) => s.adds)
      .filter((p) => p.leaf.kind === 'stock' && /after assembly/.test(p.leaf.piece.notes))
    if (later.length > 0) expect(assembly?.works.length).toBeGreaterThan(0)
  })

  it('warns at the top of the guide of every engineering check the machine fails', async () => {
    await ready
    const md = guideMarkdown({ title: 't', steps, templates: new Map(), checks: kit.checks })
    const head = md.split('## Contents')[0]
    const failing = kit.checks.filter((c) => !c.pass)
    if (failing.length === 0) expect(head).not.toMatch(/Warning/)
    for (const c of failing) expect(head).toContain(c.id)
  })

  it('fits each cover over terminals, with its fasteners, once the terminals are wired, and each part in a wire with the wires', async () => {
    await ready
    const wiring = steps.findIndex((s) => s.id === WIRING)
    const coverAt = steps.flatMap((s, i) => s.adds.filter(isCover).map((p) => [p, i] as const))
    // Every machine with electrics has a power panel, whose supply's terminals are covered.
    if (kit.electrics) expect(coverAt.length).toBeGreaterThan(0)
    const stepOf = new Map(steps.flatMap((s, i) => s.adds.map((p) => [p, i] as const)))
    const covers = new Set(coverAt.map(([p]) => p))
    const clamping = fastenersOf(steps.flatMap((s) => s.adds)).filter(
      ({ screw }) => clampedBy(screw, [...covers], (p) => boxes.get(leafId(p)) as Box).length > 0,
    )
    for (const [, i] of coverAt) expect(i).toBeGreaterThanOrEqual(wiring)
    // A part joined into a wire (the probe's diode, an inline fuse) goes in as the cables are made.
    for (const [i, s] of steps.entries()) if (s.adds.some(isInAWire)) expect(i, s.id).toBe(wiring)
    for (const { screw, on } of clamping)
      for (const p of [screw, ...on]) expect(stepOf.get(p)).toBeGreaterThanOrEqual(wiring)
  })

  it("sets the controller board up before it and its drivers are fitted, from the board's data, and checks it at power-on", async () => {
    await ready
    const w = kit.electrics?.wiring
    if (!w) return
    const step = steps.find((s) => s.bought.some((b) => b.id === w.board.part))
    const actions = step?.actions ?? []
    const fit = actions.findIndex((a) => a.startsWith('Fit ') && a.includes(w.board.part))
    expect(fit).toBeGreaterThan(0)
    for (const j of w.setup.jumpers) {
      const at = actions.findIndex((a) => a.includes(j.where) && a.includes(j.set))
      expect(at, j.where).toBeGreaterThanOrEqual(0)
      expect(at).toBeLessThan(fit)
    }
    const check = steps.at(-1)?.actions.find((a) => a.startsWith('Check the board setup'))
    for (const j of w.setup.jumpers) expect(check).toContain(j.where)
  })

  it("sets the probe's tip the tool head's probe offset above the nozzle's tip, with a feeler gauge", async () => {
    await ready
    const z = kit.layout.toolHeads.probeOffset?.[2]
    const step = steps.find((s) => s.bought.some((b) => b.id.startsWith('probe-')))
    if (z === undefined || !step) return
    expect(step.actions.join(' ')).toContain(`its tip ${formatMm(z)} mm above the nozzle's tip`)
    expect(step.tools.map((t) => t.name)).toContain('feeler gauge')
  })

  it('presses nuts into traps only where a nut sits in a printed part of its step', async () => {
    await ready
    for (const step of steps) {
      const printed = step.adds.filter((p) => p.leaf.kind === 'printed')
      const trapped = step.adds.filter(
        (n) =>
          n.leaf.kind === 'bought' &&
          n.leaf.part.id.endsWith('-hex-nut') &&
          printed.some((q) => inBox(n, q, (p) => boxes.get(leafId(p)) as Box)),
      )
      const says = step.actions.some((a) => a.startsWith('Press the nuts into their traps'))
      if (!says) continue
      expect(trapped.length, step.id).toBeGreaterThan(0)
    }
  })

  it('counts every crimped and soldered joint of the wiring: each splice twice, each receptacle once', async () => {
    await ready
    const step = steps.find((s) => s.id === WIRING)
    if (!step) return
    const each = (id: string) =>
      /^(butt-splice|diode)-/.test(id)
        ? 2
        : /^(crimp-|ferrule-|fork-terminal-|ring-terminal-|receptacle-|solder-sleeve-)/.test(id)
          ? 1
          : 0
    expect(step.time.crimps).toBe(step.bought.reduce((n, b) => n + each(b.id) * b.quantity, 0))
  })

  it('names a step that builds round a piece of stock (a panel, a rail) by its nodes, not its first printed part', async () => {
    await ready
    for (const step of steps) {
      const unit = step.title.endsWith(`(${step.where.join(', ')})`)
      if (!unit || step.stock.length === 0) continue
      const first = step.where[0].split('/').at(-1)?.split('-')[0] ?? ''
      expect(step.title.toLowerCase().startsWith(first), step.title).toBe(true)
    }
  })

  it('keeps spare parts with the machine: listed, never fitted', async () => {
    await ready
    for (const step of steps)
      for (const { id } of step.bought.filter((b) => b.id.startsWith('spare-'))) {
        expect(
          step.actions.some((a) => a.startsWith('Keep ') && a.includes(id)),
          id,
        ).toBe(true)
        expect(
          step.actions.filter((a) => /^Fit\b/.test(a) && a.includes(id)),
          id,
        ).toEqual([])
      }
  })

  it('names the wiring rows a part in a wire goes into, and brings each motor where its row has it', async () => {
    await ready
    const step = steps.find((s) => s.id === WIRING)
    const rows = kit.electrics?.wiring.rows ?? []
    if (!step) return
    const text = step.actions.join(' ')
    for (const p of step.adds.filter(isInAWire)) {
      const id = p.leaf.kind === 'bought' ? p.leaf.part.id : ''
      const join = step.actions.find((a) => a.startsWith('Join ') && a.includes(id)) ?? ''
      for (const r of rows.filter((r) => r.connectors.some((c) => c.id === id))) {
        expect(join, id).toContain(`"${r.cable.kind}"`)
        for (const c of r.connectors.filter((c) => c.id.startsWith('butt-splice-')))
          expect(join, id).toContain(`${c.count} x ${c.id}`)
      }
    }
    const adapted = rows.filter(
      (r) =>
        /series adapter/.test(r.cable.from) && !r.connectors.some((c) => c.id.startsWith('stepper-series-adapter')),
    )
    if (adapted.length > 0) {
      expect(text).not.toMatch(/each (Y and Z )?motor on its own driver/)
      for (const r of adapted) expect(text).toContain(`${r.cable.to.split(':')[0]} into the ${r.cable.from}`)
    } else expect(text).toContain('each motor on its own driver socket')
  })

  it('lands each earth ring on a bolt long enough for it, and says which', async () => {
    await ready
    const step = steps.find((s) => s.id === WIRING)
    const w = kit.electrics?.wiring
    if (!step || !w) return
    const land = step.actions.find((a) => a.startsWith('Land each earth ring')) ?? ''
    for (const b of w.ringBolts) {
      const swapped = b.length < b.needs
      expect(land, b.node).toContain(
        swapped ? `in place of its M6 x ${b.length}` : `${b.node}: its own M6 x ${b.length}`,
      )
      if (swapped) {
        const bolt = step.bought.find((l) => l.id === 'earth-bond-frame-m6')
        const length = Number(/M6 x (\d+)/.exec(bolt?.description ?? '')?.[1])
        expect(length, b.node).toBeGreaterThanOrEqual(b.needs)
        expect(land).toContain(`earth-bond-frame-m6 (M6 x ${length})`)
      }
    }
  })

  it('bolts a box that stands on the steel to it, through the holes the cut list drills for it, with its tools', async () => {
    await ready
    // A tall frame's second emergency stop is such a box.
    const high = steps.filter((s) => s.where.length === 1 && s.where[0] === 'emergency-stop-high')
    for (const s of high)
      expect(
        s.bought.some((b) => /^Box for /.test(b.description)),
        s.id,
      ).toBe(true)
    for (const step of steps) {
      const box = step.bought.find((b) => /^Box for /.test(b.description))
      if (!box || step.printed.length > 0 || step.stock.length > 0) continue
      const bolt = step.actions.find((a) => a.startsWith('Bolt it to the steel')) ?? ''
      const row = Number(/cut-list row (\d+)/.exec(bolt)?.[1])
      const purpose = /^Box for (the [^,:]+)/.exec(box.description)?.[1] ?? ''
      expect(kit.cutlist.rows[row - 1]?.join(' '), step.id).toContain(`mm for ${purpose}`)
      expect(
        step.actions.some((a) => a.startsWith(`Drill ${box.id} first`)),
        step.id,
      ).toBe(true)
      const tools = step.tools.map((t) => t.name)
      for (const tool of ['hex key 5 mm', 'spanner 10 mm']) expect(tools, step.id).toContain(tool)
      expect(tools.some((t) => t.startsWith('step drill reaching 22.3 mm'))).toBe(true)
    }
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

/**
 * Covers and boxes round the mains that the d3d-12in has and OSE's kit does not (its panel is
 * open): their fitting is left out of the comparison with OSE's time (their screws stay in it).
 */
const BEYOND_OSE_KIT = /^(junction-box|bed-junction-|cable-gland-|grommet-|psu-hood)/

describe('the time model', () => {
  it("puts the d3d-12in's assembly (no cutting, drilling or calibration) near OSE's 5 hours from a prepared kit", async () => {
    const kit = await kitOf('d3d-12in')
    const steps = guideSteps(kit)
    const assembly = steps.reduce(
      (n, s) =>
        n +
        s.time.screws * MINUTES.screw +
        s.time.printed * MINUTES.printed +
        s.time.bought * MINUTES.bought +
        s.time.placed * MINUTES.placed,
      0,
    )
    const beyond = (lines: readonly { id?: string; name?: string; quantity: number }[]) =>
      lines.filter((l) => BEYOND_OSE_KIT.test(l.id ?? l.name ?? '')).reduce((n, l) => n + l.quantity, 0)
    // The frame's earth stud too: OSE's kit earths nothing.
    const stud = steps.filter((s) => s.where.length === 1 && s.where[0] === EARTH_STUD_NODE)
    // And the bed's junction box's clamp screws: OSE's bed leaves its junction loose.
    const clampScrews = placedLeaves(kit.machine).filter(
      (p) => p.path.includes(BED_JUNCTION_NODE) && p.leaf.kind === 'bought' && /-cap-screw$/.test(p.leaf.part.id),
    ).length
    const added = steps.reduce(
      (n, s) => n + beyond(s.bought) * MINUTES.bought + beyond(s.printed) * MINUTES.printed,
      stud.reduce((n, s) => n + s.time.screws * MINUTES.screw, clampScrews * MINUTES.screw),
    )
    expect(added).toBeGreaterThan(0)
    expect(assembly - added).toBeGreaterThan(300 * 0.85)
    expect(assembly - added).toBeLessThan(300 * 1.15)
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
    expect(toolsOfBought('ferrule-1mm2')).toEqual(['crimper for ferrules (square)', 'screwdriver flat 2.5 mm'])
    expect(toolsOfBought('fork-terminal-m3.5-red-22-18awg')).toEqual([
      'crimper for insulated terminals (red die)',
      'screwdriver PH2',
    ])
    expect(toolsOfBought('crimp-jst-xh')).toEqual(['crimper for open-barrel contacts (JST-XH, 2.54 mm)'])
    expect(toolsOfBought('earth-bond-frame-m6')).toEqual(['multimeter', 'hex key 5 mm', 'spanner 10 mm'])
    expect(toolsOfBought('ring-terminal-m6-red-22-18awg')).toEqual([
      'crimper for insulated terminals (red die)',
      'hex key 5 mm',
      'spanner 10 mm',
    ])
    // The bed's earth ring goes under its own screw, listed in its step.
    expect(toolsOfBought('ring-terminal-m3-bed-earth')).not.toContain('spanner 5.5 mm')
    expect(toolsOfBought('diode-bat85')).toEqual(['soldering iron and solder'])
    expect(toolsOfBought('heat-shrink-6.4mm')).toEqual(['heat gun'])
    expect(toolsOfBought('crimp-dupont')).toEqual(['crimper for open-barrel contacts (Dupont, 2.54 mm)'])
    expect(toolsOfBought('din-rail-ts35-51mm')).toEqual(['hacksaw or cut-off wheel', 'file, flat'])
    expect(toolsOfBought('butt-splice-red-22-18awg')).toEqual(['crimper for insulated terminals (red die)'])
    expect(
      toolsOfBought('estop-box', 'Box: drill its lid 22.3 mm for the stop, its base for 2 x M6, its lower wall'),
    ).toEqual(['step drill reaching 22.3 mm (or a knockout punch 22.5 mm)', 'drill 6.6 mm'])
    expect(toolsOfBought('cable-gland-m16', 'Cable gland M16 x 1.5, in a 16.5 mm hole')).toEqual([
      'step drill reaching 16.5 mm (or a knockout punch 16.5 mm)',
    ])
    expect(toolsOfBought('probe-inductive-m8')).toContain('feeler gauge')
    expect(toolsOfRow('plate-3.175', 'drill 4 holes 3.4 mm', true)).toContain('centre punch and hammer')
    expect(
      toolsOfRow('angle-38.1x3.175', 'Drill the 4 holes for the corner connectors after assembly', true),
    ).not.toContain('centre punch and hammer')
    expect(toolsOfRow('sheet-aluminium-3', 'drill 1 hole 22.3 mm at (62, 105)', true)).toEqual([
      'hacksaw or cut-off wheel',
      'step drill reaching 22.3 mm (or a knockout punch 22.5 mm)',
    ])
    expect(toolsOfRow('plate-3.175', 'drill 1 hole 2.5 mm at (8, 8) for its earth bond, tapped M3', false)).toEqual([
      'drill 2.5 mm',
      'tap M3',
      'tap wrench',
    ])
    expect(toolsOfRow('sheet-aluminium-3', 'cut 1 opening 27.2 x 47 mm centred at (62, 29.5)', false)).toEqual([
      `drill ${OPENING_CORNER_DRILL} mm`,
      'jigsaw with a metal-cutting blade (or a nibbler)',
      'file, flat',
    ])
    expect(toolsOfBought('lm8uu')).toEqual([])
    expect(() => toolsOfBought('m7x20-cap-screw')).toThrow(/no hex key/)
  })
})
