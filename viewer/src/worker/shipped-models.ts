import packUrl from 'virtual:part-models'
import type { ModelStore } from '../../../src/index.js'
import { unpackCompact } from './compact-models.js'

/**
 * Fetches the printed parts' models made when the viewer was built (by this same code) and
 * adopts them into `store`, giving their model keys. Without them (no pack, or a page opened from a file)
 * the parts are modelled here as before.
 */
export async function adoptShippedModels(store: ModelStore): Promise<string[]> {
  try {
    const response = await fetch(new URL(packUrl, import.meta.url))
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`)
    const models = unpackCompact(await response.arrayBuffer())
    store.adopt(models)
    return models.map(([key]) => key)
  } catch (error) {
    console.info(`d3dkit: printed parts are modelled here, as their models did not load (${error})`)
    return []
  }
}
