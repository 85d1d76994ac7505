// What a build may replace in its output folder, and which folders it refuses outright.
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, ROOT, spawnCli, tempDir } from './helpers.js'

describe('a rebuild into its own output folder', () => {
  it("keeps the user's files, folders and links, the spec it was built from among them", async () => {
    const out = join(tempDir(), 'p')
    expect((await cli('build', '--out', out)).code).toBe(0)
    writeFileSync(join(out, 'my.json'), readFileSync(join(ROOT, 'presets/d3d-12in.json')))
    writeFileSync(join(out, 'notes.txt'), 'n\n')
    mkdirSync(join(out, 'photos/old'), { recursive: true })
    writeFileSync(join(out, 'photos/frame.jpg'), 'jpeg')
    writeFileSync(join(out, 'stl/my-own-part.stl'), 'solid')
    symlinkSync('notes.txt', join(out, 'latest-notes'))

    const run = await cli('build', '--spec', join(out, 'my.json'), '--set', 'frame.size=14in', '--out', out)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('n\n')
    expect(readFileSync(join(out, 'photos/frame.jpg'), 'utf8')).toBe('jpeg')
    expect(existsSync(join(out, 'photos/old'))).toBe(true)
    expect(readFileSync(join(out, 'stl/my-own-part.stl'), 'utf8')).toBe('solid')
    expect(lstatSync(join(out, 'latest-notes')).isSymbolicLink()).toBe(true)
    expect(JSON.parse(readFileSync(join(out, 'my.json'), 'utf8')).frame.size).toBe('12in')
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toMatch(/355\.6/)
  })

  it('removes the files of its own that the new build no longer makes', async () => {
    const out = join(tempDir(), 'p')
    expect((await cli('build', '--out', out, '--set', 'tools=2')).code).toBe(0)
    const before = readdirSync(join(out, 'stl'))
    expect((await cli('build', '--out', out, '--preset', 'd3d-16in')).code).toBe(0)
    const after = readdirSync(join(out, 'stl'))
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))
    expect(after.sort()).toEqual(manifest.parts.map((p: { file: string }) => p.file.slice(4)).sort())
    expect(before.some((file) => !after.includes(file))).toBe(true)
  })

  it('refuses, naming it, a file of its own that was changed since, unless --force', async () => {
    const out = join(tempDir(), 'p')
    expect((await cli('build', '--out', out)).code).toBe(0)
    writeFileSync(join(out, 'bom.md'), 'my annotated BOM')
    const refused = await cli('build', '--out', out)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/--out: bom\.md in .* changed since d3dkit wrote it; .* --force/)
    expect(readFileSync(join(out, 'bom.md'), 'utf8')).toBe('my annotated BOM')
    expect((await cli('build', '--out', out, '--force')).code).toBe(0)
    expect(readFileSync(join(out, 'bom.md'), 'utf8')).toMatch(/^# Bill of materials/)
  })

  it("refuses a file of the user's where it writes one of its own, unless --force", async () => {
    const out = join(tempDir(), 'p')
    expect((await cli('build', '--out', out)).code).toBe(0)
    const marker = JSON.parse(readFileSync(join(out, '.d3dkit'), 'utf8'))
    delete marker.files['cutlist.csv']
    writeFileSync(join(out, '.d3dkit'), JSON.stringify(marker))
    const refused = await cli('build', '--out', out)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/--out: cutlist\.csv in .* is not d3dkit's/)
  })

  it.each([
    ['a folder', (dir: string) => mkdirSync(join(dir, '.d3dkit'))],
    [
      'the unlisted marker of earlier versions',
      (dir: string) => writeFileSync(join(dir, '.d3dkit'), 'written by d3dkit\n'),
    ],
    [
      'a list that is not JSON',
      (dir: string) => writeFileSync(join(dir, '.d3dkit'), '{"kind": "d3dkit output folder", '),
    ],
  ])('takes a marker that is %s for a folder it did not write', async (_what, makeMarker) => {
    const out = tempDir()
    makeMarker(out)
    writeFileSync(join(out, 'f'), 'hi')
    const run = await cli('build', '--out', out)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/is not empty and its \.d3dkit is not a list of files d3dkit wrote/)
    expect(readFileSync(join(out, 'f'), 'utf8')).toBe('hi')
  })
})

describe('output folders no build may use', () => {
  it('refuses an empty --out', async () => {
    const run = await cli('build', '--out', '')
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/--out: the folder name is empty/)
  })

  it.each([['.'], ['..'], ['/'], ['sub/..'], [homedir()]])(
    'refuses --out %j, with or without --force, and leaves the folders as they were',
    (dir) => {
      const cwd = tempDir()
      writeFileSync(join(cwd, 'keep.txt'), 'k')
      for (const force of [[], ['--force']]) {
        const run = spawnCli(cwd, 'build', '--out', dir, ...force)
        expect(run.code, run.stderr).toBe(2)
        expect(run.stderr).toMatch(
          /--out: .* is (the root folder|your home folder|the current folder or one that holds it)/,
        )
      }
      expect(readdirSync(cwd)).toEqual(['keep.txt'])
    },
  )

  it('refuses an output folder that is a symbolic link', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'real'))
    symlinkSync(join(dir, 'real'), join(dir, 'link'))
    const run = await cli('build', '--out', join(dir, 'link'))
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/--out: .*link is a symbolic link/)
    expect(readdirSync(join(dir, 'real'))).toEqual([])
  })
})

describe('file-system faults from the folder named', () => {
  it('is exit 2 naming the path for --out under a file', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'afile'), 'x')
    const run = await cli('build', '--out', join(dir, 'afile/sub'))
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/--out: cannot write .*afile\/sub: .*afile is a file, not a folder/)
  })

  it('writes an output whose name is as long as the file system allows', async () => {
    const out = join(tempDir(), 'a'.repeat(255))
    const run = await cli('build', '--out', out)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
  })

  it('is exit 2 for a name longer than the file system allows', async () => {
    const run = await cli('build', '--out', join(tempDir(), 'a'.repeat(300)))
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/--out: cannot write .*: the name is too long/)
  })

  // /sys refuses new entries to everyone, root included, as a read-only folder does.
  it.runIf(existsSync('/sys/kernel'))('is exit 2 naming the folder where writing is not permitted', async () => {
    const run = await cli('build', '--out', '/sys/kernel/d3dkit-out')
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/--out: cannot write \/sys\/kernel\/d3dkit-out \(at \/sys\/kernel\/.*\): not permitted/)
  })
})
