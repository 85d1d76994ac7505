// Input no user should be able to crash d3dkit with: oversized, deep or broken spec files,
// inherited names as commands, a closed pipe.
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, ROOT, spawnCli, tempDir } from './helpers.js'

const specFile = (content: string | Uint8Array) => {
  const path = join(tempDir(), 'spec.json')
  writeFileSync(path, content)
  return path
}

describe('spec files', () => {
  it('refuses an endless file without reading it all', () => {
    const run = spawnSync(
      process.execPath,
      ['--max-old-space-size=256', join(ROOT, 'bin/d3dkit.js'), 'validate', '/dev/zero'],
      {
        encoding: 'utf8',
      },
    )
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(
      /\/dev\/zero: more than 1048576 bytes is too large for a spec; the limit is 1048576 bytes \(1 MB/,
    )
  })

  it('refuses a file over 1 MB, naming the limit', async () => {
    const run = await cli('validate', specFile(`{"name": "${'a'.repeat(1_100_000)}"}`))
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/spec\.json: 1100012 bytes is too large for a spec; the limit is 1048576 bytes/)
    expect(run.stderr.length).toBeLessThan(400)
  })

  it('refuses nesting deeper than the limit before parsing', async () => {
    const run = await cli('validate', specFile(`${'['.repeat(2000)}${']'.repeat(2000)}`))
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/spec\.json: nested 2000 deep; a spec nests at most 16 deep/)
    const set = await cli('validate', specFile('{"frame": {"size": "12in"}}'), '--set', `name=${'['.repeat(3000)}`)
    expect(set.code).toBe(2)
    expect(set.stderr).toMatch(/--set name=\[+\.\.\. \(\d+ more characters\): nested more than 16 deep/)
  })

  it('takes a file that starts with a UTF-8 byte-order mark', async () => {
    const run = await cli('validate', specFile('\uFEFF{"frame": {"size": "12in"}}'))
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
  })

  it('refuses a file that is not UTF-8, naming the byte offset', async () => {
    const run = await cli(
      'validate',
      specFile(new Uint8Array([...Buffer.from('{"name": "caf'), 0xe9, ...Buffer.from('"}')])),
    )
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/spec\.json: not UTF-8 text: byte 13 \(0xe9\) starts no valid character/)
  })

  it.each([
    [[''], /the spec file name is empty/],
    [[tempDir()], /cannot read the file \(it is a folder\)/],
  ])('validate %j is exit 2 naming the problem', async (args, message) => {
    const run = await cli('validate', ...args)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(message)
  })

  it('validate runs every check that build runs, and writes nothing', async () => {
    const cwd = tempDir()
    const file = specFile('{"frame": {"size": "12in"}}')
    const run = spawnCli(cwd, 'validate', file, '--set', 'printVolume={"x":50,"y":50,"z":50}')
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/printVolume: part ".*" is .* and does not fit a 50 x 50 x 50 mm print volume/)
    expect(spawnCli(cwd, 'build', '--spec', file, '--set', 'printVolume={"x":50,"y":50,"z":50}').code).toBe(2)
  })
})

describe('commands', () => {
  it.each(['toString', '__proto__', 'valueOf', 'constructor', 'hasOwnProperty'])(
    '%s is an unknown command: exit 2 with the list',
    async (name) => {
      for (const args of [[name], [name, '--help'], ['help', name]]) {
        const run = await cli(...args)
        expect(run.code, args.join(' ')).toBe(2)
        expect(run.stderr).toBe(
          `d3dkit: unknown command "${name}"; commands: build, presets, validate, cutlist, bom (d3dkit --help)\n`,
        )
        expect(run.stdout).toBe('')
      }
    },
  )

  it('refuses an argument after --version', async () => {
    const run = await cli('--version', 'extra')
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/--version: unexpected argument "extra"/)
  })

  it('quotes at most 80 characters of an unknown command', async () => {
    const run = await cli('x'.repeat(100_000))
    expect(run.code).toBe(2)
    expect(run.stderr.length).toBeLessThan(300)
    expect(run.stderr).toMatch(/x{10}\.\.\. \(99922 more characters\)/)
  })
})

describe('a reader that stops reading', () => {
  it.each([['presets'], ['cutlist', '--format', 'json'], ['--help']])(
    'd3dkit %s | head -c 1 ends quietly with exit 0',
    (...args) => {
      const command = `"${process.execPath}" "${join(ROOT, 'bin/d3dkit.js')}" ${args.join(' ')} | head -c 1 >/dev/null; echo "exit \${PIPESTATUS[0]}"`
      const run = spawnSync('bash', ['-c', command], { encoding: 'utf8' })
      expect(run.stderr).toBe('')
      expect(run.stdout).toBe('exit 0\n')
    },
  )
})
