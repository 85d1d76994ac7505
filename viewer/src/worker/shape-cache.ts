import type { TriangleMesh } from '../../../src/index.js'

/**
 * Drawn meshes by geometry key (printed part and params, catalogue id, or stock item and cut):
 * each is made once and kept while the latest scene uses it.
 */
export class ShapeCache {
  private readonly meshes = new Map<string, Promise<TriangleMesh>>()
  /** Keys of the meshes taken from elsewhere, not made here. */
  private readonly adopted = new Set<string>()

  mesh(key: string, make: () => Promise<TriangleMesh>): Promise<TriangleMesh> {
    let mesh = this.meshes.get(key)
    if (!mesh) {
      mesh = make()
      this.meshes.set(key, mesh)
      mesh.catch(() => this.meshes.delete(key))
    }
    return mesh
  }

  /** Takes meshes made elsewhere by this same code (the viewer ships them), by geometry key. */
  adopt(meshes: Iterable<readonly [string, TriangleMesh]>): void {
    for (const [key, mesh] of meshes) {
      this.meshes.set(key, Promise.resolve(mesh))
      this.adopted.add(key)
    }
  }

  /** Whether the mesh of `key` was taken from elsewhere rather than made here. */
  wasAdopted(key: string): boolean {
    return this.adopted.has(key)
  }

  /** Forgets every mesh whose key is not in `keys`. */
  keepOnly(keys: ReadonlySet<string>): void {
    for (const key of this.meshes.keys()) {
      if (keys.has(key)) continue
      this.meshes.delete(key)
      this.adopted.delete(key)
    }
  }

  get size(): number {
    return this.meshes.size
  }
}
