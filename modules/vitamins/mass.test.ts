import { describe, expect, it } from 'vitest'
import { WASHER } from './fasteners.js'
import { interpolate } from './mass.js'
import { NEMA17 } from './motors.js'
import { angleBar, belt, rod } from './stock.js'

describe('masses', () => {
  it('weighs stock from its section, length and density', () => {
    // 8 mm steel rod, 1 m: pi / 4 x 64 mm2 x 1000 mm x 7.85 g/cm3 = 50 265 mm3 x 7.85e-3 = 394.6 g
    expect(rod(8, 1000, '').grams).toBeCloseTo(394.6, 1)
    // 1-1/2 x 1/8 in angle, 1 m: (2 x 38.1 - 3.175) x 3.175 mm2 = 231.84 mm2; x 1000 x 7.85e-3 = 1820 g
    expect(angleBar(38.1, 3.175, 1000, '').grams).toBeCloseTo(1820, 0)
    // GT2 6 mm belt, 2 m: 8.3 g/m
    expect(belt(2000, '', { span: 100, firstRadius: 6, secondRadius: 6 }).grams).toBeCloseTo(16.6, 6)
  })

  it('weighs a washer from its ring', () => {
    // M6, 12 outside, 6.6 bore, 1.6 thick: pi / 4 x (144 - 43.56) x 1.6 = 126.2 mm3; x 7.85e-3 = 0.991 g
    expect(WASHER.part('M6').grams).toBeCloseTo(0.991, 3)
  })

  it('weighs a motor by its body length between the data sheets', () => {
    expect(NEMA17.part(40).grams).toBe(280)
    expect(NEMA17.part(44).grams).toBeCloseTo(335, 6)
    expect(interpolate(NEMA17.holdingTorqueByLength, 48)).toBeCloseTo(0.59, 6)
    // Past the table: along its last segment.
    expect(interpolate(NEMA17.gramsByLength, 56)).toBeCloseTo(500, 6)
  })
})
