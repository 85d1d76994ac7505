// Every file of the built site also as .br and .gz beside it, compressed once at build time at the
// highest levels (brotli 11, gzip 9), and the preview server sends the smallest the browser accepts.
// Any static host can do the same (viewer/README.md says how).
import { createReadStream, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import type { ServerResponse } from 'node:http'
import { extname, join, resolve, sep } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import type { Plugin } from 'vite'

/** What the site's files are; anything else is sent as it is. */
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.bin': 'application/octet-stream',
}

/** Each encoding the site ships, by the order it is preferred in, with its file suffix. */
const ENCODINGS = [
  { name: 'br', suffix: '.br', compress: compressBrotli },
  { name: 'gzip', suffix: '.gz', compress: (bytes: Buffer) => gzipSync(bytes, { level: 9 }) },
] as const

function compressBrotli(bytes: Buffer): Buffer {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  })
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  )

/** Writes the compressed files beside every file of the site that compression makes smaller. */
export function precompressSite(dir: string): void {
  for (const file of filesUnder(dir)) {
    if (!(extname(file) in TYPES)) continue
    const bytes = readFileSync(file)
    for (const { suffix, compress } of ENCODINGS) {
      const packed = compress(bytes)
      if (packed.length < bytes.length) writeFileSync(file + suffix, packed)
    }
  }
}

/** The file of the site a request asks for, if any: never outside the site's folder. */
function siteFile(dir: string, url: string | undefined): string | undefined {
  const path = decodeURIComponent(new URL(url ?? '/', 'http://site').pathname)
  const file = resolve(dir, `.${path.endsWith('/') ? `${path}index.html` : path}`)
  return file.startsWith(dir + sep) && extname(file) in TYPES && existsSync(file) ? file : undefined
}

function send(response: ServerResponse, file: string, encoding: string, type: string): void {
  response.setHeader('Content-Type', type)
  response.setHeader('Content-Encoding', encoding)
  response.setHeader('Content-Length', statSync(file).size)
  response.setHeader('Vary', 'Accept-Encoding')
  createReadStream(file).pipe(response)
}

/** Compresses the built site, and serves its compressed files from `vite preview`. */
export function precompress(): Plugin {
  let dir = ''
  return {
    name: 'd3dkit-precompress',
    configResolved(config) {
      dir = resolve(config.root, config.build.outDir)
    },
    writeBundle: { order: 'post', handler: () => precompressSite(dir) },
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const file = request.method === 'GET' ? siteFile(dir, request.url) : undefined
        const accepted = String(request.headers['accept-encoding'] ?? '')
        const encoding = ENCODINGS.find(
          ({ name, suffix }) => file && new RegExp(`\\b${name}\\b`).test(accepted) && existsSync(file + suffix),
        )
        if (!file || !encoding) return next()
        send(response, file + encoding.suffix, encoding.name, TYPES[extname(file)])
      })
    },
  }
}
