import drawnUrl from 'virtual:drawn-meshes'
import packUrl from 'virtual:part-models'
import type { ModelStore, TriangleMesh } from '../../../src/index.js'
import { unpackCompact } from './compact-models.js'
import { unpackDrawn } from './drawn-meshes.js'

/** A file shipped with the viewer, by its address as the build gives it. */
export async function fetched(url: string): Promise<ArrayBuffer> {
  const response = await fetch(new URL(url, import.meta.url))
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`)
  return response.arrayBuffer()
}

/**
 * Fetches the printed parts' models made when the viewer was built (by this same code) and
 * adopts them into `store`, giving their model keys. Without them (no pack, or a page opened from a file)
 * the parts are modelled here as before.
 */
export async function adoptShippedModels(store: ModelStore): Promise<string[]> {
  try {
    const models = unpackCompact(await fetched(packUrl))
    store.adopt(models)
    return models.map(([key]) => key)
  } catch (error) {
    console.info(`d3dkit: printed parts are modelled here, as their models did not load (${error})`)
    return []
  }
}

/**
 * Fetches the presets' drawn meshes made when the viewer was built, by geometry key. Without them
 * (none are given) the scene makes its meshes here as before.
 */
export async function shippedDrawnMeshes(): Promise<[string, TriangleMesh][]> {
  try {
    return unpackDrawn(await fetched(drawnUrl))
  } catch (error) {
    console.info(`d3dkit: parts are drawn from meshes made here, as the shipped ones did not load (${error})`)
    return []
  }
}
