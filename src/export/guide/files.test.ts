import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { parseSpec } from '../../spec/parse.js'
import { readPreset } from '../../spec/presets.js'
import { buildFiles } from '../build-files.js'
import { makeKit } from '../kit.js'
import { guideFiles } from './index.js'
import { pictureItems, undrilled } from './pictures.js'
import { guideSteps } from './steps.js'

/** Width, height and the decoded rows' bytes of an 8-bit RGB PNG (filter bytes left in). */
function pngSize(png: Uint8Array): { width: number; height: number; idat: Buffer } {
  const b = Buffer.from(png)
  const chunks: Buffer[] = []
  for (let at = 8; at < b.length; ) {
    const length = b.readUInt32BE(at)
    if (b.toString('latin1', at + 4, at + 8) === 'IDAT') chunks.push(b.subarray(at + 8, at + 8 + length))
    at += 12 + length
  }
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20), idat: inflateSync(Buffer.concat(chunks)) }
}

describe('the build guide files', async () => {
  const kit = await makeKit(parseSpec(readPreset('d3d-12in')))
  const steps = guideSteps(kit)
  const first = await guideFiles(kit, [])
  const again = await guideFiles(kit, [])

  it('has guide.md, index.html and a picture of about 800 x 600 per step, in step order', () => {
    expect([...first.keys()]).toEqual([
      'guide/guide.md',
      'guide/index.html',
      ...steps.map((s) => `guide/img/${s.id}.png`),
    ])
    for (const s of steps) {
      const { width, height, idat } = pngSize(first.get(`guide/img/${s.id}.png`) as Uint8Array)
      expect([width, height]).toEqual([800, 600])
      expect(idat.length).toBe(height * (1 + 3 * width))
    }
  })

  it('writes the same bytes for the same kit', () => {
    expect([...again.keys()]).toEqual([...first.keys()])
    for (const [path, content] of first)
      expect(Buffer.from(again.get(path) as Uint8Array | string)).toEqual(Buffer.from(content))
  })

  it('links every step and its picture by a relative path, with inline CSS and page rules for print', () => {
    const html = first.get('guide/index.html') as string
    expect(html).toMatch(/<style>[\s\S]*@page[\s\S]*<\/style>/)
    expect(html).not.toMatch(/<link |<script|https?:\/\//)
    for (const s of steps) {
      expect(html).toContain(`<a href="#${s.id}">`)
      expect(html).toContain(`<img src="img/${s.id}.png"`)
    }
    const md = first.get('guide/guide.md') as string
    for (const [i, s] of steps.entries()) expect(md).toContain(`## ${i + 1}. ${s.title}`)
  })

  it('draws the bars drilled through their corners undrilled until the step that drills them', () => {
    const at = steps.findIndex((s) => s.id === 'frame-assembly')
    const bars = steps
      .flatMap((s) => s.adds)
      .filter((p) => p.leaf.kind === 'stock' && /after assembly/.test(p.leaf.piece.notes))
    expect(bars.length).toBeGreaterThan(0)
    for (const p of bars) expect(undrilled(steps, at).has(p)).toBe(true)
    for (const p of bars) expect(undrilled(steps, at + 1).has(p)).toBe(false)
    const items = pictureItems(steps[at], undrilled(steps, at))
    expect(items.filter((i) => i.blank).length).toBe(bars.length)
  })

  it('is left out with the drilling templates when the guide is not asked for', async () => {
    const without = await buildFiles(kit, '0.0.0', { guide: false })
    expect([...without.keys()].filter((f) => /^(guide|templates)\//.test(f))).toEqual([])
    const withGuide = await buildFiles(kit, '0.0.0')
    expect([...withGuide.keys()].filter((f) => f.startsWith('guide/')).length).toBe(first.size)
  })
})
