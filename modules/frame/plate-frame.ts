import { box, difference, hole } from '../../src/kernel/index.js'
import { applyToPoint, frame, invertRigid } from '../../src/kernel/matrix.js'
import type { Direction, Pane, PlateFrameLayout } from '../../src/layout/types.js'
import { stock } from '../../src/parts/leaves.js'
import type { Drilling, Leaf, StockPiece } from '../../src/parts/types.js'
import { formatMm } from '../../src/spec/units.js'
import { plate } from '../vitamins/stock.js'
import { STEEL_HOLE } from './dimensions.js'
import { describeHoles, PARTS_AS_JIGS } from './drilling.js'

type V3 = readonly [number, number, number]

const AXES: Record<Direction, V3> = { x: [1, 0, 0], y: [0, 1, 0], z: [0, 0, 1] }
/** A pane's in-plane axes, lower letter first (the order of its width and height). */
const IN_PLANE: Record<Direction, [Direction, Direction]> = { x: ['y', 'z'], y: ['x', 'z'], z: ['x', 'y'] }

export function paneNotes(pane: Pane): string {
  const size = `${pane.name} pane, ${formatMm(pane.width)} x ${formatMm(pane.height)} mm`
  const window = `window ${formatMm(pane.window.width)} x ${formatMm(pane.window.height)} mm`
  const source = pane.cutFromWindowOf ? `, cut from the window of the ${pane.cutFromWindowOf} pane` : ''
  return `${size}, ${window}${source}`
}

/**
 * One pane as plate stock: length along its larger side (the cut list's length), the window
 * centred, drawn so that the viewer sees through it.
 */
function paneLeaf(pane: Pane, thickness: number, drillings: readonly Drilling[]): Leaf {
  const wide = pane.width >= pane.height
  const length = wide ? pane.width : pane.height
  const across = wide ? pane.height : pane.width
  const win = wide ? pane.window : { width: pane.window.height, height: pane.window.width }
  const x0 = (length - win.width) / 2
  const y0 = (across - win.height) / 2
  const [first, second] = IN_PLANE[pane.normal]
  const u = AXES[wide ? first : second]
  const v = AXES[wide ? second : first]
  const n = AXES[pane.normal]
  // Plate thickness runs along local Z: along +normal when (u, v, normal) is right-handed,
  // else along -normal from the pane's far face, so that no placement is a mirror.
  const handed =
    u[0] * (v[1] * n[2] - v[2] * n[1]) + u[1] * (v[2] * n[0] - v[0] * n[2]) + u[2] * (v[0] * n[1] - v[1] * n[0]) > 0
  const o = pane.origin
  const origin: V3 = handed
    ? [o[0], o[1], o[2]]
    : [o[0] + n[0] * thickness, o[1] + n[1] * thickness, o[2] + n[2] * thickness]
  const w: V3 = handed ? n : [-n[0], -n[1], -n[2]]
  const place = frame(origin, u, v, w)
  // Holes on this pane: on its outer face (the frame's), inside its outline.
  const toPane = invertRigid(place)
  const face = o[AXIS_INDEX[pane.normal]] === 0 ? 0 : o[AXIS_INDEX[pane.normal]] + thickness
  const holes = drillings
    .filter((dr) => dr.normal === pane.normal && Math.abs(dr.at[AXIS_INDEX[dr.normal]] - face) < 1e-6)
    .map((dr) => ({ local: applyToPoint(toPane, dr.at), dr }))
    .filter(({ local }) => local[0] >= 0 && local[0] <= length && local[1] >= 0 && local[1] <= across)
  const holeText = holes.length
    ? `. ${PARTS_AS_JIGS}: ${describeHoles(
        holes.map(({ dr }) => ({
          x: dr.at[AXIS_INDEX[first]] - o[AXIS_INDEX[first]],
          y: dr.at[AXIS_INDEX[second]] - o[AXIS_INDEX[second]],
          purpose: dr.purpose,
        })),
        STEEL_HOLE,
        `mm along ${first.toUpperCase()} and ${second.toUpperCase()} from its low corner`,
      )}`
    : ''
  const base = plate(thickness, length, across, paneNotes(pane) + holeText)
  const piece: StockPiece = {
    ...base,
    shape: () =>
      difference(
        base.shape(),
        box([x0, y0, -1], [x0 + win.width, y0 + win.height, thickness + 1]),
        ...holes.map(({ local }) =>
          hole({ axis: 'z', center: [local[0], local[1], thickness / 2], length: thickness + 2, diameter: STEEL_HOLE }),
        ),
      ),
  }
  return stock(piece, place)
}

const AXIS_INDEX: Record<Direction, number> = { x: 0, y: 1, z: 2 }

export function plateFrameLeaves(layout: PlateFrameLayout, drillings: readonly Drilling[]): Leaf[] {
  return layout.panes.map((pane) => paneLeaf(pane, layout.profile.thickness, drillings))
}
