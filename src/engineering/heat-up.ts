// The bed heating up: a steel plate warmed by its heater, losing heat from its top face (the cork
// insulates its underside).

/** Carbon steel's specific heat, J/(g K) (Engineering ToolBox, specific heat of metals: 0.49). */
export const STEEL_SPECIFIC_HEAT = 0.49

export interface HeatUp {
  /** The plate's mass, g. */
  readonly grams: number
  /** The heater's power, W. */
  readonly watts: number
  /** The plate's top area, mm2. */
  readonly area: number
  /** From the room's temperature to the bed's, K. */
  readonly rise: number
  /** Heat lost from the top face, W/(m2 K). */
  readonly lossCoefficient: number
}

/**
 * Seconds to warm the plate by `rise`: m cp dT / (P - the mean loss), the loss growing with the
 * plate's temperature to h A dT at the end, so half that on the way; never (Infinity) when the
 * heater cannot beat the loss. With the first minute's rise, P / (m cp) x 60, the rate Klipper's
 * verify_heater watches.
 */
export function heatUp(h: HeatUp): { seconds: number; firstMinuteRise: number } {
  const heatCapacity = h.grams * STEEL_SPECIFIC_HEAT
  const meanLoss = (h.lossCoefficient * (h.area / 1e6) * h.rise) / 2
  const net = h.watts - meanLoss
  return {
    seconds: net > 0 ? (heatCapacity * h.rise) / net : Number.POSITIVE_INFINITY,
    firstMinuteRise: (h.watts / heatCapacity) * 60,
  }
}
