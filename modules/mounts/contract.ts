import type { MountsContract } from '../../src/parts/contracts.js'
import { Z_MOUNT } from './dimensions.js'

export const MOUNTS_CONTRACT: MountsContract = { zMountHalfWidth: Z_MOUNT.halfWidth }
