// `npm run check:print [-- --write]`: builds every preset (and the variants below), checks each distinct printed STL with
// admesh and PrusaSlicer, slices it, and reports print time and filament per preset. It fails on a
// part that needs repair or does not slice, on a part that PrusaSlicer gives support when its
// automatic supports are on (a second slice per part) unless check/known-supports.ts lists it, on a
// listed part that no longer needs support, and on committed estimates whose geometry
// is out of date; --write rewrites them (src/export/print-estimates.json) and the README's totals.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import {
  applyOverrides,
  formatDuration,
  ModelStore,
  makeKit,
  type PartResult,
  PRINT_ESTIMATES,
  PRINT_ESTIMATES_FILE,
  type PrintEstimates,
  type PrintRecord,
  parseSpec,
  UPDATE_PRINT_ESTIMATES,
} from '../src/index.js'
import { presetNames, readPreset } from '../src/node.js'
import { admeshProblems, admeshVersion } from './admesh.js'
import { curedParts, mayNeedSupport } from './known-supports.js'
import { compareEstimates, estimatesToWrite, sortedRecords } from './records.js'
import { type PresetKit, presetTable, readmeTotals, VARIANTS, withReadmeTotals } from './report.js'
import {
  materialSettings,
  meshProblems,
  PRINT_SETTINGS,
  type Support,
  settingsSummary,
  slice,
  slicerVersion,
  supportNeeded,
} from './slicer.js'

/** The CI machine has two cores. */
const PARALLEL = 2
const ROOT = join(import.meta.dirname, '..')

const { values: options } = parseArgs({
  options: { write: { type: 'boolean' }, report: { type: 'string', default: 'out/print-check.md' } },
})

interface Distinct {
  readonly part: PartResult
  readonly material: string
  readonly presets: string[]
}

/** A part's estimates when it sliced, what is wrong with its mesh or slicing, and the support it needs. */
interface Checked {
  readonly record?: PrintRecord
  readonly problems: string[]
  readonly support?: Support
}

async function checkPart({ part, material }: Distinct, dir: string): Promise<Checked> {
  const { name } = part.part
  const base = join(dir, `${name}-${part.sha256.slice(0, 12)}-${material}`)
  try {
    await writeFile(`${base}.stl`, part.stl)
    const problems = [...(await admeshProblems(`${base}.stl`)), ...(await meshProblems(`${base}.stl`))]
    if (problems.length > 0) return { problems }
    const result = await slice(`${base}.stl`, `${base}.gcode`, material)
    const record = { name, sha256: part.sha256, material, ...result }
    const support = await supportNeeded(`${base}.stl`, `${base}-supports.gcode`, material)
    return { record, problems: [], support }
  } catch (error) {
    return { problems: [(error as Error).message] }
  }
}

const supportProblem = ({ filamentMm, share, fromZ, toZ }: Support) =>
  `needs support: with automatic supports on, PrusaSlicer lays ${filamentMm.toFixed(0)} mm of filament ` +
  `(${(share * 100).toFixed(1)} % of the part's) as support, from z ${fromZ.toFixed(2)} to ${toZ.toFixed(2)}`

/** Runs `work` on every item, `limit` at a time; the results in the items' order. */
async function inParallel<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = []
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await work(items[i])
    }
  }
  await Promise.all(Array.from({ length: limit }, worker))
  return results
}

const started = performance.now()
const kits: PresetKit[] = []
const models = new ModelStore()
for (const preset of presetNames())
  kits.push({ preset, kit: await makeKit(parseSpec(readPreset(preset), `preset ${preset}`), { models }) })

const variants: PresetKit[] = []
for (const { preset, sets } of VARIANTS) {
  const spec = parseSpec(applyOverrides(readPreset(preset), [...sets]), `preset ${preset} with ${sets.join(' ')}`)
  variants.push({ preset: `${preset} (${sets.join(' ')})`, kit: await makeKit(spec, { models }) })
}

const distinct = new Map<string, Distinct>()
for (const { preset, kit } of [...kits, ...variants]) {
  for (const part of kit.parts) {
    const key = `${part.sha256} ${kit.spec.material}`
    const seen = distinct.get(key) ?? { part, material: kit.spec.material, presets: [] }
    seen.presets.push(preset)
    distinct.set(key, seen)
  }
}

