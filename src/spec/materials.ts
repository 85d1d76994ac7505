/** Density of printing filaments, g/cm3 (PLA and PETG from the facts file; ABS and ASA typical). */
export const FILAMENT_DENSITY: Record<string, number> = { PLA: 1.24, PETG: 1.27, ABS: 1.04, ASA: 1.07 }
