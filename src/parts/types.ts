import type { Mat4 } from '../kernel/matrix.js'
import type { Solid } from '../kernel/solid.js'

export type Direction = 'x' | 'y' | 'z'

/**
 * A hole a module needs in the frame's steel (to bolt a mount or a panel to it): its centre on
 * the frame's outer face, the face's normal, and what it is for.
 */
export interface Drilling {
  readonly at: readonly [number, number, number]
  readonly normal: Direction
  readonly purpose: string
}

/**
 * A part that is printed. Modelled lying in its print orientation (flat face on z = 0);
 * a leaf's transform places that print-frame geometry in the machine. One definition per
 * distinct part: the same `name` always means the same geometry, and the assembly counts it.
 */
export interface PrintedPart {
  /** Safe file name, unique per distinct geometry, e.g. "axis-carriage-half". */
  readonly name: string
  readonly description: string
  /** The module folder it comes from, e.g. "axis". */
  readonly module: string
  /** The inputs the geometry is made from (not the module's constants); equal names must have equal params. */
  readonly params: Readonly<Record<string, number | string | boolean>>
  readonly solid: () => Solid
}

/** A bought part ("vitamin"): a BOM line and a simple shape for the viewer. */
export interface BoughtPart {
  /** Catalogue id, e.g. "nema17-40". */
  readonly id: string
  readonly description: string
  /** Its mass, g: what the machine's engineering checks weigh (carriages, bed, tool heads). */
  readonly grams: number
  readonly shape: () => Solid
}

/** A hole drilled in a piece of stock: x along the piece from its reference end, y across its face from the face's edge. */
export interface StockHole {
  readonly x: number
  readonly y: number
  readonly diameter: number
  /** Countersunk to this diameter on the face. */
  readonly countersink?: number
  readonly purpose: string
  /**
   * Marked on the bare piece and drilled on the bench (a drilling template shows it); else drilled
   * after assembly through the part it is for, the part being the jig (its position is only to check).
   */
  readonly marked: boolean
}

/** A face of a piece that takes holes: a sheet's, or a leg of an angle (both legs' y from the outside of the heel). */
export interface StockFace {
  /** As the builder finds it, e.g. "horizontal leg". */
  readonly name: string
  /** Across the face: y runs from 0 to this. */
  readonly width: number
  /** Where y = 0 is, e.g. "the outside of the heel", "the sheet's lower edge". */
  readonly edge: string
  readonly holes: readonly StockHole[]
  /** Rectangular openings cut through it (a panel-mount inlet's), marked on the bare piece like its holes. */
  readonly cutouts?: readonly StockCutout[]
}

/** A rectangular opening cut through a sheet: its centre (x, y as a hole's), its size along x and y, and what it is for. */
export interface StockCutout {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
  readonly purpose: string
}

/** A piece's holes, as its cut-list notes give them: one face (a sheet), or two (an angle's legs, meeting at the heel). */
export interface StockDrilling {
  /**
   * Where x = 0 is: on a bar, which end, e.g. "either end (the holes are symmetric)"; on a sheet,
   * which edge, e.g. "the plate's left edge".
   */
  readonly end: string
  readonly faces: readonly StockFace[]
}

/** A piece of stock cut to length: steel profile, rod or belt. */
export interface StockPiece {
  /** Stock kind id, e.g. "rod-8mm", "angle-38.1x3.175". */
  readonly item: string
  readonly material: string
  readonly length: number
  /** Panes only: the other side; pieces of one length but another width are other cuts. */
  readonly width?: number
  /** What the piece is for and anything to drill or mark. */
  readonly notes: string
  /** Frame bars: the axis the piece runs along; a shop cuts and drills each direction as its own group. */
  readonly along?: Direction
  /** Its mass as cut, g. */
  readonly grams: number
  /** Pieces drilled: where each hole goes and how it is drilled. */
  readonly drilled?: StockDrilling
  /** Cross-section for the viewer: the piece runs along local +X from 0 to length. */
  readonly shape: () => Solid
}

/**
 * Intended overlaps of a leaf (a rod clamped in its grooves, a belt in its clamp): ids of the
 * leaves it may overlap. A plain id ("axis-carriage-half") means such a leaf in the same node or
 * below it; "node/id" means one in the node of that name. See collisions.ts.
 */
export type Nests = readonly string[]

export type Leaf =
  | { readonly kind: 'printed'; readonly part: PrintedPart; readonly transform: Mat4; readonly nests?: Nests }
  | {
      readonly kind: 'bought'
      readonly part: BoughtPart
      readonly quantity: number
      readonly transform: Mat4
      readonly nests?: Nests
    }
  | { readonly kind: 'stock'; readonly piece: StockPiece; readonly transform: Mat4; readonly nests?: Nests }

/**
 * A node that moves with one of the machine's motions (a carriage and what it carries): at
 * offset d it is moved by d along `along`, a unit vector in its own frame (after its
 * transform). As drawn, d = 0; the motion ends are `travel`.
 */
export interface Motion {
  readonly name: 'x' | 'y' | 'z'
  readonly along: readonly [number, number, number]
  readonly travel: readonly [number, number]
}

/** A placed group: a module instance or a sub-assembly of one. */
export interface AssemblyNode {
  readonly name: string
  /** The module folder that made this node, e.g. "axis". */
  readonly module: string
  readonly transform: Mat4
  readonly leaves: readonly Leaf[]
  readonly children: readonly AssemblyNode[]
  readonly motion?: Motion
}
