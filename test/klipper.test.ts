// Klipper itself reads every generated printer.cfg, for both controllers: its host software
// (klippy, batch mode, against the data dictionary of the real STM32F446 or ATmega2560 firmware)
// must accept the config and run G-code that homes, levels where the config can, probes a mesh,
// moves to every corner of the reached build volume and of the travel limits, heats and extrudes;
// and it must refuse a pin used twice and a move past a limit.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AXIS_CONTRACT } from '../modules/axis/contract.js'
import { layoutOf } from '../src/assembly/index.js'
import { BOARDS } from '../src/export/klipper/boards.js'
import { printerCfg } from '../src/export/klipper/index.js'
import { OCTOPUS_V11 } from '../src/export/klipper/octopus.js'
import { RAMPS_14 } from '../src/export/klipper/ramps.js'
import type { Layout } from '../src/layout/index.js'
import { InputError } from '../src/spec/errors.js'
import { parseSpec } from '../src/spec/parse.js'
import { presetNames } from '../src/spec/presets.js'
import type { Spec } from '../src/spec/schema.js'
import { ROOT, tempDir } from './helpers.js'
import { machineOf } from './machines.js'
import { anySpec } from './properties/arbitraries.js'
import { runs } from './properties/runs.js'

/** Klipper's check, beside the repository (CI checks the repository out next to `shared`). */
const TOOL = resolve(ROOT, '../shared/tools/klipper')
const CHECK = join(TOOL, 'check-printer-cfg')

function toolPresent(): void {
  if (!existsSync(CHECK))
    throw new Error(
      `Klipper's config check is missing: expected ${CHECK} (the shared tools beside the repository; see its README for the Debian packages it needs)`,
    )
}

const cfgFor = (spec: Spec, layout: Layout) =>
  printerCfg({
    spec,
    layout,
    carriageLength: AXIS_CONTRACT.carriageLength,
    carriageLoadFace: AXIS_CONTRACT.carriageLoadFace,
    zHeldUnpowered: false,
  })
const cfgOf = (preset: string, sets: string[] = []) => {
  const { spec, layout } = machineOf(preset, sets)
  return { layout, cfg: cfgFor(spec, layout), dict: DICTS[spec.controller] }
}

/** The data dictionary of each controller's firmware (the check's DICT). */
const DICTS: Readonly<Record<Spec['controller'], string>> = { octopus: 'stm32f446', ramps: 'atmega2560' }

