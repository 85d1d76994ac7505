import { BED_HEATER, BED_INSULATION } from '../vitamins/bed.js'

/**
 * The heated bed: a steel plate on two rods per pair of Z axes, the rods resting in a bracket
 * on each Z carriage. Heights are from the bed's top down; the bracket is in the carriage's
 * frame (x across, y into the machine from the carriage's load face, z up from its middle).
 */
const PLATE = 25.4 / 8
const ROD_GAP = 2
export const BED = {
  /** OSE's insulated heatbed: 1/8 in steel. */
  plateThickness: PLATE,
  /** The bed rods lie this far either side of their Z axes' middle. */
  rodOffset: 28,
  /** Rod axis below the bed's top: plate, heater, insulation, 2 mm of air, the rod's radius (for 8 mm rods). */
  rodBelowTop: PLATE + BED_HEATER.thickness + BED_INSULATION.thickness + ROD_GAP + 4,
  /** The heater and its insulation stop this far inside the plate's sides. */
  heaterInset: 5,
  /** Bed block on each rod: 20 wide, 24 along the rod, from 4 below the rod to the plate. */
  block: { halfWidth: 10, halfDepth: 12, below: 8 },
  /** Room between a block and its neighbours (the riser, the heater). */
  clearance: 2,
  /**
   * Bracket: the arm under the frame's top steel, the riser inside the frame, 12 thick; the base
   * on the carriage 14 deep (2.4 mm behind its nut slots). The load (the bed on the rods) runs
   * down the riser's two columns under the rods (`riserHalfWidth` - `window.halfWidth` = 16 wide,
   * centred on the rods) into the beams, and along the beams to the base; beams and base keep
   * their section. Between the columns, where no load runs (it only ties them), the riser has a
   * pointed window from `window.sill` over the arm's underside (a 6 mm tie stays below it) to
   * `window.underRod` under the rods.
   */
  bracket: {
    halfWidth: 40,
    arm: [-20, 8],
    riser: 12,
    riserHalfWidth: 36,
    base: 14,
    beam: 14,
    window: { halfWidth: 20, sill: 6, underRod: 8 },
  },
} as const
