import { MARKS } from './marks.js'
import type { BuildStep, FromWorker, SceneData, ToWorker } from './protocol.js'

/** Where the page keeps the meshes it was sent (GeometryStore), so that none is sent twice. */
export interface MeshHolder {
  keys(): string[]
  adopt(scene: SceneData): void
}

export interface KitEvents {
  /** A new machine, and the spec it was built from. */
  readonly scene: (scene: SceneData, spec: unknown) => void
  /** The spec cannot be built: each problem names its field. */
  readonly invalid: (problems: readonly string[]) => void
  readonly failed: (message: string) => void
  readonly progress: (done: number, total: number, part: string) => void
}

/**
 * The page's side of the kit worker. Builds are latest-wins: while one runs, only the newest
 * spec waits, and it goes with the list of meshes the page then holds, so none is sent twice.
 * It needs no three.js, so that the page can start the worker before loading the rest.
 */
export class KitClient {
  private readonly worker: Worker
  private meshes: MeshHolder | undefined
  private nextId = 1
  private building: number | undefined
  private waiting: { spec: unknown; json: string } | undefined
  /** The spec of the build that runs. */
  private sent: unknown
  private lastJson: string | undefined
  /** Requests (files, steps) waiting for their answer, by id. */
  private readonly answers = new Map<number, (answer: FromWorker) => void>()
  private listeners: KitEvents | undefined
  /** What happened before anyone listened, such as the first machine while the page was starting. */
  private unheard: ((events: KitEvents) => void)[] = []

  constructor(worker: Worker) {
    this.worker = worker
    worker.onmessage = (event: MessageEvent<FromWorker>) => this.receive(event.data)
    worker.onerror = (event) => this.emit((on) => on.failed(`the kit worker stopped: ${event.message}`))
  }

  /** Events go to `events` and meshes to `meshes` from now on; what came before is handed over first. */
  listen(events: KitEvents | undefined, meshes: MeshHolder): void {
    this.listeners = events
    this.meshes = meshes
    if (!events) return
    for (const event of this.unheard.splice(0)) event(events)
  }

  private emit(event: (events: KitEvents) => void): void {
    if (this.listeners) event(this.listeners)
    else this.unheard.push(event)
  }

  /** Builds this spec once the worker is free; a spec equal to the last one asked for is not built again. */
  build(spec: unknown): void {
    const json = JSON.stringify(spec)
    if (json === this.lastJson) return
    this.lastJson = json
    if (this.building === undefined) this.send(spec)
    else this.waiting = { spec, json }
  }

  /** The STL of a printed part of the machine on screen, as `d3dkit build` writes it. */
  stl(part: string): Promise<Uint8Array> {
    return this.request((id) => ({ type: 'stl', id, part }), 'file').then((answer) => answer.bytes)
  }

  /** Every file of `d3dkit build` for the machine on screen, zipped in one folder. */
  zip(folder: string): Promise<Uint8Array> {
    return this.request((id) => ({ type: 'zip', id, folder }), 'file').then((answer) => answer.bytes)
  }

  /** The build guide's steps of the machine built from this spec (the one on screen), for Build mode. */
  steps(spec: unknown): Promise<readonly BuildStep[]> {
    return this.request((id) => ({ type: 'steps', id, spec }), 'steps').then((answer) => answer.steps)
  }

  /**
   * Tells the worker the first machine is on screen, so that it loads its modelling code now (not
   * while the page draws) and evaluates, while the user looks, what a machine drawn from shipped
   * meshes did not: the first change then finds the kernel's code compiled. Resolves when the
   * worker is done (`warmed`), or rejects if its modelling code could not load.
   */
  warm(): Promise<void> {
    return this.request((id) => ({ type: 'warm', id }), 'warmed').then(() => undefined)
  }

  private request<T extends FromWorker['type']>(
    message: (id: number) => ToWorker,
    answer: T,
  ): Promise<Extract<FromWorker, { type: T }>> {
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.answers.set(id, (got) => {
        if (got.type === answer) resolve(got as Extract<FromWorker, { type: T }>)
        else reject(new Error(got.type === 'failed' ? got.message : `unexpected ${got.type} answer`))
      })
      this.worker.postMessage(message(id))
    })
  }

  private send(spec: unknown): void {
    const id = this.nextId++
    this.building = id
    this.sent = spec
    performance.mark(MARKS.buildSent)
    // Scenes not yet handed over are not in the holder: ask for every mesh again until they are.
    const have = this.unheard.length === 0 ? (this.meshes?.keys() ?? []) : []
    const message: ToWorker = { type: 'build', id, spec, have }
    this.worker.postMessage(message)
  }

  private receive(message: FromWorker): void {
    if (message.type === 'warmed') performance.mark(MARKS.warmed, { detail: { modelled: message.modelled } })
    const waiting = this.answers.get(message.id)
    if (waiting) {
      this.answers.delete(message.id)
      waiting(message)
      return
    }
    if (message.id !== this.building) return
    if (message.type === 'progress') {
      this.emit((on) => on.progress(message.done, message.total, message.part))
      return
    }
    this.building = undefined
    const stale = this.waiting !== undefined
    if (message.type === 'scene') {
      performance.mark(MARKS.sceneReceived, { detail: message.scene.timings })
      const spec = this.sent
      this.emit((on) => {
        this.meshes?.adopt(message.scene)
        on.scene(message.scene, spec)
      })
    } else if (!stale && message.type === 'invalid') this.emit((on) => on.invalid(message.problems))
    else if (!stale && message.type === 'failed') this.emit((on) => on.failed(message.message))
    if (this.waiting) {
      const { spec } = this.waiting
      this.waiting = undefined
      this.send(spec)
    }
  }
}
