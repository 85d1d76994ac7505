import { describe, expect, it } from 'vitest'
import { InputError } from '../spec/errors.js'
import { chooseSupply, fuseFor, gaugeFor, loads, powerDesign, totalWatts } from './electrical.js'

const mainsBed = (watts: number) => ({ watts, volts: 120, supply: 'mains' as const })
const base = { motorAmps: 1.445, motorBodyLength: 40, hotEnds: 1 }

describe('the electrical model', () => {
  it('adds up the 24 V loads of the 12 in printer by hand', () => {
    const list = loads({ ...base, motors: 6, bed: mainsBed(220) })
    // 6 motors x 2 x 1.445^2 x 1.5 = 37.58; hot end 30, blower 2.4, heatsink fan 1.44, probe 0.36, controller fan 2.4, board 5.
    expect(totalWatts(list)).toBeCloseTo(37.584 + 41.6, 2)
    expect(list.some((l) => l.item.startsWith('bed'))).toBe(false)
  })

  it('counts a 24 V bed on the supply', () => {
    const list = loads({ ...base, motors: 6, bed: { watts: 40, volts: 24, supply: 'dc' } })
    expect(totalWatts(list)).toBeCloseTo(79.184 + 40, 2)
  })

  it('takes the least supply that carries the load with 25 % to spare', () => {
    expect(chooseSupply(124).watts).toBe(156) // 155 W needed
    expect(chooseSupply(125).watts).toBe(350.4) // 156.25 W needed
    expect(() => chooseSupply(290)).toThrow(InputError)
  })

  it('sizes the mains fuse and inlet at 120 V', () => {
    // 12 in: 156 W / 0.88 + 220 W = 397.3 W, 3.31 A at 120 V; 1.25 x = 4.14 A -> 5 A, a 10 A C14 inlet.
    const small = powerDesign({ ...base, motors: 6, bed: mainsBed(220) })
    expect(small.mainsAmps.sizedFor).toBeCloseTo(397.27 / 120, 2)
    expect(small.mainsAmps.other).toBeCloseTo(397.27 / 230, 2)
    expect(small.inletFuse).toBe(5)
    expect(small.inlet.coupler).toBe('C14')
    expect(small.bed).toEqual({ amps: 220 / 120, fuse: 2.5 })
    // 24 V: 79.18 W, 3.30 A; 1.25 x = 4.12 A -> 5 A.
    expect(small.fuse24).toBe(5)
    // 1 m: 1300 W bed: 1477.3 W, 12.3 A; 15.4 A -> 16 A, a C20 inlet; the bed 10.8 A -> 13.5 A -> 16 A.
    const big = powerDesign({ ...base, motors: 8, bed: mainsBed(1300) })
    expect(big.inletFuse).toBe(16)
    expect(big.inlet.coupler).toBe('C20')
    expect(big.bed?.fuse).toBe(16)
    expect(big.supply.watts).toBe(156)
  })

  it('gives each fuse at least 1.25 times its current, from the R10 series', () => {
    expect(fuseFor(4)).toBe(5)
    expect(fuseFor(4.01)).toBe(6.3)
    expect(() => fuseFor(13)).toThrow()
  })

  it('picks wire from the chassis ampacity, halved in a chain, mains at least 18 AWG and as thick as a cord for its current', () => {
    expect(gaugeFor(3.5, { bundled: false, mains: false })).toBe(24)
    expect(gaugeFor(3.5, { bundled: true, mains: false })).toBe(22)
    expect(gaugeFor(2.5, { bundled: true, mains: true })).toBe(18)
    expect(gaugeFor(16, { bundled: true, mains: true })).toBe(14)
    expect(() => gaugeFor(17, { bundled: true, mains: true })).toThrow()
    // Mains in free air: 16 A is 18 AWG's chassis figure, but an appliance's cord takes 1.5 mm2
    // (IEC 60335-1 table 11): 14 AWG (2.08 mm2), as 16 AWG's 1.31 mm2 is short of it; 10 A takes 1 mm2.
    expect(gaugeFor(16, { bundled: false, mains: true })).toBe(14)
    expect(gaugeFor(10, { bundled: false, mains: true })).toBe(16)
    expect(gaugeFor(5, { bundled: false, mains: true })).toBe(18)
  })

  it('puts two heads on the 150 W supply, but not with 48 mm motors', () => {
    // 7 motors x 6.264 + 2 x (30 + 2.4 + 1.44) + 0.36 + 2.4 + 5 = 119.3 W; x 1.25 = 149.1 W.
    expect(powerDesign({ ...base, motors: 7, hotEnds: 2, bed: mainsBed(520) }).supply.watts).toBe(156)
    // 48 mm: 1.7 A, 1.4 ohm: 8.09 W a motor; 132.1 W x 1.25 = 165 W.
    const geared = { motors: 7, motorAmps: 1.7, motorBodyLength: 48, hotEnds: 2, bed: mainsBed(520) }
    expect(powerDesign(geared).supply.watts).toBe(350.4)
  })
})
