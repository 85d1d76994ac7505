import { useCallback, useMemo, useState } from 'react'
import type { SceneData } from './protocol.js'
import type { GeometryStore } from './scene/geometry-store.js'
import { groundGrid } from './scene/ground.js'
import type { Drawing } from './scene/MachineView.js'
import { explodeOffsets, instancesUnder, nodePaths, placedMatrices, visibleInstances } from './scene/placement.js'
import type { ViewInAddress } from './spec-source.js'

function toggled(set: ReadonlySet<string>, path: string): ReadonlySet<string> {
  const next = new Set(set)
  if (!next.delete(path)) next.add(path)
  return next
}

/**
 * How the machine is shown: exploded, with nodes hidden, isolated or highlighted (by path, so
 * that the choice outlives a rebuild), and the part picked (in the machine on screen: a new one drops it).
 */
export function useView(scene: SceneData | undefined, geometries: GeometryStore, start?: ViewInAddress) {
  const [explode, setExplode] = useState(start?.explode ?? 0)
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set(start?.hidden))
  const [isolated, setIsolated] = useState<string>()
  const [highlighted, setHighlighted] = useState<string>()
  const [selected, setSelected] = useState<{ scene: SceneData; instance: number }>()

  const layout = useMemo(
    () => scene && { offsets: explodeOffsets(scene), paths: nodePaths(scene), grid: groundGrid(scene.focus) },
    [scene],
  )
  const matrices = useMemo(
    () =>
      scene && layout && placedMatrices(scene, layout.offsets, explode, visibleInstances(scene, { hidden, isolated })),
    [scene, layout, explode, hidden, isolated],
  )
  const highlightedInstances = useMemo(
    () => scene && (highlighted ? instancesUnder(scene, highlighted) : new Uint8Array(scene.instances.count)),
    [scene, highlighted],
  )
  const picked = selected && selected.scene === scene ? selected : undefined

  const drawing: Drawing | undefined = useMemo(
    () =>
      scene && layout && matrices && highlightedInstances
        ? {
            scene,
            geometries,
            matrices,
            highlighted: highlightedInstances,
            selected: picked?.instance,
            grid: layout.grid,
          }
        : undefined,
    [scene, layout, matrices, highlightedInstances, picked, geometries],
  )
  const pick = useCallback(
    (instance: number | undefined) => setSelected(scene && instance !== undefined ? { scene, instance } : undefined),
    [scene],
  )

  return {
    drawing,
    paths: layout?.paths ?? [],
    grid: layout?.grid,
    explode,
    setExplode,
    hidden,
    toggleHidden: (path: string) => setHidden((h) => toggled(h, path)),
    isolated,
    setIsolated,
    highlighted,
    setHighlighted,
    picked: picked && scene && { instance: picked.instance, part: scene.parts[scene.instances.part[picked.instance]] },
    pick,
  }
}
