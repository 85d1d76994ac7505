import { useEffect, useMemo, useRef, useState } from 'react'
import type { KitClient } from './kit-client.js'
import type { SceneData } from './protocol.js'
import { GeometryStore } from './scene/geometry-store.js'
import { specProblems } from './spec-check.js'

/** The machine on screen and the spec it was built from. */
interface Shown {
  readonly scene: SceneData
  readonly spec: unknown
}

/** Work under way: how much of it is done (0 to 1) when that is known. */
export interface Progress {
  readonly done?: number
}

/**
 * What the worker last gave: the machine on screen (kept when a later spec cannot be built), the
 * problems of the spec that could not be, and what the worker is doing.
 */
export function useMachine(client: KitClient) {
  const [shown, setShown] = useState<Shown>()
  const [buildProblems, setBuildProblems] = useState<readonly string[]>([])
  const [status, setStatus] = useState('Loading the modeller')
  const [progress, setProgress] = useState<Progress | undefined>({})
  const geometries = useMemo(() => new GeometryStore(), [])
  /** Changes when the camera should fit the machine: for the first one, and after a new preset. */
  const [fit, setFit] = useState(0)
  const fitNext = useRef(true)
  const anyShown = useRef(false)

  useEffect(() => {
    client.listen(
      {
        scene: (scene, spec) => {
          setShown({ scene, spec })
          setProgress(undefined)
          if (!anyShown.current) setStatus('Drawing the machine')
          anyShown.current = true
          setBuildProblems([])
          if (fitNext.current) setFit((n) => n + 1)
          fitNext.current = false
        },
        invalid: (problems) => {
          setProgress(undefined)
          setBuildProblems(specProblems(problems))
          setStatus(
            anyShown.current
              ? 'This spec cannot be built; the last good machine stays on screen'
              : 'This spec cannot be built',
          )
        },
        failed: (message) => {
          setProgress(undefined)
          setStatus(`Internal error: ${message}`)
        },
        progress: (done, total, part) => {
          setProgress({ done: done / total })
          setStatus(`Modelling ${part} (part ${done + 1} of ${total})`)
        },
      },
      geometries,
    )
    return () => client.listen(undefined, geometries)
  }, [client, geometries])

  return {
    shown,
    buildProblems,
    status,
    progress,
    setStatus,
    geometries,
    fit,
    fitNow: () => setFit((n) => n + 1),
    fitNextMachine: () => {
      fitNext.current = true
    },
  }
}
