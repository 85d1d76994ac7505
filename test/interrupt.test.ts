// Builds killed at every step of writing their output: the output folder always holds either
// the previous complete output or the new one, and no debris stays beside it.
import { type ChildProcess, spawn } from 'node:child_process'
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { clearDebris } from '../src/cli/output/debris.js'
import { ROOT, readTree, spawnCli, tempDir } from './helpers.js'

const dir = tempDir()
const out = join(dir, 'out')
const saved = join(dir, 'saved')
let previous: Record<string, Buffer>
let next: Record<string, Buffer>

beforeAll(() => {
  // The previous output, with a file of the user's in it that every build must keep.
  expect(spawnCli(dir, 'build', '--out', out).code).toBe(0)
  writeFileSync(join(out, 'notes.txt'), 'mine')
  cpSync(out, saved, { recursive: true, verbatimSymlinks: true })
  previous = readTree(out)
  // The new output, as an uninterrupted build writes it.
  const fresh = join(dir, 'fresh')
  expect(spawnCli(dir, 'build', '--set', 'frame.size=14in', '--out', fresh).code).toBe(0)
  next = { ...readTree(fresh), 'notes.txt': Buffer.from('mine') }
})

/** Which complete output the folder holds, or 'neither'. */
function holds(): 'previous' | 'new' | 'missing' | 'neither' {
  if (!existsSync(out)) return 'missing'
  const tree = readTree(out)
  const same = (other: Record<string, Buffer>) =>
    Object.keys(tree).length === Object.keys(other).length &&
    Object.entries(tree).every(([path, bytes]) => other[path]?.equals(bytes))
  return same(previous) ? 'previous' : same(next) ? 'new' : 'neither'
}

const debris = () => readdirSync(dir).filter((name) => name.startsWith('.d3dkit-'))

/** Whether the process is stopped (SIGSTOP), from /proc. */
const stopped = (pid: number) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('T')

/** A build of the new size that stops itself at `point`. */
async function buildStoppedAt(point: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'bin/d3dkit.js'), 'build', '--set', 'frame.size=14in', '--out', out],
    {
      cwd: dir,
      env: { ...process.env, D3DKIT_PAUSE_AT: point },
      stdio: 'ignore',
    },
  )
  const pid = child.pid as number
  for (let waited = 0; !stopped(pid); waited += 20) {
    if (waited > 60_000 || child.exitCode !== null) throw new Error(`the build never reached ${point}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return child
}

const ended = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null)
      resolve({ code: child.exitCode, signal: child.signalCode })
    else child.once('exit', (code, signal) => resolve({ code, signal }))
  })

describe('a build interrupted while it writes', () => {
  it.each([
    ['writing', 'SIGINT', 130],
    ['writing', 'SIGTERM', 143],
    ['staged', 'SIGINT', 130],
    ['between-renames', 'SIGTERM', 143],
  ] as const)('at %s, by %s, exits %i and leaves a complete output and no debris', async (point, signal, code) => {
    rmSync(out, { recursive: true, force: true })
    cpSync(saved, out, { recursive: true, verbatimSymlinks: true })
    const child = await buildStoppedAt(point)
    child.kill(signal)
    child.kill('SIGCONT')
    expect(await ended(child)).toEqual({ code, signal: null })
    // Past the first rename the swap completes: the signal is taken after it.
    expect(holds()).toBe(point === 'between-renames' ? 'new' : 'previous')
    expect(debris()).toEqual([])
  })

  it.each(['writing', 'staged', 'between-renames', 'swapped'])(
    'killed (-9) at %s, leaves what the next run turns into a complete output',
    async (point) => {
      rmSync(out, { recursive: true, force: true })
      cpSync(saved, out, { recursive: true, verbatimSymlinks: true })
      const child = await buildStoppedAt(point)
      child.kill('SIGKILL')
      expect((await ended(child)).signal).toBe('SIGKILL')
      expect(debris().length).toBeGreaterThan(0)
      // Between the renames the output is missing until the next run puts the previous one back.
      expect(holds()).toBe(
        { writing: 'previous', staged: 'previous', 'between-renames': 'missing', swapped: 'new' }[point],
      )
      clearDebris(out)
      expect(holds()).toBe(point === 'swapped' ? 'new' : 'previous')
      expect(debris()).toEqual([])
    },
  )

  it('is cleaned up by the next build, which then writes the new output', () => {
    rmSync(out, { recursive: true, force: true })
    cpSync(saved, out, { recursive: true, verbatimSymlinks: true })
    // Debris of a build that died (its process is gone): a half-written folder.
    const { code } = spawnCli(dir, 'build', '--set', 'frame.size=14in', '--out', out)
    expect(code).toBe(0)
    expect(holds()).toBe('new')
    expect(debris()).toEqual([])
  })
})
