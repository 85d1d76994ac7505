import type { TriangleMesh } from '../../../src/index.js'

/**
 * Drawn meshes by geometry key (printed part and params, catalogue id, or stock item and cut):
 * each is made once and kept while the latest scene uses it.
 */
export class ShapeCache {
  private readonly meshes = new Map<string, Promise<TriangleMesh>>()

  mesh(key: string, make: () => Promise<TriangleMesh>): Promise<TriangleMesh> {
    let mesh = this.meshes.get(key)
    if (!mesh) {
      mesh = make()
      this.meshes.set(key, mesh)
      mesh.catch(() => this.meshes.delete(key))
    }
    return mesh
  }

  /** Forgets every mesh whose key is not in `keys`. */
  keepOnly(keys: ReadonlySet<string>): void {
    for (const key of this.meshes.keys()) if (!keys.has(key)) this.meshes.delete(key)
  }

  get size(): number {
    return this.meshes.size
  }
}
