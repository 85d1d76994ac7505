import packUrl from 'virtual:part-models'
import { unpackModels } from '../../../src/export/model-pack.js'
import { adoptModels } from '../../../src/export/parts.js'

/**
 * Fetches the printed parts' models made when the viewer was built (by this same code) and
 * adopts them, giving their model keys. Without them (no pack, or a page opened from a file)
 * the parts are modelled here as before.
 */
export async function adoptShippedModels(): Promise<string[]> {
  try {
    const response = await fetch(new URL(packUrl, import.meta.url))
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`)
    const models = unpackModels(await response.arrayBuffer())
    adoptModels(models)
    return models.map(([key]) => key)
  } catch (error) {
    console.info(`d3dkit: printed parts are modelled here, as their models did not load (${error})`)
    return []
  }
}
