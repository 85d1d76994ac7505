import Module, { type ManifoldToplevel } from 'manifold-3d'

let loading: Promise<ManifoldToplevel> | undefined

/** The manifold-3d WebAssembly module, started once per process. */
export function loadManifold(): Promise<ManifoldToplevel> {
  loading ??= Module().then((wasm) => {
    wasm.setup()
    return wasm
  })
  return loading
}
