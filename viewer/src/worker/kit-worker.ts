// The kit worker. Its first answer for a preset comes from this small script: the preset's scene
// and drawn meshes, made when the viewer was built. The modelling code (modeller.ts: the spec, the
// modules, the kit, the kernel) loads once the page has drawn that answer (its `warm`), for the
// downloads and the next change, or at once for anything a shipped scene does not answer.
import sceneUrls from 'virtual:shipped-scenes'
import type { TriangleMesh } from '../../../src/index.js'
import { canonical } from '../canonical.js'
import { type FromWorker, type ToWorker, transferables } from '../protocol.js'
import type { Modeller } from './modeller.js'
import { fetched, shippedDrawnMeshes } from './shipped-models.js'
import { unpackScene } from './shipped-scenes.js'

/** The worker's side of its global scope, as far as this file uses it. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null
  postMessage(message: FromWorker, transfer?: Transferable[]): void
}

const scope = self as unknown as WorkerScope
const post = (message: FromWorker, transfer: Transferable[] = []) => scope.postMessage(message, transfer)

// The drawn meshes load while the first spec is read.
const drawn = shippedDrawnMeshes()
let modeller: Promise<Modeller> | undefined
/** The spec of the machine on screen, if it came from a shipped scene: the modeller makes its kit first. */
let shownSpec: unknown

// One message at a time: the page sends a build only when the previous one has answered.
let queue = Promise.resolve()
/** Builds received and not yet started: the warm-up gives way to them. */
let buildsWaiting = 0
scope.onmessage = (event) => {
  if (event.data.type === 'build') buildsWaiting += 1
  queue = queue.then(() => handle(event.data))
}

async function handle(message: ToWorker): Promise<void> {
  const started = performance.now()
  if (message.type === 'build') buildsWaiting -= 1
  try {
    if (message.type === 'build' && !modeller && (await sentShipped(message, started))) return
    await (await loadModeller()).handle(message, started)
    if (message.type === 'warm') post({ type: 'warmed', id: message.id, modelled: modelledForShown })
  } catch (error) {
    // The modelling code did not load (the modeller answers for its own errors).
    post({ type: 'failed', id: message.id, message: (error as Error).message })
  }
}

/** The printed parts the modeller modelled to make the kit of the machine drawn from its shipped scene. */
let modelledForShown = 0

function loadModeller(): Promise<Modeller> {
  modeller ??= (async () => {
    const [{ Modeller }, meshes] = await Promise.all([import('./modeller.js'), drawn])
    const loaded = new Modeller(post, () => buildsWaiting > 0, meshes)
    if (shownSpec !== undefined) modelledForShown = await loaded.adoptShown(shownSpec)
    return loaded
  })()
  return modeller
}

/** Posts the scene shipped for this spec, if there is one and it loads; says whether it did. */
async function sentShipped({ id, spec, have }: Extract<ToWorker, { type: 'build' }>, started: number) {
  const url = sceneUrls[canonical(spec)]
  if (!url) return false
  let shipped: ReturnType<typeof unpackScene>
  let meshes: Map<string, TriangleMesh>
  try {
    const [buffer, drawnMeshes] = await Promise.all([fetched(url), drawn])
    shipped = unpackScene(buffer)
    meshes = new Map(drawnMeshes)
  } catch (error) {
    console.info(`d3dkit: this preset is modelled here, as its shipped scene did not load (${error})`)
    return false
  }
  const read = performance.now() - started
  const held = new Set(have)
  const wanted = shipped.geometryKeys.filter((key) => !held.has(key))
  if (!wanted.every((key) => meshes.has(key))) return false
  // Copies: the modeller adopts the same meshes, and the copies are transferred to the page.
  const geometries = wanted.map((key) => {
    const mesh = meshes.get(key)!
    return { key, positions: mesh.positions.slice(), triangles: mesh.triangles.slice() }
  })
  shownSpec = spec
  const scene = {
    ...shipped,
    geometries,
    // As a build reports them: reading the shipped scene stands for making the kit; nothing modelled.
    timings: { started, kit: read, scene: performance.now() - started - read, modelled: 0 },
  }
  // The modelling code loads at the page's `warm`, once this machine is drawn: loading it now
  // took a core from the page while it drew.
  post({ type: 'scene', id, scene }, transferables(scene))
  return true
}
