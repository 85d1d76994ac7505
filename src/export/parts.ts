import type { Counted } from '../assembly/collect.js'
import type { TriangleMesh } from '../kernel/index.js'
import type { Size3 } from '../layout/index.js'
import type { PrintedPart } from '../parts/types.js'
import { InputError } from '../spec/errors.js'
import { FILAMENT_DENSITY } from '../spec/materials.js'
import { formatMm } from '../spec/units.js'
import type { ModelStore } from './models.js'

/** Room a part must leave on each side of the print bed. */
export const PRINT_MARGIN = 5

export interface PartResult {
  readonly part: PrintedPart
  readonly count: number
  readonly usedIn: readonly string[]
  /** The part as it lies on the print bed: z from 0, centred in X and Y. */
  readonly mesh: TriangleMesh
  /**
   * The move from where the part was modelled onto the print bed. Leaf transforms place the part
   * as modelled, so drawing `mesh` in the machine undoes this move first.
   */
  readonly bedShift: readonly [number, number, number]
  readonly stl: Uint8Array
  /** Hex SHA-256 of `stl`: what the print estimates are keyed by. */
  readonly sha256: string
  readonly triangles: number
  /** mm3 */
  readonly volume: number
  /** Size on the print bed, mm. */
  readonly size: readonly [number, number, number]
  /** Solid mass (100 % infill), g. */
  readonly grams: number
}

/** What a part's geometry gives, whatever the machine: made once per distinct part. */
export interface ModelledPart {
  readonly mesh: TriangleMesh
  readonly bedShift: [number, number, number]
  readonly stl: Uint8Array
  readonly sha256: string
  readonly volume: number
  readonly size: [number, number, number]
}

export async function makePart(
  counted: Counted<PrintedPart>,
  material: string,
  models: ModelStore,
): Promise<PartResult> {
  const model = await models.modelOf(counted.item)
  return {
    part: counted.item,
    count: counted.quantity,
    usedIn: counted.usedIn,
    mesh: model.mesh,
    bedShift: model.bedShift,
    stl: model.stl,
    sha256: model.sha256,
    triangles: model.mesh.triangles.length / 3,
    volume: model.volume,
    size: model.size,
    grams: (model.volume / 1000) * FILAMENT_DENSITY[material],
  }
}

/** A part fits when it stands inside the print volume with the margin, either way round. */
export function checkFitsPrintVolume(result: PartResult, printVolume: Size3): void {
  const [x, y, z] = result.size
  const room = { x: printVolume.x - 2 * PRINT_MARGIN, y: printVolume.y - 2 * PRINT_MARGIN }
  const fits = z <= printVolume.z && ((x <= room.x && y <= room.y) || (y <= room.x && x <= room.y))
  if (!fits) {
    const size = result.size.map(formatMm).join(' x ')
    const volume = [printVolume.x, printVolume.y, printVolume.z].map(formatMm).join(' x ')
    throw new InputError(
      `printVolume: part "${result.part.name}" is ${size} mm and does not fit a ${volume} mm print volume with ${PRINT_MARGIN} mm to spare each side; use a larger printVolume or a smaller frame.profile`,
    )
  }
}
