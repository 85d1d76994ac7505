import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import { BufferAttribute, BufferGeometry, Color, GridHelper, Group, InstancedMesh, PerspectiveCamera } from 'three'
import { MATERIALS } from './MachineMeshes.js'

/**
 * Readies the drawing of the machine while it is still being modelled: a stand-in of each kind
 * of thing the view draws (an instanced, tinted mesh of each material; grid lines) is drawn once
 * in front of a camera of its own (the view's camera is not placed yet) and drawn over at once.
 * Compiling alone is not enough where WebGL runs in software: SwiftShader builds its pipelines at
 * the first draw.
 */
export function ShaderWarmup() {
  const gl = useThree((state) => state.gl)
  const scene = useThree((state) => state.scene)
  const camera = useThree((state) => state.camera)
  useEffect(() => {
    const geometry = new BufferGeometry()
    geometry.setAttribute('position', new BufferAttribute(new Float32Array([-1, -1, -3, 1, -1, -3, 0, 1, -3]), 3))
    geometry.setIndex(new BufferAttribute(new Uint32Array([0, 1, 2]), 1))
    const standIns = new Group()
    for (const material of Object.values(MATERIALS)) {
      const mesh = new InstancedMesh(geometry, material, 1)
      mesh.setColorAt(0, new Color())
      standIns.add(mesh)
    }
    const grid = new GridHelper(2, 2)
    grid.rotation.x = Math.PI / 2
    grid.position.z = -3
    standIns.add(grid)
    scene.add(standIns)
    gl.render(scene, new PerspectiveCamera())
    scene.remove(standIns)
    gl.render(scene, camera)
    for (const mesh of standIns.children) if (mesh instanceof InstancedMesh) mesh.dispose()
    geometry.dispose()
    grid.dispose()
  }, [gl, scene, camera])
  return null
}
