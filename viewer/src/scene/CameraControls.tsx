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

const sameBox = (a: Box3, b: Box3) => a.min.every((v, i) => v === b.min[i]) && a.max.every((v, i) => v === b.max[i])

/**
 * Orbit (left drag), pan (right drag), zoom (wheel). The view fits `bounds` when `fit` changes,
 * and when `bounds` does unless the user has moved the camera since it last fitted.
 */
export function CameraControls({ bounds, fit }: { readonly bounds: Box3; readonly fit: number }) {
  const camera = useThree((state) => state.camera) as PerspectiveCamera
  const element = useThree((state) => state.gl.domElement)
  const invalidate = useThree((state) => state.invalidate)
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
