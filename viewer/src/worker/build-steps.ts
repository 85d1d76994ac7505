import { guideSteps, type Kit, type Leaf, placedLeaves } from '../../../src/index.js'
import type { BuildStep } from '../protocol.js'

type Placed = ReturnType<typeof placedLeaves>[number]

const sameWorld = (a: Placed, b: Placed) => a.world.every((v, k) => v === b.world[k])

/**
 * Finds each placed leaf of the guide among the scene's instances, which are the kit's placed
 * leaves in tree order (sceneOf): by the leaf itself, then by the path of its node and its
 * placement, as one leaf may be placed more than once.
 */
function instanceFinder(kit: Kit): (p: Placed) => number {
  const byLeaf = new Map<Leaf, number[]>()
  const placed = placedLeaves(kit.machine)
  for (const [i, { leaf }] of placed.entries()) {
    const same = byLeaf.get(leaf)
    if (same) same.push(i)
    else byLeaf.set(leaf, [i])
  }
  return (p) => {
    const candidates = byLeaf.get(p.leaf) ?? []
    const path = p.path.join('/')
    const found =
      candidates.length === 1
        ? candidates[0]
        : candidates.find((i) => placed[i].path.join('/') === path && sameWorld(placed[i], p))
    if (found === undefined) throw new Error(`a step's leaf in ${path} is not in the machine`)
    return found
  }
}

/** The build guide's steps of the kit, each with its leaves as the scene's instance indices. */
export function buildSteps(kit: Kit): BuildStep[] {
  const instanceOf = instanceFinder(kit)
  const steps = guideSteps(kit)
  return steps.map((step) => {
    const adds = new Set(step.adds)
    return {
      id: step.id,
      title: step.title,
      module: step.module,
      where: step.where,
      printed: step.printed,
      bought: step.bought,
      stock: step.stock,
      tools: step.tools,
      precautions: step.precautions,
      actions: step.actions,
      minutes: step.time.minutes,
      adds: Uint32Array.from(step.adds, instanceOf),
      worksOn: Uint32Array.from(
        step.picture.shows.filter((p) => !adds.has(p)),
        instanceOf,
      ),
    }
  })
}
