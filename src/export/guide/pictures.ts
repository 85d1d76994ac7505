import type { PlacedLeaf } from '../../assembly/collect.js'
import { axisOf, originOf, type Vec3 } from '../../kernel/matrix.js'
import type { Kit } from '../kit.js'
import { MeshCache, type PictureItem, renderPicture } from '../picture/index.js'
import type { Step } from './types.js'

/** How far a step's new parts are drawn out of their place, mm (ours: clear of a 24 mm piece). */
export const EXPLODE_MM = 30

/**
 * A new leaf goes in along its own axis: a stock piece along its length (local x), anything else
 * along its local z (a screw's shank, a bearing's bore, a printed half's thickness). It is drawn
 * moved out along that axis, away from the middle of what it goes onto.
 */
function shiftOf(p: PlacedLeaf, middle: Vec3): Vec3 {
  const axis = axisOf(p.world, p.leaf.kind === 'stock' ? 0 : 2)
  const at = originOf(p.world)
  const away = (at[0] - middle[0]) * axis[0] + (at[1] - middle[1]) * axis[1] + (at[2] - middle[2]) * axis[2]
  const sign = away < 0 ? -1 : 1
  return [axis[0] * sign * EXPLODE_MM, axis[1] * sign * EXPLODE_MM, axis[2] * sign * EXPLODE_MM]
}

function middleOf(leaves: readonly PlacedLeaf[]): Vec3 {
  const sum = [0, 0, 0]
  for (const p of leaves) for (let k = 0; k < 3; k++) sum[k] += p.world[12 + k]
  return sum.map((s) => s / Math.max(leaves.length, 1)) as unknown as Vec3
}

/**
 * The picture's items: the step's shown leaves in colour (the ones it adds drawn out of place),
 * the rest grey; `blank`: the stock pieces not drilled yet, drawn as cut.
 */
export function pictureItems(step: Step, blank: ReadonlySet<PlacedLeaf> = new Set()): PictureItem[] {
  const adds = new Set(step.adds)
  const { shows, onto } = step.picture
  // Printed parts come off what they go onto; screws, nuts and parts fitted in them come out of them.
  const printed = shows.filter((p) => p.leaf.kind === 'printed')
  const base = middleOf(onto.length > 0 ? onto : shows)
  const pieces = printed.length > 0 ? middleOf(printed) : base
  return [
    ...shows.map(
      (placed): PictureItem => ({
        placed,
        style: 'new',
        ...(adds.has(placed) ? { shift: shiftOf(placed, placed.leaf.kind === 'printed' ? base : pieces) } : {}),
        ...(blank.has(placed) ? { blank: true } : {}),
      }),
    ),
    ...onto.map((placed): PictureItem => ({ placed, style: 'done', ...(blank.has(placed) ? { blank: true } : {}) })),
  ]
}

/**
 * The stock pieces not drilled yet at step `at`: a piece the first step that drills it through
 * its parts (a step's works) has not left, drawn as cut, so that bars drilled through their
 * corners are shown undrilled until then (the holes of later steps are drawn from then on).
 */
export function undrilled(steps: readonly Step[], at: number): Set<PlacedLeaf> {
  const drilledIn = (notes: string) => steps.findIndex((s) => s.works.some((w) => w.notes === notes))
  const out = new Set<PlacedLeaf>()
  for (const step of steps.slice(0, at + 1))
    for (const p of step.adds) if (p.leaf.kind === 'stock' && drilledIn(p.leaf.piece.notes) >= at) out.add(p)
  return out
}

/** One PNG per step, img/<id>.png, the meshes made once for all of them. */
export async function stepPictures(kit: Kit, steps: readonly Step[]): Promise<Map<string, Uint8Array>> {
  const meshes = MeshCache.ofKit(kit)
  const out = new Map<string, Uint8Array>()
  for (const [i, step] of steps.entries())
    out.set(`img/${step.id}.png`, await renderPicture(pictureItems(step, undrilled(steps, i)), {}, meshes))
  return out
}
