import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import {
  axisList,
  checkSummary,
  clip,
  DEFAULT_PRESET,
  folderName,
  formatMm,
  InputError,
  jsonDepth,
  type Kit,
  layoutOf,
  MAX_SPEC_BYTES,
  MAX_SPEC_DEPTH,
  makeKit,
  overrideSpec,
  parseSpec,
  quote,
  type Spec,
  setLabel,
  type Table,
  toCsv,
  toMarkdown,
  toRecords,
} from '../index.js'
import { buildFiles, presetNames, readPreset, readSpecFile } from '../node.js'
import { HELP } from './help.js'
import { outputTarget } from './output/target.js'
import { Interrupted, writeOutput } from './output.js'

const VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version

interface Io {
  readonly out: (text: string) => void
  readonly err: (text: string) => void
  readonly progress: boolean
}

const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  progress: Boolean(process.stderr.isTTY),
}

/** Runs the CLI; returns the exit code: 0 done, 2 bad input, 1 anything else. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  try {
    await run(argv, io)
    return 0
  } catch (error) {
    if (error instanceof InputError) {
      for (const problem of error.problems) io.err(`d3dkit: ${problem}\n`)
      return 2
    }
    if (error instanceof Interrupted) {
      io.err(`d3dkit: ${error.message}\n`)
      return error.exitCode
    }
    io.err(`d3dkit: internal error: ${(error as Error).message}\n`)
    if (process.env.D3DKIT_DEBUG) io.err(`${(error as Error).stack}\n`)
    return 1
  }
}

const OPTIONS = {
  preset: { type: 'string' },
  spec: { type: 'string' },
  set: { type: 'string', multiple: true },
  out: { type: 'string' },
  force: { type: 'boolean' },
  'no-guide': { type: 'boolean' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

type Options = {
  [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K] extends { multiple: true }
    ? string[]
    : (typeof OPTIONS)[K]['type'] extends 'boolean'
      ? boolean
      : string
}

/** The commands and the options each takes; a Map, so that no inherited name is a command. */
const ALLOWED: ReadonlyMap<string, readonly (keyof typeof OPTIONS)[]> = new Map([
  ['build', ['preset', 'spec', 'set', 'out', 'force', 'no-guide', 'help']],
  ['presets', ['help']],
  ['validate', ['set', 'help']],
  ['cutlist', ['preset', 'spec', 'set', 'format', 'help']],
  ['bom', ['preset', 'spec', 'set', 'format', 'help']],
])

const unknownCommand = (command: string) =>
  new InputError(`unknown command ${quote(command)}; commands: ${[...ALLOWED.keys()].join(', ')} (d3dkit --help)`)

/** A command's help, or the overview without one. */
function helpFor(command: string | undefined): string {
  if (command === undefined) return HELP.main
  if (!ALLOWED.has(command)) throw unknownCommand(command)
  return HELP[command]
}

async function run(argv: readonly string[], io: Io): Promise<void> {
  const [command, ...rest] = argv
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    if (rest.length > 1) throw new InputError(`help: give at most one command, e.g. d3dkit help build`)
    io.out(`${helpFor(rest[0])}\n`)
    return
  }
  if (command === '--version') {
    if (rest.length > 0) throw new InputError(`--version: unexpected argument ${quote(rest[0])}`)
    io.out(`${VERSION}\n`)
    return
  }
  const allowed = ALLOWED.get(command)
  if (allowed === undefined) throw unknownCommand(command)
  const { values, positionals } = parseOptions(rest, command, allowed)
  if (values.help) {
    io.out(`${helpFor(command)}\n`)
    return
  }
  const expected = command === 'validate' ? 1 : 0
  if (positionals.length !== expected) {
    throw new InputError(
      expected
        ? `validate: give one spec file, e.g. d3dkit validate my-printer.json`
        : `${command}: unexpected argument ${quote(positionals[0])} (d3dkit ${command} --help)`,
    )
  }
  switch (command) {
    case 'presets':
      return listPresets(io)
    case 'validate':
      return validate(positionals[0], values, io)
    case 'build':
      return build(values, io)
    default:
      return printTable(command as 'cutlist' | 'bom', values, io)
  }
}

function parseOptions(
  args: readonly string[],
  command: string,
  allowed: readonly (keyof typeof OPTIONS)[],
): { values: Options; positionals: string[] } {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; args: string[] }>>
  try {
    parsed = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    throw new InputError(`${command}: ${clip((error as Error).message)} (d3dkit ${command} --help)`)
  }
  const values = parsed.values as Options
  for (const key of Object.keys(values)) {
    if (!allowed.includes(key as keyof typeof OPTIONS)) {
      throw new InputError(`${command}: option --${key} does not apply here (d3dkit ${command} --help)`)
    }
  }
  if (values.preset !== undefined && values.spec !== undefined)
    throw new InputError(`${command}: give --preset or --spec, not both`)
  if (values.format !== undefined && !['csv', 'md', 'json'].includes(values.format)) {
    throw new InputError(`--format: ${quote(values.format)} is not a format; allowed: csv, md, json`)
  }
  for (const assignment of values.set ?? []) checkSetSize(assignment)
  return { values, positionals: parsed.positionals }
}

