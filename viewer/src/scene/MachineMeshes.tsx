import { type ThreeEvent, useThree } from '@react-three/fiber'
import { memo, useCallback, useLayoutEffect, useMemo, useRef } from 'react'
import { Color, type InstancedMesh, MeshLambertMaterial } from 'three'
import type { SceneData } from '../protocol.js'
import { HIGHLIGHT, LOOKS, type Look, lookOf, SELECTED, type StepState, stepColour } from './appearance.js'
import type { GeometryStore } from './geometry-store.js'

/**
 * One material per look, shared by every scene; instance colours tint it. Lambert, not Phong: the
 * highlights barely show on flat-shaded parts, and in software the frame is about a sixth quicker.
 */
export const MATERIALS = Object.fromEntries(
  Object.keys(LOOKS).map((look) => [look, new MeshLambertMaterial({ color: 0xffffff, flatShading: true })]),
) as Record<Look, MeshLambertMaterial>

/** Pointer travel, px, past which a press is a drag of the view rather than a click. */
const CLICK_SLOP = 4

export interface MachineMeshesProps {
  readonly scene: SceneData
  readonly geometries: GeometryStore
  /** 16 floats per instance, as placedMatrices gives them. */
  readonly matrices: Float32Array
  /** 1 for each highlighted instance. */
  readonly highlighted: Uint8Array
  /** Each instance's StepState: in Build mode, put in by an earlier step or by the step shown. */
  readonly stepStates: Uint8Array
  readonly selected: number | undefined
  readonly onPick: (instance: number) => void
}

interface Batch {
  readonly geometryKey: string
  readonly look: Look
  /** The scene's instance index of each instance of the batch. */
  readonly members: Uint32Array
}

/** The instances grouped by mesh: one instanced draw per distinct mesh. */
function batchesOf(scene: SceneData): Batch[] {
  const members = scene.geometryKeys.map(() => [] as number[])
  for (let i = 0; i < scene.instances.count; i++) members[scene.instances.geometry[i]].push(i)
  return scene.geometryKeys.map((geometryKey, g) => ({
    geometryKey,
    look: lookOf(scene.parts[scene.instances.part[members[g][0]]]),
    members: Uint32Array.from(members[g]),
  }))
}

/** Memoised, like everything in the canvas: a changed prop redraws the view, which is slow in software. */
export const MachineMeshes = memo(function MachineMeshes(props: MachineMeshesProps) {
  const batches = useMemo(() => batchesOf(props.scene), [props.scene])
  return (
    <group>
      {batches.map((batch) => (
        <BatchMesh key={batch.geometryKey} batch={batch} {...props} />
      ))}
    </group>
  )
})

const colour = new Color()

const BatchMesh = memo(function BatchMesh({
  batch,
  geometries,
  matrices,
  highlighted,
  stepStates,
  selected,
  onPick,
}: MachineMeshesProps & { batch: Batch }) {
  const ref = useRef<InstancedMesh>(null)
  const geometry = geometries.get(batch.geometryKey)
  // Instances change here, out of React's props: the view is redrawn on demand, so ask for it.
  const invalidate = useThree((state) => state.invalidate)

  useLayoutEffect(() => {
    const mesh = ref.current!
    const target = mesh.instanceMatrix.array as Float32Array
    for (const [j, i] of batch.members.entries()) target.set(matrices.subarray(i * 16, i * 16 + 16), j * 16)
    mesh.instanceMatrix.needsUpdate = true
    mesh.computeBoundingSphere()
    invalidate()
  }, [batch, matrices, invalidate])

  useLayoutEffect(() => {
    const mesh = ref.current!
    for (const [j, i] of batch.members.entries()) {
      const own = stepColour(stepStates[i] as StepState, batch.look)
      const tint = i === selected ? SELECTED : highlighted[i] ? HIGHLIGHT : own
      mesh.setColorAt(j, colour.set(tint))
    }
    mesh.instanceColor!.needsUpdate = true
    invalidate()
  }, [batch, highlighted, stepStates, selected, invalidate])

  const onClick = useCallback(
    (event: ThreeEvent<MouseEvent>) => {
      if (event.delta > CLICK_SLOP || event.instanceId === undefined) return
      event.stopPropagation()
      onPick(batch.members[event.instanceId])
    },
    [batch, onPick],
  )
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a three.js object, not a DOM element; R3F's raycaster sends its clicks
    <instancedMesh ref={ref} args={[geometry, MATERIALS[batch.look], batch.members.length]} onClick={onClick} />
  )
})
