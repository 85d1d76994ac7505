import { TOOL_HEAD } from '../../modules/extruder/dimensions.js'
import type { Kit } from './kit.js'

export const GENERATOR = 'd3dkit'

/** The machine-readable record of a build: resolved spec, layout and every printed part. */
export function manifest(kit: Kit, version: string): unknown {
  const parts = kit.parts.map((p) => ({
    name: p.part.name,
    file: `stl/${p.part.name}.stl`,
    description: p.part.description,
    module: p.part.module,
    count: p.count,
    usedIn: p.usedIn,
    triangles: p.triangles,
    volumeMm3: p.volume,
    boundingBoxMm: p.size,
    filamentGrams: p.grams,
  }))
  const filamentGrams = kit.parts.reduce((sum, p) => sum + p.grams * p.count, 0)
  const [x, y, z] = TOOL_HEAD.probeOffset
  return {
    generator: `${GENERATOR} ${version}`,
    spec: kit.spec,
    buildVolume: kit.layout.buildVolume,
    toolHeads: {
      count: kit.layout.tools,
      probeOffsetMm: { x, y, z },
      probeNote:
        'probe tip relative to the nozzle tip (X, Y, Z) of the first head; the probe triggers about 2 mm above a steel bed',
      ...(kit.layout.tools === 2 ? { secondNozzleOffsetMm: { x: TOOL_HEAD.secondCarriagePitch, y: 0, z: 0 } } : {}),
    },
    layout: kit.layout,
    parts,
    totals: {
      printedParts: kit.parts.reduce((sum, p) => sum + p.count, 0),
      distinctPrintedParts: kit.parts.length,
      filamentGrams,
      filamentNote: 'solid mass (100 % infill) of every printed part times its count',
    },
  }
}

/** JSON with numbers rounded to 1e-6 mm so that float noise never shows. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, (_key, v) => (typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v), 2)}\n`
}
