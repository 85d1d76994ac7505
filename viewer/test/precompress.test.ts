import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { precompressSite } from '../precompress-plugin.js'

describe('the built site, precompressed', () => {
  let dir = ''
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('puts .br and .gz beside each file that compresses, each giving back its bytes', () => {
    dir = mkdtempSync(join(tmpdir(), 'd3dkit-precompress-'))
    mkdirSync(join(dir, 'assets'))
    const code = Buffer.from('export const drawn = 1\n'.repeat(500))
    const tiny = Buffer.from('<p>')
    writeFileSync(join(dir, 'assets/app.js'), code)
    writeFileSync(join(dir, 'index.html'), tiny)
    writeFileSync(join(dir, 'assets/photo.png'), code)
    precompressSite(dir)
    expect(brotliDecompressSync(readFileSync(join(dir, 'assets/app.js.br'))).equals(code)).toBe(true)
    expect(gunzipSync(readFileSync(join(dir, 'assets/app.js.gz'))).equals(code)).toBe(true)
    // Not where compression makes it larger, nor a type the site does not send compressed.
    expect(readdirSync(dir).sort()).toEqual(['assets', 'index.html'])
    expect(readdirSync(join(dir, 'assets')).sort()).toEqual(['app.js', 'app.js.br', 'app.js.gz', 'photo.png'])
  })
})
