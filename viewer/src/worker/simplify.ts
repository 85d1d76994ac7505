import { loadManifold, type TriangleMesh } from '../../../src/index.js'

/**
 * How far, mm, a drawn printed or catalogue part may stray from its shape (its STL stays exact).
 * Screws, nuts and washers come in the hundreds, modelled with a facet a millimetre round, and
 * printed parts' holes and pockets with finer ones; drawn with fewer (a few tenths of a millimetre
 * off, under a pixel of the whole machine in view) they cost the frame far less where WebGL runs
 * in software. At 0.1 mm the printed parts keep 87 % of their triangles, at 0.25 mm 53 %.
 */
export const DRAWN_TOLERANCE = 0.25

/** The mesh with edges collapsed where that moves its surface by no more than `tolerance`. */
export async function simplified(mesh: TriangleMesh, tolerance: number): Promise<TriangleMesh> {
  const wasm = await loadManifold()
  const solid = new wasm.Manifold(
    new wasm.Mesh({ numProp: 3, vertProperties: mesh.positions, triVerts: mesh.triangles }),
  )
  const simple = solid.simplify(tolerance)
  try {
    const out = simple.getMesh()
    return { positions: out.vertProperties.slice(), triangles: out.triVerts.slice() }
  } finally {
    solid.delete()
    simple.delete()
  }
}
