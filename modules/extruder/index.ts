import { aimed, frame, identity, invertRigid, type Mat4, translation } from '../../src/kernel/matrix.js'
import { FITS } from '../../src/parts/fits.js'
import { bought, printed, stock } from '../../src/parts/leaves.js'
import type { AssemblyNode } from '../../src/parts/types.js'
import { formatMm } from '../../src/spec/units.js'
import { AXIS_CONTRACT } from '../axis/contract.js'
import type { ToolHeadModule } from '../module.js'
import { CAP_SCREW, HEX_NUT, METRIC, standardScrewLength } from '../vitamins/fasteners.js'
import { NEMA17 } from '../vitamins/motors.js'
import { ptfeTube } from '../vitamins/stock.js'
import { BLOWER_5015, EXTRUDER, HOT_END, INDUCTIVE_PROBE } from '../vitamins/tool-head.js'
import { EXTRUDER_HEAD } from './contract.js'
import { TOOL_HEAD } from './dimensions.js'
import { CLAMP_SCREW_Z, HOT_END_TOP, NOZZLE_Z } from './hotend-seat.js'
import {
  BLOWER_LUGS,
  BLOWER_ORIGIN,
  CARRIAGE_BOLT_COUNTERBORE,
  CARRIAGE_BOLTS,
  CLAMP_COUNTERBORE,
  CLAMP_TO_PRINT,
  DUCT_TO_PRINT,
  EXTRUDER_SCREWS,
  extruderMount,
  fanDuct,
  hotEndClamp,
  MOUNT_COUNTERBORE,
  MOUNT_NUT_SEAT,
  PLATE_TO_PRINT,
  PROBE_AT,
  PROBE_NUT_Z,
  toolHeadPlate,
} from './parts.js'

export { NOZZLE_BELOW_CARRIAGE, TOOL_HEAD } from './dimensions.js'

const M3 = METRIC.M3
const M6 = METRIC.M6
const EXTRUDER_MOTOR_LENGTH = 40
const UP = [0, 0, 1] as const
const X = [1, 0, 0] as const
/** The nuts are drawn in the middle of their slots and traps. */
const M6_NUT_IN_SLOT = FITS.nut.thickness.loose / 2
const M3_NUT_IN_TRAP = FITS.nut.thickness.snug / 2
/** ISO 261 coarse pitch of M3: a screw's tip stands one thread past its nut. */
const M3_PITCH = 0.5

/** The tool head frame in a carriage node's frame (origin at the carriage's motor-side face; u, v, w). */
const TOOL_HEAD_IN_CARRIAGE: Mat4 = frame(AXIS_CONTRACT.carriageLoadFace, [1, 0, 0], [0, -1, 0], [0, 0, -1])

/**
 * One tool head on an X carriage: the plate under it and the extruder mount on top, four M6 up
 * from the plate's underside into nuts in the mount; the hot end in the plate's groove mount;
 * the direct-drive extruder and its NEMA17 on top, feeding down a PTFE tube through the
 * carriage's centre hole; the 5015 blower and its duct; with `probe`, the M8 inductive probe on
 * the plate's shelf. The order they go together in: the mount's description and docs/design.md.
 */
