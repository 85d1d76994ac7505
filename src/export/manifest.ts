import { MGN12H, SQUARE_TUBE } from '../../modules/vitamins/rails.js'
import { axisList, frameMembers, type Layout } from '../layout/index.js'
import type { Kit } from './kit.js'
import { boardOf } from './klipper/boards.js'
import {
  formatDuration,
  PRINT_ESTIMATES,
  PRINT_ESTIMATES_FILE,
  printRecordOf,
  printTotals,
  UPDATE_PRINT_ESTIMATES,
} from './print-estimates.js'

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
    slicerEstimate: sliced(printRecordOf(p, kit.spec.material)),
  }))
  const filamentGrams = kit.parts.reduce((sum, p) => sum + p.grams * p.count, 0)
  const heads = kit.layout.toolHeads
  const probe = heads.probeOffset
  return {
    generator: `${GENERATOR} ${version}`,
    spec: kit.spec,
    buildVolume: kit.layout.buildVolume,
    toolHeads: {
      count: heads.count,
      ...(probe
        ? {
            probeOffsetMm: { x: probe[0], y: probe[1], z: probe[2] },
            ...(heads.probeableArea ? { probeableAreaMm: heads.probeableArea } : {}),
            probeNote:
              "probe tip relative to the nozzle tip (X, Y, Z) of the first head; the probe switches before the nozzle touches the bed, so measure the Z offset (Klipper's PROBE_CALIBRATE); probeableAreaMm: the X and Y range of the bed the probe reaches, from the bed's front-left corner",
          }
        : {}),
      ...(heads.count === 2 ? { secondNozzleOffsetMm: { x: heads.pitch, y: 0, z: 0 } } : {}),
    },
    layout: layoutRecord(kit.layout),
    zMotor: {
      gearbox: kit.zMotor.nominal === 1 ? 'none' : `${kit.zMotor.nominal}`,
      ratio: kit.zMotor.ratio,
      chosenBy: kit.zMotor.pinned ? 'spec' : 'the engineering checks',
    },
    rods: guidesRecord(kit.guides),
    controller: {
      board: boardOf(kit.spec).name,
      part: boardOf(kit.spec).part,
      driverSockets: boardOf(kit.spec).sockets.length,
    },
    checks: kit.checks,
    parts,
    totals: {
      printedParts: kit.parts.reduce((sum, p) => sum + p.count, 0),
      distinctPrintedParts: kit.parts.length,
      filamentGrams,
      filamentNote: 'solid mass (100 % infill) of every printed part times its count',
      slicerEstimate: slicerTotals(kit),
    },
  }
}

/** The layout as the manifest has always written it: the frame's members, the axes as a list. */
function layoutRecord(layout: Layout) {
  const { frame } = layout
  const { bars, panes } = frameMembers(frame)
  const members =
    frame.style === 'angle'
      ? { bars, corner: frame.corner, panes }
      : { bars, panes, welding: frame.welding, joints: frame.joints }
  return {
    frame: {
      style: frame.style,
      outer: frame.outer,
      profile: frame.profile,
      inner: frame.inner,
      opening: frame.opening,
      ...members,
    },
    axes: axisList(layout.axes),
    bed: layout.bed,
    yAxisStandoff: layout.yAxisStandoff,
    zAxisStandoff: layout.zAxisStandoff,
    tools: layout.tools,
    nozzleZ: layout.nozzleZ,
    buildVolume: layout.buildVolume,
  }
}

const sliced = (record: ReturnType<typeof printRecordOf>) =>
  record ? { printTimeS: record.printTimeS, filamentGrams: record.filamentGrams, filamentMm: record.filamentMm } : null

/** The machine's print time and filament from the slicer's records, or which parts have none. */
function slicerTotals(kit: Kit) {
  const { printTimeS, filamentGrams, missing } = printTotals(kit)
  const material = kit.spec.material
  if (printTimeS === null || filamentGrams === null) {
    return {
      printTimeS: null,
      filamentGrams: null,
      partsWithoutEstimate: missing,
      note: `no slicer record for the geometry of ${missing.join(', ')} in ${material}: ${PRINT_ESTIMATES_FILE} holds the presets' parts only, as ${UPDATE_PRINT_ESTIMATES} last sliced them`,
    }
  }
  return {
    printTimeS,
    printTime: formatDuration(printTimeS),
    filamentGrams,
    note: `${PRINT_ESTIMATES.slicer} estimate of every printed part times its count, one part at a time: ${PRINT_ESTIMATES.summary}, ${material}`,
  }
}

/** JSON with numbers rounded to 1e-6 mm so that float noise never shows. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, (_key, v) => (typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v), 2)}\n`
}

/**
 * Each direction's rod diameter (a direction on a rail has none) and, where there are any, the
 * directions on a rail and what it is.
 */
function guidesRecord(guides: Kit['guides']) {
  const onRail = (['x', 'y'] as const).filter((d) => guides[d].kind === 'rail')
  const diameter = (d: 'x' | 'y') => {
    const guide = guides[d]
    return guide.kind === 'rods' ? { [d]: guide.diameter } : {}
  }
  return {
    diameterMm: { ...diameter('x'), ...diameter('y'), z: guides.z },
    ...(onRail.length > 0
      ? {
          rail: {
            directions: onRail,
            guide: `${MGN12H.name} block on an MGN12 rail on a ${SQUARE_TUBE.size} x ${SQUARE_TUBE.size} x ${SQUARE_TUBE.wall} mm steel tube`,
          },
        }
      : {}),
    chosenBy: guides.pinned ? 'spec' : 'the engineering checks (X and Y; Z takes 8 mm)',
  }
}
