import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkManifold, fromBinaryStl } from '../src/kernel/index.js'
import { cli, readTree, spawnCli, tempDir } from './helpers.js'

describe('d3dkit build (the real executable)', () => {
  it('builds the default preset into out/d3d-12in with every file', () => {
    const cwd = tempDir()
    const first = spawnCli(cwd, 'build')
    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
    const dir = join(cwd, 'out/d3d-12in')
    const files = readTree(dir)
    for (const name of ['cutlist.csv', 'cutlist.md', 'bom.csv', 'bom.md', 'manifest.json', 'report.md'])
      expect(files).toHaveProperty([name])
    // The engineering checks' summary: one line per check, as the manifest lists them.
    expect(first.stdout).toMatch(/engineering checks: (all \d+ checks pass|\d+ of \d+ checks fail)/)
    const stls = Object.keys(files).filter((f) => f.startsWith('stl/'))
    expect(stls.length).toBeGreaterThanOrEqual(5)
    for (const stl of stls) expect(checkManifold(fromBinaryStl(files[stl])).ok).toBe(true)
    expect(readFileSync(join(dir, 'cutlist.csv'), 'utf8').split('\n')[0]).toBe(
      'item,material,length_mm,length_in,quantity,notes',
    )
    expect(readFileSync(join(dir, 'bom.csv'), 'utf8').split('\n')[0]).toBe('item,description,quantity,used_in')
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))
    expect(manifest.parts.map((p: { file: string }) => p.file).sort()).toEqual(stls.sort())
    expect(manifest.buildVolume.reached).toMatchObject({ x: 203.2, y: 200.35 })
    expect(manifest.toolHeads).toMatchObject({
      count: 1,
      probeOffsetMm: { x: 0, y: 22, z: 1 },
      probeableAreaMm: { x: [0, 203.2], y: [20.35, 203.2] },
    })
    expect(manifest.totals.filamentGrams).toBeGreaterThan(1000)
    for (const check of manifest.checks) expect(first.stdout).toContain(` ${check.id} `)
  })

  it('exits 2 on bad input with the field named, no stack trace and no output', () => {
    const cwd = tempDir()
    const run = spawnCli(cwd, 'build', '--set', 'frame.size=-5')
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/frame\.size: -5 mm is out of range/)
    expect(run.stderr).not.toMatch(/\n\s+at /)
    expect(existsSync(join(cwd, 'out'))).toBe(false)
  })
})

