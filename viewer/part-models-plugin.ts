// What the viewer ships that its own code would otherwise make in the worker, made by that same
// code when the viewer is built: the printed parts' models of every preset (the worker adopts them
// by model key instead of modelling them) and the meshes every preset is drawn with (by geometry
// key, instead of evaluating and simplifying them).
import type { Plugin } from 'vite'
import { ModelStore, makeKit, parseSpec, type TriangleMesh } from '../src/index.js'
import { presetNames, readPreset } from '../src/node.js'
import { packCompact } from './src/worker/compact-models.js'
import { packDrawn } from './src/worker/drawn-meshes.js'
import { sceneOf } from './src/worker/scene.js'
import { ShapeCache } from './src/worker/shape-cache.js'

/** Each shipped file: the module the worker imports its address from, its name, where dev serves it. */
const ASSETS = {
  models: { id: 'virtual:part-models', name: 'part-models.bin', devPath: '/part-models.bin' },
  drawn: { id: 'virtual:drawn-meshes', name: 'drawn-meshes.bin', devPath: '/drawn-meshes.bin' },
} as const
type Asset = keyof typeof ASSETS

// Made once per process. The config imports this project's sources, so the dev server restarts
// (a new process's worth of modules) whenever one of them changes: the packs are never stale.
let packs: Promise<Record<Asset, Uint8Array>> | undefined

function presetPacks(): Promise<Record<Asset, Uint8Array>> {
  packs ??= (async () => {
    const models = new ModelStore()
    const shapes = new ShapeCache()
    const drawn = new Map<string, TriangleMesh>()
    for (const name of presetNames()) {
      const kit = await makeKit(parseSpec(readPreset(name), `preset ${name}`), { models })
      for (const { key, positions, triangles } of (await sceneOf(kit, new Set(), shapes)).geometries) {
        drawn.set(key, { positions, triangles })
      }
    }
    return { models: packCompact(await models.all()), drawn: packDrawn(drawn) }
  })()
  return packs
}

const assetOf = (id: string) => (Object.keys(ASSETS) as Asset[]).find((asset) => `\0${ASSETS[asset].id}` === id)

/** The packs as assets of the build (hashed, so no cache keeps an old one), or served in dev. */
export function partModels(): Plugin {
  let serving = false
  return {
    name: 'd3dkit-part-models',
    configResolved(config) {
      serving = config.command === 'serve'
    },
    resolveId: (id) => (Object.values(ASSETS).some((asset) => asset.id === id) ? `\0${id}` : undefined),
    async load(id) {
      const asset = assetOf(id)
      if (!asset) return undefined
      if (serving) return `export default ${JSON.stringify(ASSETS[asset].devPath)}`
      const source = (await presetPacks())[asset]
      const ref = this.emitFile({ type: 'asset', name: ASSETS[asset].name, source })
      return `export default import.meta.ROLLUP_FILE_URL_${ref}`
    },
    configureServer(server) {
      for (const asset of Object.keys(ASSETS) as Asset[]) {
        server.middlewares.use(ASSETS[asset].devPath, (_request, response, next) => {
          presetPacks().then((bytes) => {
            response.setHeader('Content-Type', 'application/octet-stream')
            response.setHeader('Cache-Control', 'no-store')
            response.end(bytes[asset])
          }, next)
        })
      }
    },
  }
}
