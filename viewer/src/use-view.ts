import { useCallback, useMemo, useState } from 'react'
import { stepStates } from './build/step-states.js'
import type { BuildStep, SceneData } from './protocol.js'
import { StepState } from './scene/appearance.js'
import type { GeometryStore } from './scene/geometry-store.js'
import { groundGrid } from './scene/ground.js'
import type { Drawing } from './scene/MachineView.js'
import {
  explodeOffsets,
  instancesUnder,
  nodePaths,
  placedMatrices,
  type Visibility,
  visibleInstances,
} from './scene/placement.js'
import type { ViewInAddress } from './spec-source.js'

function toggled(set: ReadonlySet<string>, path: string): ReadonlySet<string> {
  const next = new Set(set)
  if (!next.delete(path)) next.add(path)
  return next
}

/** Build mode's step on a scene: the scene's build steps, and the one shown (from 0). */
export interface StepShowing {
  readonly scene: SceneData
  readonly steps: readonly BuildStep[]
  readonly index: number
}

/** Whether each instance shows by the nodes hidden or isolated and, in Build mode, by its step. */
function shownInstances(scene: SceneData, visibility: Visibility, states: Uint8Array | undefined): Uint8Array {
  const visible = visibleInstances(scene, visibility)
  if (states) for (let i = 0; i < visible.length; i++) if (states[i] === StepState.Later) visible[i] = 0
  return visible
}

/**
 * How the machine is shown: exploded, with nodes hidden, isolated or highlighted (by path, so
 * that the choice outlives a rebuild), the part picked (in the machine on screen: a new one drops
 * it), and in Build mode by its step (`building`, for the scene it was worked out for).
 */
export function useView(
  scene: SceneData | undefined,
  geometries: GeometryStore,
  start?: ViewInAddress,
  building?: StepShowing,
) {
  const [explode, setExplode] = useState(start?.explode ?? 0)
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set(start?.hidden))
  const [isolated, setIsolated] = useState<string>()
  const [highlighted, setHighlighted] = useState<string>()
  const [selected, setSelected] = useState<{ scene: SceneData; instance: number }>()

  const layout = useMemo(
    () => scene && { offsets: explodeOffsets(scene), paths: nodePaths(scene), grid: groundGrid(scene.focus) },
    [scene],
  )
  const step = building?.scene === scene ? building : undefined
  const states = useMemo(() => step && stepStates(step.scene.instances.count, step.steps, step.index), [step])
  const matrices = useMemo(
    () =>
      scene &&
      layout &&
      placedMatrices(scene, layout.offsets, explode, shownInstances(scene, { hidden, isolated }, states)),
    [scene, layout, explode, hidden, isolated, states],
  )
  const drawnStates = useMemo(() => scene && (states ?? new Uint8Array(scene.instances.count)), [scene, states])
  const highlightedInstances = useMemo(
    () => scene && (highlighted ? instancesUnder(scene, highlighted) : new Uint8Array(scene.instances.count)),
    [scene, highlighted],
  )
  const picked = selected && selected.scene === scene ? selected : undefined

  const drawing: Drawing | undefined = useMemo(
    () =>
      scene && layout && matrices && highlightedInstances && drawnStates
        ? {
            scene,
            geometries,
            matrices,
            highlighted: highlightedInstances,
            stepStates: drawnStates,
            selected: picked?.instance,
            grid: layout.grid,
          }
        : undefined,
    [scene, layout, matrices, highlightedInstances, drawnStates, picked, geometries],
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
