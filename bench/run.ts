// Cold `d3dkit build` of every preset, each in a new process: median wall time and peak memory.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { presetNames } from '../src/spec/presets.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const root = join(import.meta.dirname, '..')
const work = mkdtempSync(join(tmpdir(), 'd3dkit-bench-'))

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

function coldBuild(preset: string): { ms: number; rssMb: number } {
  const rssFile = join(work, 'rss')
  const start = performance.now()
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      join(root, 'bench/peak-memory.mjs'),
      join(root, 'bin/d3dkit.js'),
      'build',
      '--preset',
      preset,
      '--out',
      join(work, preset),
    ],
    { encoding: 'utf8', env: { ...process.env, D3DKIT_BENCH_RSS_FILE: rssFile } },
  )
  const ms = performance.now() - start
  if (run.status !== 0) throw new Error(`build of ${preset} failed: ${run.stderr}`)
  return { ms, rssMb: Number(readFileSync(rssFile, 'utf8')) / 1024 }
}

console.log(
  `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}; median of ${RUNS} cold runs`,
)
console.log('\n| preset | cold build, median (ms) | min (ms) | max (ms) | peak RSS (MB) |\n|---|---|---|---|---|')
for (const preset of presetNames()) {
  const runs = Array.from({ length: RUNS }, () => coldBuild(preset))
  const times = runs.map((r) => r.ms)
  const row = [preset, median(times), Math.min(...times), Math.max(...times), Math.max(...runs.map((r) => r.rssMb))]
  console.log(`| ${row.map((v) => (typeof v === 'number' ? v.toFixed(0) : v)).join(' | ')} |`)
}
rmSync(work, { recursive: true, force: true })
