import type { Check, Step, Table } from '../../src/index.js'

/** Messages between the page and the kit worker. Typed arrays travel as transferables. */

export type PartKind = 'printed' | 'bought' | 'stock'

/** A distinct part of the machine: one printed STL, one catalogue item or one cut of stock. */
export interface PartInfo {
  readonly kind: PartKind
  /** Printed part name, catalogue id or stock item. */
  readonly name: string
  readonly description: string
  /** Printed parts: the module that defines the part. */
  readonly module?: string
  /** How many the whole machine has: printed copies, bought pieces, or pieces of this cut. */
  readonly count: number
  /** Bounding box, mm; printed parts as they lie on the print bed. */
  readonly size: readonly [number, number, number]
  /** Printed parts: solid filament mass of one copy, g. */
  readonly grams?: number
  /** Printed parts: the slicer's estimate for one copy, if it has sliced this geometry in this material. */
  readonly print?: { readonly seconds: number; readonly grams: number }
  /** Stock: what it is made of, its cut length and (panes) its width, mm. */
  readonly material?: string
  readonly length?: number
  readonly width?: number
}

/** A mesh the page draws, sent once: later scenes refer to it by key. */
export interface GeometryData {
  readonly key: string
  readonly positions: Float32Array
  readonly triangles: Uint32Array
}

/** A node of the assembly tree; the root comes first and has parent -1. */
export interface TreeNode {
  readonly name: string
  readonly module: string
  readonly parent: number
}

/** Every leaf of the machine, one entry per instance, as parallel arrays. */
export interface Instances {
  readonly count: number
  /** Index into SceneData.geometryKeys. */
  readonly geometry: Uint32Array
  /** Index into SceneData.nodes. */
  readonly node: Uint32Array
  /** Index into SceneData.parts. */
  readonly part: Uint32Array
  /** 16 floats each: geometry to machine coordinates, column-major. */
  readonly matrices: Float32Array
  /** 3 floats each: centre of the instance's bounding box in the machine. */
  readonly centres: Float32Array
}

export interface Box3 {
  readonly min: readonly [number, number, number]
  readonly max: readonly [number, number, number]
}

export interface SceneData {
  /** Geometries the page did not have yet. */
  readonly geometries: readonly GeometryData[]
  /** Every geometry this scene uses. */
  readonly geometryKeys: readonly string[]
  readonly nodes: readonly TreeNode[]
  readonly parts: readonly PartInfo[]
  readonly instances: Instances
  /** Around every instance. */
  readonly bounds: Box3
  /** Around nearly all instances: a few that reach far out (such as straight belts) are left out. */
  readonly focus: Box3
  readonly cutlist: Table
  readonly bom: Table
  /** The machine's engineering checks, as the report lists them. */
  readonly checks: readonly Check[]
  /** The spec as parsed: every length in mm, every default filled in. */
  readonly resolved: unknown
  /** Values the spec leaves to be derived, by field path (e.g. the frame size from a build volume). */
  readonly derived: Readonly<Record<string, unknown>>
  /**
   * Worker time per step, ms: when the build started (since the worker did), making the kit, the
   * scene; and how many printed parts the build modelled.
   */
  readonly timings: Readonly<Record<string, number>>
}

/**
 * A step of the build guide (guideSteps) as Build mode shows it: its lists as the guide has them,
 * its minutes, and its leaves as the scene's instance indices.
 */
export interface BuildStep
  extends Pick<
    Step,
    'id' | 'title' | 'module' | 'where' | 'printed' | 'bought' | 'stock' | 'tools' | 'precautions' | 'actions'
  > {
  readonly minutes: number
  /** The instances the step puts in the machine. */
  readonly adds: Uint32Array
  /** Instances put in by earlier steps that the step works on (the axes it sets on the frame, say). */
  readonly worksOn: Uint32Array
}

export type ToWorker =
  | { readonly type: 'build'; readonly id: number; readonly spec: unknown; readonly have: readonly string[] }
  | { readonly type: 'stl'; readonly id: number; readonly part: string }
  | { readonly type: 'zip'; readonly id: number; readonly folder: string }
  /**
   * The first machine is on screen: load the modelling code, and ready the kernel's code for the
   * next change. Answered by `warmed`.
   */
  | { readonly type: 'warm'; readonly id: number }
  /** The build guide's steps of the machine built from this spec. Answered by `steps`. */
  | { readonly type: 'steps'; readonly id: number; readonly spec: unknown }

export type FromWorker =
  | {
      readonly type: 'progress'
      readonly id: number
      readonly done: number
      readonly total: number
      readonly part: string
    }
  | { readonly type: 'scene'; readonly id: number; readonly scene: SceneData }
  | { readonly type: 'invalid'; readonly id: number; readonly problems: readonly string[] }
  | { readonly type: 'failed'; readonly id: number; readonly message: string }
  | { readonly type: 'file'; readonly id: number; readonly bytes: Uint8Array }
  | { readonly type: 'steps'; readonly id: number; readonly steps: readonly BuildStep[] }
  /**
   * The warm-up is over (done, or given way to a build): the modelling code is loaded. `modelled`:
   * the printed parts it modelled to make the kit of a machine drawn from its shipped scene.
   */
  | { readonly type: 'warmed'; readonly id: number; readonly modelled: number }

/** The buffers to transfer with a scene: its new meshes' and its instances'. */
export function transferables(scene: Pick<SceneData, 'geometries' | 'instances'>): ArrayBuffer[] {
  const { instances } = scene
  return [
    ...scene.geometries.flatMap((g) => [g.positions.buffer, g.triangles.buffer]),
    instances.geometry.buffer,
    instances.node.buffer,
    instances.part.buffer,
    instances.matrices.buffer,
    instances.centres.buffer,
  ] as ArrayBuffer[]
}
