// One cold build in this process, timed by step and by module: prints JSON for bench/run.ts.
// The printed parts are modelled one by one, as makeKit does, each timed and charged to its module.
import { box, countPrinted, evaluate, ModelStore, machineOf, makeKit, makePart, parseSpec } from '../src/index.js'
import { readPreset } from '../src/node.js'

const models = new ModelStore()
const spec = parseSpec(readPreset(process.argv[2] ?? 'd3d-12in'))
const steps: Record<string, number> = {}
const time = async <T>(label: string, run: () => T | Promise<T>): Promise<T> => {
  const start = performance.now()
  const result = await run()
  steps[label] = (steps[label] ?? 0) + performance.now() - start
  return result
}

await time('geometry kernel start', () => evaluate(box([0, 0, 0], [1, 1, 1])))
const { machine } = await time('layout and assembly tree', () => machineOf(spec))
const modules: Record<string, { ms: number; distinct: number; printed: number }> = {}
for (const counted of countPrinted(machine)) {
  const start = performance.now()
  await makePart(counted, spec.material, models)
  const before = modules[counted.item.module] ?? { ms: 0, distinct: 0, printed: 0 }
  modules[counted.item.module] = {
    ms: before.ms + performance.now() - start,
    distinct: before.distinct + 1,
    printed: before.printed + counted.quantity,
  }
}
// The whole kit again, its parts now cached: the cost of everything but modelling.
await time('kit again, parts cached (layout, tree, lists)', () => makeKit(spec, { models }))
console.log(JSON.stringify({ steps, modules }))