/** A --set value is spec text too: the same limits as a spec file, before it is parsed. */
function checkSetSize(assignment: string): void {
  const label = setLabel(assignment)
  if (assignment.length > MAX_SPEC_BYTES)
    throw new InputError(`${label}: longer than a spec may be (${MAX_SPEC_BYTES} bytes)`)
  if (jsonDepth(assignment) > MAX_SPEC_DEPTH)
    throw new InputError(`${label}: nested more than ${MAX_SPEC_DEPTH} deep; a spec nests 3 deep`)
}

/** The spec from --preset or --spec (default preset otherwise), with --set applied. */
function loadSpec(values: Options): { spec: Spec; label: string } {
  const label =
    values.spec !== undefined ? basename(values.spec).replace(/\.json$/i, '') : (values.preset ?? DEFAULT_PRESET)
  const raw = values.spec !== undefined ? readSpecFile(values.spec) : readPreset(label)
  const source = values.spec ?? `preset ${label}`
  const { spec, setBy } = overrideSpec(raw, values.set ?? [])
  return { spec: parseSpec(spec, source, { setBy }), label }
}

const mm3 = (s: { x: number; y: number; z: number }) => `${formatMm(s.x)} x ${formatMm(s.y)} x ${formatMm(s.z)} mm`

function listPresets(io: Io): void {
  for (const name of presetNames()) {
    const spec = parseSpec(readPreset(name), `preset ${name}`)
    const layout = layoutOf(spec)
    io.out(
      `${name.padEnd(14)} ${spec.frame.style} frame ${mm3(layout.frame.outer)}, builds ${mm3(layout.buildVolume.reached)}, ${spec.zAxes} Z axes\n`,
    )
  }
}

/** Runs every check that build runs, modelling every part, and writes nothing. */
async function validate(file: string, values: Options, io: Io): Promise<void> {
  const overridden = overrideSpec(readSpecFile(file), values.set ?? [])
  const spec = parseSpec(overridden.spec, file, { setBy: overridden.setBy })
  const { layout, checks } = await modelKit(spec, io)
  io.out(`${file}: valid\n`)
  io.out(`  frame: ${spec.frame.style}, outer ${mm3(layout.frame.outer)}\n`)
  io.out(`  build volume reached: ${mm3(layout.buildVolume.reached)}\n`)
  for (const axis of axisList(layout.axes))
    io.out(
      `  ${axis.name.padEnd(14)} rods ${formatMm(axis.rodLength)} mm, travel ${formatMm(axis.travel)} mm, belt ${formatMm(axis.beltLength)} mm\n`,
    )
  io.out(`${checkSummary(checks)}\n`)
}

async function modelKit(spec: Spec, io: Io): Promise<Kit> {
  const kit = await makeKit(spec, {
    onPart: io.progress ? (i, total, name) => io.err(`\r\x1b[2K[${i + 1}/${total}] modelling ${name}`) : undefined,
  })
  if (io.progress) io.err('\r\x1b[2K')
  return kit
}

/** What a build writes besides its parts and lists, by a file that shows it is there. */
const WRITTEN_IF: readonly (readonly [string, string])[] = [
  ['firmware/klipper/printer.cfg', 'firmware (Klipper, Marlin)'],
  ['wiring.csv', 'wiring'],
  ['safety.md', 'safety'],
  ['templates/a4.html', 'drilling templates'],
  ['guide/index.html', 'build guide'],
]

async function build(values: Options, io: Io): Promise<void> {
  const { spec, label } = loadSpec(values)
  const dir = values.out ?? `out/${folderName(label)}`
  outputTarget(dir) // a folder no build may use is refused before the parts are modelled
  const kit = await modelKit(spec, io)
  const guide = !values['no-guide']
  const files = await buildFiles(kit, VERSION, { guide })
  await writeOutput(dir, files, values.force ?? false)
  const printed = kit.parts.reduce((n, p) => n + p.count, 0)
  const written = [
    'cutlist',
    'bom',
    'manifest',
    'report',
    ...WRITTEN_IF.filter(([path]) => files.has(path)).map(([, what]) => what),
  ]
  io.out(`wrote ${dir}: ${kit.parts.length} STL files (${printed} printed parts), ${written.join(', ')}\n`)
  io.out(`build volume reached: ${mm3(kit.layout.buildVolume.reached)}\n`)
  io.out(`${checkSummary(kit.checks)}\n`)
}

async function printTable(which: 'cutlist' | 'bom', values: Options, io: Io): Promise<void> {
  const kit = await modelKit(loadSpec(values).spec, io)
  const table: Table = kit[which]
  const format = values.format ?? 'md'
  if (format === 'csv') io.out(toCsv(table))
  else if (format === 'json') io.out(`${JSON.stringify(toRecords(table), null, 2)}\n`)
  else io.out(toMarkdown(table, which === 'bom' ? 'Bill of materials' : 'Cut list'))
}
