// The kit worker's modelling code (the spec, the modules, the kit, the geometry kernel): loaded by
// the worker when a build, a download or the warm-up first needs it, not for a preset's first
// machine, which is drawn from its shipped scene.
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
  type TriangleMesh,
} from '../../../src/index.js'
import { type BuildStep, type FromWorker, type ToWorker, transferables } from '../protocol.js'
import { derivedOf, sceneOf, stockKey } from './scene.js'
import { ShapeCache } from './shape-cache.js'
import { adoptShippedModels } from './shipped-models.js'

type Post = (message: FromWorker, transfer?: Transferable[]) => void

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

/**
 * Builds kits and their scenes, gives their files, and readies the kernel's code. The printed
 * parts' models made at build time load as it starts; `drawn` are the presets' drawn meshes, if
 * they loaded. The kernel's WebAssembly loads when first needed (evaluate, simplify).
 */
export class Modeller {
  private readonly models = new ReportingModelStore()
  private readonly shippedModels = adoptShippedModels(this.models).then((keys) => {
    for (const key of keys) this.models.held.add(key)
  })
  private readonly shapes = new ShapeCache()
  /** The kit of the latest scene sent: what downloads come from; and its spec, as JSON. */
  private current: Kit | undefined
  private currentJson: string | undefined
  /** Each kit's build steps, made when Build mode first asks for them. */
  private readonly steps = new WeakMap<Kit, BuildStep[]>()

  constructor(
    private readonly post: Post,
    /** Whether a build waits: the warm-up gives way to it. */
    private readonly buildWaits: () => boolean,
    drawn: readonly (readonly [string, TriangleMesh])[],
  ) {
    this.shapes.adopt(drawn)
  }

  /** Answers a message; `started`: when the worker began on it, ms since the worker started. */
  async handle(message: ToWorker, started = performance.now()): Promise<void> {
    try {
      if (message.type === 'build') await this.build(message, started)
      else if (message.type === 'warm') await this.warmKernel()
      else if (message.type === 'stl') this.sendStl(message.id, message.part)
      else if (message.type === 'steps') await this.sendSteps(message.id, message.spec)
      else this.sendZip(message.id, message.folder)
    } catch (error) {
      if (error instanceof InputError) this.post({ type: 'invalid', id: message.id, problems: error.problems })
      else this.post({ type: 'failed', id: message.id, message: (error as Error).message })
    }
  }

  /**
   * Makes the kit of the machine on screen, which came from a shipped scene (the page holds its
   * meshes), so that downloads and the warm-up have it. Gives how many printed parts it modelled.
   */
  async adoptShown(raw: unknown): Promise<number> {
    let modelled = 0
    this.models.onModelling = () => {
      modelled += 1
    }
    try {
      this.current = await this.kitOf(parseSpec(raw, 'spec'))
      this.currentJson = JSON.stringify(raw)
    } finally {
      this.models.onModelling = undefined
    }
    return modelled
  }

  private async kitOf(spec: ReturnType<typeof parseSpec>, onPart?: (done: number, total: number) => void) {
    await this.shippedModels
    return makeKit(spec, { models: this.models, onPart })
  }

  private async build({ id, spec: raw, have }: Extract<ToWorker, { type: 'build' }>, started: number) {
    const spec = parseSpec(raw, 'spec')
    // Only a part being modelled is reported: one whose model is held is taken at once.
    let place = { done: 0, total: 0 }
    let modelled = 0
    this.models.onModelling = (part) => {
      modelled += 1
      this.post({ type: 'progress', id, ...place, part })
    }
    const kit = await this.kitOf(spec, (done, total) => {
      place = { done, total }
    }).finally(() => {
      this.models.onModelling = undefined
    })
    const kitMs = performance.now() - started
    const scene = await sceneOf(kit, new Set(have), this.shapes)
    this.current = kit
    this.currentJson = JSON.stringify(raw)
    this.post(
      {
        type: 'scene',
        id,
        scene: {
          ...scene,
          resolved: spec,
          derived: derivedOf(kit),
          // started: ms from the worker's start to this build's (for the first build, its loading);
          // modelled: the kit's printed parts this build modelled (none when all were shipped or known).
          timings: { started, kit: kitMs, scene: performance.now() - started - kitMs, modelled },
        },
      },
      transferables(scene),
    )
  }

  /**
   * Evaluates once more each cut of stock of the machine on screen whose mesh was shipped, and
   * keeps nothing: a change of size evaluates new cuts, and would otherwise be the first to run
   * the kernel's code (several times slower while it is not yet compiled). It stops as soon as a
   * build comes: between cuts it lets the worker's messages in.
   */
  private async warmKernel(): Promise<void> {
    if (!this.current) return
    const seen = new Set<string>()
    for (const { leaf } of placedLeaves(this.current.machine)) {
      if (leaf.kind !== 'stock') continue
      const key = stockKey(leaf.piece)
      if (seen.has(key) || !this.shapes.wasAdopted(key)) continue
      seen.add(key)
      await new Promise((next) => setTimeout(next))
      if (this.buildWaits()) return
      await evaluate(leaf.piece.shape())
    }
  }

  private currentKit(): Kit {
    if (!this.current) throw new Error('no printer has been built yet')
    return this.current
  }

  private sendStl(id: number, name: string): void {
    const part = this.currentKit().parts.find((p) => p.part.name === name)
    if (!part) throw new Error(`no printed part is named ${name}`)
    const bytes = part.stl.slice()
    this.post({ type: 'file', id, bytes }, [bytes.buffer])
  }

  /**
   * The build steps of the spec's machine: that on screen's, or (when a newer build has replaced
   * it meanwhile) a kit of its own, made from the models held.
   */
  private async sendSteps(id: number, raw: unknown): Promise<void> {
    const kit =
      this.current && JSON.stringify(raw) === this.currentJson ? this.current : await this.kitOf(parseSpec(raw, 'spec'))
    let steps = this.steps.get(kit)
    if (!steps) {
      // Build mode's code loads when it is first opened, not with the modeller.
      const { buildSteps } = await import('./build-steps.js')
      steps = buildSteps(kit)
      this.steps.set(kit, steps)
    }
    // Copies: the cached steps keep their arrays, and the copies are transferred to the page.
    const sent = steps.map((step) => ({ ...step, adds: step.adds.slice(), worksOn: step.worksOn.slice() }))
    this.post(
      { type: 'steps', id, steps: sent },
      sent.flatMap((step) => [step.adds.buffer, step.worksOn.buffer]),
    )
  }

  /** The files of `d3dkit build`, in one folder, zipped. */
  private sendZip(id: number, folder: string): void {
    const entries: Record<string, Uint8Array> = {}
    for (const [path, content] of kitFiles(this.currentKit(), version)) {
      entries[`${folder}/${path}`] = typeof content === 'string' ? strToU8(content) : content
    }
    const bytes = zipSync(entries)
    this.post({ type: 'file', id, bytes }, [bytes.buffer])
  }
}
