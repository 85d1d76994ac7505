import { type KeyboardEvent as ReactKeyboardEvent, useCallback, useEffect, useRef, useState } from 'react'
import { formatMinutes } from '../../../src/index.js'
import type { KitClient } from '../kit-client.js'
import type { BuildStep, SceneData } from '../protocol.js'
import type { StepShowing } from '../use-view.js'

export interface BuildPanelProps {
  readonly client: KitClient
  /** The machine on screen and the spec it was built from. */
  readonly scene: SceneData
  readonly spec: unknown
  /** The step shown, from 1; one past the last shows the last. */
  readonly step: number
  readonly onStep: (step: number) => void
  readonly onShowing: (showing: StepShowing) => void
  readonly onLeave: () => void
}

/** Each machine's steps, asked of the worker once. */
const stepsOfScene = new WeakMap<SceneData, Promise<readonly BuildStep[]>>()

/** Keys on the focused view that go to the step before or after (Shift with them turns the view). */
const VIEW_KEYS: Readonly<Record<string, -1 | 1>> = { ArrowLeft: -1, ArrowRight: 1 }
const LIST_KEYS: Readonly<Record<string, -1 | 1>> = { ArrowLeft: -1, ArrowUp: -1, ArrowRight: 1, ArrowDown: 1 }

/**
 * Build mode beside the view: the build guide's steps (guideSteps), one at a time, with the step's
 * parts, tools, precautions, time and work; the view shows earlier steps grey and later ones not at all.
 */
export function BuildPanel({ client, scene, spec, step, onStep, onShowing, onLeave }: BuildPanelProps) {
  const [loaded, setLoaded] = useState<{ scene: SceneData; steps?: readonly BuildStep[]; error?: string }>()
  useEffect(() => {
    let asked = stepsOfScene.get(scene)
    if (!asked) {
      asked = client.steps(spec)
      stepsOfScene.set(scene, asked)
      asked.catch(() => stepsOfScene.delete(scene))
    }
    let current = true
    asked.then(
      (steps) => current && setLoaded({ scene, steps }),
      (error: Error) => current && setLoaded({ scene, error: error.message }),
    )
    return () => {
      current = false
    }
  }, [client, scene, spec])

  const steps = loaded?.scene === scene ? loaded.steps : undefined
  const index = steps ? Math.min(step, steps.length) - 1 : undefined
  useEffect(() => {
    if (steps && step > steps.length) onStep(steps.length)
  }, [steps, step, onStep])
  useEffect(() => {
    if (steps && index !== undefined) onShowing({ scene, steps, index })
  }, [scene, steps, index, onShowing])

  const list = useRef<HTMLOListElement>(null)
  const focusCurrent = useRef(false)
  /** Goes to step `to` (from 1), or to the first or last step for one beyond them. */
  const go = useCallback((to: number) => steps && onStep(Math.min(Math.max(to, 1), steps.length)), [steps, onStep])
  const number = index === undefined ? undefined : index + 1
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const move = VIEW_KEYS[event.key]
      const view = document.getElementById('view')
      if (!move || event.target !== view || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return
      event.preventDefault()
      event.stopPropagation()
      if (number !== undefined) go(number + move)
    }
    // Capturing, on the window: before the view's own listeners, which turn it with these keys.
    addEventListener('keydown', onKey, true)
    return () => removeEventListener('keydown', onKey, true)
  }, [number, go])
  const onListKey = (event: ReactKeyboardEvent) => {
    const move = LIST_KEYS[event.key]
    const to = event.key === 'Home' ? 1 : event.key === 'End' ? steps?.length : move && number && number + move
    if (to === undefined || event.altKey || event.ctrlKey || event.metaKey) return
    event.preventDefault()
    focusCurrent.current = true
    go(to)
  }
  // biome-ignore lint/correctness/useExhaustiveDependencies: after the list's keys have changed the step
  useEffect(() => {
    if (!focusCurrent.current) return
    focusCurrent.current = false
    list.current?.querySelector<HTMLButtonElement>('[aria-current="step"]')?.focus()
  }, [index])

  const shown = steps && index !== undefined ? steps[index] : undefined
  return (
    <section className="build-panel" aria-labelledby="build-heading">
      <div className="build-head">
        <h2 id="build-heading">Build</h2>
        <button type="button" onClick={onLeave}>
          Leave Build mode
        </button>
      </div>
      {!steps || number === undefined || !shown ? (
        <output className="muted">
          {loaded?.error ? `The steps could not be worked out: ${loaded.error}` : 'Working out the steps'}
        </output>
      ) : (
        <>
          <div className="build-nav">
            <button type="button" onClick={() => go(number - 1)} disabled={number === 1}>
              Previous step
            </button>
            <span>
              Step {number} of {steps.length}
            </span>
            <button type="button" onClick={() => go(number + 1)} disabled={number === steps.length}>
              Next step
            </button>
          </div>
          <StepDetails step={shown} number={number} />
          <h3 id="build-steps-heading">Steps</h3>
          <ol className="build-steps" aria-labelledby="build-steps-heading" ref={list} onKeyDown={onListKey}>
            {steps.map((s, i) => (
              <li key={s.id}>
                <button
                  type="button"
                  className="link"
                  aria-current={i === index ? 'step' : undefined}
                  onClick={() => go(i + 1)}
                >
                  {i + 1}. {s.title}
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  )
}

/** One step: its title, where and how long, precautions, parts, tools and work. */
function StepDetails({ step, number }: { readonly step: BuildStep; readonly number: number }) {
  const parts = [
    ...step.printed.map((p) => ({ quantity: p.quantity, part: p.name, kind: 'printed', what: p.description })),
    ...step.bought.map((b) => ({ quantity: b.quantity, part: b.id, kind: 'bought', what: b.description })),
    ...step.stock.map((s) => ({
      quantity: s.quantity,
      part: `${s.item} ${s.lengthMm} mm`,
      kind: `cut-list row ${s.row + 1}`,
      what: s.notes.join('; '),
    })),
  ]
  return (
    <div className="build-step">
      <h3 className="step-title">
        {number}. {step.title}
      </h3>
      <p className="muted">
        {step.module}: {step.where.join(', ')}. About {formatMinutes(step.minutes)}.
      </p>
      {step.precautions.length > 0 && (
        <ul className="precautions">
          {step.precautions.map((p) => (
            <li key={p}>
              <strong>Caution.</strong> {p}
            </li>
          ))}
        </ul>
      )}
      {parts.length > 0 && (
        <table className="build-parts">
          <caption>Parts: printed by STL name, bought by BOM item, stock by cut-list row</caption>
          <thead>
            <tr>
              <th scope="col">Qty</th>
              <th scope="col">Part</th>
              <th scope="col">Kind</th>
              <th scope="col">What</th>
            </tr>
          </thead>
          <tbody>
            {parts.map((p) => (
              <tr key={`${p.kind} ${p.part}`}>
                <td className="number">{p.quantity}</td>
                <td>{p.part}</td>
                <td>{p.kind}</td>
                <td>{p.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {step.tools.length > 0 && (
        <>
          <h4>Tools</h4>
          <ul className="build-tools">
            {step.tools.map((t) => (
              <li key={t.name}>
                {t.name} <span className="muted">({t.for.join(', ')})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h4>What to do</h4>
      <ol className="build-actions">
        {step.actions.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ol>
    </div>
  )
}