describe('d3dkit build (in process)', () => {
  it('never writes into a folder it did not write, unless --force, and even then keeps what is there', async () => {
    const out = tempDir()
    writeFileSync(join(out, 'thesis.txt'), 'precious')
    const refused = await cli('build', '--out', out)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/--out: .* is not empty and it was not written by d3dkit/)
    expect(readdirSync(out)).toEqual(['thesis.txt'])

    expect((await cli('build', '--out', out, '--force')).code).toBe(0)
    expect(readFileSync(join(out, 'thesis.txt'), 'utf8')).toBe('precious')
    // Its own folder it replaces without --force.
    expect((await cli('build', '--out', out, '--set', 'frame.size=14in')).code).toBe(0)
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toMatch(/355\.6/)
  })

  const badSpec = (name: string, text: string) => {
    const path = join(tempDir(), name)
    writeFileSync(path, text)
    return path
  }

  it.each([
    [['build', '--set', 'frame.size=0'], /frame\.size: 0 mm is out of range: allowed 150 to 10000 mm/],
    [['build', '--set', 'frame.size="twelve"'], /frame\.size: "twelve" is not a length/],
    [['build', '--set', 'frame.size=1e9'], /frame\.size: 1000000000 mm is out of range/],
    [['build', '--set', 'frame.size=100m'], /--set frame\.size=100m: frame\.size: "100m" = 100000 mm is out of range/],
    [['build', '--set', 'frame.size=5m'], /rod\.stockLength: the X rods must be/],
    [['build', '--set', 'zAxes="four"'], /zAxes: must be 2 or 4 \(got "four"\)/],
    [['build', '--set', 'zAxes=3'], /zAxes: must be 2 or 4/],
    [['build', '--set', 'frame.colour=red'], /frame: unknown key "colour"; allowed keys: size, style, profile/],
    [['build', '--set', 'frame.profile.width=true'], /frame\.profile\.width: must be a number of millimetres/],
    [
      ['build', '--set', 'printVolume={"x":80,"y":80,"z":80}'],
      /printVolume: part ".*" is .* and does not fit a 80 x 80 x 80 mm print volume/,
    ],
    [['build', '--set', 'frame.size'], /--set frame\.size: expected key=value/],
    [
      [
        'build',
        '--preset',
        'd3d-16in',
        '--set',
        'frame.size={"x":200,"y":406,"z":406}',
        '--set',
        'bed={"x":80,"y":100}',
      ],
      /frame\.size\.x: 200 mm along X leaves no room for a 1 kg spool beside the spool holder's tee; the frame must be at least 236 mm along X/,
    ],
    [['build', '--preset', 'd3d-99in'], /--preset: unknown preset "d3d-99in"; known presets: d3d-12in/],
    [['build', '--spec', '/nonexistent/spec.json'], /\/nonexistent\/spec\.json: cannot read the file \(no such file\)/],
    [['build', '--preset', 'd3d-12in', '--spec', 'x.json'], /give --preset or --spec, not both/],
    [['build', '--frobnicate'], /build: Unknown option '--frobnicate'/],
    [['build', 'extra'], /build: unexpected argument "extra"/],
    [['bom', '--format', 'xml'], /--format: "xml" is not a format; allowed: csv, md, json/],
    [['validate'], /validate: give one spec file/],
    [['presets', '--out', 'x'], /presets: option --out does not apply here/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('%j exits 2 with a clear message', async (args, message) => {
    const out = join(tempDir(), 'out')
    const run = await cli(...args, ...(args[0] === 'build' ? ['--out', out] : []))
    expect(run.stderr).toMatch(message)
    expect(run.code).toBe(2)
    expect(run.stderr).not.toMatch(/\n\s+at /)
    expect(existsSync(out)).toBe(false)
  })

  it('reports malformed and invalid spec files by name', async () => {
    const broken = badSpec('broken.json', '{"frame": {"size": 12in}}')
    const run = await cli('validate', broken)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/broken\.json: not valid JSON/)
    const wrong = badSpec('wrong.json', JSON.stringify({ frame: { size: '12in', style: 'wood' }, zAxes: 'x' }))
    const invalid = await cli('validate', wrong)
    expect(invalid.code).toBe(2)
    expect(invalid.stderr).toMatch(/wrong\.json: frame\.style: /)
    expect(invalid.stderr).toMatch(/wrong\.json: zAxes: must be 2 or 4/)
  })
})

describe('other commands', () => {
  it('lists the presets', async () => {
    const run = await cli('presets')
    expect(run.code).toBe(0)
    for (const name of ['d3d-12in', 'd3d-16in', 'd3d-18in', 'd3d-1m', 'd3d-tall-2m']) expect(run.stdout).toContain(name)
  })

  it('validates a good spec and shows what it builds', async () => {
    const path = join(tempDir(), 'mine.json')
    writeFileSync(path, JSON.stringify({ buildVolume: { x: 200, y: 200, z: 200 } }))
    const run = await cli('validate', path)
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/mine\.json: valid/)
    expect(run.stdout).toMatch(/build volume reached: /)
    expect(run.stdout).toMatch(/engineering checks: /)
  })

  it('prints the cut list and the BOM as csv, md and json', async () => {
    const csv = await cli('cutlist', '--format', 'csv')
    expect(csv.code).toBe(0)
    expect(csv.stdout.split('\n')[0]).toBe('item,material,length_mm,length_in,quantity,notes')
    for (const along of ['X', 'Y', 'Z'])
      expect(csv.stdout).toMatch(new RegExp(`angle-38\\.1x3\\.175,.*,215\\.9,8-1/2,4,"${along} bars: 4 `))
    const md = await cli('bom')
    expect(md.stdout).toMatch(/^# Bill of materials\n\n\| item \| description \| quantity \| used_in \|/)
    const json = JSON.parse((await cli('bom', '--format', 'json', '--preset', 'd3d-1m')).stdout)
    // Its X and Y carriages run on rails: an MGN12H block each; LM8UU in the 4 Z carriages, no LM10UU.
    const quantity = (item: string) => json.find((row: { item: string }) => row.item === item)?.quantity
    expect([quantity('lm8uu'), quantity('lm10uu'), quantity('mgn12h-block')]).toEqual([4 * 4, undefined, 3])
  })

  it('answers --help for every command', async () => {
    for (const command of ['build', 'presets', 'validate', 'cutlist', 'bom']) {
      const run = await cli(command, '--help')
      expect(run.code).toBe(0)
      expect(run.stdout).toMatch(new RegExp(`Usage: d3dkit ${command}`))
    }
    expect((await cli('--help')).stdout).toMatch(/Commands:/)
  })
})
