import { addAfterEffect, Canvas, useThree } from '@react-three/fiber'
import { memo, useLayoutEffect, useState } from 'react'
import type { SceneData } from '../protocol.js'
import { CameraControls } from './CameraControls.js'
import { Ground } from './Ground.js'
import type { GroundGrid } from './ground.js'
import { MachineMeshes, type MachineMeshesProps } from './MachineMeshes.js'
import { PartCycling } from './PartCycling.js'
import { ShaderWarmup } from './ShaderWarmup.js'
import { softwareRendering } from './software-rendering.js'
import { quietClockWarning } from './three-console.js'

quietClockWarning()

const BACKGROUND = '#eef1f5'

/** A machine to draw, as placed, highlighted and selected. */
export interface Drawing extends Omit<MachineMeshesProps, 'onPick'> {
  readonly grid: GroundGrid
}

export interface MachineViewProps {
  readonly drawing: Drawing | undefined
  /** Changes when the camera should fit the machine. */
  readonly fit: number
  readonly onPick: (instance: number | undefined) => void
  /** Called once a new scene has been drawn. */
  readonly onDrawn: (scene: SceneData) => void
}

/**
 * The view's size is measured at once: R3F's default waits 50 ms after the page's layout (its
 * scroll debounce, which its measuring also takes) before the renderer is made. Scrolling is not
 * watched: only the view's width and height matter to the frame and to picking (offsetX and Y).
 */
const MEASURE = { scroll: false, debounce: 0 } as const

/** The element that describes the view's keys (the toolbar's hint). */
export const VIEW_KEYS_ID = 'view-keys'

/**
 * The machine in 3D: drawn on demand (after a change, never in a loop), Z up, on a floor grid.
 * The canvas is there before the first machine, so that its shaders are ready when it comes (a
 * preset's first machine, shipped, often comes first: then its first frame readies them).
 * Its wrapper takes focus (the page's skip link goes there), and then keys turn, zoom and pick.
 */
export const MachineView = memo(function MachineView({ drawing, fit, onPick, onDrawn }: MachineViewProps) {
  // Multisampling in software costs several times the frame: there the view does without it.
  const [antialias] = useState(() => !softwareRendering())
  return (
    <Canvas
      frameloop="demand"
      camera={{ fov: 35, up: [0, 0, 1], position: [1000, -1500, 1000] }}
      onPointerMissed={() => onPick(undefined)}
      gl={{ antialias }}
      resize={MEASURE}
      id="view"
      tabIndex={0}
      role="application"
      aria-label="3D view of the machine"
      aria-describedby={VIEW_KEYS_ID}
    >
      <color attach="background" args={[BACKGROUND]} />
      <hemisphereLight args={[0xffffff, 0x8d8a80, 1.6]} position={[0, 0, 1]} />
      <directionalLight position={[1, -2, 3]} intensity={1.6} />
      <directionalLight position={[-2, 1, 1]} intensity={0.5} />
      {/* Only while no machine is there to draw: a machine that is already there readies them itself. */}
      {!drawing && <ShaderWarmup />}
      {drawing && (
        <>
          <CameraControls bounds={drawing.scene.focus} fit={fit} />
          <Ground grid={drawing.grid} />
          <MachineMeshes {...drawing} onPick={onPick} />
          <PartCycling scene={drawing.scene} matrices={drawing.matrices} selected={drawing.selected} onPick={onPick} />
          <DrawnSignal scene={drawing.scene} onDrawn={onDrawn} />
        </>
      )}
    </Canvas>
  )
})

/**
 * Reports the first frame drawn after a new scene (at the frame after it, when it is on screen).
 * A layout effect: it runs in the commit that brings the scene, so the frame is asked for once (a
 * passive effect ran after that frame and asked for a second); the loop can run without drawing,
 * so only a frame the renderer counted after the commit counts.
 */
function DrawnSignal({ scene, onDrawn }: { readonly scene: SceneData; readonly onDrawn: (scene: SceneData) => void }) {
  const invalidate = useThree((state) => state.invalidate)
  const gl = useThree((state) => state.gl)
  useLayoutEffect(() => {
    const committed = gl.info.render.frame
    let reported = false
    const remove = addAfterEffect(() => {
      if (reported || gl.info.render.frame === committed) return
      reported = true
      requestAnimationFrame(() => onDrawn(scene))
    })
    invalidate()
    return remove
  }, [scene, onDrawn, invalidate, gl])
  return null
}
