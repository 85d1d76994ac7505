import { FITS } from '../../src/parts/fits.js'
import { METRIC } from '../vitamins/fasteners.js'
import { HOT_END, INDUCTIVE_PROBE } from '../vitamins/tool-head.js'

/**
 * The probe's tip above the nozzle tip: the probe switches at the latest at its assured
 * distance from the bed, so the nozzle is still this margin above the bed when it does.
 */
const PROBE_TIP_ABOVE_NOZZLE = 1
export const PROBE_TRIGGER_MARGIN = INDUCTIVE_PROBE.assuredDistance - PROBE_TIP_ABOVE_NOZZLE

/**
 * The tool head in its own frame: origin at the middle of the X carriage's load face, x along
 * the machine's X, y along its Y, z up (the carriage above z = 0). The hot end hangs under the
 * carriage's middle, so that the nozzle covers a bed centred in the frame; the extruder sits on
 * top of the carriage and the filament comes down through the carriage's centre hole.
 */
export const TOOL_HEAD = {
  /**
   * The printed plate under the carriage: 12 mm leaves 2 mm of plastic over and under its nut
   * slots; it stops short of the X end pieces' bolt heads at the travel's ends.
   */
  plate: { min: [-21, -42, -12], max: [35, 42, 0] },
  /** The extruder mount on the carriage's top; the M6 heads sink into it. */
  mount: { min: [-24, -22.5, 24], max: [28, 22.5, 36] },
  /** Hot end clamp: split 0.5 apart across x = 0, the fixed half on the plate, M3 screws along x. */
  clamp: {
    halfWidth: 12,
    halfDepth: 17,
    split: 0.25,
    screwY: 12,
    nutTrap: METRIC.M3.nutThickness + FITS.nut.thickness.snug,
  },
  /** The 5015 blower stands on the +x side, its thickness along x from here, its outlet under the plate. */
  blowerX: 19,
  /** Tab for the blower's two M3 screws: clear of the duct below its lower screw, 4 thick. */
  tab: { x: [34, 38], y: [-42, 12], z: [-56, -11], lowY: -13, lowZ: -62 },
  /** Probe holder: a wall behind the probe and a 5 mm shelf with the M8 hole. */
  probeShelf: { x: [-9, 9], y: [13, 34], z: [-40, -35], wallY: 30 },
  /** The plate's M6 nuts: slots from the plate's front and rear edges, their floor at this z. */
  nutSlotFloor: -9.6,
  /**
   * Over the hot end's top a relief in the plate's underside leaves the Bowden collet free, and a
   * window from the plate's -x edge reaches it: room for the collet's head and clip and for the
   * tips of tweezers that press the collet to release the tube.
   */
  colletRelief: { diameter: 12, depth: 4, windowWidth: 8 },
  /** Probe tip relative to the nozzle tip: behind it, and just above it. */
  probeOffset: [0, 22, PROBE_TIP_ABOVE_NOZZLE] as const,
  /** A second carriage rides this far (middle to middle) on the idler side: two heads side by side with 2 mm between. */
  secondCarriagePitch: 64,
} as const

/** How far the nozzle tip lies below the X carriage's load face. */
export const NOZZLE_BELOW_CARRIAGE = -TOOL_HEAD.plate.min[2] + HOT_END.length
