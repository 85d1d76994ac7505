import { AXIS_CONTRACT } from '../modules/axis/contract.js'
import type { PlacedLeaf } from '../src/assembly/collect.js'
import { ShapeStore } from '../src/assembly/collisions.js'
import { machineOf as machineFor } from '../src/assembly/index.js'
import { applyToPoint } from '../src/kernel/matrix.js'
import { applyOverrides } from '../src/spec/overrides.js'
import { parseSpec } from '../src/spec/parse.js'
import { readPreset } from '../src/spec/presets.js'

/** A preset's layout and assembly tree, with --set style overrides. */
export function machineOf(preset: string, sets: string[] = []) {
  const spec = parseSpec(applyOverrides(readPreset(preset), sets))
  return { spec, ...machineFor(spec) }
}

/** What the firmware files are written from, for a machine of `machineOf` (the Z motors taken as not holding unpowered). */
export const firmwareInputsOf = ({ spec, layout }: Pick<ReturnType<typeof machineOf>, 'spec' | 'layout'>) => ({
  spec,
  layout,
  carriageLength: AXIS_CONTRACT.carriageLength,
  carriageLoadFace: AXIS_CONTRACT.carriageLoadFace,
  zHeldUnpowered: false,
})

const shapes = new ShapeStore()

/** A placed leaf's bounding box in the machine: its shape's box, moved, and boxed again. */
export async function worldBox(p: PlacedLeaf): Promise<{ min: number[]; max: number[] }> {
  const { box } = await shapes.shapeOf(p.leaf)
  const corners = [0, 1, 2, 3, 4, 5, 6, 7].map((i) =>
    applyToPoint(p.world, [
      i & 1 ? box.max[0] : box.min[0],
      i & 2 ? box.max[1] : box.min[1],
      i & 4 ? box.max[2] : box.min[2],
    ]),
  )
  const along = (k: number) => corners.map((c) => c[k])
  return {
    min: [0, 1, 2].map((k) => Math.min(...along(k))),
    max: [0, 1, 2].map((k) => Math.max(...along(k))),
  }
}
