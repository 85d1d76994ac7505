import type { BuildStep } from '../protocol.js'
import { StepState } from '../scene/appearance.js'

/**
 * Each instance's state at step `index` (from 0): put in by an earlier step (done), by this one or
 * worked on by it (shown), or by a later one (hidden). An instance no step puts in counts as done.
 */
export function stepStates(count: number, steps: readonly BuildStep[], index: number): Uint8Array {
  const states = new Uint8Array(count).fill(StepState.Done)
  for (let k = index; k < steps.length; k++) {
    const state = k === index ? StepState.Shown : StepState.Later
    for (const i of steps[k].adds) states[i] = state
  }
  for (const i of steps[index].worksOn) states[i] = StepState.Shown
  return states
}
