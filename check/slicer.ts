import { readFile } from 'node:fs/promises'
import { FILAMENT_DENSITY } from '../src/index.js'
import { runTool } from './tool.js'

const SLICER = 'prusa-slicer'

/** The printer that prints the parts: a 200 x 200 mm bed, 200 mm of height. */
export const BED_MM = 200

/**
 * Settings for functional parts, as PrusaSlicer command-line flags. Speeds, accelerations,
 * cooling and the one-loop skirt are PrusaSlicer's defaults; no supports (the parts are modelled
 * to print without) and no brim.
 */
export const PRINT_SETTINGS: Readonly<Record<string, string | number>> = {
  'bed-shape': `0x0,${BED_MM}x0,${BED_MM}x${BED_MM},0x${BED_MM}`,
  'max-print-height': BED_MM,
  center: `${BED_MM / 2},${BED_MM / 2}`,
  'nozzle-diameter': 0.4,
  'filament-diameter': 1.75,
  'layer-height': 0.2,
  'first-layer-height': 0.2,
  perimeters: 3,
  'top-solid-layers': 5,
  'bottom-solid-layers': 5,
  'fill-density': '30%',
  'fill-pattern': 'gyroid',
}

/** Nozzle and bed temperatures, °C: they go into the G-code, not into the estimates. */
const TEMPERATURES: Record<string, { nozzle: number; bed: number }> = {
  PLA: { nozzle: 210, bed: 60 },
  PETG: { nozzle: 240, bed: 80 },
  ABS: { nozzle: 250, bed: 100 },
  ASA: { nozzle: 260, bed: 100 },
}

/** The filament flags; the density is the manifest's, so the slicer's grams use it too. */
export function materialSettings(material: string): Record<string, string | number> {
  const { nozzle, bed } = TEMPERATURES[material]
  return {
    'filament-type': material,
    'filament-density': FILAMENT_DENSITY[material],
    temperature: nozzle,
    'first-layer-temperature': nozzle,
    'bed-temperature': bed,
    'first-layer-bed-temperature': bed,
  }
}

/**
 * The estimates' settings with PrusaSlicer's automatic supports on: a part that gets any
 * support under them needs it (the parts are modelled to print without).
 */
export const SUPPORT_PROBE: Settings = {
  ...PRINT_SETTINGS,
  'support-material': true,
  'support-material-auto': true,
}

/** One line for people: what the estimates assume. */
export function settingsSummary(): string {
  const s = PRINT_SETTINGS
  return (
    `${s['nozzle-diameter']} mm nozzle, ${s['layer-height']} mm layers, ${s.perimeters} perimeters, ` +
    `${s['top-solid-layers']} top and ${s['bottom-solid-layers']} bottom layers, ${String(s['fill-density']).replace('%', ' %')} ${s['fill-pattern']} infill, ` +
    `no supports, ${s['filament-diameter']} mm filament, PrusaSlicer's default speeds and accelerations`
  )
}

type Settings = Readonly<Record<string, string | number | boolean>>

/** Settings as flags; a switch (true) is the bare flag. */
const flags = (settings: Settings) =>
  Object.entries(settings).flatMap(([key, value]) => (value === true ? [`--${key}`] : [`--${key}`, String(value)]))

/** "PrusaSlicer 2.5.0", from the first line of its help. */
export async function slicerVersion(): Promise<string> {
  const version = /^PrusaSlicer-([\d.]+)/m.exec(await runTool(SLICER, ['--help']))?.[1]
  if (!version) throw new Error(`${SLICER} --help names no version`)
  return `PrusaSlicer ${version}`
}

/** PrusaSlicer's own lines, without its timestamps, trace lines and progress. */
function slicerMessages(output: string): string {
  return output
    .split('\n')
    .map((line) => line.replace(/^\[[^\]]*\] \[[^\]]*\] \[(\w+)\]\s+/, '$1: ').trim())
    .filter((line) => line && !line.startsWith('trace:') && !/^\d+ => /.test(line))
    .join('; ')
}

const slicer = (args: string[]) => runTool(SLICER, args, slicerMessages)

/** What PrusaSlicer's mesh check (--info) lists only when it had to repair the mesh. */
const REPAIRS = [
  'open_edges',
  'edges_fixed',
  'degenerate_facets',
  'facets_removed',
  'facets_added',
  'facets_reversed',
  'backwards_edges',
]

/** Problems PrusaSlicer finds in the mesh: not manifold, repairs, more than one part, too big. */
export async function meshProblems(stl: string): Promise<string[]> {
  const info = Object.fromEntries(
    [...(await slicer(['--info', stl])).matchAll(/^(\w+) = +(\S+)$/gm)].map((m) => [m[1], m[2]]),
  )
  const problems: string[] = []
  if (info.manifold !== 'yes') problems.push(`PrusaSlicer: manifold = ${info.manifold ?? '(not reported)'}`)
  for (const key of REPAIRS) if (key in info) problems.push(`PrusaSlicer repaired it: ${key} = ${info[key]}`)
  if (info.number_of_parts !== '1') problems.push(`PrusaSlicer: number_of_parts = ${info.number_of_parts}`)
  return problems
}

