// The same spec gives the same bytes in every file, whichever process builds it.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readTree, spawnCli, tempDir } from './helpers.js'

describe.each([
  ['d3d-12in', []],
  ['d3d-1m', []],
  ['d3d-18in', ['--set', 'tools=2']],
])('d3dkit build --preset %s %j', (preset, sets) => {
  it('writes byte-identical files from two separate processes', () => {
    const [first, second] = [tempDir(), tempDir()].map((cwd) => {
      const run = spawnCli(cwd, 'build', '--preset', preset, ...sets, '--out', 'out')
      expect(run.code, run.stderr).toBe(0)
      return readTree(join(cwd, 'out'))
    })
    const names = Object.keys(first).sort()
    expect(names).toEqual(expect.arrayContaining(['manifest.json', 'cutlist.csv', 'cutlist.md', 'bom.csv', 'bom.md']))
    expect(names.filter((name) => name.startsWith('stl/')).length).toBeGreaterThanOrEqual(15)
    expect(Object.keys(second).sort()).toEqual(names)
    for (const name of names) expect(second[name].equals(first[name]), name).toBe(true)
  })
})
