// Preloaded into a benchmarked process: writes its peak resident memory (kB) on exit.
import { writeFileSync } from 'node:fs'

const target = process.env.D3DKIT_BENCH_RSS_FILE
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)))
