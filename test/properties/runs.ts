import type fc from 'fast-check'

/**
 * fast-check settings for a property: a new random seed each run, so that every run of the
 * tests explores; a failure prints its seed and path, and FC_SEED=<seed> replays it (CI
 * replays one fixed seed, see .ci/run).
 */
export function runs(numRuns: number): fc.Parameters<unknown> {
  const seed = process.env.FC_SEED
  return { numRuns, ...(seed === undefined ? {} : { seed: Number(seed) }) }
}
