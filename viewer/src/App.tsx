import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { saveFile } from './downloads.js'
import { specEdits } from './form/edits.js'
import type { KitClient } from './kit-client.js'
import { MARKS } from './marks.js'
import { Header } from './panels/Header.js'
import { Loading } from './panels/Loading.js'
import { SkipLinks } from './panels/SkipLinks.js'
import { ViewToolbar } from './panels/ViewToolbar.js'
import type { SceneData } from './protocol.js'
import { StepState } from './scene/appearance.js'
import { type Drawing, MachineView } from './scene/MachineView.js'
import { checkSpec } from './spec-check.js'
import { defaultInPlaceOfSpec, folderFor, type StartingSpec, specFromAddress, viewFromAddress } from './spec-source.js'
import { useAddress } from './use-address.js'
import { useMachine } from './use-machine.js'
import { usePanels } from './use-panels.js'
import { type StepShowing, useView } from './use-view.js'

// The part card and Build mode load apart from the page's first code, as they are first shown (the
// form, the module tree and the lists: use-panels.ts).
const PartCard = lazy(() => import('./panels/PartCard.js').then(({ PartCard }) => ({ default: PartCard })))
const BuildPanel = lazy(() => import('./build/BuildPanel.js').then(({ BuildPanel }) => ({ default: BuildPanel })))

/**
 * Where the spec on the page comes from: the address; the default printer, shown in place of an
 * address's spec that cannot be shown (the address keeps that spec, to be copied and fixed); an edit.
 */
type Origin = 'address' | 'default' | 'edit'

const STALE_STATUS = 'This spec has problems (see the form); the last good machine stays on screen'

