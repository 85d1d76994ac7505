/**
 * The one table of fits: how much bigger than the part it takes a printed (or drilled) feature
 * is, in mm. The features in features.ts read it, and so do the places that draw a bought part
 * in such a feature. Sources: [ERCF] as cited in ../shared/reference/builder-rules.md §2 (FDM
 * fits, 0.4 nozzle, 0.2 layers); OSE's CAD as measured in ../shared/reference/d3d-design-facts.md;
 * ISO 273 (clearance holes). "Ours" is the project's own choice.
 */
export const FITS = {
  /**
   * Clearance holes for screws, by size (diameter): ISO 273's medium series for M3, M4 and M6
   * (6.6 is also OSE's M6 hole, 3.4 [ERCF]'s loose M3), its fine series for M8 (the probe's thread).
   */
  screwHole: { M3: 3.4, M4: 4.5, M6: 6.6, M8: 8.4 },
  /** Counterbores for cap heads, over the head's diameter. Ours: the 10 mm M6 head in 11, the 5.5 mm M3 head in 6. */
  capHead: { M3: 0.5, M6: 1 },
  /** OSE's counterbores for the motor's M3 heads in the motor end: 6.6 for the 5.5 mm head. */
  oseMotorScrewHead: 1.1,
  nut: {
    /** Across flats, over the nut's: the printed nut traps and slots. Ours, [ERCF]'s loose +0.3-0.4 at its top. */
    acrossFlats: 0.4,
    /** OSE's M6 traps in the axis pieces: 10.74 across flats for the 10 mm nut (or cap head). */
    oseAcrossFlats: 0.74,
    /**
     * Along the nut's axis, over its thickness; a nut is drawn in the middle of that room. Ours:
     * `snug`, one 0.2 mm layer, for the M3 nuts and the axis pieces' M6 traps; `loose` for the
     * M6 nuts slid into slots, and the spool tee's cross-rod nut.
     */
    thickness: { snug: 0.2, loose: 0.4 },
  },
  /**
   * Round parts in printed bores, over their diameter. `press`: [ERCF]'s press fit (OD + 0.2),
   * the spool tee's socket for the upright rod. `sliding`: [ERCF]'s loose/sliding +0.3-0.4 at
   * its low end, the bed rods in the bed brackets and blocks, the spool tee's cross rod, the hot
   * end's collars. `loose`: its high end, the extruder's outlet coupling. Ours: `tube`, the PTFE
   * tube through the tool head; `passThrough`, where a rod must never touch (the carriage's end walls).
   */
  bore: { press: 0.2, sliding: 0.3, loose: 0.4, tube: 0.5, passThrough: 2 },
  /** OSE's hole for the motor's 22 mm boss in the motor end: 23. */
  oseMotorBoss: 1,
  /**
   * The axis pieces' rod grooves lie this much shallower than the rod's radius, so that the two
   * halves clamp the rods when their bolts are tightened. Ours (docs/design.md, "Clamshell halves").
   */
  rodClamp: 0.2,
  /**
   * The carriage's LM8UU (and LM10UU) pockets, over the bearing's diameter and over its length (one pocket
   * per bearing, 0.2 at each end). Ours: between a press fit (15.2, [ERCF]'s OD + 0.2) and OSE's
   * 15.5 pockets. `clamp`: each half's pocket is this much shallower than the bearing's radius,
   * so the two halves, bolted, squeeze it 2 x 0.05 = 0.1 across the split (a split clamp), and
   * stand 0.1 apart on it until the screws pull them onto it. Ours: the LM8UU's shell is thin
   * steel round its ball tracks and pinches its balls if squeezed out of round; 0.1 on the
   * diameter is the tightest of [PM]'s fits by diameter difference (0.10 "very tight",
   * builder-rules.md §2), taken as interference.
   */
  linearBearing: { diameter: 0.4, length: 0.4, clamp: 0.05 },
  /**
   * The axis's belt tensioner: `slide`, the printed idler carrier in its printed channel, each
   * side, [ERCF]'s loose/sliding +0.3-0.4 at its low end; `idler`, the toothed idler's flanges
   * to the carrier's cheeks, each side: the height of the bosses round the axle that bear on the
   * idler's inner race, which the axle clamps, so the flanges never touch a cheek. [ERCF]'s
   * loose/sliding +0.3 at its low end, as the carrier's: a running fit. `flange`: the idler's
   * flanges to the channel's and the carrier slot's walls, radially. Ours: room for a flange that
   * runs a little out of true.
   */
  tensioner: { slide: 0.3, idler: 0.3, flange: 0.5 },
  /** The GT2 belt's faces to the walls of the axis pieces' channels and of the carriage's clamp slot. Ours. */
  belt: 0.05,
  /** The blower's outlet in the fan duct's socket, each side. Ours. */
  blowerOutlet: 0.2,
  /**
   * The holes drilled in the steel angle and panes for the M6 fixings. Ours, a standard drill
   * (builder-rules.md §1 suggests bolt + 1.5 for hand drilling, inferred). The angle frame's are
   * drilled after assembly through the corner connectors' M6 clearance holes, 0.1 over the drill,
   * which guide it (builder-rules.md §1: drill through printed jigs); the steel has no slot fit,
   * it lies on the connectors' plates, bolted (docs/design.md, "Corner connectors").
   */
  steelHoleM6: 6.5,
  /** The bed plate's countersinks as drawn, over the countersunk M3 head's diameter. Ours. */
  countersink: 0.2,
  /** A blind screw hole runs this far past the screw's tip: the head bears, not the tip. Ours. */
  pastScrewTip: 0.5,
  /** The power supply's case to its printed hood's walls and roof: Mean Well's LRS drawings hold the case to +-1 mm. */
  psuHood: 1,
  /** A notch for wires, over their largest outer diameters across and along the stack. Ours. */
  wireNotch: 1,
  /** A cable gland's clearance hole in a box wall, over its metric thread. Ours: it passes the thread without a reamer. */
  glandHole: 0.5,
} as const

/** A screw size with a clearance hole in the table. */
export type ScrewSize = keyof typeof FITS.screwHole

/**
 * Not a fit: how far apart a cut keeps two edges that would otherwise meet on one line; there the
 * booleans leave slivers a ten-millionth of a millimetre wide, which slicers flip and repair.
 */
export const SLIVER_GAP = 0.01

/** Not a fit: a set screw is drawn this far off the rod it bears on (tightened, it touches). */
export const SET_SCREW_DRAWN_OFF = 0.1
