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

/**
 * What the worker last gave: the machine on screen (kept when a later spec cannot be built), the
 * problems of the spec that could not be, and what the worker is doing.
 */
export function useMachine(client: KitClient) {
  const [shown, setShown] = useState<Shown>()
  const [buildProblems, setBuildProblems] = useState<readonly string[]>([])
  const [status, setStatus] = useState('Starting')
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
          anyShown.current = true
          setBuildProblems([])
          if (fitNext.current) setFit((n) => n + 1)
          fitNext.current = false
        },
        invalid: (problems) => {
          setBuildProblems(specProblems(problems))
          setStatus(
            anyShown.current
              ? 'This spec cannot be built; the last good machine stays on screen'
              : 'This spec cannot be built',
          )
        },
        failed: (message) => setStatus(`Internal error: ${message}`),
        progress: (done, total, part) => setStatus(`Modelling part ${done + 1} of ${total}: ${part}`),
      },
      geometries,
    )
    return () => client.listen(undefined, geometries)
  }, [client, geometries])

  return {
    shown,
    buildProblems,
    status,
    setStatus,
    geometries,
    fit,
    fitNow: () => setFit((n) => n + 1),
    fitNextMachine: () => {
      fitNext.current = true
    },
  }
}
