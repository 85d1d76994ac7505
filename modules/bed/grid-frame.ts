import { bedAreaLoad } from './dimensions.js'
import { ALUMINIUM_MODULUS, type GridSupports, gridSag, tributaries, tubeSection, tubeWeight } from './grid.js'

/** Beam elements no longer than this, mm (ours: the deflections move by under 0.1 um if halved). */
const ELEMENT = 10

/** Points from `at` (sorted, deduplicated) with no gap over ELEMENT between them. */
function stations(at: readonly number[]): number[] {
  const s = [...new Set(at)].sort((a, b) => a - b)
  return s.flatMap((x, i) => {
    if (i === s.length - 1) return [x]
    const n = Math.max(1, Math.ceil((s[i + 1] - x) / ELEMENT))
    return Array.from({ length: n }, (_, j) => x + ((s[i + 1] - x) * j) / n)
  })
}

/**
 * The grid's own-weight deflection as one frame, mm (ours): each cross tube a beam along X, each
 * Y tube a beam along Y simply supported at its rests, the two sharing their deflection where they
 * cross (torsion left out, which only frees the joints); the plate's weight on each cross tube by
 * its share along Y, each tube's own weight along it. Euler-Bernoulli elements ELEMENT long,
 * solved directly. It gives what `gridSag` bounds term by term: how much the Y tubes under a
 * cross tube bend apart, the inner ones carrying more of the plate, and the cross tubes' tilt
 * that follows. Returns the deflections along every cross tube, from the plate's left edge.
 */
export function gridFrame(s: GridSupports): { x: number[]; rows: number[][] } {
  const load = bedAreaLoad(s.thickness)
  const tubes = [...s.x.supports].sort((a, b) => a - b)
  const rows = [...s.y.supports].sort((a, b) => a - b)
  const widths = tributaries(s.y.plate, rows)
  const dofs: { count: number } = { count: 0 }
  const next = () => dofs.count++
  const crossing = new Map<string, number>()
  const shared = (t: number, r: number) => {
    const key = `${t},${r}`
    if (!crossing.has(key)) crossing.set(key, next())
    return crossing.get(key) as number
  }
  const elements: { d: number[]; EI: number; l: number; w: number }[] = []
  const beam = (at: readonly number[], wOf: (i: number) => number | undefined, EI: number, w: number) => {
    const nodes = at.map((x, i) => ({ w: wOf(i) ?? next(), t: next(), x }))
    for (let i = 0; i + 1 < nodes.length; i++) {
      const [a, b] = [nodes[i], nodes[i + 1]]
      elements.push({ d: [a.w, a.t, b.w, b.t], EI, l: b.x - a.x, w })
    }
    return nodes
  }
  const x = stations([s.x.plate[0], ...tubes, s.x.plate[1]])
  const crossEI = ALUMINIUM_MODULUS * tubeSection(s.crossTube).inertia
  const cross = rows.map((_, r) =>
    beam(
      x,
      (i) => (tubes.includes(x[i]) ? shared(tubes.indexOf(x[i]), r) : undefined),
      crossEI,
      load * widths[r] + tubeWeight(s.crossTube),
    ),
  )
  const [start, end] = s.rests
  const along = stations([start, ...rows, end])
  const yEI = ALUMINIUM_MODULUS * tubeSection(s.yTube).inertia
  const fixed = tubes.flatMap((_, t) => {
    const nodes = beam(
      along,
      (i) => (rows.includes(along[i]) ? shared(t, rows.indexOf(along[i])) : undefined),
      yEI,
      tubeWeight(s.yTube),
    )
    return [nodes[0].w, nodes[nodes.length - 1].w]
  })
  const u = solve(dofs.count, elements, new Set(fixed))
  return { x: x.map((v) => v - s.x.plate[0]), rows: cross.map((nodes) => nodes.map((n) => -u[n.w])) }
}

/** K u = F for Euler-Bernoulli elements under their uniform loads (down negative), the `fixed` freedoms held at 0. */
function solve(n: number, elements: readonly { d: number[]; EI: number; l: number; w: number }[], fixed: Set<number>) {
  const K = Array.from({ length: n }, () => new Float64Array(n + 1))
  for (const { d, EI, l, w } of elements) {
    const k = [
      [12, 6 * l, -12, 6 * l],
      [6 * l, 4 * l * l, -6 * l, 2 * l * l],
      [-12, -6 * l, 12, -6 * l],
      [6 * l, 2 * l * l, -6 * l, 4 * l * l],
    ]
    const f = [(-w * l) / 2, (-w * l * l) / 12, (-w * l) / 2, (w * l * l) / 12]
    for (let i = 0; i < 4; i++) {
      K[d[i]][n] += f[i]
      for (let j = 0; j < 4; j++) K[d[i]][d[j]] += (k[i][j] * EI) / l ** 3
    }
  }
  for (const d of fixed) {
    K[d].fill(0)
    for (const row of K) row[d] = 0
    K[d][d] = 1
  }
  // Gaussian elimination with partial pivoting.
  for (let i = 0; i < n; i++) {
    let p = i
    for (let r = i + 1; r < n; r++) if (Math.abs(K[r][i]) > Math.abs(K[p][i])) p = r
    ;[K[i], K[p]] = [K[p], K[i]]
    for (let r = i + 1; r < n; r++) {
      const f = K[r][i] / K[i][i]
      if (f !== 0) for (let c = i; c <= n; c++) K[r][c] -= f * K[i][c]
    }
  }
  const u = new Float64Array(n)
  for (let i = n - 1; i >= 0; i--) {
    let sum = K[i][n]
    for (let c = i + 1; c < n; c++) sum -= K[i][c] * u[c]
    u[i] = sum / K[i][i]
  }
  return u
}

/**
 * The grid bed's sag, mm: the plate's strips (`gridSag`), plus the grid's bending, the worse of
 * `gridSag`'s bounds on it (cross tubes plus Y tubes) and the frame's own figure (`gridFrame`:
 * the highest less the lowest point along any cross tube, the tilt over unevenly loaded Y tubes in).
 */
export function gridBedSag(s: GridSupports): ReturnType<typeof gridSag> & { frame: number } {
  const bounds = gridSag(s)
  const all = gridFrame(s).rows.flat()
  const frame = Math.max(...all) - Math.min(...all)
  return { ...bounds, frame, total: bounds.plate + Math.max(bounds.cross + bounds.tubes, frame) }
}
