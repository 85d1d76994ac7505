import { describe, expect, it } from 'vitest'
import { calibrationActions } from './calibration.js'

const cfg = (control: string) =>
  ['[extruder]', 'control: pid', '', '[heater_bed]', 'heater_pin: PA1', `control: ${control}`, ''].join('\n')

describe('the calibration steps', () => {
  it("tune the bed's PID only where printer.cfg controls the bed by PID", () => {
    const watermark = calibrationActions(cfg('watermark'), { material: 'PETG' })
    expect(watermark.some((a) => a.includes('HEATER=heater_bed TARGET=80') && a.includes('watermark'))).toBe(true)
    expect(watermark.some((a) => a.includes('PID_CALIBRATE HEATER=heater_bed'))).toBe(false)
    expect(watermark.some((a) => a.includes('PID_CALIBRATE HEATER=extruder'))).toBe(true)
    const pid = calibrationActions(cfg('pid'), { material: 'PETG' })
    expect(pid.some((a) => a.includes('PID_CALIBRATE HEATER=heater_bed TARGET=80'))).toBe(true)
  })
})
