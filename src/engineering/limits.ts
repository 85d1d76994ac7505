import { MAX_BED_SAG } from '../../modules/bed/dimensions.js'

/** The limits the engineering checks hold the machine to; docs/design.md gives each one's source. */
export const LIMITS = {
  /** Least first natural frequency of a carriage on its rods, Hz (Klipper's resonance guide). */
  rodFrequency: 35,
  /** Share of the rated current the motors run at (Duet's advice: at most 85 %). */
  runCurrentShare: 0.85,
  /** Holding torque over the bed's load torque, motors on. */
  zHoldingMargin: 3,
  /** Detent torque (times any reduction) over the bed's load torque, motors off. */
  zDetentMargin: 1.5,
  /** The acceleration the belts are checked at, mm/s2 (the firmware's max_accel). */
  acceleration: 3000,
  /** A 6 mm GT2 belt's tension at rest, N: Gates' range for registration drives. */
  beltPretension: [27, 36],
  /** The most a 6 mm GT2 strand may carry in work, N: a tenth of its least breaking load. */
  beltWorkingTension: 78,
  /** The most the bed plate may sag under its own weight, mm (the bed module's rule). */
  bedSag: MAX_BED_SAG,
  /** The least share of the printable area the heater lies under. */
  heaterCoverage: 0.9,
  /** The longest the bed may take from the room's temperature to the material's, min. */
  heatUpMinutes: 15,
  /** Klipper's verify_heater: the bed must gain 2 K in its first 60 s. */
  firstMinuteRise: 2,
  /** The room the machine stands in, C. */
  roomTemperature: 25,
  /**
   * Heat lost from the plate's top face, W/(m2 K): 85 W from 300 x 300 mm at 80 K over the room,
   * the builder rules' worked example (free convection and radiation).
   */
  lossCoefficient: 11.8,
  /** The bed temperature of each filament, C (the makers' profiles in the builder rules, section 6). */
  bedTemperature: { PLA: 60, PETG: 80, ABS: 100, ASA: 90 },
} as const
