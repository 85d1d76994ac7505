import { describe, expect, it } from 'vitest'
import { countBought, placedLeaves } from '../../src/assembly/collect.js'
import { findCollisions } from '../../src/assembly/collisions.js'
import { printerCfg } from '../../src/export/klipper/index.js'
import { value } from '../../src/export/klipper/read-cfg.js'
import { wiringOf, wiringTable } from '../../src/export/wiring.js'
import { bounds, checkManifold, evaluate, hole, intersection, shellCount, union } from '../../src/kernel/index.js'
import { applyToPoint } from '../../src/kernel/matrix.js'
import { FITS } from '../../src/parts/fits.js'
import { firmwareInputsOf, machineOf } from '../../test/machines.js'
import { MEGA, RAMPS, RAMPS_EXTRAS } from '../vitamins/controller-ramps.js'
import { CONTROLLER } from '../vitamins/electronics.js'
import { megaMount } from './board-mount-mega.js'
import { PANEL } from './dimensions.js'

const idsOf = (sets: string[]) =>
  new Map(countBought(machineOf('d3d-12in', sets).machine).map((c) => [c.item.id, c.quantity]))

describe('the RAMPS controller', () => {
  it('replaces the Octopus in the BOM: the Mega, the shield, 5 drivers and the 24 V and jumper parts', () => {
    const ramps = idsOf(['controller=ramps'])
    const octopus = idsOf([])
    expect(ramps.get(MEGA.part.id)).toBe(1)
    expect(ramps.get(RAMPS.part.id)).toBe(1)
    expect(ramps.get('stepper-driver-tmc2209')).toBe(RAMPS.drivers)
    for (const e of [RAMPS_EXTRAS.bedFuse, RAMPS_EXTRAS.usbCable, RAMPS_EXTRAS.zSeries, RAMPS_EXTRAS.probeDiode])
      expect(ramps.get(e.id), e.id).toBe(1)
    expect(ramps.get(RAMPS_EXTRAS.jumperWires.id)).toBe(RAMPS_EXTRAS.jumperWires.count)
    expect(ramps.has(CONTROLLER.part.id)).toBe(false)
    for (const id of [MEGA.part.id, RAMPS.part.id, RAMPS_EXTRAS.bedFuse.id]) expect(octopus.has(id), id).toBe(false)
    expect(octopus.get(CONTROLLER.part.id)).toBe(1)
    expect(octopus.get('stepper-driver-tmc2209')).toBe(6)
  })

  it("holds the Mega on its mount's bosses, each M3 through one of the Mega's holes", () => {
    const { machine } = machineOf('d3d-12in', ['controller=ramps'])
    const placed = placedLeaves(machine)
    const mega = placed.find((p) => p.leaf.kind === 'bought' && p.leaf.part.id === MEGA.part.id)
    const mount = placed.filter((p) => p.leaf.kind === 'printed' && p.leaf.part.name === 'controller-mount-mega')
    expect(mega).toBeDefined()
    expect(mount).toHaveLength(1)
    const screws = placed.filter(
      (p) =>
        p.leaf.kind === 'bought' &&
        /^m3x\d+-cap-screw$/.test(p.leaf.part.id) &&
        p.path.includes('control-panel-left') &&
        // Not the controller fan's, which screw into its bracket.
        !p.leaf.nests?.includes('fan-bracket'),
    )
    const holes = MEGA.holes.map(([x, y]) => applyToPoint(mega!.world, [x, y, 0]))
    expect(screws).toHaveLength(holes.length)
    for (const s of screws) {
      const at = applyToPoint(s.world, [0, 0, 0])
      // Its head on the Mega's top face, over one of its holes.
      const off = holes.map((h) => Math.hypot(h[0] - at[0], h[1] - at[1], h[2] - at[2]))
      expect(Math.min(...off)).toBeCloseTo(MEGA.thickness, 6)
    }
  })

  it('prints as one closed solid lying flat, its bosses drilled for M3 at the fit of fits.ts', async () => {
    const mesh = await evaluate(megaMount().solid())
    expect(checkManifold(mesh).ok).toBe(true)
    expect(shellCount(mesh)).toBe(1)
    const { min, max } = bounds(mesh)
    expect(min[2]).toBeCloseTo(0, 6)
    expect(max[2]).toBeCloseTo(PANEL.mount.plate + PANEL.mount.boss, 6)
    // Fits a 200 mm bed.
    expect(max[0] - min[0]).toBeLessThan(200)
    expect(max[1] - min[1]).toBeLessThan(200)
    // Through each boss, a hole of the M3 fit: a rod just inside it cuts nothing, one just over it cuts the boss.
    const { plate, boss } = PANEL.mount
    const rod = (d: number) =>
      MEGA.holes.map(([x, y]) => hole({ axis: 'z', center: [x, y, plate + boss / 2], length: boss - 0.2, diameter: d }))
    const cut = async (d: number) =>
      checkManifold(await evaluate(intersection(megaMount().solid(), union(...rod(d))))).volume
    expect(await cut(FITS.screwHole.M3 - 0.2)).toBeCloseTo(0, 3)
    expect(await cut(FITS.screwHole.M3 + 0.4)).toBeGreaterThan(1)
  })

  it(
    'overlaps nothing but where a part nests in the shield, as drawn and at every travel end',
    { timeout: 240_000 },
    async () => {
      const report = await findCollisions(machineOf('d3d-12in', ['controller=ramps']).machine)
      expect(report.overlaps).toEqual([])
    },
  )

  it("lists each UART and DIAG jumper wire in wiring.csv, on printer.cfg's pins, as many as the BOM has", () => {
    const kit = machineOf('d3d-12in', ['controller=ramps'])
    const inputs = firmwareInputsOf(kit)
    const cfg = printerCfg(inputs)
    const rows = wiringTable(wiringOf(kit)).rows.filter((r) => /jumper$/.test(String(r[0])))
    expect(rows).toHaveLength(idsOf(['controller=ramps']).get(RAMPS_EXTRAS.jumperWires.id) ?? 0)
    for (const r of rows) {
      const [, pin, section] = /^(\w+) \((\w+)\)$/.exec(String(r[7])) ?? []
      const key = r[0] === 'UART jumper' ? 'uart_pin' : 'diag_pin'
      expect(value(cfg, `tmc2209 ${section}`, key)?.replace('^', ''), String(r[7])).toBe(pin)
    }
    // The Octopus carries these lines on board: no jumper wires.
    expect(wiringTable(wiringOf(machineOf('d3d-12in'))).rows.some((r) => /jumper$/.test(String(r[0])))).toBe(false)
  })
})