/** The page: the spec's form and module tree, the machine in 3D, its cut list and BOM, its files. */
export function App({ client, start }: { readonly client: KitClient; readonly start: StartingSpec }) {
  const [raw, setRaw] = useState(start.spec)
  const [addressProblems, setAddressProblems] = useState(start.problems)
  const [origin, setOrigin] = useState<Origin>(start.problems.length > 0 ? 'default' : 'address')
  const checked = useMemo(() => checkSpec(raw), [raw])
  const machine = useMachine(client)
  const scene = machine.shown?.scene
  const startView = useMemo(() => viewFromAddress(location.search), [])
  // Build mode: the step shown, from 1 (undefined outside it), and what it shows of the machine.
  const [step, setStep] = useState(startView.step)
  const [showing, setShowing] = useState<StepShowing>()
  const view = useView(scene, machine.geometries, startView, step === undefined ? undefined : showing)

  // The address holds the spec and the view, except while the default printer stands in for the
  // address's own; Back and Forward bring the spec of their address back.
  const fromAddress = useCallback((search: string) => {
    const popped = specFromAddress(search)
    setAddressProblems(popped.problems)
    setOrigin(popped.problems.length > 0 ? 'default' : 'address')
    setRaw(popped.spec)
    setStep(viewFromAddress(search).step)
  }, [])
  const { explode, hidden } = view
  const markEdit = useAddress({
    raw,
    view: useMemo(() => ({ explode, hidden: [...hidden], step }), [explode, hidden, step]),
    keep: origin === 'default',
    onPop: fromAddress,
  })
  // A spec that passes the schema goes to the worker.
  useEffect(() => {
    if (checked.problems.length === 0) client.build(raw)
  }, [raw, checked, client])

  // The address's spec passed the schema but cannot be built: no machine is on screen to keep.
  const refused = origin === 'address' && !machine.shown && machine.buildProblems.length > 0
  useEffect(() => {
    if (!refused) return
    const instead = defaultInPlaceOfSpec(machine.buildProblems)
    setAddressProblems(instead.problems)
    setOrigin('default')
    setRaw(instead.spec)
  }, [refused, machine.buildProblems])

  const edit = useCallback(
    (change: (spec: unknown) => unknown) => {
      performance.mark(MARKS.edit)
      markEdit()
      setAddressProblems([])
      setOrigin('edit')
      setRaw(change)
    },
    [markEdit],
  )
  const edits = useMemo(() => specEdits(edit), [edit])
  const choosePreset = (spec: unknown) => {
    machine.fitNextMachine()
    edit(() => spec)
  }

  const leaveBuild = () => {
    setShowing(undefined)
    setStep(undefined)
  }
  useEffect(() => {
    if (view.drawing) countInstances(view.drawing)
  }, [view.drawing])

  const drawnCount = useRef(0)
  // The panels come once the first machine is drawn, or once none is coming (its spec cannot be
  // built): their code, the form's schema and their first render then share no task with it. The
  // form waits, too, for the worker's warm-up after the machine (its modelling code loaded, the
  // kernel's code readied): an edit then goes to a worker ready for it.
  const [firstDrawn, setFirstDrawn] = useState(false)
  const [editable, setEditable] = useState(false)
  const noMachine = !scene && machine.progress === undefined
  useEffect(() => {
    if (noMachine) setEditable(true)
  }, [noMachine])
  const panels = usePanels(firstDrawn || editable)
  const { setStatus } = machine
  const onDrawn = useCallback(
    (drawn: SceneData) => {
      performance.mark(MARKS.drawn)
      drawnCount.current += 1
      document.documentElement.dataset.drawnScenes = String(drawnCount.current)
      if (drawnCount.current === 1) {
        setFirstDrawn(true)
        const showForm = () => setEditable(true)
        client.warm().then(showForm, showForm)
      }
      setStatus(readyStatus(drawn))
    },
    [setStatus, client],
  )

  const report = (error: unknown) => setStatus(`Download failed: ${(error as Error).message}`)
  const downloadStl = (part: string) =>
    client.stl(part).then((bytes) => saveFile(`${part}.stl`, bytes, 'model/stl'), report)
  const downloadAll = () => {
    if (!machine.shown) return
    const folder = folderFor(machine.shown.spec)
    client.zip(folder).then((bytes) => saveFile(`${folder}.zip`, bytes, 'application/zip'), report)
  }

  // The schema's problems come at once; the worker's only for a spec that passed the schema, and
  // none for the default printer, which stands in for the address's spec (its problems are listed).
  const problems = useMemo(() => {
    const buildProblems = origin === 'default' ? [] : machine.buildProblems
    return [...addressProblems, ...(checked.problems.length > 0 ? checked.problems : buildProblems)]
  }, [addressProblems, checked, origin, machine.buildProblems])
  // The spec on the page cannot be built: the machine, its lists and its files are the last good one's.
  const stale =
    scene !== undefined && (checked.problems.length > 0 || (origin !== 'default' && machine.buildProblems.length > 0))
  return (
    <div className={step === undefined ? 'app' : 'app building'}>
      <SkipLinks />
      <Header
        raw={raw}
        status={stale ? STALE_STATUS : machine.status}
        canDownload={scene !== undefined}
        stale={stale}
        onPreset={choosePreset}
        onDownloadAll={downloadAll}
      />
      <aside className="sidebar">
        <h2 id="printer" tabIndex={-1}>
          Printer
        </h2>
        {panels && editable && (
          <panels.SpecPanel
            raw={raw}
            resolved={checked.resolved ?? scene?.resolved}
            derived={scene?.derived ?? {}}
            problems={problems}
            edits={edits}
            stale={stale}
          />
        )}
        {scene && panels && (
          <>
            <h2 id="modules" tabIndex={-1}>
              Modules
            </h2>
            <panels.ModuleTree
              nodes={scene.nodes}
              paths={view.paths}
              hidden={view.hidden}
              isolated={view.isolated}
              highlighted={view.highlighted}
              onToggleHidden={view.toggleHidden}
              onIsolate={view.setIsolated}
              onHighlight={view.setHighlighted}
            />
          </>
        )}
      </aside>
      <main className="view">
        <MachineView drawing={view.drawing} fit={machine.fit} onPick={view.pick} onDrawn={onDrawn} />
        {scene && view.grid ? (
          <>
            <ViewToolbar
              explode={view.explode}
              onExplode={view.setExplode}
              onFit={machine.fitNow}
              grid={view.grid}
              building={step !== undefined}
              onBuild={() => (step === undefined ? setStep(1) : leaveBuild())}
            />
            {view.picked && (
              <Suspense>
                <PartCard
                  part={view.picked.part}
                  node={scene.nodes[scene.instances.node[view.picked.instance]]}
                  onDownloadStl={downloadStl}
                  onClose={() => view.pick(undefined)}
                />
              </Suspense>
            )}
          </>
        ) : (
          <Loading status={machine.status} progress={machine.progress} />
        )}
      </main>
      {machine.shown && step !== undefined && (
        <aside className="build">
          <Suspense>
            <BuildPanel
              client={client}
              scene={machine.shown.scene}
              spec={machine.shown.spec}
              step={step}
              onStep={setStep}
              onShowing={setShowing}
              onLeave={leaveBuild}
            />
          </Suspense>
        </aside>
      )}
      {scene && panels ? (
        <panels.Tables
          cutlist={scene.cutlist}
          bom={scene.bom}
          checks={scene.checks}
          stale={stale}
          parts={scene.parts}
          selected={view.picked && scene.instances.part[view.picked.instance]}
          onShow={(part) => view.pick(scene.instances.part.indexOf(part))}
          onDownloadStl={downloadStl}
        />
      ) : (
        // The lists' room is kept from the start: the view has its size before the first machine comes.
        <div className="tables" />
      )}
    </div>
  )
}

/**
 * The drawn instances by what they show, on the page's root element (data-instances: "shown
 * grey"), for the end-to-end tests: shown are those not hidden, grey those of earlier build steps.
 */
function countInstances({ matrices, stepStates }: Drawing): void {
  let shown = 0
  let grey = 0
  for (let i = 0; i < stepStates.length; i++) {
    if (matrices[i * 16 + 15] === 0) continue
    shown += 1
    if (stepStates[i] === StepState.Done) grey += 1
  }
  document.documentElement.dataset.instances = `${shown} ${grey}`
}

function readyStatus(scene: SceneData): string {
  const printed = scene.parts.filter((p) => p.kind === 'printed')
  const copies = printed.reduce((n, p) => n + p.count, 0)
  const reached = scene.derived.buildVolume as { x: number; y: number; z: number } | undefined
  const volume = reached ? `; builds ${[reached.x, reached.y, reached.z].map((v) => Math.floor(v)).join(' x ')} mm` : ''
  return `${copies} printed parts (${printed.length} distinct)${volume}`
}
