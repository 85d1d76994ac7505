// `npm run check:print [-- --write]`: builds every preset, checks each distinct printed STL with
// admesh and PrusaSlicer, slices it, and reports print time and filament per preset. It fails on a
// part that needs repair or does not slice, and on committed estimates whose geometry is out of
// date; --write rewrites them (src/export/print-estimates.json) and the README's totals.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import {
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
import { compareEstimates, estimatesToWrite, sortedRecords } from './records.js'
import { type PresetKit, presetTable, readmeTotals, withReadmeTotals } from './report.js'
import { materialSettings, meshProblems, PRINT_SETTINGS, settingsSummary, slice, slicerVersion } from './slicer.js'

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

type Checked = { readonly record: PrintRecord } | { readonly problems: string[] }

async function checkPart({ part, material }: Distinct, dir: string): Promise<Checked> {
  const { name } = part.part
  const base = join(dir, `${name}-${part.sha256.slice(0, 12)}-${material}`)
  try {
    await writeFile(`${base}.stl`, part.stl)
    const problems = [...(await admeshProblems(`${base}.stl`)), ...(await meshProblems(`${base}.stl`))]
    if (problems.length > 0) return { problems }
    const result = await slice(`${base}.stl`, `${base}.gcode`, material)
    return { record: { name, sha256: part.sha256, material, ...result } }
  } catch (error) {
    return { problems: [(error as Error).message] }
  }
}

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

const distinct = new Map<string, Distinct>()
for (const { preset, kit } of kits) {
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
  const outcome = 'record' in result ? formatDuration(result.record.printTimeS) : 'FAILED'
  console.error(`[${++done}/${parts.length}] ${part.part.part.name}: ${outcome}`)
  return result
}).finally(() => rmSync(work, { recursive: true, force: true }))

const failures = checked.flatMap((result, i) => {
  if (!('problems' in result)) return []
  const { part, material, presets } = parts[i]
  const where = `${part.part.name} (${material}, STL sha256 ${part.sha256.slice(0, 12)}, in ${presets.join(', ')})`
  return result.problems.map((problem) => `${where}: ${problem}`)
})
const materials = Object.fromEntries(parts.map(({ material }) => [material, materialSettings(material)]))
const fresh: PrintEstimates = {
  slicer,
  summary: settingsSummary(),
  settings: PRINT_SETTINGS,
  materials,
  parts: sortedRecords(checked.flatMap((result) => ('record' in result ? [result.record] : []))),
}

const report = kits.map((kit) => presetTable(kit, fresh.parts)).join('\n')
console.log(report)
mkdirSync(dirname(options.report), { recursive: true })
writeFileSync(options.report, `# Print estimates\n\n${slicer}: ${fresh.summary}.\n\n${report}`)

const { stale, notes } = compareEstimates(PRINT_ESTIMATES, fresh)
for (const note of notes) console.error(`note: ${note}`)
for (const failure of failures) console.error(`FAILED ${failure}`)
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
process.exitCode = failures.length > 0 || (!options.write && stale.length > 0) ? 1 : 0
