import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { kitFiles } from '../export/files.js'
import { folderName } from '../export/folder-name.js'
import { type Kit, makeKit } from '../export/kit.js'
import { type Table, toCsv, toMarkdown, toRecords } from '../export/table.js'
import { computeLayout } from '../layout/index.js'
import { InputError } from '../spec/errors.js'
import { applyOverrides } from '../spec/overrides.js'
import { parseSpec } from '../spec/parse.js'
import { DEFAULT_PRESET, presetNames, readJson, readPreset } from '../spec/presets.js'
import type { Spec } from '../spec/schema.js'
import { formatMm } from '../spec/units.js'
import { HELP } from './help.js'
import { writeOutput } from './output.js'

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

const ALLOWED: Record<string, readonly (keyof typeof OPTIONS)[]> = {
  build: ['preset', 'spec', 'set', 'out', 'force', 'help'],
  presets: ['help'],
  validate: ['set', 'help'],
  cutlist: ['preset', 'spec', 'set', 'format', 'help'],
  bom: ['preset', 'spec', 'set', 'format', 'help'],
}

async function run(argv: readonly string[], io: Io): Promise<void> {
  const [command, ...rest] = argv
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(`${HELP[rest[0] ?? ''] ?? HELP.main}\n`)
    return
  }
  if (command === '--version') {
    io.out(`${VERSION}\n`)
    return
  }
  if (!(command in ALLOWED))
    throw new InputError(
      `unknown command ${JSON.stringify(command)}; commands: ${Object.keys(ALLOWED).join(', ')} (d3dkit --help)`,
    )
  const { values, positionals } = parseOptions(rest, command)
  if (values.help) {
    io.out(`${HELP[command]}\n`)
    return
  }
  const expected = command === 'validate' ? 1 : 0
  if (positionals.length !== expected) {
    throw new InputError(
      expected
        ? `validate: give one spec file, e.g. d3dkit validate my-printer.json`
        : `${command}: unexpected argument ${JSON.stringify(positionals[0])} (d3dkit ${command} --help)`,
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

function parseOptions(args: readonly string[], command: string): { values: Options; positionals: string[] } {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; args: string[] }>>
  try {
    parsed = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    throw new InputError(`${command}: ${(error as Error).message} (d3dkit ${command} --help)`)
  }
  const values = parsed.values as Options
  for (const key of Object.keys(values)) {
    if (!ALLOWED[command].includes(key as keyof typeof OPTIONS)) {
      throw new InputError(`${command}: option --${key} does not apply here (d3dkit ${command} --help)`)
    }
  }
  if (values.preset !== undefined && values.spec !== undefined)
    throw new InputError(`${command}: give --preset or --spec, not both`)
  if (values.format !== undefined && !['csv', 'md', 'json'].includes(values.format)) {
    throw new InputError(`--format: ${JSON.stringify(values.format)} is not a format; allowed: csv, md, json`)
  }
  return { values, positionals: parsed.positionals }
}

/** The spec from --preset or --spec (default preset otherwise), with --set applied. */
function loadSpec(values: Options): { spec: Spec; label: string } {
  const label =
    values.spec !== undefined ? basename(values.spec).replace(/\.json$/i, '') : (values.preset ?? DEFAULT_PRESET)
  const raw = values.spec !== undefined ? readJson(values.spec) : readPreset(label)
  const source = values.spec ?? `preset ${label}`
  return { spec: parseSpec(applyOverrides(raw, values.set ?? []), source), label }
}

const mm3 = (s: { x: number; y: number; z: number }) => `${formatMm(s.x)} x ${formatMm(s.y)} x ${formatMm(s.z)} mm`

function listPresets(io: Io): void {
  for (const name of presetNames()) {
    const spec = parseSpec(readPreset(name), `preset ${name}`)
    const layout = computeLayout(spec)
    io.out(
      `${name.padEnd(14)} ${spec.frame.style} frame ${mm3(layout.frame.outer)}, builds ${mm3(layout.buildVolume.reached)}, ${spec.zAxes} Z axes\n`,
    )
  }
}

function validate(file: string, values: Options, io: Io): void {
  const spec = parseSpec(applyOverrides(readJson(file), values.set ?? []), file)
  const layout = computeLayout(spec)
  io.out(`${file}: valid\n`)
  io.out(`  frame: ${spec.frame.style}, outer ${mm3(layout.frame.outer)}\n`)
  io.out(`  build volume reached: ${mm3(layout.buildVolume.reached)}\n`)
  for (const axis of layout.axes)
    io.out(
      `  ${axis.name.padEnd(14)} rods ${formatMm(axis.rodLength)} mm, travel ${formatMm(axis.travel)} mm, belt ${formatMm(axis.beltLength)} mm\n`,
    )
}

async function kitFor(values: Options, io: Io): Promise<{ kit: Kit; label: string }> {
  const { spec, label } = loadSpec(values)
  const kit = await makeKit(spec, {
    onPart: io.progress ? (i, total, name) => io.err(`\r\x1b[2K[${i + 1}/${total}] modelling ${name}`) : undefined,
  })
  if (io.progress) io.err('\r\x1b[2K')
  return { kit, label }
}

async function build(values: Options, io: Io): Promise<void> {
  const { kit, label } = await kitFor(values, io)
  const dir = values.out ?? `out/${folderName(label)}`
  const files = kitFiles(kit, VERSION)
  writeOutput(dir, files, values.force ?? false)
  const printed = kit.parts.reduce((n, p) => n + p.count, 0)
  io.out(`wrote ${dir}: ${kit.parts.length} STL files (${printed} printed parts), cutlist, bom, manifest\n`)
  io.out(`build volume reached: ${mm3(kit.layout.buildVolume.reached)}\n`)
}

async function printTable(which: 'cutlist' | 'bom', values: Options, io: Io): Promise<void> {
  const { kit } = await kitFor(values, io)
  const table: Table = kit[which]
  const format = values.format ?? 'md'
  if (format === 'csv') io.out(toCsv(table))
  else if (format === 'json') io.out(`${JSON.stringify(toRecords(table), null, 2)}\n`)
  else io.out(toMarkdown(table, which === 'bom' ? 'Bill of materials' : 'Cut list'))
}
