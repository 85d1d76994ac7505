import { evaluate, type Solid, type TriangleMesh } from '../../../src/kernel/index.js'
import { simplified } from './simplify.js'

/**
 * Meshes of bought parts and stock, by key (catalogue id, or stock item and cut): each shape is
 * evaluated once (drawn within `tolerance` of its shape, when given) and kept while the latest
 * scene uses it.
 */
export class ShapeCache {
  private readonly meshes = new Map<string, Promise<TriangleMesh>>()

  mesh(key: string, shape: () => Solid, tolerance?: number): Promise<TriangleMesh> {
    let mesh = this.meshes.get(key)
    if (!mesh) {
      const exact = evaluate(shape())
      mesh = tolerance === undefined ? exact : exact.then((m) => simplified(m, tolerance))
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
