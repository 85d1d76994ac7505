import { BED_JUNCTION_NODE } from '../../../modules/bed/junction.js'
import type { PlacedLeaf } from '../../assembly/collect.js'
import { boughtLines } from './lines.js'

/** The leaves of the bed's junction box (modules/bed/junction.ts), among a step's. */
export const isBedJunction = (p: PlacedLeaf) => p.path.includes(BED_JUNCTION_NODE)

/**
 * The bed step's actions for the bed's junction box (a bed on mains): drill it, fit its gland and
 * grommet, clamp it under the rod or tube; the wiring step joins the cord, the mat's leads and the
 * plate's earth wire in it. None where the step has no such leaves.
 */
export function bedJunctionActions(leaves: readonly PlacedLeaf[]): string[] {
  const lines = boughtLines(leaves.filter(isBedJunction))
  if (lines.length === 0) return []
  const of = (kind: RegExp) =>
    lines
      .filter((l) => kind.test(l.id))
      .map((l) => `${l.quantity} x ${l.id}`)
      .join(', ')
  const clamps = leaves.filter((p) => isBedJunction(p) && p.leaf.kind === 'printed').length
  return [
    `Drill the bed's junction box as its BOM line says (${of(/^bed-junction-box-/)}): its base through the clamps' holes, a clamp held over the rod or tube at each end of the box as the jig, and its side wall for the gland and the grommet; fit them, the gland's locknut inside (${of(/^(cable-gland|grommet)-/)}).`,
    `Hold the box up against the underside of the bed's rightmost rod or tube, its lid down and its gland towards the power panel, a clamp over the rod or tube at each end (${clamps} x bed-junction-clamp), and screw each clamp's 2 screws down beside it through the box's base into a nut inside (${of(/^m3(x\d+-cap-screw|-hex-nut)$/)}), snug. The wiring step joins the cord, the mat's leads and the plate's earth wire in it.`,
  ]
}
