import { describe, expect, it } from 'vitest'
import { guideSteps } from '../../src/index.js'
import { stepStates } from '../src/build/step-states.js'
import type { BuildStep } from '../src/protocol.js'
import { StepState } from '../src/scene/appearance.js'
import { buildSteps } from '../src/worker/build-steps.js'
import { sceneOf } from '../src/worker/scene.js'
import { ShapeCache } from '../src/worker/shape-cache.js'
import { kitOf } from './cli-kit.js'

describe("Build mode's steps", () => {
  it("are the guide's steps, each leaf it adds one instance of the scene, put in by exactly one step", async () => {
    const kit = await kitOf()
    const scene = await sceneOf(kit, new Set(), new ShapeCache())
    const steps = buildSteps(kit)
    const guide = guideSteps(kit)
    expect(steps.map((s) => [s.id, s.title, s.printed, s.bought, s.stock])).toEqual(
      guide.map((s) => [s.id, s.title, s.printed, s.bought, s.stock]),
    )
    const putIn = new Uint32Array(scene.instances.count)
    for (const step of steps) for (const i of step.adds) putIn[i] += 1
    expect([...putIn].filter((n) => n !== 1)).toEqual([])

    // Each step's printed instances are its printed lines, by the scene's part names.
    for (const step of steps) {
      const drawn = new Map<string, number>()
      for (const i of step.adds) {
        const part = scene.parts[scene.instances.part[i]]
        if (part.kind === 'printed') drawn.set(part.name, (drawn.get(part.name) ?? 0) + 1)
      }
      expect(Object.fromEntries(drawn), step.id).toEqual(
        Object.fromEntries(step.printed.map((p) => [p.name, p.quantity])),
      )
    }
  })

  it('shows a step coloured, the steps before it grey and those after it not at all', () => {
    const step = (adds: number[], worksOn: number[] = []): BuildStep => ({
      id: '',
      title: '',
      module: '',
      where: [],
      printed: [],
      bought: [],
      stock: [],
      tools: [],
      precautions: [],
      actions: [],
      minutes: 0,
      adds: Uint32Array.from(adds),
      worksOn: Uint32Array.from(worksOn),
    })
    const steps = [step([0, 3]), step([1]), step([2], [0])]
    const { Done, Shown, Later } = StepState
    expect([...stepStates(4, steps, 0)]).toEqual([Shown, Later, Later, Shown])
    expect([...stepStates(4, steps, 1)]).toEqual([Done, Shown, Later, Done])
    expect([...stepStates(4, steps, 2)]).toEqual([Shown, Done, Shown, Done])
  })
})
