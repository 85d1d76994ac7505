import type { PlacedLeaf } from '../../assembly/collect.js'
import { boughtLines } from './lines.js'

/** A bed on a grid of tubes: its cross tubes' cut-list notes start so (modules/bed/grid-bed.ts). */
const CROSS_TUBE = /^bed cross tube/

/** The step builds a bed on a grid of tubes. */
export const isGridBed = (leaves: readonly PlacedLeaf[]): boolean =>
  leaves.some((p) => p.leaf.kind === 'stock' && CROSS_TUBE.test(p.leaf.piece.notes))

/**
 * The grid bed's actions, in the order its parts allow: the M6 heads end under the cork and the
 * plate's nuts under the cross tubes, so the grid is drilled, bolted and pinned in its brackets
 * before the plate goes on, and the plate's screws go in last.
 */
export function gridBedActions(leaves: readonly PlacedLeaf[]): string[] {
  const lines = boughtLines(leaves)
  const of = (kind: RegExp) =>
    lines
      .filter((l) => kind.test(l.id))
      .map((l) => `${l.quantity} x ${l.id}`)
      .join(', ')
  const torque = leaves
    .flatMap((p) => (p.leaf.kind === 'stock' ? [/its bolts to ([\d.]+ N m)/.exec(p.leaf.piece.notes)?.[1]] : []))
    .find((t) => t !== undefined)
  const count = (id: RegExp) => lines.filter((l) => id.test(l.id)).reduce((n, l) => n + l.quantity, 0)
  // A washer under each countersunk screw's nut; the rest pad the earth bond's screw.
  const plateWashers = count(/^m3x\d+-countersunk-screw$/)
  const bondWashers = count(/^m3-washer$/) - plateWashers
  const earth = [
    of(/^(ring-terminal|star-washer|m3x\d+-cap-screw)/),
    ...(bondWashers > 0 ? [`${bondWashers} x m3-washer`] : []),
  ].join(', ')
  return [
    "Cut and drill the tubes and the plate as their cut-list notes ask, on a drill press; measure the Y tubes' spacing in the brackets (the Z carriages at one height) before drilling the cross tubes' bolt holes, and correct the notes' positions by what you measure.",
    "Lay the grid out on the bench: the Y tubes on edge at the brackets' spacing, the cross tubes across them at their rows. Drill each Y tube's top wall through the cross tubes' bolt holes, lift the cross tubes off and drill the bottom wall through the top wall's hole on the drill press; drill the pin holes through the side walls where the Y tubes' notes say.",
    `Bolt the grid together at every crossing, a cap screw down from the cross tube's top, a washer and a nut under the Y tube (${of(/^m6/)})${torque ? `: ${torque}, no more (the tubes are hollow and crush under more)` : ''}.`,
    `Set the grid in the brackets' pockets, each Y tube's front end against its front end wall, and pin each end: drop a nut into the slot in the riser, a cap screw and washer through the tube's side walls into it, snug (${of(/^m4/)}).`,
    `Stick the heater on the plate's underside and the cork under the heater, their holes on the plate's holes (${of(/^bed-(heater|insulation)-/)}); fit the earth bond under the plate's front left corner, any flat washer under the screw's head (${earth}).`,
    "Lower the plate, heater and cork onto the grid, the cork's wide holes over the bolts' heads.",
    `Screw the plate down last, each countersunk screw from the top into a washer and nut under its cross tube, snug only: the screws in the wide holes slide there as the plate grows (${of(/^m3(x\d+-countersunk-screw|-hex-nut)$/)}, ${plateWashers} x m3-washer).`,
  ]
}
