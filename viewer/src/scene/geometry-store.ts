import { BufferAttribute, BufferGeometry } from 'three'
import type { SceneData } from '../protocol.js'

/** The meshes the page holds, by key: each arrives once from the worker and stays while scenes use it. */
export class GeometryStore {
  private readonly geometries = new Map<string, BufferGeometry>()

  keys(): string[] {
    return [...this.geometries.keys()]
  }

  /** Takes a scene's new meshes and lets go of those it does not use. */
  adopt(scene: SceneData): void {
    for (const data of scene.geometries) {
      const geometry = new BufferGeometry()
      geometry.setAttribute('position', new BufferAttribute(data.positions, 3))
      geometry.setIndex(new BufferAttribute(data.triangles, 1))
      geometry.computeBoundingSphere()
      this.geometries.get(data.key)?.dispose()
      this.geometries.set(data.key, geometry)
    }
    const used = new Set(scene.geometryKeys)
    for (const [key, geometry] of this.geometries) {
      if (used.has(key)) continue
      geometry.dispose()
      this.geometries.delete(key)
    }
    for (const key of used) if (!this.geometries.has(key)) throw new Error(`the worker did not send mesh ${key}`)
  }

  get(key: string): BufferGeometry {
    const geometry = this.geometries.get(key)
    if (!geometry) throw new Error(`no mesh ${key}`)
    return geometry
  }
}
