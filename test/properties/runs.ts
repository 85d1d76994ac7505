import type fc from 'fast-check'

/**
 * fast-check settings for a property: a new random seed each run, so CI keeps exploring;
 * a failure prints its seed and path, and FC_SEED=<seed> replays it.
 */
export function runs(numRuns: number): fc.Parameters<unknown> {
  const seed = process.env.FC_SEED
  return { numRuns, ...(seed === undefined ? {} : { seed: Number(seed) }) }
}
