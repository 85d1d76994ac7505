import { useThree } from '@react-three/fiber'
import { useEffect, useLayoutEffect, useMemo } from 'react'
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

/** Orbit (left drag), pan (right drag), zoom (wheel); `fit` changes when the view should fit `bounds`. */
export function CameraControls({ bounds, fit }: { readonly bounds: Box3; readonly fit: number }) {
  const camera = useThree((state) => state.camera) as PerspectiveCamera
  const element = useThree((state) => state.gl.domElement)
  const invalidate = useThree((state) => state.invalidate)
  const controls = useMemo(() => {
    camera.up.set(0, 0, 1)
    return new OrbitControls(camera, element)
  }, [camera, element])

  useEffect(() => {
    const redraw = () => invalidate()
    controls.addEventListener('change', redraw)
    return () => {
      controls.removeEventListener('change', redraw)
      controls.dispose()
    }
  }, [controls, invalidate])

  // In the commit, so that the first frame of a new machine is drawn from where it shows.
  // biome-ignore lint/correctness/useExhaustiveDependencies: fits only when asked (fit changes), not on every new bounds
  useLayoutEffect(() => {
    fitCamera(camera, controls, bounds)
    invalidate()
  }, [fit, camera, controls, invalidate])

  return null
}
