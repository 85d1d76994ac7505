import { InputError, parseSpec, type Spec } from '../../src/index.js'

const SOURCE = 'spec'

/** Most problems listed; the rest are counted. */
const MAX_PROBLEMS = 8

/** Longest problem shown: a message quotes what it was given, which may be any size. */
const MAX_PROBLEM_LENGTH = 300

/** Problems as "field: message", without the source that parseSpec puts first: a few, each clipped. */
export function specProblems(problems: readonly string[]): string[] {
  const shown = problems
    .slice(0, MAX_PROBLEMS)
    .map((p) => clipped(p.startsWith(`${SOURCE}: `) ? p.slice(SOURCE.length + 2) : p))
  const more = problems.length - shown.length
  return more > 0 ? [...shown, `and ${more} more problems`] : shown
}

function clipped(problem: string): string {
  if (problem.length <= MAX_PROBLEM_LENGTH) return problem
  return `${problem.slice(0, MAX_PROBLEM_LENGTH)}... (${problem.length - MAX_PROBLEM_LENGTH} more characters)`
}

/** The spec checked against the schema on the page, at once: the worker checks the rest. */
export function checkSpec(raw: unknown): { readonly resolved?: Spec; readonly problems: readonly string[] } {
  try {
    return { resolved: parseSpec(raw, SOURCE), problems: [] }
  } catch (error) {
    if (error instanceof InputError) return { problems: specProblems(error.problems) }
    throw error
  }
}
