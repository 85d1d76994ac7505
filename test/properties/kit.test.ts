// Properties of whole kits (printed parts modelled) over specs the schema allows.
import { isDeepStrictEqual } from 'node:util'
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { stockPieces } from '../../src/assembly/collect.js'
import { sameCutKey } from '../../src/export/cutlist.js'
import { type Kit, makeKit } from '../../src/export/kit.js'
import { manifest } from '../../src/export/manifest.js'
import { ModelStore } from '../../src/export/models.js'
import { PRINT_MARGIN } from '../../src/export/parts.js'
import {
  bounds,
  checkManifold,
  evaluate,
  fromBinaryStl,
  placeOnBed,
  shellCount,
  toBinaryStl,
} from '../../src/kernel/index.js'
import { InputError } from '../../src/spec/errors.js'
import { parseSpec } from '../../src/spec/parse.js'
import type { Spec } from '../../src/spec/schema.js'
import { anySpec, frameSpec, grown, growth } from './arbitraries.js'
import { attempt, badNumbers, expectClearProblems } from './checks.js'
import { runs } from './runs.js'

// A failing property shrinks its counterexample over many more builds: room for that, or a timeout would hide it.
vi.setConfig({ testTimeout: 600_000 })

// One store for every draw: a part is modelled once whichever spec asks for it first.
const models = new ModelStore()
const kitOf = (spec: Spec) => attempt(() => makeKit(spec, { models }))

/** Everything a kit writes but the spec's free text. */
function outputs(kit: Kit) {
  const { spec: _spec, ...rest } = manifest(kit, 'test') as Record<string, unknown>
  return { cutlist: kit.cutlist, bom: kit.bom, manifest: rest }
}

describe('any spec the schema allows', () => {
  // The model cache makes each distinct STL once; it is checked once.
  const checked = new Set<Uint8Array>()

  it('builds a machine that passes every check, its printed parts one closed shell each, on z = 0, inside the print volume; or is refused clearly', async () => {
    await fc.assert(
      fc.asyncProperty(anySpec, async (raw) => {
        const spec = parseSpec(raw)
        const kit = await kitOf(spec)
        if (kit instanceof InputError) return expectClearProblems(kit, spec)
        expect(badNumbers(outputs(kit))).toEqual([])
        // Every check passes, or the spec was refused naming the ones that fail.
        expect(kit.checks.filter((c) => !c.pass).map((c) => c.id)).toEqual([])
        const room = { x: spec.printVolume.x - 2 * PRINT_MARGIN, y: spec.printVolume.y - 2 * PRINT_MARGIN }
        for (const part of kit.parts) {
          const [x, y, z] = part.size
          expect(z, part.part.name).toBeLessThanOrEqual(spec.printVolume.z)
          expect((x <= room.x && y <= room.y) || (y <= room.x && x <= room.y), part.part.name).toBe(true)
          if (checked.has(part.stl)) continue
          checked.add(part.stl)
          const mesh = fromBinaryStl(part.stl)
          expect(checkManifold(mesh), part.part.name).toMatchObject({ ok: true, badEdges: 0 })
          expect(shellCount(mesh), part.part.name).toBe(1)
          const { min, max } = bounds(mesh)
          expect(min[2], part.part.name).toBe(0)
          for (const k of [0, 1, 2]) expect(max[k] - min[k], part.part.name).toBeCloseTo(part.size[k], 3)
        }
      }),
      runs(300),
    )
  })
})

describe('the stock of any spec the schema allows', () => {
  it('is drawn as one closed solid per cut, with its holes drilled', async () => {
    const drawn = new Set<string>()
    await fc.assert(
      fc.asyncProperty(anySpec, async (raw) => {
        const kit = await kitOf(parseSpec(raw))
        fc.pre(!(kit instanceof InputError))
        for (const { piece } of stockPieces((kit as Kit).machine)) {
          const key = `${sameCutKey(piece)} ${piece.notes}`
          if (drawn.has(key)) continue
          drawn.add(key)
          const mesh = await evaluate(piece.shape())
          expect(checkManifold(mesh), key).toMatchObject({ ok: true, badEdges: 0 })
          expect(shellCount(mesh), key).toBe(1)
        }
      }),
      runs(100),
    )
  })
})

/** The part's STL modelled afresh, not from the model cache. */
async function freshStl(kit: Kit, name: string): Promise<Uint8Array> {
  const part = kit.parts.find((p) => p.part.name === name)!.part
  return toBinaryStl(placeOnBed(await evaluate(part.solid())))
}

describe('growing the frame along one axis', () => {
  it('models every printed part to the same bytes', async () => {
    await fc.assert(
      fc.asyncProperty(frameSpec, growth, async (raw, change) => {
        const spec = parseSpec(raw)
        const [small, large] = await Promise.all([kitOf(spec), kitOf(parseSpec(grown(spec, 'frame', change)))])
        fc.pre(!(small instanceof InputError) && !(large instanceof InputError))
        const [a, b] = [small, large] as Kit[]
        const names = (kit: Kit) => kit.parts.map((p) => p.part.name)
        // Past the span 8 mm rods keep stiff the axes take 10 mm rods: only the pieces that hold them change.
        const changed = [
          ...names(a).filter((n) => !names(b).includes(n)),
          ...names(b).filter((n) => !names(a).includes(n)),
        ]
        // Past the bed its rods keep flat, the bed goes on a grid: only the bed's blocks and brackets change.
        const sameBed = a.spec.bedSupport === b.spec.bedSupport
        if (isDeepStrictEqual(a.guides, b.guides) && sameBed) expect(changed).toEqual([])
        const axisPieces = /^(rail-)?axis-(carriage|idler-end|motor-end)-half(-rod10)?$|^rail-axis-tube-saddle-/
        for (const name of changed)
          expect(name).toMatch(
            sameBed ? axisPieces : new RegExp(`${axisPieces.source}|^bed-(block|bracket|tube-bracket)$`),
          )
        for (const part of a.parts.filter((p) => names(b).includes(p.part.name))) {
          const fresh = Buffer.from(await freshStl(b, part.part.name))
          expect(fresh.equals(Buffer.from(part.stl)), part.part.name).toBe(true)
        }
      }),
      runs(6),
    )
  })
})
