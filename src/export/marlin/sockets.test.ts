import { describe, expect, it } from 'vitest'
import { firmwareInputsOf, machineOf } from '../../../test/machines.js'
import { presetNames } from '../../spec/presets.js'
import { printerCfg } from '../klipper/index.js'
import { OCTOPUS_V11 } from '../klipper/octopus.js'
import { RAMPS_14 } from '../klipper/ramps.js'
import { sections, value } from '../klipper/read-cfg.js'
import { wiringOf, wiringTable } from '../wiring.js'
import { marlinOverrides } from './index.js'
import { MARLIN_NAMES } from './sockets.js'

/** The sockets Marlin's pins_BTT_OCTOPUS_V1_common.h fixes: "MOTOR 0" to "MOTOR 5". */
const MARLIN_FIXED: Readonly<Record<string, string>> = {
  X: 'Driver0',
  Y: 'Driver1',
  Z: 'Driver2',
  Z2: 'Driver3',
  E0: 'Driver4',
  E1: 'Driver5',
}
/** The same file's E0_DIAG_PIN to E3_DIAG_PIN (E0DET to E3DET). */
const MARLIN_E_DIAG = ['PG12', 'PG13', 'PG14', 'PG15']

const CASES: [string, string[]][] = [
  ...presetNames().map((p): [string, string[]] => [p, []]),
  ['d3d-18in', ['zAxes=4']],
  ['d3d-12in', ['tools=2']],
  ['d3d-18in', ['tools=2']],
]

const socketOfStep = (step: string | undefined) => OCTOPUS_V11.sockets.find((s) => s.step === step)

describe('one wiring for both firmwares', () => {
  it.each(CASES)(
    '%s %j: printer.cfg, the Marlin overrides and the wiring table name the same socket for every motor',
    (preset, sets) => {
      const kit = machineOf(preset, sets)
      const inputs = firmwareInputsOf(kit)
      const cfg = printerCfg(inputs)
      const marlin = marlinOverrides(inputs)
      const table = wiringTable(wiringOf(kit))

      // Klipper: the socket whose step pin each stepper section drives.
      const steppers = [...sections(cfg).keys()].filter((s) => /^(stepper_\w+|extruder\d*)$/.test(s))
      const klipper = new Map(steppers.map((s) => [s, socketOfStep(value(cfg, s, 'step_pin'))?.name]))
      // Marlin: the head's "  NAME (what it moves) on DriverN" lines.
      const onMarlin = new Map([...marlin.matchAll(/^\/\/ {3}(\w+) \(.*\) on (Driver\d)$/gm)].map((m) => [m[1], m[2]]))
      // The wiring table: each motor cable's "DriverN (section)".
      const wired = new Map(
        table.rows
          .filter((r) => r[0] === 'motor')
          .map((r) => /^(Driver\d) \((\w+)\)$/.exec(String(r[7])) ?? [])
          .map(([, socket, section]) => [section, socket]),
      )

      expect(onMarlin.size).toBe(steppers.length)
      expect(wired.size).toBe(steppers.length)
      expect(new Set(klipper.values()).size).toBe(steppers.length)
      for (const s of steppers) {
        const socket = klipper.get(s)
        expect(socket, s).toBeDefined()
        expect(onMarlin.get(MARLIN_NAMES[s]), s).toBe(socket)
        expect(wired.get(s), s).toBe(socket)
        const fixed = MARLIN_FIXED[MARLIN_NAMES[s]]
        if (fixed) expect(socket, s).toBe(fixed)
      }

      // Y2 homes on its own socket's DIAG, the pin Klipper's stepper_y1 stalls on.
      const y2 = OCTOPUS_V11.sockets.findIndex((x) => x.name === klipper.get('stepper_y1'))
      const e = /^#define Y2_USE_ENDSTOP _E(\d)DIAG_ /m.exec(marlin)?.[1]
      expect(e).toBeDefined()
      expect(Number(e)).toBe(y2 - Number(MARLIN_FIXED.E0.slice(6)))
      expect(value(cfg, 'tmc2209 stepper_y1', 'diag_pin')).toBe(`^${MARLIN_E_DIAG[Number(e)]}`)
      expect(marlin).not.toMatch(/^#define (USE_\w+_PLUG|\w+_(MIN|MAX)_PIN)\b/m)
    },
  )

  it('names the same RAMPS socket for every motor in printer.cfg, the Marlin overrides and the wiring table', () => {
    const kit = machineOf('d3d-12in', ['controller=ramps'])
    const inputs = firmwareInputsOf(kit)
    const cfg = printerCfg(inputs)
    const marlin = marlinOverrides(inputs)
    const motors = wiringTable(wiringOf(kit)).rows.filter((r) => r[0] === 'motor')
    const socketOf = (step: string | undefined) => RAMPS_14.sockets.find((x) => x.step === step)?.name
    const onMarlin = new Map([...marlin.matchAll(/^\/\/ {3}(\w+) \(.*\) on (\w+)$/gm)].map((m) => [m[1], m[2]]))
    const wired = motors.map((r) => String(r[7]).split(' ')[0])
    for (const section of ['stepper_x', 'stepper_y', 'stepper_y1', 'stepper_z', 'extruder']) {
      const socket = socketOf(value(cfg, section, 'step_pin'))
      expect(onMarlin.get(MARLIN_NAMES[section]), section).toBe(socket)
      expect(wired, section).toContain(socket)
    }
    // Six motor cables on five sockets: both Z motors on Z.
    expect(motors).toHaveLength(6)
    expect(wired.filter((w) => w === 'Z')).toHaveLength(2)
    expect(new Set(wired)).toEqual(new Set(RAMPS_14.sockets.map((x) => x.name)))
  })
})
