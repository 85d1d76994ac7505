// What the viewer ships that its own code would otherwise make in the worker, made by that same
// code when the viewer is built: the printed parts' models of every preset (the worker adopts them
// by model key instead of modelling them), the meshes every preset is drawn with (by geometry
// key, instead of evaluating and simplifying them) and each preset's first scene (posted as it is,
// before the modelling code has loaded).
import type { Plugin } from 'vite'
import { ModelStore, makeKit, parseSpec, type TriangleMesh } from '../src/index.js'
import { presetNames, readPreset } from '../src/node.js'
import { canonical } from './src/canonical.js'
import { packCompact } from './src/worker/compact-models.js'
import { packDrawn } from './src/worker/drawn-meshes.js'
import { derivedOf, sceneOf } from './src/worker/scene.js'
import { ShapeCache } from './src/worker/shape-cache.js'
import { packScene } from './src/worker/shipped-scenes.js'

/** Each shipped file: the module the worker imports its address from, its name, where dev serves it. */
const ASSETS = {
  models: { id: 'virtual:part-models', name: 'part-models.bin', devPath: '/part-models.bin' },
  drawn: { id: 'virtual:drawn-meshes', name: 'drawn-meshes.bin', devPath: '/drawn-meshes.bin' },
} as const
type Asset = keyof typeof ASSETS

// Made once per process. The config imports this project's sources, so the dev server restarts
// (a new process's worth of modules) whenever one of them changes: the packs are never stale.
/** Each preset's first scene: the module the worker imports their addresses from, by canonical spec. */
const SCENES = { id: 'virtual:shipped-scenes', devPath: (preset: string) => `/shipped-scene-${preset}.bin` } as const

interface Packs extends Record<Asset, Uint8Array> {
  /** Each preset's name, spec as canonical JSON, and first scene. */
  readonly scenes: readonly { readonly preset: string; readonly spec: string; readonly scene: Uint8Array }[]
}

let packs: Promise<Packs> | undefined

function presetPacks(): Promise<Packs> {
  packs ??= (async () => {
    const models = new ModelStore()
    const shapes = new ShapeCache()
    const drawn = new Map<string, TriangleMesh>()
    const scenes = []
    for (const preset of presetNames()) {
      const raw = readPreset(preset)
      const spec = parseSpec(raw, `preset ${preset}`)
      const kit = await makeKit(spec, { models })
      const { geometries, ...scene } = await sceneOf(kit, new Set(), shapes)
      for (const { key, positions, triangles } of geometries) drawn.set(key, { positions, triangles })
      const shipped = packScene({ ...scene, resolved: spec, derived: derivedOf(kit) })
      scenes.push({ preset, spec: canonical(raw), scene: shipped })
    }
    return { models: packCompact(await models.all()), drawn: packDrawn(drawn), scenes }
  })()
  return packs
}

const assetOf = (id: string) => (Object.keys(ASSETS) as Asset[]).find((asset) => `\0${ASSETS[asset].id}` === id)

/** The module of the scenes' addresses: each preset's file as an asset of the build, or served in dev. */
async function scenesModule(emit: (name: string, source: Uint8Array) => string, serving: boolean): Promise<string> {
  const entries = (await presetPacks()).scenes.map(({ preset, spec, scene }) => {
    const url = serving ? JSON.stringify(SCENES.devPath(preset)) : emit(`scene-${preset}.bin`, scene)
    return `  ${JSON.stringify(spec)}: ${url},`
  })
  return `export default {\n${entries.join('\n')}\n}`
}

/** The packs as assets of the build (hashed, so no cache keeps an old one), or served in dev. */
export function partModels(): Plugin {
  let serving = false
  return {
    name: 'd3dkit-part-models',
    configResolved(config) {
      serving = config.command === 'serve'
    },
    resolveId: (id) =>
      Object.values(ASSETS).some((asset) => asset.id === id) || id === SCENES.id ? `\0${id}` : undefined,
    async load(id) {
      if (id === `\0${SCENES.id}`) {
        const emit = (name: string, source: Uint8Array) =>
          `import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', name, source })}`
        return scenesModule(emit, serving)
      }
      const asset = assetOf(id)
      if (!asset) return undefined
      if (serving) return `export default ${JSON.stringify(ASSETS[asset].devPath)}`
      const source = (await presetPacks())[asset]
      const ref = this.emitFile({ type: 'asset', name: ASSETS[asset].name, source })
      return `export default import.meta.ROLLUP_FILE_URL_${ref}`
    },
    configureServer(server) {
      for (const preset of presetNames()) {
        server.middlewares.use(SCENES.devPath(preset), (_request, response, next) => {
          presetPacks().then(({ scenes }) => {
            response.setHeader('Content-Type', 'application/octet-stream')
            response.setHeader('Cache-Control', 'no-store')
            response.end(scenes.find((shipped) => shipped.preset === preset)?.scene)
          }, next)
        })
      }
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
