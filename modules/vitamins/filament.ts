import type { BoughtPart } from '../../src/parts/types.js'
import { tube } from './solids.js'

/**
 * Filament, as bought: a spool's envelope (over the flanges) and its hub hole. Sizes:
 * NopSCADlib vitamins/spools.scad (spool_200x55 and spool_300x85, both with a 52 mm hub hole);
 * a 1 kg spool is 200 across and 55 to 70 wide by maker, so its envelope is the widest.
 */
export const FILAMENT_SPOOL = {
  sizes: {
    '1kg': { kg: 1, diameter: 200, width: 70, fits: 'a 3 kg spool needs a wider frame' },
    '3kg': { kg: 3, diameter: 300, width: 85, fits: '1 kg spools fit too' },
  },
  hubHole: 52,
  /** The empty spool, g: ours, about what makers' plastic spools weigh (1 kg: 200-250 g; 3 kg: 500-700 g). */
  emptySpoolGrams: { '1kg': 250, '3kg': 700 },
  /** The spool of a size: its axis along +Z from z = 0, the hub hole through it. */
  part: (size: SpoolSize): BoughtPart => {
    const { kg, diameter, width, fits } = FILAMENT_SPOOL.sizes[size]
    const hub = FILAMENT_SPOOL.hubHole
    return {
      id: `filament-spool-${size}`,
      description: `Filament to print with, 1.75 mm: a ${kg} kg spool, up to ${diameter} x ${width} mm, ${hub} mm hub hole (what the spool holder carries on this frame; ${fits})`,
      grams: kg * 1000 + FILAMENT_SPOOL.emptySpoolGrams[size],
      shape: () => tube(diameter, hub, width),
    }
  },
} as const

export type SpoolSize = '1kg' | '3kg'
