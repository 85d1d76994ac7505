// The viewer as a user gets it, for the end-to-end tests, the benchmark and the README's screenshot:
// built as a static site, served on 127.0.0.1 and opened in Debian's Chromium (never a downloaded one).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import type { Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { preview } from 'vite'

const ROOT = join(import.meta.dirname, '..')
const CONFIG = join(ROOT, 'viewer/vite.config.ts')

/** Debian's Chromium (apt-get install chromium); CHROMIUM_PATH names another. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export interface ServedViewer {
  readonly url: string
  /** The bytes the server has sent so far, headers and bodies, as they went over the wire. */
  readonly bytesSent: () => number
  readonly close: () => Promise<void>
}

/** Builds the viewer into a temporary folder (a production build, in its own process) and serves it. */
export async function serveViewer(): Promise<ServedViewer> {
  const outDir = mkdtempSync(join(tmpdir(), 'd3dkit-viewer-'))
  const built = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      CONFIG,
      '--outDir',
      outDir,
      '--logLevel',
      'error',
    ],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
  )
  if (built.status !== 0) throw new Error(`the viewer did not build:\n${built.stdout}${built.stderr}`)
  const server = await preview({
    configFile: CONFIG,
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('the viewer server has no address')
  const sockets: Socket[] = []
  server.httpServer.on('connection', (socket: Socket) => sockets.push(socket))
  return {
    url,
    bytesSent: () => sockets.reduce((sum, socket) => sum + socket.bytesWritten, 0),
    close: async () => {
      await server.close()
      rmSync(outDir, { recursive: true, force: true })
    },
  }
}

/** Headless Chromium with a fresh profile; WebGL runs in software (SwiftShader). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH)`)
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** How many machines the page has drawn so far. */
export const drawnScenes = (page: Page): Promise<number> =>
  page.evaluate(() => Number(document.documentElement.dataset.drawnScenes ?? 0))

/** Waits until the page has drawn its `count`-th machine. */
export async function waitForDrawn(page: Page, count: number, timeout = 30_000): Promise<void> {
  await page.waitForFunction((n) => Number(document.documentElement.dataset.drawnScenes ?? 0) >= n, count, {
    timeout,
  })
}

/** Waits for the panels the page loads apart from the view: the form, the module tree, the lists. */
export async function panelsLoaded(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    ['.spec-form', '[data-node]', '[data-table-panel]'].every((selector) => document.querySelector(selector)),
  )
}

/**
 * Waits for the end of the worker's warm-up after the first machine (its modelling code loaded,
 * the kit of that machine made, the kernel readied), and gives what it reported.
 */
export async function warmedUp(page: Page): Promise<{ modelled: number }> {
  await page.waitForFunction(() => performance.getEntriesByName('d3dkit:warmed').length > 0, undefined, {
    timeout: 30_000,
  })
  return page.evaluate(() => (performance.getEntriesByName('d3dkit:warmed')[0] as PerformanceMark).detail)
}

/**
 * Counts what the context's pages draw, from WebGL's own calls: a frame is the draw calls of one
 * task (three.js draws a scene at once), with its triangles. A string: it runs before the page's
 * own scripts.
 */
export async function countFrames(context: BrowserContext): Promise<void> {
  await context.addInitScript({
    content: `
      const counts = (window.__d3dkitFrames = { frames: 0, triangles: 0 })
      let inFrame = false
      const proto = WebGL2RenderingContext.prototype
      for (const [name, triangles] of [
        ['drawElementsInstanced', (a) => (a[1] / 3) * a[4]],
        ['drawElements', (a) => a[1] / 3],
        ['drawArrays', (a) => a[2] / 3],
        ['drawArraysInstanced', (a) => (a[2] / 3) * a[3]],
      ]) {
        const draw = proto[name]
        proto[name] = function (...args) {
          if (!inFrame) {
            inFrame = true
            counts.frames++
            counts.triangles = 0
            queueMicrotask(() => { inFrame = false })
          }
          if (args[0] === this.TRIANGLES) counts.triangles += triangles(args)
          return draw.apply(this, args)
        }
      }
    `,
  })
}

/**
 * The frames a page of a counting context has drawn, and the triangles of the latest, once any
 * frame already asked for has been drawn (two animation frames on).
 */
export async function framesDrawn(page: Page): Promise<{ frames: number; triangles: number }> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
  return page.evaluate(() => ({
    ...(window as unknown as { __d3dkitFrames: { frames: number; triangles: number } }).__d3dkitFrames,
  }))
}