export interface SliceResult {
  readonly printTimeS: number
  readonly filamentGrams: number
  readonly filamentMm: number
}

/** Slices one STL for the material; throws naming what went wrong. */
export async function slice(stl: string, gcode: string, material: string): Promise<SliceResult> {
  return readGcode(await sliceWith(PRINT_SETTINGS, stl, gcode, material))
}

/** Slices one STL with automatic supports on: the support it gets, if any. */
export async function supportNeeded(stl: string, gcode: string, material: string): Promise<Support | undefined> {
  return readSupport(await sliceWith(SUPPORT_PROBE, stl, gcode, material))
}

async function sliceWith(settings: Settings, stl: string, gcode: string, material: string) {
  await slicer([
    '--export-gcode',
    '--loglevel',
    '1',
    ...flags(settings),
    ...flags(materialSettings(material)),
    '--output',
    gcode,
    stl,
  ])
  return readFile(gcode, 'utf8')
}

export interface Support {
  /** Filament laid as support and support interface, mm, and its share of all the part's. */
  readonly filamentMm: number
  readonly share: number
  /** The heights of its lowest and highest layers. */
  readonly fromZ: number
  readonly toZ: number
}

/** The extrusion roles PrusaSlicer names support with (its ";TYPE:" comments). */
const SUPPORT_ROLES = new Set(['Support material', 'Support material interface'])

/**
 * The support in a G-code (absolute E, reset by G92): filament extruded in moves under a
 * support role, or undefined when there is none.
 */
export function readSupport(text: string): Support | undefined {
  let role = ''
  let e = 0
  let z = 0
  let total = 0
  let support = 0
  let fromZ = Infinity
  let toZ = -Infinity
  for (const line of text.split('\n')) {
    if (line.startsWith(';TYPE:')) role = line.slice(6).trim()
    else if (line.startsWith('G92')) e = Number(/E(-?[\d.]+)/.exec(line)?.[1] ?? e)
    else if (/^G[01] /.test(line)) {
      const words = Object.fromEntries(
        [...line.split(';')[0].matchAll(/ ([XYZE])(-?[\d.]+)/g)].map((m) => [m[1], Number(m[2])]),
      )
      z = words.Z ?? z
      if (words.E === undefined) continue
      const laid = words.E - e
      e = words.E
      // Only moves that travel lay filament; E alone is a retraction or its undoing.
      if (laid <= 0 || (words.X === undefined && words.Y === undefined)) continue
      total += laid
      if (!SUPPORT_ROLES.has(role)) continue
      support += laid
      fromZ = Math.min(fromZ, z)
      toZ = Math.max(toZ, z)
    }
  }
  if (support === 0) return undefined
  return { filamentMm: support, share: support / total, fromZ, toZ }
}

/** The estimates in the G-code's closing comments, after checking that every move is on the bed. */
export function readGcode(text: string): SliceResult {
  const comment = (label: string) => new RegExp(`^; ${label} = (.+)$`, 'm').exec(text)?.[1]
  const time = comment('estimated printing time \\(normal mode\\)')
  const grams = comment('filament used \\[g\\]')
  const mm = comment('filament used \\[mm\\]')
  if (!time || !grams || !mm) throw new Error('the G-code has no print time or filament estimate (nothing sliced?)')
  const outside = movesOffTheBed(text)
  if (outside) throw new Error(`the G-code leaves the ${BED_MM} x ${BED_MM} x ${BED_MM} mm print volume: ${outside}`)
  return { printTimeS: parseDuration(time), filamentGrams: Number(grams), filamentMm: Number(mm) }
}

/** "1d 2h 3m 4s" (any of the parts) in seconds. */
export function parseDuration(text: string): number {
  const units: Record<string, number> = { d: 86400, h: 3600, m: 60, s: 1 }
  const parts = [...text.matchAll(/(\d+)([dhms])/g)]
  if (parts.length === 0) throw new Error(`cannot read the print time ${JSON.stringify(text)}`)
  return parts.reduce((sum, [, n, unit]) => sum + Number(n) * units[unit], 0)
}

/** The first G0/G1 move that leaves the print volume, or undefined. */
function movesOffTheBed(text: string): string | undefined {
  const tolerance = 1e-3
  for (const [move, args] of text.matchAll(/^G[01] ([^;\n]*)/gm)) {
    for (const [, , value] of args.matchAll(/([XYZ])(-?[\d.]+)/g)) {
      if (Number(value) < -tolerance || Number(value) > BED_MM + tolerance) return move.trim()
    }
  }
  return undefined
}
