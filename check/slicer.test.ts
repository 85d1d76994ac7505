import { describe, expect, it } from 'vitest'
import { parseDuration, readGcode } from './slicer.js'

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
