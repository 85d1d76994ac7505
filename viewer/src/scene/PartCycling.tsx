import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import type { SceneData } from '../protocol.js'

/**
 * The first shown instance of the part after the selected instance's part (`step` 1) or before it
 * (-1), in the scene's order of parts, round the end; the first or last part's when none is selected.
 * A hidden instance's matrix is all zeros.
 */
export function nextPartInstance(
  scene: SceneData,
  matrices: Float32Array,
  selected: number | undefined,
  step: 1 | -1,
): number | undefined {
  const firstShown = new Map<number, number>()
  for (let i = 0; i < scene.instances.count; i++) {
    const part = scene.instances.part[i]
    if (matrices[i * 16 + 15] !== 0 && !firstShown.has(part)) firstShown.set(part, i)
  }
  const parts = [...firstShown.keys()].sort((a, b) => a - b)
  if (parts.length === 0) return undefined
  const current = selected === undefined ? -1 : parts.indexOf(scene.instances.part[selected])
  const next = current === -1 ? (step === 1 ? 0 : parts.length - 1) : (current + step + parts.length) % parts.length
  return firstShown.get(parts[next])
}

export interface PartCyclingProps {
  readonly scene: SceneData
  readonly matrices: Float32Array
  readonly selected: number | undefined
  readonly onPick: (instance: number | undefined) => void
}

/** Enter or Space on the focused view selects the next part shown (with Shift, the one before). */
export function PartCycling({ scene, matrices, selected, onPick }: PartCyclingProps) {
  const focusable = useThree((state) => state.events.connected as HTMLElement | undefined)
  useEffect(() => {
    const pickOnKey = (event: KeyboardEvent) => {
      if ((event.key !== 'Enter' && event.key !== ' ') || event.target !== focusable) return
      event.preventDefault()
      onPick(nextPartInstance(scene, matrices, selected, event.shiftKey ? -1 : 1))
    }
    focusable?.addEventListener('keydown', pickOnKey)
    return () => focusable?.removeEventListener('keydown', pickOnKey)
  }, [focusable, scene, matrices, selected, onPick])
  return null
}
