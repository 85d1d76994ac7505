import { describe, expect, it } from 'vitest'
import { parseDuration, readGcode, readSupport } from './slicer.js'

const estimates = [
  '; filament used [mm] = 2757.79',
  '; filament used [g] = 8.42',
  '; estimated printing time (normal mode) = 1d 2h 48m 57s',
].join('\n')

describe('reading PrusaSlicer G-code', () => {
  it('reads the print time and the filament', () => {
    expect(readGcode(`G1 Z.2 F7800\nG1 X87.25 Y88 E.5\n${estimates}\n`)).toEqual({
      printTimeS: 86400 + 2 * 3600 + 48 * 60 + 57,
      filamentGrams: 8.42,
      filamentMm: 2757.79,
    })
    expect(parseDuration('48m 57s')).toBe(2937)
  })

  it('fails on a move off the 200 mm bed, naming it', () => {
    expect(() => readGcode(`G1 X87.25 Y88\nG1 X203.4 Y100 E.2 ; skirt\n${estimates}\n`)).toThrow(
      /leaves the 200 x 200 x 200 mm print volume: G1 X203.4 Y100 E.2/,
    )
    expect(() => readGcode(`G1 X-1 Y88\n${estimates}\n`)).toThrow(/G1 X-1 Y88/)
  })

  it('fails when there is no estimate', () => {
    expect(() => readGcode('G1 X1 Y1\n')).toThrow(/no print time or filament estimate/)
  })
})

// Lines from PrusaSlicer 2.5's G-code of the bed block sliced with automatic supports (absolute E).
const perimeter = [
  ';Z:0.2',
  'G1 Z.2 F7800',
  ';TYPE:External perimeter',
  'G1 F1800',
  'G1 X112.55 Y88.2 E8.27109',
  'G1 X112.55 Y111.8 E8.9718',
  'G1 E6.9718 F2400',
  'G92 E0',
].join('\n')
const support = [
  'G1 X86.825 Y111.55 F7800',
  'G1 E2 F2400',
  ';TYPE:Support material',
  'G1 F1800',
  'G1 X82.736 Y111.55 E2.1214',
  'G1 X82.736 Y88.45 E2.80725',
  'G1 E.80725 F2400',
  'G92 E0',
  'G1 Z.4 F7800',
  'G1 E2 F2400',
  ';TYPE:Support material interface',
  'G1 F3600',
  'G1 X104.821 Y112.025 E2.01476',
  ';HEIGHT:0.4',
  'G1 X104.821 Y87.975 E3.27125',
].join('\n')

describe('finding support in PrusaSlicer G-code', () => {
  it('finds none where no line is laid under a support role', () => {
    expect(readSupport(perimeter)).toBeUndefined()
  })

  it('sums the filament laid as support and its interface, not the retractions, and where', () => {
    const found = readSupport(`${perimeter}\n${support}\n`)
    const supportMm = 2.80725 - 2 + (3.27125 - 2)
    expect(found?.filamentMm).toBeCloseTo(supportMm, 6)
    expect(found?.share).toBeCloseTo(supportMm / (supportMm + (8.9718 - 0)), 6)
    expect(found?.fromZ).toBeCloseTo(0.2, 6)
    expect(found?.toZ).toBeCloseTo(0.4, 6)
  })
})
