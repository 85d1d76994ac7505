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
   * The printed plate under the carriage, 12 mm thick, the M6 heads sunk 6.5 mm into its
   * underside; it stops short of the X end pieces' bolt heads at the travel's ends. The box it
   * is cut from (see `wall`).
   */
  plate: { min: [-22.5, -42, -12], max: [35, 42, 0] },
  /** The extruder mount on the carriage's top; the M6 nuts slide into it. */
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
  /**
   * Tab for the blower's two M3 screws: clear of the duct below its lower screw, 4 thick. Where
   * it stands 3 mm past the plate's edge, a 45 degree gusset under it (as printed) carries it.
   * Two windows leave a frame `frame` wide and a rib from lug to lug, `rib` wide: the blower's
   * lugs lie on its diagonal, 45 degrees, so every window edge is vertical, level or at 45.
   */
  tab: { x: [34, 38], y: [-42, 12], z: [-56, -11], lowY: -13, lowZ: -62, frame: 3, rib: 9 },
  /**
   * Probe holder: a block under the plate, its bottom at `bottom` (the lower M8 nut bears on it);
   * the upper nut slides in from its front (y = y[0]) into a slot whose top (`nutFace`) it is
   * pulled up against. Behind `step` the block reaches the plate; in front, under the hot end
   * clamp (0.5 mm clear of it), its top is at `stepTop` and falls `slope` mm per mm to the front:
   * as printed (upside down), a chamfer 41 degrees from vertical. The probe's hole stays behind
   * `step`: where it broke a sloping face PrusaSlicer 2.5 laid support round it.
   */
  probeHolder: {
    x: [-8.7, 8.7],
    y: [13, 34],
    bottom: -50,
    nutFace: -34,
    step: 17.5,
    stepTop: -25.2,
    slope: 1.15,
  },
  /**
   * The plate is cut back from `plate` where nothing hangs from it, leaving this much wall round
   * the counterbores, pockets and probe holder. Ours: three perimeters of the print settings'
   * 0.45 mm extrusion (check/slicer.ts), 1.35, rounded up.
   */
  wall: 1.5,
  /**
   * Pockets in the plate's underside where no load runs (between the +x counterbores and the tab,
   * over the blower), leaving a 3 mm skin under the carriage: x, y and the skin's z.
   */
  pockets: [
    { x: [22, 32.5], y: [-40.5, -2] },
    { x: [22, 32.5], y: [2, 20.5] },
  ],
  pocketTop: -3,
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
