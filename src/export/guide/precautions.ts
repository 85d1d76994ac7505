import type { PlacedLeaf } from '../../assembly/collect.js'
import { HEATERS } from '../klipper/drive.js'

/** Above this mass (kg) a builder does not lift a sub-assembly alone (ours). */
export const HEAVY_KG = 15

export const PRECAUTION = {
  mains:
    'Mains voltage: wire and check with the plug pulled out; earth the frame and every metal panel; do not open the power supply or touch the relay and heater terminals while it is plugged in.',
  hot: `Hot parts: the hot end heats to ${HEATERS.hotEndMaxTemp} C and the bed to ${HEATERS.bedMaxTemp} C (firmware max_temp); do not touch them while heating or for 10 minutes after, and never leave the machine heating unattended.`,
  sharp:
    'Sharp steel: cut and drilled edges are sharp; wear gloves and eye protection, clamp the work, and deburr every cut end and hole.',
  weld: 'Welding: welding mask, leather gloves and long sleeves, a ventilated place with nothing that burns nearby.',
  heavy: (kg: number) =>
    `Heavy: the work weighs about ${Math.round(kg)} kg; lift and turn it with two people, bending the knees.`,
  moving: 'Moving parts: keep fingers and hair clear of belts and pulleys while the motors are powered.',
} as const

/** Mains parts: a power supply's input, a relay switching a mains heater, a heater on mains. */
const MAINS = /^(psu-|ssr-)|-(1[0-9]{2}|2[0-9]{2})v(-|$)/

export const isMains = (p: PlacedLeaf) => p.leaf.kind === 'bought' && MAINS.test(p.leaf.part.id)

/** Metal stock cut or drilled in the step. */
export const isMetalWork = (p: PlacedLeaf) => p.leaf.kind === 'stock' && /steel|alumin/i.test(p.leaf.piece.material)

/** Grams of the leaves. */
export const gramsOf = (leaves: readonly PlacedLeaf[]) =>
  leaves.reduce(
    (g, { leaf }) =>
      g + (leaf.kind === 'bought' ? leaf.part.grams * leaf.quantity : leaf.kind === 'stock' ? leaf.piece.grams : 0),
    0,
  )
