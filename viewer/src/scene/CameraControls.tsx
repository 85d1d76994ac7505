import { useThree } from '@react-three/fiber'
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { type PerspectiveCamera, Vector3 } from 'three'
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js'
import type { Box3 } from '../protocol.js'

/** Where the camera looks from when it fits the view: front right, from above (Z is up). */
const VIEW_DIRECTION = new Vector3(0.75, -1.3, 0.8).normalize()

/** Points the camera at the box from VIEW_DIRECTION, as close as lets all of it show. */
function fitCamera(camera: PerspectiveCamera, controls: OrbitControls, box: Box3): void {
  const min = new Vector3(...box.min)
  const max = new Vector3(...box.max)
  const centre = min.clone().add(max).multiplyScalar(0.5)
  const radius = Math.max(max.distanceTo(min) / 2, 1)
  const halfFov = (camera.fov * Math.PI) / 360
  const fitting = Math.min(halfFov, Math.atan(Math.tan(halfFov) * camera.aspect))
  const distance = (radius / Math.sin(fitting)) * 1.05
  camera.position.copy(centre).addScaledVector(VIEW_DIRECTION, distance)
  camera.near = distance / 100
  camera.far = distance * 100
  camera.updateProjectionMatrix()
  controls.target.copy(centre)
  controls.update()
}

/** A key's step on the focused view: a turn, radians, and a zoom, as a factor of the distance. */
const KEY_TURN = Math.PI / 12
const KEY_ZOOM = 1.25

/** What a key does to the focused view, as OrbitControls' own keys turn it (its dollyOut comes closer). */
const KEY_MOVES: Record<string, (controls: OrbitControls) => void> = {
  ArrowLeft: (controls) => controls.rotateLeft(KEY_TURN),
  ArrowRight: (controls) => controls.rotateLeft(-KEY_TURN),
  ArrowUp: (controls) => controls.rotateUp(KEY_TURN),
  ArrowDown: (controls) => controls.rotateUp(-KEY_TURN),
  '+': (controls) => controls.dollyOut(KEY_ZOOM),
  '=': (controls) => controls.dollyOut(KEY_ZOOM),
  '-': (controls) => controls.dollyIn(KEY_ZOOM),
}

const sameBox = (a: Box3, b: Box3) => a.min.every((v, i) => v === b.min[i]) && a.max.every((v, i) => v === b.max[i])

/**
 * Orbit (left drag, or arrow keys on the focused view), pan (right drag), zoom (wheel, or + and -).
 * The view fits `bounds` when `fit` changes, and when `bounds` does unless the user has moved the
 * camera since it last fitted.
 */
export function CameraControls({ bounds, fit }: { readonly bounds: Box3; readonly fit: number }) {
  const camera = useThree((state) => state.camera) as PerspectiveCamera
  const element = useThree((state) => state.gl.domElement)
  const invalidate = useThree((state) => state.invalidate)
  const focusable = useThree((state) => state.events.connected as HTMLElement | undefined)
  const controls = useMemo(() => {
    camera.up.set(0, 0, 1)
    return new OrbitControls(camera, element)
  }, [camera, element])

  const fitted = useRef<Box3>(undefined)
  const moved = useRef(false)
  useEffect(() => {
    let dragging = false
    const start = () => {
      dragging = true
    }
    const end = () => {
      dragging = false
    }
    // A change between start and end is the user's (a click without a drag changes nothing).
    const change = () => {
      if (dragging) moved.current = true
      invalidate()
    }
    controls.addEventListener('start', start)
    controls.addEventListener('end', end)
    controls.addEventListener('change', change)
    return () => {
      controls.removeEventListener('start', start)
      controls.removeEventListener('end', end)
      controls.removeEventListener('change', change)
      controls.dispose()
    }
  }, [controls, invalidate])

  // A key moves the camera once: its change asks for one frame, as a drag's does.
  useEffect(() => {
    const moveOnKey = (event: KeyboardEvent) => {
      const move = KEY_MOVES[event.key]
      if (!move || event.target !== focusable || event.altKey || event.ctrlKey || event.metaKey) return
      event.preventDefault()
      moved.current = true
      move(controls)
    }
    focusable?.addEventListener('keydown', moveOnKey)
    return () => focusable?.removeEventListener('keydown', moveOnKey)
  }, [controls, focusable])

  const fitNow = () => {
    fitCamera(camera, controls, bounds)
    fitted.current = bounds
    moved.current = false
    invalidate()
  }
  // In the commit, so that the first frame of a new machine is drawn from where it shows.
  // biome-ignore lint/correctness/useExhaustiveDependencies: fits when asked (fit changes)
  useLayoutEffect(fitNow, [fit, camera, controls])
  // biome-ignore lint/correctness/useExhaustiveDependencies: refits for a machine of another size or place
  useLayoutEffect(() => {
    if (!moved.current && fitted.current && !sameBox(fitted.current, bounds)) fitNow()
  }, [bounds])

  return null
}
