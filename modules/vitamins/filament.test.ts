import { describe, expect, it } from 'vitest'
import { aboutZ, expectClosedBetween } from './expect-shape.js'
import { FILAMENT_SPOOL, type SpoolSize } from './filament.js'

describe('filament spool', () => {
  const sizes = Object.keys(FILAMENT_SPOOL.sizes) as SpoolSize[]

  it('is 200 x 70 mm for 1 kg and 300 x 85 mm for 3 kg, both on a 52 mm hub hole, named by its mass', () => {
    expect(FILAMENT_SPOOL.sizes['1kg']).toMatchObject({ kg: 1, diameter: 200, width: 70 })
    expect(FILAMENT_SPOOL.sizes['3kg']).toMatchObject({ kg: 3, diameter: 300, width: 85 })
    expect(FILAMENT_SPOOL.hubHole).toBe(52)
    for (const size of sizes) {
      expect(FILAMENT_SPOOL.part(size).id).toBe(`filament-spool-${size}`)
      const { kg, diameter, width } = FILAMENT_SPOOL.sizes[size]
      expect(FILAMENT_SPOOL.part(size).description).toContain(
        `Filament to print with, 1.75 mm: a ${kg} kg spool, up to ${diameter} x ${width} mm`,
      )
    }
  })

  it('is a closed solid of its diameter and width', async () => {
    for (const size of sizes) {
      const { diameter, width } = FILAMENT_SPOOL.sizes[size]
      await expectClosedBetween(FILAMENT_SPOOL.part(size), ...aboutZ(diameter, 0, width))
    }
  })
})
