import { bedShift, bounds, evaluate, placeOnBed, toBinaryStl, touchingVertex, volume } from '../kernel/index.js'
import { modelKey } from '../parts/model-key.js'
import type { PrintedPart } from '../parts/types.js'
import type { ModelledPart } from './parts.js'
import { sha256 } from './sha256.js'

/**
 * The printed parts' models made so far, by model key. Parts depend only on their params, so
 * whoever holds a store models each distinct part once (the same mesh and STL bytes then go to
 * every kit built with it): the CLI one per run, the viewer's worker one for its life.
 */
export class ModelStore {
  private readonly models = new Map<string, Promise<ModelledPart>>()

  /** Takes models made elsewhere by this same code (the viewer ships them), by model key. */
  adopt(models: Iterable<readonly [string, ModelledPart]>): void {
    for (const [key, model] of models) this.models.set(key, Promise.resolve(model))
  }

  /** Every model made or adopted so far, by model key. */
  all(): Promise<[string, ModelledPart][]> {
    return Promise.all(
      [...this.models].map(async ([key, model]): Promise<[string, ModelledPart]> => [key, await model]),
    )
  }

  /** The part's model: made now, or the one made before. */
  modelOf(part: PrintedPart): Promise<ModelledPart> {
    const key = modelKey(part)
    let model = this.models.get(key)
    if (!model) {
      model = evaluate(part.solid()).then((evaluated) => {
        const touching = touchingVertex(evaluated)
        if (touching)
          throw new Error(`printed part ${part.name} touches itself at (${touching}); its STL would not be closed`)
        const mesh = placeOnBed(evaluated)
        const { min, max } = bounds(mesh)
        const stl = toBinaryStl(mesh)
        return {
          mesh,
          bedShift: bedShift(evaluated),
          stl,
          sha256: sha256(stl),
          volume: volume(mesh),
          size: [max[0] - min[0], max[1] - min[1], max[2] - min[2]],
        }
      })
      this.models.set(key, model)
      model.catch(() => this.models.delete(key))
    }
    return model
  }
}
