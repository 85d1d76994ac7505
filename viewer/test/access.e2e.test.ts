// The viewer on a phone and from the keyboard alone, in Debian's Chromium, checked with axe-core.
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { framesDrawn } from '../browser-harness.js'
import { canvasPixels, pixelsAfterChange } from './page.js'
import { DESKTOP, PHONE, viewerSession } from './session.js'

const session = viewerSession()
const openViewer = (viewport: { width: number; height: number }) => session.open({ viewport })

/** What axe-core finds serious or critical on the page as it is, as "rule: element" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`))
}

const focusedElement = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement
    return { id: active?.id ?? '', name: active?.getAttribute('aria-label') ?? active?.textContent ?? '' }
  })

/** Whether the element lies within the viewport's width and, scrolled to if need be, its height. */
async function reachable(page: Page, selector: string): Promise<boolean> {
  const element = page.locator(selector).first()
  await element.scrollIntoViewIfNeeded()
  const box = await element.boundingBox()
  const { width, height } = page.viewportSize()!
  return box !== null && box.x >= 0 && box.x + box.width <= width && box.y >= 0 && box.y < height
}

describe('axe-core', () => {
  for (const [name, viewport] of [
    ['1280 x 800', DESKTOP],
    ['390 x 844', PHONE],
  ] as const) {
    it(`finds no serious or critical violation at ${name}, with a part selected and each list open`, async () => {
      const page = await openViewer(viewport)
      expect(await seriousViolations(page)).toEqual([])
      await page.locator('#view').focus()
      await page.keyboard.press('Enter')
      await page.locator('[aria-label="Selected part"]').waitFor()
      for (const tab of (await page.getByRole('tab').all()).slice(1)) {
        await tab.click()
        expect(await seriousViolations(page)).toEqual([])
      }
    })
  }
})

describe('a phone, 390 x 844', () => {
  it('is no wider than the screen, shows the view, the status and the download first, and the form below', async () => {
    const page = await openViewer(PHONE)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
    for (const selector of ['canvas', '.status', 'button:has-text("Download all (zip)")']) {
      const box = (await page.locator(selector).boundingBox())!
      expect(box.x, selector).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width, selector).toBeLessThanOrEqual(PHONE.width)
      expect(box.y + Math.min(box.height, 100), selector).toBeLessThanOrEqual(PHONE.height)
    }
    expect(await reachable(page, 'input[name="frame.size"]')).toBe(true)
    expect(await reachable(page, '.module-tree')).toBe(true)
    expect(await reachable(page, '[role="tabpanel"]')).toBe(true)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
  })
})

describe('the keyboard', () => {
  it('skips from the first Tab stops to the view, the form, the modules and the lists', async () => {
    const page = await openViewer(DESKTOP)
    const links = [
      ['Skip to the 3D view', 'view'],
      ['Skip to the printer form', 'printer'],
      ['Skip to the modules', 'modules'],
      ['Skip to the lists', 'tables'],
    ]
    for (const [link] of links) {
      await page.keyboard.press('Tab')
      expect((await focusedElement(page)).name).toBe(link)
    }
    for (const [link, target] of links) {
      await page.getByRole('link', { name: link }).focus()
      await page.keyboard.press('Enter')
      expect((await focusedElement(page)).id).toBe(target)
    }
    // The address keeps the spec alone: a skip link adds no fragment.
    expect(new URL(page.url()).hash).toBe('')
  })

  it('orbits and zooms the focused view one frame a key, and draws nothing while idle', async () => {
    const page = await openViewer(DESKTOP)
    await page.locator('#view').focus()
    let before = await canvasPixels(page)
    for (const key of ['ArrowLeft', 'ArrowUp', '+', '-']) {
      const frames = (await framesDrawn(page)).frames
      await page.keyboard.press(key)
      before = await pixelsAfterChange(page, before)
      expect((await framesDrawn(page)).frames, key).toBe(frames + 1)
    }
    const idle = (await framesDrawn(page)).frames
    await page.waitForTimeout(500)
    expect((await framesDrawn(page)).frames).toBe(idle)
  })

  it('selects the parts in turn from the focused view and reaches a printed part’s STL', async () => {
    const page = await openViewer(DESKTOP)
    await page.locator('#view').focus()
    const card = page.locator('[aria-label="Selected part"]')
    const names: string[] = []
    const kind = () =>
      card
        .locator('.part-kind')
        .textContent({ timeout: 1000 })
        .catch(() => '')
    for (let i = 0; i < 40 && (await kind()) !== 'printed'; i++) {
      await page.keyboard.press('Enter')
      await card.waitFor()
      await expect.poll(() => card.locator('.part-name').textContent()).not.toBe(names.at(-1))
      names.push((await card.locator('.part-name').textContent())!)
    }
    expect(new Set(names).size).toBe(names.length)
    const name = names.at(-1)!
    for (let i = 0; i < 10 && (await focusedElement(page)).name !== `Download ${name}.stl`; i++) {
      await page.keyboard.press('Tab')
    }
    const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
    expect(file.suggestedFilename()).toBe(`${name}.stl`)
  })

  it('moves between the tables’ tabs with the arrow keys, and their scroll area takes focus', async () => {
    const page = await openViewer(DESKTOP)
    const selected = () => page.locator('[role="tab"][aria-selected="true"]').textContent()
    await page.locator('[role="tab"][aria-selected="true"]').focus()
    const first = await selected()
    await page.keyboard.press('ArrowRight')
    expect(await selected()).not.toBe(first)
    expect((await focusedElement(page)).name).toBe(await selected())
    await page.keyboard.press('Home')
    expect(await selected()).toBe(first)
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('End')
    expect(await page.locator('[role="tab"][tabindex="0"]').count()).toBe(1)

    // Each tab's scroll area is the next Tab stop with a table in it.
    for (let i = 0; i < (await page.getByRole('tab').count()); i++) {
      await page.locator('[role="tab"][tabindex="0"]').focus()
      await page.keyboard.press(i === 0 ? 'Home' : 'ArrowRight')
      const scroll = page.locator('[role="tabpanel"] .table-scroll')
      expect(await scroll.getAttribute('aria-label')).toBeTruthy()
      const focused = () => scroll.evaluate((element) => element === document.activeElement)
      for (let stops = 0; stops < 5 && !(await focused()); stops++) await page.keyboard.press('Tab')
      expect(await focused()).toBe(true)
    }
  })
})
