import { runTool } from './tool.js'

/** admesh's statistics and what a clean, single-shell mesh has; any other count is a repair. */
const CLEAN: readonly [label: string, count: number][] = [
  ['Number of parts', 1],
  ['Total disconnected facets', 0],
  ['Degenerate facets', 0],
  ['Edges fixed', 0],
  ['Facets removed', 0],
  ['Facets added', 0],
  ['Facets reversed', 0],
  ['Backwards edges', 0],
  ['Normals fixed', 0],
]

/** "ADMesh 0.98.4" */
export async function admeshVersion(): Promise<string> {
  return (await runTool('admesh', ['--version'])).replace(/ - version /, ' ').trim()
}

/** Problems admesh finds in an STL (it repairs in memory only; the file stays as it is). */
export async function admeshProblems(stl: string): Promise<string[]> {
  // On failure its last line says why, after the licence banner.
  const report = await runTool('admesh', [stl], (output) => output.trim().split('\n').at(-1) ?? '')
  const problems: string[] = []
  for (const [label, clean] of CLEAN) {
    // "Label : original [final]": the first number is what the file had.
    const count = new RegExp(`${label}\\s*:\\s*(\\d+)`).exec(report)?.[1]
    if (count !== String(clean))
      problems.push(`admesh: ${label.toLowerCase()} ${count ?? 'not reported'}, not ${clean}`)
  }
  return problems
}
