// The 3D view and its panels in Debian's Chromium, as a newcomer meets them.
import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { framesDrawn, waitForDrawn } from '../browser-harness.js'
import { type CanvasPixels, canvasPixels, setField } from './page.js'
import { viewerSession } from './session.js'

const session = viewerSession()
const openViewer = () => session.open()

/** The view's pixels once a click on "Fit to view" has been drawn. */
async function pixelsFitted(page: Page): Promise<CanvasPixels> {
  const before = (await framesDrawn(page)).frames
  await page.getByRole('button', { name: 'Fit to view' }).click()
  await expect.poll(async () => (await framesDrawn(page)).frames).toBeGreaterThan(before)
  return canvasPixels(page)
}

/** Every text the header's status has shown, from the page's start. */
async function recordStatuses(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { __statuses: string[] }).__statuses = seen
    new MutationObserver(() => {
      const text = document.querySelector('.status')?.textContent
      if (text && seen.at(-1) !== text) seen.push(text)
    }).observe(document, { subtree: true, childList: true, characterData: true })
  })
}

const statuses = (page: Page) => page.evaluate(() => (window as unknown as { __statuses: string[] }).__statuses)

describe('the view', () => {
  it('fits a machine of a new size, unless the camera was moved since it last fitted', async () => {
    const page = await openViewer()
    await setField(page, 'frame.size', '24in')
    await waitForDrawn(page, 2)
    const resized = await canvasPixels(page)
    expect((await pixelsFitted(page)).drawn).toBe(resized.drawn)

    const canvas = (await page.locator('canvas').boundingBox())!
    await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2)
    await page.mouse.down()
    await page.mouse.move(canvas.x + canvas.width / 2 + 200, canvas.y + canvas.height / 2 + 60, { steps: 5 })
    await page.mouse.up()
    await setField(page, 'frame.size', '14in')
    await waitForDrawn(page, 3)
    const kept = await canvasPixels(page)
    expect((await pixelsFitted(page)).drawn).not.toBe(kept.drawn)
  })

  it('shows progress while it loads, says nothing is modelled when the shipped models serve, and warns of nothing', async () => {
    const logged: string[] = []
    const page = await session.open({
      drawn: false,
      prepare: async (context) => {
        await recordStatuses(context)
        context.on('console', (message) => {
          if (message.type() === 'warning' || message.type() === 'error') logged.push(message.text())
        })
        // The shipped scene and models come late, so that the page is seen loading.
        for (const pattern of ['**/*scene-*.bin', '**/part-models-*.bin'])
          await context.route(pattern, async (route) => {
            await new Promise((done) => setTimeout(done, 1500))
            await route.continue()
          })
      },
    })
    await page.getByRole('progressbar').waitFor({ timeout: 10_000 })
    await waitForDrawn(page, 1)
    expect(await page.getByRole('progressbar').count()).toBe(0)
    const seen = await statuses(page)
    expect(seen.some((text) => /^Starting$/.test(text))).toBe(false)
    expect(seen.filter((text) => text.includes('Modelling'))).toEqual([])
    expect(logged).toEqual([])
  })

  it('gives every colour of the view its own swatch in the legend, highlight and selection included', async () => {
    const page = await openViewer()
    const legend = await page.$$eval('.legend li', (items) =>
      items.map((item) => ({
        label: item.textContent ?? '',
        colour: getComputedStyle(item.querySelector('.swatch')!).backgroundColor,
      })),
    )
    expect(legend.map((entry) => entry.label)).toEqual(expect.arrayContaining(['highlighted', 'selected']))
    const rgb = legend.map((entry) => entry.colour.match(/\d+/g)!.map(Number))
    for (const [i, a] of rgb.entries()) {
      for (const b of rgb.slice(i + 1)) expect(Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])).toBeGreaterThan(80)
    }
  })
})

describe('the module tree', () => {
  it('names each node once and says what each "only" button isolates', async () => {
    const page = await openViewer()
    const names = await page.locator('.tree-name').allTextContents()
    expect(names.filter((name) => /^(\S+) \1$/.test(name))).toEqual([])
    const isolating = await page
      .locator('.module-tree button.isolate')
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label') ?? ''))
    expect(isolating.length).toBeGreaterThan(1)
    expect(new Set(isolating).size).toBe(isolating.length)
    for (const label of isolating) expect(label).toMatch(/^Show only \S/)
    const last = page.locator('.module-tree button.isolate').last()
    const isolates = isolating.at(-1)!.replace(/^Show only /, '')
    await last.click()
    await expect.poll(() => last.getAttribute('aria-label'), { timeout: 5000 }).toBe(`Show all, not only ${isolates}`)
  })
})

describe('the part card', () => {
  it('closes on Escape and when the printer changes', async () => {
    const page = await openViewer()
    const card = page.locator('[aria-label="Selected part"]')
    const pickPrinted = async () => {
      const { printedPoint } = await canvasPixels(page)
      await page.mouse.click(printedPoint!.x, printedPoint!.y)
      await card.waitFor()
    }
    await pickPrinted()
    await page.keyboard.press('Escape')
    await expect.poll(() => card.count()).toBe(0)

    await pickPrinted()
    await setField(page, 'frame.size', '14in')
    await waitForDrawn(page, 2)
    expect(await card.count()).toBe(0)
  })
})