const [slicer, admesh] = await Promise.all([slicerVersion(), admeshVersion()]).catch((error: Error) => {
  console.error(error.message)
  process.exit(1)
})
const parts = [...distinct.values()]
console.error(
  `${slicer}, ${admesh}: checking and slicing ${parts.length} distinct printed parts of ${kits.length} presets`,
)
const work = mkdtempSync(join(tmpdir(), 'd3dkit-print-'))
let done = 0
const checked = await inParallel(parts, PARALLEL, async (part) => {
  const result = await checkPart(part, work)
  const outcome = result.record ? formatDuration(result.record.printTimeS) : 'FAILED'
  const support = result.support ? ', NEEDS SUPPORT' : ''
  console.error(`[${++done}/${parts.length}] ${part.part.part.name}: ${outcome}${support}`)
  return result
}).finally(() => rmSync(work, { recursive: true, force: true }))

const where = ({ part, material, presets }: Distinct) =>
  `${part.part.name} (${material}, STL sha256 ${part.sha256.slice(0, 12)}, in ${presets.join(', ')})`
const failures = checked.flatMap((result, i) => result.problems.map((problem) => `${where(parts[i])}: ${problem}`))
// A part that needs support fails the check unless it is a known one, but its estimates are still
// right to write; a known one that no longer needs support fails it too (the list only shrinks).
const needSupport = checked.flatMap(({ support }, i) =>
  support && !mayNeedSupport(parts[i].part.part.name) ? [`${where(parts[i])}: ${supportProblem(support)}`] : [],
)
for (const [i, { support }] of checked.entries())
  if (support && mayNeedSupport(parts[i].part.part.name))
    console.error(`known: ${where(parts[i])}: ${supportProblem(support)} (check/known-supports.ts)`)
const needingSupport = new Set(checked.flatMap(({ support }, i) => (support ? [parts[i].part.part.name] : [])))
needSupport.push(...curedParts(needingSupport))
const materials = Object.fromEntries(parts.map(({ material }) => [material, materialSettings(material)]))
const fresh: PrintEstimates = {
  slicer,
  summary: settingsSummary(),
  settings: PRINT_SETTINGS,
  materials,
  parts: sortedRecords(checked.flatMap((result) => (result.record ? [result.record] : []))),
}

const report = kits.map((kit) => presetTable(kit, fresh.parts)).join('\n')
console.log(report)
mkdirSync(dirname(options.report), { recursive: true })
writeFileSync(options.report, `# Print estimates\n\n${slicer}: ${fresh.summary}.\n\n${report}`)

const { stale, notes } = compareEstimates(PRINT_ESTIMATES, fresh)
for (const note of notes) console.error(`note: ${note}`)
for (const failure of [...failures, ...needSupport]) console.error(`FAILED ${failure}`)
if (failures.length === 0 && options.write) {
  const written = estimatesToWrite(PRINT_ESTIMATES, fresh)
  writeFileSync(join(ROOT, PRINT_ESTIMATES_FILE), `${JSON.stringify(written, null, 2)}\n`)
  const readme = join(ROOT, 'README.md')
  writeFileSync(readme, withReadmeTotals(readFileSync(readme, 'utf8'), readmeTotals(kits, written)))
  console.error(`wrote ${PRINT_ESTIMATES_FILE} and the README's totals`)
} else if (options.write) {
  console.error(`${PRINT_ESTIMATES_FILE} not written: ${failures.length} problems`)
} else {
  for (const problem of stale) console.error(`OUT OF DATE ${PRINT_ESTIMATES_FILE}: ${problem}`)
  if (stale.length > 0) console.error(`run ${UPDATE_PRINT_ESTIMATES} and commit the result`)
}
const seconds = ((performance.now() - started) / 1000).toFixed(0)
console.error(`${parts.length} parts in ${seconds} s; report in ${options.report}`)
process.exitCode = failures.length + needSupport.length > 0 || (!options.write && stale.length > 0) ? 1 : 0
