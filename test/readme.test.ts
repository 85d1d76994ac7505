// The README's usage examples, run as written (in process): a documented command that fails is a bug.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, ROOT, tempDir } from './helpers.js'

/** Splits a shell line into words, honouring single quotes (all the README uses). */
const words = (line: string): string[] =>
  [...line.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]).map((w) => w.replace(/^(\w[\w.]*=)'(.*)'$/, '$1$2'))

/** Every `npx d3dkit ...` line of the README's code blocks, without the trailing comment. */
function examples(): string[][] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1])
  return blocks
    .flatMap((block) => block.split('\n'))
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line.startsWith('npx d3dkit '))
    .map((line) => words(line.slice('npx d3dkit '.length)))
}

describe("the README's examples", () => {
  const dir = tempDir()
  // The spec file the examples name: a build volume, as a user would start.
  writeFileSync(join(dir, 'my-printer.json'), JSON.stringify({ buildVolume: { x: 250, y: 250, z: 250 } }))

  it('are found', () => {
    expect(examples().length).toBeGreaterThanOrEqual(8)
  })

  it.each(examples().map((args) => [args.join(' '), args]))('d3dkit %s exits 0', async (_line, args) => {
    // Files and output folders go to a temporary folder.
    const local = args.map((a, i) => (a.endsWith('.json') || args[i - 1] === '--out' ? join(dir, a) : a))
    const out = args[0] === 'build' && !args.includes('--out') ? ['--out', join(dir, 'out')] : []
    const run = await cli(...local, ...out)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
  })
})
