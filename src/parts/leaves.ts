import type { Mat4 } from '../kernel/matrix.js'
import type { BoughtPart, Leaf, Nests, PrintedPart, StockPiece } from './types.js'

/**
 * Leaf builders, one placement convention for all: `placement` takes the part from its own frame
 * (a printed part's print frame, a bought part's or a stock piece's own) into the node's frame.
 * A printed part modelled as `toPrint` from the node's frame is placed by `invertRigid(toPrint)`.
 */
const withNests = (nests: Nests | undefined) => (nests ? { nests } : {})

export const printed = (part: PrintedPart, placement: Mat4, nests?: Nests): Leaf => ({
  kind: 'printed',
  part,
  transform: placement,
  ...withNests(nests),
})

/** One bought part. */
export const bought = (part: BoughtPart, placement: Mat4, nests?: Nests): Leaf => ({
  kind: 'bought',
  part,
  quantity: 1,
  transform: placement,
  ...withNests(nests),
})

export const stock = (piece: StockPiece, placement: Mat4, nests?: Nests): Leaf => ({
  kind: 'stock',
  piece,
  transform: placement,
  ...withNests(nests),
})
