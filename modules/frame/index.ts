import { identity } from '../../src/kernel/matrix.js'
import type { FrameLayout } from '../../src/layout/types.js'
import type { AssemblyNode, Drilling } from '../../src/parts/types.js'
import type { FrameModule } from '../module.js'
import { angleFrameLeaves } from './angle-frame.js'
import { FRAME_CONTRACT } from './contract.js'
import { plateFrameLeaves } from './plate-frame.js'

export { cornerConnector } from './corner-connector.js'

/**
 * The frame: an angle frame (12 steel angles, 8 printed corner connectors, M6 fixings) or a
 * plate frame (6 steel panes with windows). Leaves are placed in machine coordinates: origin
 * at the frame's front-left-bottom outer corner, X right, Y back, Z up. `drillings` are holes
 * other modules need in the steel: drawn, and written in the pieces' cut-list notes.
 */
export function frameModule(layout: FrameLayout, drillings: readonly Drilling[] = []): AssemblyNode {
  const leaves = layout.style === 'angle' ? angleFrameLeaves(layout, drillings) : plateFrameLeaves(layout, drillings)
  return { name: 'frame', module: 'frame', transform: identity, leaves, children: [] }
}

export const FRAME_MODULE: FrameModule = {
  name: 'frame',
  role: 'frame',
  contract: FRAME_CONTRACT,
  build: frameModule,
}
