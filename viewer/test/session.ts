// One served viewer and one Chromium per test file, a new browser profile per page, closed after each test.
// Every test awaits the setup, so that without Chromium each one fails with the reason (none is skipped).
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll } from 'vitest'
import {
  countFrames,
  launchChromium,
  panelsLoaded,
  type ServedViewer,
  serveViewer,
  waitForDrawn,
} from '../browser-harness.js'

export interface ViewerSetup {
  readonly viewer: ServedViewer
  readonly browser: Browser
}

export interface OpenOptions {
  /** The address's query, "?spec=..." or "". */
  readonly query?: string
  readonly viewport?: { readonly width: number; readonly height: number }
  /** Readies the new profile before the page opens (init scripts, storage). */
  readonly prepare?: (context: BrowserContext) => Promise<void>
  /** Whether to wait for the first machine to be drawn (the default). */
  readonly drawn?: boolean
}

export interface ViewerSession<Extra> {
  readonly setup: () => Promise<ViewerSetup & Extra>
  /** A new profile's page on the viewer, its frames counted and downloads allowed. */
  readonly open: (options?: OpenOptions) => Promise<Page>
  /** A bare new profile, closed after the test. */
  readonly newContext: () => Promise<BrowserContext>
}

/** Registers the file's hooks; `extra` adds what else the file's tests share (a kit made once, say). */
export function viewerSession<Extra extends object = object>(
  extra: () => Promise<Extra> = async () => ({}) as Extra,
): ViewerSession<Extra> {
  let setup: Promise<ViewerSetup & Extra>
  const contexts: BrowserContext[] = []

  beforeAll(async () => {
    setup = Promise.all([serveViewer(), launchChromium(), extra()]).then(([viewer, browser, more]) => ({
      ...more,
      viewer,
      browser,
    }))
    await setup.catch(() => undefined)
  }, 180_000)

  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close()
  })

  afterAll(async () => {
    const done = await setup.catch(() => undefined)
    await done?.browser.close()
    await done?.viewer.close()
  })

  const newContext = async (options: Parameters<Browser['newContext']>[0] = {}) => {
    const context = await (await setup).browser.newContext(options)
    contexts.push(context)
    return context
  }

  const open = async ({ query = '', viewport = DESKTOP, prepare, drawn = true }: OpenOptions = {}) => {
    const context = await newContext({ viewport, acceptDownloads: true })
    await countFrames(context)
    await prepare?.(context)
    const page = await context.newPage()
    await page.goto(`${(await setup).viewer.url}${query}`)
    if (drawn) {
      await waitForDrawn(page, 1)
      await panelsLoaded(page)
    }
    return page
  }

  return { setup: () => setup, open, newContext: () => newContext() }
}

export const DESKTOP = { width: 1280, height: 800 }
export const PHONE = { width: 390, height: 844 }
