// One cold build in this process, timed by step and by module: prints JSON for bench/run.ts.
// The printed parts are modelled one by one, as makeKit does, each timed and charged to its module.
import { countPrinted } from '../src/assembly/collect.js'
import { buildMachine } from '../src/assembly/machine.js'
import { makeKit } from '../src/export/kit.js'
import { makePart } from '../src/export/parts.js'
import { box, evaluate } from '../src/kernel/index.js'
import { computeLayout } from '../src/layout/index.js'
import { parseSpec } from '../src/spec/parse.js'
import { readPreset } from '../src/spec/presets.js'

const spec = parseSpec(readPreset(process.argv[2] ?? 'd3d-12in'))
const steps: Record<string, number> = {}
const time = async <T>(label: string, run: () => T | Promise<T>): Promise<T> => {
  const start = performance.now()
  const result = await run()
  steps[label] = (steps[label] ?? 0) + performance.now() - start
  return result
}

await time('geometry kernel start', () => evaluate(box([0, 0, 0], [1, 1, 1])))
const layout = await time('layout', () => computeLayout(spec))
const machine = await time('assembly tree', () => buildMachine(spec, layout))
const modules: Record<string, { ms: number; distinct: number; printed: number }> = {}
for (const counted of countPrinted(machine)) {
  const start = performance.now()
  await makePart(counted, spec.material)
  const before = modules[counted.item.module] ?? { ms: 0, distinct: 0, printed: 0 }
  modules[counted.item.module] = {
    ms: before.ms + performance.now() - start,
    distinct: before.distinct + 1,
    printed: before.printed + counted.quantity,
  }
}
// The whole kit again, its parts now cached: the cost of everything but modelling.
await time('kit again, parts cached (layout, tree, lists)', () => makeKit(spec))
console.log(JSON.stringify({ steps, modules }))
