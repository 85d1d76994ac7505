import type { PrintedPart } from './types.js'

/**
 * What a printed part's model is known by: its name and params, all that its geometry depends
 * on (the same key is the same geometry, in any machine).
 */
export const modelKey = (part: PrintedPart): string => `${part.name}|${JSON.stringify(part.params)}`
