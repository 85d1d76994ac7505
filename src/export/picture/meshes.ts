import type { PlacedLeaf } from '../../assembly/collect.js'
import { box, evaluate, intersection, type Solid, type TriangleMesh, transform } from '../../kernel/index.js'
import { frame, identity, type Mat4, multiply, translation, type Vec3 } from '../../kernel/matrix.js'
import { modelKey } from '../../parts/model-key.js'
import type { Leaf, StockPiece } from '../../parts/types.js'
import type { Kit } from '../kit.js'
import { ModelStore } from '../models.js'
import { cameraMatrix, type View } from './camera.js'
import { type Viewed, viewMesh } from './viewed.js'

/** A leaf's mesh as drawn: the mesh and the move from the mesh's coordinates to the leaf's. */
export interface DrawnMesh {
  readonly mesh: TriangleMesh
  readonly local: Mat4
}

const drawn = (mesh: TriangleMesh, local: Mat4): DrawnMesh => ({ mesh, local })

/**
 * The meshes of leaves, made once for every picture of one build: printed parts by model key
 * (their models taken from a ModelStore), bought parts by catalogue id, stock pieces each their own
 * (a piece's holes are drilled where its module says).
 */
export class MeshCache {
  private readonly byKey = new Map<string, Promise<DrawnMesh>>()
  private readonly byPiece = new WeakMap<StockPiece, Promise<DrawnMesh>>()
  private readonly blanks = new WeakMap<StockPiece, Promise<DrawnMesh>>()
  /** Per placed leaf, its meshes seen by a view with a shift, by both. */
  private readonly viewed = new WeakMap<PlacedLeaf, Map<string, Promise<Viewed>>>()

  constructor(private readonly models: ModelStore = new ModelStore()) {}

  /** A cache that takes the kit's printed parts as they were modelled for it. */
  static ofKit(kit: Kit): MeshCache {
    const models = new ModelStore()
    models.adopt(
      kit.parts.map(({ part, mesh, bedShift, stl, sha256, volume, size }) => [
        modelKey(part),
        { mesh, bedShift: [...bedShift], stl, sha256, volume, size: [...size] },
      ]),
    )
    return new MeshCache(models)
  }

  meshOf(leaf: Leaf, blank = false): Promise<DrawnMesh> {
    if (leaf.kind === 'stock' && blank && leaf.piece.drilled) {
      let found = this.blanks.get(leaf.piece)
      if (!found) {
        found = evaluate(blankOf(leaf.piece)).then((mesh) => drawn(mesh, identity))
        this.blanks.set(leaf.piece, found)
      }
      return found
    }
    if (leaf.kind === 'stock') {
      let found = this.byPiece.get(leaf.piece)
      if (!found) {
        found = evaluate(leaf.piece.shape()).then((mesh) => drawn(mesh, identity))
        this.byPiece.set(leaf.piece, found)
      }
      return found
    }
    const key = leaf.kind === 'printed' ? `printed:${modelKey(leaf.part)}` : `bought:${leaf.part.id}`
    let found = this.byKey.get(key)
    if (!found) {
      found =
        leaf.kind === 'printed'
          ? // The model lies on the print bed; the leaf places the part as modelled.
            this.models
              .modelOf(leaf.part)
              .then(({ mesh, bedShift: s }) => drawn(mesh, translation([-s[0], -s[1], -s[2]])))
          : evaluate(leaf.part.shape()).then((mesh) => drawn(mesh, identity))
      this.byKey.set(key, found)
    }
    return found
  }

  /**
   * A placed leaf's mesh in camera mm: its placement, then `shift` (machine mm), then the view.
   * Made once a build for each view and shift: most leaves are drawn in many pictures.
   */
  viewedOf(placed: PlacedLeaf, shift: Vec3 | undefined, view: View, blank = false): Promise<Viewed> {
    let byView = this.viewed.get(placed)
    if (!byView) {
      byView = new Map()
      this.viewed.set(placed, byView)
    }
    const key = `${view.back.join(',')};${shift?.join(',') ?? ''};${blank}`
    let found = byView.get(key)
    if (!found) {
      found = this.meshOf(placed.leaf, blank).then(({ mesh, local }) => {
        const world = multiply(placed.world, local)
        return viewMesh(mesh, multiply(cameraMatrix(view), shift ? multiply(translation(shift), world) : world))
      })
      byView.set(key, found)
    }
    return found
  }
}

/** The length of a piece's section taken to make its blank, mm. */
const SLICE = 1
/** Farther than any stock section reaches from its axis, mm. */
const FAR = 1e4

/**
 * A drilled piece as cut, before its holes: a slice of its shape where no hole is (read either
 * way from its reference end), stretched along the piece's length (local +X, 0 to length).
 */
function blankOf(piece: StockPiece): Solid {
  const holes = (piece.drilled?.faces ?? []).flatMap((f) =>
    f.holes.flatMap((h) => [
      [h.x - h.diameter / 2, h.x + h.diameter / 2],
      [piece.length - h.x - h.diameter / 2, piece.length - h.x + h.diameter / 2],
    ]),
  )
  const clear = (x: number) => holes.every(([a, b]) => x + SLICE < a || x > b)
  let at = piece.length / 2
  for (let d = 0; d < piece.length / 2; d += SLICE) {
    if (clear(at + d)) {
      at += d
      break
    }
    if (clear(at - d)) {
      at -= d
      break
    }
  }
  const slice = intersection(piece.shape(), box([at, -FAR, -FAR], [at + SLICE, FAR, FAR]))
  return transform(
    slice,
    multiply(frame([0, 0, 0], [piece.length / SLICE, 0, 0], [0, 1, 0], [0, 0, 1]), translation([-at, 0, 0])),
  )
}
