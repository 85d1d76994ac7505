import { box, difference, hole, type Solid, transform } from '../../src/kernel/index.js'
import { aimed, frame, identity, invertRigid, type Mat4, multiply, translation } from '../../src/kernel/matrix.js'
import type { Layout } from '../../src/layout/index.js'
import { Z_ROD_UNDER_FRAME } from '../../src/layout/rules.js'
import type { AssemblyNode, BoughtPart, Leaf, PrintedPart } from '../../src/parts/types.js'
import { AXIS } from '../axis/dimensions.js'
import { partName } from '../axis/features.js'
import { hexNut, METRIC, setScrew } from '../vitamins/catalogue.js'
import { rod } from '../vitamins/stock.js'

/**
 * The spool holder (OSE): two upright rods plugged into the top of the rear Z motor ends, where
 * the Z rods leave room (they go only halfway in), and a rod across their tops, joined by two
 * printed tees. A spool hangs on the cross rod behind the gantry.
 */
export const SPOOL = {
  /** The upright stops this short of the Z rod's end inside the motor end. */
  gap: 0.25,
  /** Tee: 20 square; the upright goes 25 into it; the cross rod's axis 5 above the upright's end. */
  tee: { half: 10, socket: 25, crossOver: 5, top: 17 },
  /** Set screws: onto the upright this far below its end, onto the cross rod from the top. */
  uprightScrewBelow: 12,
} as const

const M3 = METRIC.M3
/** Tee frame to print: lying on its plain -y side, (x, -z, y + half). */
const TEE_TO_PRINT: Mat4 = [1, 0, 0, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 0, SPOOL.tee.half, 1]
const SLOT = M3.nutAcrossFlats + 0.4
/** The set screws' nuts lie this far off the rods' surfaces: 2 mm of plastic over the holes. */
const NUT_OFF_ROD = 2.2
const CORNER = SLOT / Math.sqrt(3)

/** The tee in its frame: the upright's end at the origin, along -z below it; the cross rod along x above. */
function spoolTee(rodDiameter: number): PrintedPart {
  const { half, socket, crossOver, top } = SPOOL.tee
  const r = rodDiameter / 2
  const below = -SPOOL.uprightScrewBelow
  const solid = (): Solid =>
    transform(
      difference(
        box([-half, -half, -socket], [half, half, top]),
        hole({ axis: 'z', center: [0, 0, (-socket - 1) / 2], length: socket + 1, diameter: rodDiameter + 0.2 }),
        hole({ axis: 'x', center: [0, 0, crossOver], length: 2 * half + 2, diameter: rodDiameter + 0.3 }),
        // Set screw onto the upright along +y, its nut slid in from the -x side.
        hole({ axis: 'y', center: [0, (r + half + 1) / 2, below], length: half + 1 - r, diameter: M3.clearance }),
        box(
          [-half - 1, r + NUT_OFF_ROD, below - SLOT / 2],
          [CORNER, r + NUT_OFF_ROD + M3.nutThickness + 0.2, below + SLOT / 2],
        ),
        // Set screw onto the cross rod from the top, its nut slid in from the +y side.
        hole({
          axis: 'z',
          center: [0, 0, (crossOver + r + top + 1) / 2],
          length: top + 1 - crossOver - r,
          diameter: M3.clearance,
        }),
        box(
          [-SLOT / 2, -CORNER, crossOver + r + 2 - 0.1],
          [SLOT / 2, half + 1, crossOver + r + 2 + M3.nutThickness + 0.3],
        ),
      ),
      TEE_TO_PRINT,
    )
  return {
    name: partName('spool-tee', rodDiameter),
    description: 'Spool holder tee: joins an upright rod to the cross rod, 2 x M3 set screws',
    module: 'spool',
    params: { rodDiameter },
    solid,
  }
}

const bought = (part: BoughtPart, transform: Mat4): Leaf => ({ kind: 'bought', part, quantity: 1, transform })

/**
 * Uprights in the rear Z motor ends' sockets nearest the middle (both sockets of a single rear Z
 * axis), the cross rod along X over the middle of the frame. OSE's lengths: uprights frame
 * size - 1 in, cross rod frame size (the frame's X size).
 */
export function spoolHolder(layout: Layout, rodDiameter: number): AssemblyNode {
  const { outer } = layout.frame
  const rear = layout.axes.filter((a) => a.name.startsWith('z-rear')).sort((a, b) => a.placement[12] - b.placement[12])
  const sockets =
    rear.length === 1
      ? [-1, 1].map((s) => ({ axis: rear[0], x: rear[0].placement[12] + (s * AXIS.rodSpacing) / 2 }))
      : [
          { axis: rear[0], x: rear[0].placement[12] + AXIS.rodSpacing / 2 },
          { axis: rear[1], x: rear[1].placement[12] - AXIS.rodSpacing / 2 },
        ]
  const axis = rear[0]
  const y = axis.placement[13] - AXIS.halfThickness
  const bottom = axis.placement[14] - (axis.rodStart - SPOOL.gap)
  const uprightLength = outer.x - Z_ROD_UNDER_FRAME
  const top = bottom + uprightLength
  const tee = spoolTee(rodDiameter)
  const crossZ = top + SPOOL.tee.crossOver
  const motorEnd = partName('axis-motor-end-half', rodDiameter)
  const r = rodDiameter / 2
  const leaves: Leaf[] = sockets.flatMap(({ axis: a, x }) => [
    {
      kind: 'stock',
      piece: rod(rodDiameter, uprightLength, `spool holder upright, in the ${a.name} motor end`),
      transform: frame([x, y, bottom], [0, 0, 1], [0, 1, 0], [-1, 0, 0]),
      // Clamped in the motor end's rod grooves, as the Z rods are.
      nests: [`${a.name}/${motorEnd}`],
    },
    { kind: 'printed', part: tee, transform: multiply(translation([x, y, top]), invertRigid(TEE_TO_PRINT)) },
    bought(setScrew(8), aimed([x, y + r + 0.1, top - SPOOL.uprightScrewBelow], [0, 1, 0], [1, 0, 0])),
    bought(hexNut('M3'), aimed([x, y + r + NUT_OFF_ROD + 0.1, top - SPOOL.uprightScrewBelow], [0, 1, 0], [1, 0, 0])),
    bought(setScrew(8), translation([x, y, crossZ + r + 0.1])),
    bought(hexNut('M3'), aimed([x, y, crossZ + r + NUT_OFF_ROD + 0.1], [0, 0, 1], [0, 1, 0])),
  ])
  leaves.push({
    kind: 'stock',
    piece: rod(rodDiameter, outer.x, 'spool holder cross rod, through the two tees'),
    transform: translation([0, y, crossZ]),
  })
  return { name: 'spool-holder', module: 'spool', transform: identity, leaves, children: [] }
}