export function toolHead(name: string, probe: boolean): AssemblyNode {
  const { mount, clamp, tab } = TOOL_HEAD
  // Up from the plate's underside, 1 mm past the nut drawn in the middle of its slot's room.
  const m6Seat = TOOL_HEAD.plate.min[2] + CARRIAGE_BOLT_COUNTERBORE.depth
  const nutUnder = MOUNT_NUT_SEAT + M6_NUT_IN_SLOT
  const m6 = CAP_SCREW.part('M6', standardScrewLength(nutUnder + M6.nutThickness + 1 - m6Seat))
  const carriageBolts = CARRIAGE_BOLTS.flatMap(([x, y]) => [
    // Its tip opens the layer the mount prints over its hole at the nut slot's ceiling.
    bought(m6, aimed([x, y, m6Seat], UP, X), ['extruder-mount']),
    bought(HEX_NUT.part('M6'), aimed([x, y, nutUnder], UP, [0, 1, 0])),
  ])
  // From the counterbore's seat in the cap to one thread past the nut's outer face.
  const clampSeat = -clamp.halfWidth + CLAMP_COUNTERBORE.depth
  const clampScrew = CAP_SCREW.part('M3', standardScrewLength(clamp.halfWidth - M3_NUT_IN_TRAP + M3_PITCH - clampSeat))
  const clampBolts = [-1, 1].flatMap((s) => [
    bought(clampScrew, aimed([clampSeat, s * clamp.screwY, CLAMP_SCREW_Z], X, UP), ['hotend-clamp']),
    bought(
      HEX_NUT.part('M3'),
      // Flats up and down, as its trap has them.
      aimed([clamp.halfWidth - M3_NUT_IN_TRAP - M3.nutThickness, s * clamp.screwY, CLAMP_SCREW_Z], X, [0, 1, 0]),
    ),
  ])
  const lugScrew = CAP_SCREW.part('M3', standardScrewLength(tab.x[1] - TOOL_HEAD.blowerX + M3.nutThickness + 1))
  const blower = [
    bought(BLOWER_5015.part, frame(BLOWER_ORIGIN, [0, -1, 0], [1, 0, 0], [0, 0, 1])),
    ...BLOWER_LUGS.flatMap(([, y, z]) => [
      bought(lugScrew, aimed([tab.x[1], y, z], [-1, 0, 0], [0, 1, 0])),
      bought(HEX_NUT.part('M3'), aimed([TOOL_HEAD.blowerX, y, z], [-1, 0, 0], [0, 1, 0])),
    ]),
  ]
  const [sx, sz] = EXTRUDER.shaft
  const top = mount.max[2]
  // Up through the mount, 7 mm into the extruder's 8 mm threads.
  const extruderScrewHead = mount.min[2] + MOUNT_COUNTERBORE.m3.depth
  const extruderScrew = CAP_SCREW.part('M3', standardScrewLength(top - extruderScrewHead + 7))
  const drive = [
    bought(EXTRUDER.part, translation([0, 0, top])),
    // Its boss and shaft go into the extruder's body.
    bought(NEMA17.part(EXTRUDER_MOTOR_LENGTH), aimed([sx, EXTRUDER.body.max[1], top + sz], [0, -1, 0], X), [
      EXTRUDER.part.id,
    ]),
    // Each opens the layer the mount prints over its hole at the counterbore's ceiling.
    ...EXTRUDER_SCREWS.map(([x, y]) =>
      bought(extruderScrew, aimed([x, y, extruderScrewHead], UP, X), ['extruder-mount']),
    ),
  ]
  const tubeFrom = NOZZLE_Z + HOT_END.linerSeat
  const tubeTo = top - EXTRUDER.outlet.length
  const tube = stock(
    ptfeTube(tubeTo - tubeFrom, ptfeTubeNote(HOT_END_TOP - tubeFrom)),
    frame([0, 0, tubeFrom], [0, 0, 1], [0, 1, 0], [-1, 0, 0]),
    // The hot end is drawn solid: the liner runs down its bore.
    [HOT_END.part.id],
  )
  const probeLeaves = probe
    ? [
        bought(INDUCTIVE_PROBE.part, translation(PROBE_AT)),
        // Flats to the sides of its slot, corners along the slot.
        bought(HEX_NUT.part('M8'), aimed([PROBE_AT[0], PROBE_AT[1], PROBE_NUT_Z], UP, [0, 1, 0])),
        bought(
          HEX_NUT.part('M8'),
          translation([PROBE_AT[0], PROBE_AT[1], TOOL_HEAD.probeHolder.bottom - METRIC.M8.nutThickness]),
        ),
      ]
    : []
  return {
    name,
    module: 'extruder',
    transform: TOOL_HEAD_IN_CARRIAGE,
    leaves: [
      printed(toolHeadPlate(), invertRigid(PLATE_TO_PRINT)),
      printed(hotEndClamp(), invertRigid(CLAMP_TO_PRINT)),
      printed(fanDuct(), invertRigid(DUCT_TO_PRINT)),
      printed(extruderMount(), identity),
      bought(HOT_END.part, translation([0, 0, NOZZLE_Z])),
      ...carriageBolts,
      ...clampBolts,
      ...blower,
      ...drive,
      tube,
      ...probeLeaves,
    ],
    children: [],
  }
}

/** Where the liner runs and how it is seated and released. */
function ptfeTubeNote(intoHotEnd: number): string {
  return `liner from the extruder's outlet through the X carriage and the tool head plate, ${formatMm(intoHotEnd)} mm into the hot end down to the heat break: push it in until it stops on the heat break, then hold it there, pull the collet up and slide its clip under it; to release it, take the clip out through the window in the plate's underside and press the collet down`
}

export const EXTRUDER_MODULE: ToolHeadModule = {
  name: 'extruder',
  role: 'tool-head',
  contract: EXTRUDER_HEAD,
  holesTaken: 'all',
  // The first head carries the probe.
  build: (name, index) => toolHead(name, index === 0),
}
