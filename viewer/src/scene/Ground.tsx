import { useEffect, useMemo } from 'react'
import { GridHelper } from 'three'
import type { GroundGrid } from './ground.js'

/** The floor grid, in the machine's XY plane. */
export function Ground({ grid }: { readonly grid: GroundGrid }) {
  const helper = useMemo(() => {
    const g = new GridHelper(grid.size, grid.size / grid.step, 0x8a94a3, 0xc3cad4)
    g.rotation.x = Math.PI / 2
    g.position.set(grid.centre[0], grid.centre[1], grid.centre[2] - 0.5)
    return g
  }, [grid])
  useEffect(() => () => helper.dispose(), [helper])
  return <primitive object={helper} />
}
