import type { Spec } from '../../spec/schema.js'
import { type Board, OCTOPUS_V11 } from './octopus.js'
import { RAMPS_14 } from './ramps.js'

/** The board of each of the spec's controller choices. */
export const BOARDS: Readonly<Record<Spec['controller'], Board>> = { octopus: OCTOPUS_V11, ramps: RAMPS_14 }

export const boardOf = (spec: Pick<Spec, 'controller'>): Board => BOARDS[spec.controller]