/** The numbers of `key` in a section of the config. */
function valuesOf(cfg: string, section: string, key: string): number[] {
  const body = cfg.split(`\n[${section}]\n`)[1]?.split('\n[')[0] ?? ''
  const line = body.split('\n').find((l) => l.startsWith(`${key}:`))
  if (!line) throw new Error(`no ${key} in [${section}]`)
  return line
    .replace(/#.*/, '')
    .slice(key.length + 1)
    .split(',')
    .map(Number)
}

const mid = ([low, high]: readonly number[]) => (low + high) / 2
const corners = (x: readonly number[], y: readonly number[], z: readonly number[]) =>
  x.flatMap((cx) => y.flatMap((cy) => z.map((cz) => `G1 X${cx} Y${cy} Z${cz} F6000`)))

/** G-code over the whole machine: home, the travel limits' corners, each tool over the reached volume's corners, level, mesh, heat, extrude. */
function exercise(cfg: string, layout: Layout): string {
  const limits = (s: string) => [valuesOf(cfg, s, 'position_min')[0], valuesOf(cfg, s, 'position_max')[0]]
  const { printable } = layout.bed
  const reached = corners(printable.x, printable.y, [0, layout.buildVolume.reached.z])
  const tools = Array.from({ length: layout.tools }, (_, i) => i)
  return [
    'G28',
    'G90',
    ...corners(limits('stepper_x'), limits('stepper_y'), limits('stepper_z')),
    ...tools.flatMap((t) => (layout.tools > 1 ? [`T${t}`, ...reached] : reached)),
    ...(layout.tools > 1 ? ['T0'] : []),
    ...(cfg.includes('\n[z_tilt]\n') ? ['Z_TILT_ADJUST', 'G28 Z'] : []),
    'BED_MESH_CALIBRATE',
    'BED_MESH_CLEAR',
    'M140 S80',
    // Each tool heats and extrudes over the middle of the reached volume.
    ...tools.flatMap((t) => [
      ...(layout.tools > 1 ? [`T${t}`] : []),
      'M104 S240',
      'G92 E0',
      `G1 X${mid(printable.x)} Y${mid(printable.y)} Z${layout.buildVolume.reached.z / 2} E5 F1200`,
    ]),
    'M400',
    '',
  ].join('\n')
}

function check(cfg: string, gcode: string, dict: string): { code: number; out: string } {
  const dir = tempDir()
  writeFileSync(join(dir, 'printer.cfg'), cfg)
  writeFileSync(join(dir, 'moves.gcode'), gcode)
  const run = spawnSync(CHECK, [join(dir, 'printer.cfg'), join(dir, 'moves.gcode')], {
    encoding: 'utf8',
    timeout: 240_000,
    env: { ...process.env, DICT: dict },
  })
  return { code: run.status ?? -1, out: `${run.stdout}${run.stderr}` }
}

/** Every preset on each board (the RAMPS's with 2 Z axes where the preset has 4), 4 Z and 2 tools on the Octopus. */
const MACHINES: [string, string[]][] = [
  ...presetNames().map((p): [string, string[]] => [p, []]),
  ...presetNames().map((p): [string, string[]] => [
    p,
    ['controller=ramps', ...(machineOf(p).layout.axes.z.rear.length > 1 ? ['zAxes=2'] : [])],
  ]),
  ['d3d-18in', ['zAxes=4']],
  ['d3d-12in', ['tools=2']],
]

describe("Klipper's own check of printer.cfg", () => {
  it.each(MACHINES)('accepts %s %j, homing, levelling, at every corner', { timeout: 240_000 }, (preset, sets) => {
    toolPresent()
    const { cfg, layout, dict } = cfgOf(preset, sets)
    const result = check(cfg, exercise(cfg, layout), dict)
    expect(result.out).toContain('ok: Klipper accepts')
    expect(result.code).toBe(0)
  })

  it('levels with z_tilt only where each Z motor has its own driver', () => {
    expect(cfgOf('d3d-12in').cfg).toContain('\n[z_tilt]\n')
    const ramps = cfgOf('d3d-12in', ['controller=ramps']).cfg
    expect(ramps).not.toContain('\n[z_tilt]\n')
    expect(ramps).not.toContain('\n[stepper_z1]\n')
  })

  it(
    'accepts the config of generated specs, or names the field when the board has too few sockets',
    { timeout: 900_000 },
    () => {
      toolPresent()
      fc.assert(
        fc.property(anySpec, fc.boolean(), (raw, ramps) => {
          const built = (() => {
            try {
              const spec = parseSpec(ramps ? { ...raw, controller: 'ramps' } : raw)
              return { spec, layout: layoutOf(spec) }
            } catch (error) {
              if (error instanceof InputError) return undefined
              throw error
            }
          })()
          fc.pre(built !== undefined)
          const { spec, layout } = built as { spec: Spec; layout: Layout }
          // Up to 2 m a side: Klipper simulates every step of the corner moves, about 10 s for the 1 m preset.
          fc.pre(Math.max(layout.frame.outer.x, layout.frame.outer.y, layout.frame.outer.z) <= 2000)
          const motors = layout.axes.z.front.length + layout.axes.z.rear.length + layout.tools + 3
          if (spec.controller === 'octopus' && motors > OCTOPUS_V11.sockets.length) {
            expect(() => cfgFor(spec, layout)).toThrow(/^tools: .* need 9 stepper drivers/)
            return
          }
          const cfg = cfgFor(spec, layout)
          const result = check(cfg, exercise(cfg, layout), DICTS[spec.controller])
          expect(result.out).toContain('ok: Klipper accepts')
        }),
        runs(4),
      )
    },
  )

  const BOTH: [string, string[]][] = [
    ['octopus', []],
    ['ramps', ['controller=ramps']],
  ]

  it.each(BOTH)('refuses a pin used twice (%s)', { timeout: 240_000 }, (board, sets) => {
    toolPresent()
    const { cfg, layout, dict } = cfgOf('d3d-12in', sets)
    const x = BOARDS[board as Spec['controller']].sockets[0].step
    const twice = cfg.replace(/(\[stepper_y1\]\nstep_pin: )\S+/, `$1${x}`)
    expect(twice).not.toBe(cfg)
    const result = check(twice, exercise(cfg, layout), dict)
    expect(result.code).not.toBe(0)
    expect(result.out).toContain(x)
  })

  it.each(BOTH)('refuses a move past a travel limit (%s)', { timeout: 240_000 }, (_, sets) => {
    toolPresent()
    const { cfg, layout, dict } = cfgOf('d3d-12in', sets)
    const beyond = valuesOf(cfg, 'stepper_x', 'position_max')[0] + 1
    const result = check(cfg, `${exercise(cfg, layout)}G1 X${beyond} F6000\nM400\n`, dict)
    expect(result.code).not.toBe(0)
    expect(result.out).toContain('Move out of range')
  })

  it("uses the pins of Klipper's own Octopus v1.1 map", () => {
    toolPresent()
    const map = readFileSync(join(TOOL, 'boards/generic-bigtreetech-octopus-v1.1.cfg'), 'utf8')
    // Each socket's block in the map: "# DriverN" up to the next "# Driver" heading.
    for (const [n, s] of OCTOPUS_V11.sockets.entries()) {
      const block = map.split(`# Driver${n}\n`)[1].split(/\n# Driver\d/)[0]
      for (const pin of [s.step, s.dir, s.enable]) expect(block, `Driver${n}`).toContain(`_pin: ${pin}`)
    }
    const uarts = [...map.matchAll(/#\[tmc2209 \w+\]\n#uart_pin: (\w+)/g)].map((m) => m[1])
    expect(OCTOPUS_V11.sockets.map((s) => s.uart)).toEqual(uarts)
    for (const pin of [
      ...OCTOPUS_V11.sockets.map((s) => s.diag),
      ...OCTOPUS_V11.hotEndHeaters,
      ...OCTOPUS_V11.hotEndThermistors,
      ...OCTOPUS_V11.fans,
      OCTOPUS_V11.bedHeater,
      OCTOPUS_V11.bedThermistor,
      OCTOPUS_V11.probe,
    ])
      expect(map).toMatch(new RegExp(`\\b${pin}\\b`))
  })

  it("uses the pins of Klipper's own RAMPS map, and free Mega pins for the jumpers", () => {
    toolPresent()
    const map = readFileSync(join(TOOL, 'boards/generic-ramps.cfg'), 'utf8')
    // Each socket's section in the map (E1's is the commented [extruder1]).
    const sectionOf = ['stepper_x', 'stepper_y', 'stepper_z', 'extruder', '#[extruder1]']
    for (const [n, s] of RAMPS_14.sockets.entries()) {
      const head = sectionOf[n].startsWith('#') ? sectionOf[n] : `[${sectionOf[n]}]`
      const block = map.split(`${head}\n`)[1].split(/\n#?\[/)[0]
      for (const [key, pin] of [
        ['step_pin', s.step],
        ['dir_pin', s.dir],
        ['enable_pin', s.enable],
      ])
        expect(block, s.name).toMatch(new RegExp(`^#?${key}: ${pin}$`, 'm'))
    }
    const endstops = [...map.matchAll(/endstop_pin: \^(\w+)/g)].map((m) => m[1])
    for (const s of RAMPS_14.sockets) expect(endstops, `${s.name}'s DIAG`).toContain(s.diag)
    expect(endstops).toContain(RAMPS_14.probe)
    for (const [key, pin] of [
      ['heater_pin', RAMPS_14.hotEndHeaters[0]],
      ['sensor_pin', RAMPS_14.hotEndThermistors[0]],
      ['heater_pin', RAMPS_14.bedHeater],
      ['sensor_pin', RAMPS_14.bedThermistor],
      ['pin', RAMPS_14.fans[0]],
    ])
      expect(map).toMatch(new RegExp(`^${key}: ${pin}$`, 'm'))
    // The UART jumpers' pins: on no other use in the map, and each its own.
    const uarts = RAMPS_14.sockets.map((s) => s.uart)
    expect(new Set(uarts).size).toBe(uarts.length)
    for (const pin of uarts) expect(map, pin).not.toMatch(new RegExp(`\\b${pin}\\b`))
  })
})
