// A preset's first scene as the worker would post it, made when the viewer is built and shipped
// with it (one file per preset), so that the first machine of a preset is drawn before the
// worker's modelling code has loaded: the worker's first answer needs only this file and the
// drawn meshes.
import type { SceneData } from '../protocol.js'
import { bytesOf, Reader, Writer } from './compact-models.js'

const MAGIC = 'd3dkit shipped scene 1\n'

/** A scene without its meshes (they are in the pack of drawn meshes) and without the worker's times. */
export type ShippedScene = Omit<SceneData, 'geometries' | 'timings'>

/** What the scene holds besides its instances, as JSON: lists, tables and numbers. */
type SceneText = Omit<ShippedScene, 'instances'>

/**
 * The instances' arrays (geometry, node, part: uint32; matrices, centres: float32), then the rest
 * of the scene as JSON. Refuses a scene that JSON would not give back as it is (NaN, Infinity,
 * undefined members): the page must get the same scene as from the worker.
 */
export function packScene(scene: ShippedScene): Uint8Array {
  const { instances, ...rest } = scene
  const text = JSON.stringify(rest satisfies SceneText)
  if (!sameJson(JSON.parse(text), rest)) throw new Error('the scene holds values that JSON does not keep')
  const out = new Writer()
  out.put(new TextEncoder().encode(MAGIC))
  out.u32(instances.count)
  for (const array of [instances.geometry, instances.node, instances.part, instances.matrices, instances.centres]) {
    out.put(bytesOf(array))
  }
  const json = new TextEncoder().encode(text)
  out.u32(json.length)
  out.put(json)
  return out.done()
}

/** The scene of a shipped file. Throws on anything but a whole file of this format. */
export function unpackScene(buffer: ArrayBuffer): ShippedScene {
  const pack = new Reader(buffer, MAGIC, 'shipped scene')
  const count = pack.u32()
  const u32s = (length: number) => new Uint32Array(pack.take(length * 4).slice().buffer)
  const f32s = (length: number) => new Float32Array(pack.take(length * 4).slice().buffer)
  const instances = {
    count,
    geometry: u32s(count),
    node: u32s(count),
    part: u32s(count),
    matrices: f32s(count * 16),
    centres: f32s(count * 3),
  }
  const rest = JSON.parse(pack.text(pack.u32())) as SceneText
  pack.end('scene')
  return { ...rest, instances }
}

/** Whether JSON gave back `original`: every number finite, no member left undefined. */
function sameJson(parsed: unknown, original: unknown): boolean {
  if (typeof original === 'number') return Number.isFinite(original) && parsed === original
  if (original === null || typeof original !== 'object') return parsed === original
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed) !== Array.isArray(original)) return false
  const keys = Object.keys(original)
  if (keys.length !== Object.keys(parsed).length) return false
  return keys.every((key) =>
    sameJson((parsed as Record<string, unknown>)[key], (original as Record<string, unknown>)[key]),
  )
}
