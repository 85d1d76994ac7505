// The printed parts' models of every preset, made by the viewer's own code when it is built and
// shipped with it: the kit worker adopts them (by model key) instead of modelling them.
import type { Plugin } from 'vite'
import { ModelStore, makeKit, parseSpec } from '../src/index.js'
import { presetNames, readPreset } from '../src/node.js'
import { packCompact } from './src/worker/compact-models.js'

/** What the worker imports: the address of the pack. */
const MODULE_ID = 'virtual:part-models'
/** Where the dev server serves the pack. */
const DEV_PATH = '/part-models.bin'

// Made once per process. The config imports this project's sources, so the dev server restarts
// (a new process's worth of modules) whenever one of them changes: the pack is never stale.
let pack: Promise<Uint8Array> | undefined

function presetModels(): Promise<Uint8Array> {
  pack ??= (async () => {
    const models = new ModelStore()
    for (const name of presetNames()) await makeKit(parseSpec(readPreset(name), `preset ${name}`), { models })
    return packCompact(await models.all())
  })()
  return pack
}

/** The pack of models as an asset of the build (hashed, so no cache keeps an old one), or served in dev. */
export function partModels(): Plugin {
  let serving = false
  return {
    name: 'd3dkit-part-models',
    configResolved(config) {
      serving = config.command === 'serve'
    },
    resolveId: (id) => (id === MODULE_ID ? `\0${MODULE_ID}` : undefined),
    async load(id) {
      if (id !== `\0${MODULE_ID}`) return undefined
      if (serving) return `export default ${JSON.stringify(DEV_PATH)}`
      const ref = this.emitFile({ type: 'asset', name: 'part-models.bin', source: await presetModels() })
      return `export default import.meta.ROLLUP_FILE_URL_${ref}`
    },
    configureServer(server) {
      server.middlewares.use(DEV_PATH, (_request, response, next) => {
        presetModels().then((bytes) => {
          response.setHeader('Content-Type', 'application/octet-stream')
          response.setHeader('Cache-Control', 'no-store')
          response.end(bytes)
        }, next)
      })
    },
  }
}
