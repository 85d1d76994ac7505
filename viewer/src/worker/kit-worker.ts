import { strToU8, zipSync } from 'fflate'
import { version } from '../../../package.json'
import {
  evaluate,
  InputError,
  type Kit,
  kitFiles,
  ModelStore,
  makeKit,
  modelKey,
  parseSpec,
  placedLeaves,
} from '../../../src/index.js'
import type { FromWorker, ToWorker } from '../protocol.js'
import { sceneOf, stockKey, transferables } from './scene.js'
import { ShapeCache } from './shape-cache.js'
import { adoptShippedDrawn, adoptShippedModels } from './shipped-models.js'

/** The worker's side of its global scope, as far as this file uses it. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null
  postMessage(message: FromWorker, transfer?: Transferable[]): void
}

const scope = self as unknown as WorkerScope
// The printed parts' models and drawn meshes made at build time load while the first spec is
// read. The geometry kernel's WebAssembly loads when first needed (evaluate, simplify): a preset's
// first machine is drawn from shipped meshes without it, and it loads after, for the next change.
/**
 * The printed parts' models, which says which part it models: a part whose model it holds
 * (shipped, or modelled by an earlier build) is taken, not modelled, and not reported.
 */
class ReportingModelStore extends ModelStore {
  /** The model keys of every model held. */
  readonly held = new Set<string>()
  onModelling: ((part: string) => void) | undefined

  override modelOf(part: Parameters<ModelStore['modelOf']>[0]) {
    const key = modelKey(part)
    if (!this.held.has(key)) {
      this.held.add(key)
      this.onModelling?.(part.name)
    }
    const model = super.modelOf(part)
    model.catch(() => this.held.delete(key))
    return model
  }
}

const models = new ReportingModelStore()
const shippedModels = adoptShippedModels(models).then((keys) => {
  for (const key of keys) models.held.add(key)
})
const shapes = new ShapeCache()
const shippedDrawn = adoptShippedDrawn(shapes)
/** The kit of the latest scene sent: what downloads come from. */
let current: Kit | undefined

const post = (message: FromWorker, transfer: Transferable[] = []) => scope.postMessage(message, transfer)

// One message at a time: the page sends a build only when the previous one has answered.
let queue = Promise.resolve()
/** Builds received and not yet started: the warm-up gives way to them. */
let buildsWaiting = 0
scope.onmessage = (event) => {
  if (event.data.type === 'build') buildsWaiting += 1
  queue = queue.then(() => handle(event.data))
}

async function handle(message: ToWorker): Promise<void> {
  try {
    if (message.type === 'build') await build(message)
    else if (message.type === 'warm') await warmKernel()
    else if (message.type === 'stl') sendStl(message.id, message.part)
    else sendZip(message.id, message.folder)
  } catch (error) {
    if (error instanceof InputError) post({ type: 'invalid', id: message.id, problems: error.problems })
    else post({ type: 'failed', id: message.id, message: (error as Error).message })
  }
}

async function build({ id, spec: raw, have }: Extract<ToWorker, { type: 'build' }>): Promise<void> {
  buildsWaiting -= 1
  const started = performance.now()
  const spec = parseSpec(raw, 'spec')
  await shippedModels
  // Only a part being modelled is reported: one whose model is held is taken at once.
  let place = { done: 0, total: 0 }
  let modelled = 0
  models.onModelling = (part) => {
    modelled += 1
    post({ type: 'progress', id, ...place, part })
  }
  const onPart = (done: number, total: number) => {
    place = { done, total }
  }
  const kit = await makeKit(spec, { models, onPart }).finally(() => {
    models.onModelling = undefined
  })
  const kitMs = performance.now() - started
  await shippedDrawn
  const scene = await sceneOf(kit, new Set(have), shapes)
  const { layout } = kit
  current = kit
  post(
    {
      type: 'scene',
      id,
      scene: {
        ...scene,
        resolved: spec,
        derived: { 'frame.size': layout.frame.outer, buildVolume: layout.buildVolume.reached, bed: layout.bed },
        // started: ms from the worker's start to this build's (for the first build, its loading);
        // modelled: the kit's printed parts this build modelled (none when all were shipped or known).
        timings: { started, kit: kitMs, scene: performance.now() - started - kitMs, modelled },
      },
    },
    transferables(scene),
  )
}

/**
 * Evaluates once more each cut of stock of the machine on screen whose mesh was shipped, and keeps
 * nothing: a change of size evaluates new cuts, and would otherwise be the first to run the
 * kernel's code (several times slower while it is not yet compiled). It stops as soon as a build
 * comes: between cuts it lets the worker's messages in.
 */
async function warmKernel(): Promise<void> {
  if (!current) return
  const seen = new Set<string>()
  for (const { leaf } of placedLeaves(current.machine)) {
    if (leaf.kind !== 'stock') continue
    const key = stockKey(leaf.piece)
    if (seen.has(key) || !shapes.wasAdopted(key)) continue
    seen.add(key)
    await new Promise((next) => setTimeout(next))
    if (buildsWaiting > 0) return
    await evaluate(leaf.piece.shape())
  }
}

function currentKit(): Kit {
  if (!current) throw new Error('no printer has been built yet')
  return current
}

function sendStl(id: number, name: string): void {
  const part = currentKit().parts.find((p) => p.part.name === name)
  if (!part) throw new Error(`no printed part is named ${name}`)
  const bytes = part.stl.slice()
  post({ type: 'file', id, bytes }, [bytes.buffer])
}

/** The files of `d3dkit build`, in one folder, zipped. */
function sendZip(id: number, folder: string): void {
  const entries: Record<string, Uint8Array> = {}
  for (const [path, content] of kitFiles(currentKit(), version)) {
    entries[`${folder}/${path}`] = typeof content === 'string' ? strToU8(content) : content
  }
  const bytes = zipSync(entries)
  post({ type: 'file', id, bytes }, [bytes.buffer])
}
