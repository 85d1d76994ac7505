// Build mode in Debian's Chromium: the build guide's steps in 3D, checked against the guide's own steps.
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { guideSteps, type Step } from '../../src/index.js'
import { kitOf } from './cli-kit.js'
import { DESKTOP, PHONE, viewerSession } from './session.js'

/** Another preset, whose steps differ from the default's. */
const OTHER = 'd3d-1m'

const session = viewerSession(async () => ({
  steps: guideSteps(await kitOf()),
  otherSteps: guideSteps(await kitOf([], OTHER)),
}))

/** The drawn instances as the page counts them: "<shown> <grey>" (App.tsx, countInstances). */
const instances = (page: Page) => page.evaluate(() => document.documentElement.dataset.instances)

/**
 * What the view should draw at step `k` (from 0): everything steps up to it put in, of which what
 * earlier steps put in is grey, but for what the step works on.
 */
function expectedInstances(steps: readonly Step[], k: number): string {
  const added = (upTo: number) => steps.slice(0, upTo).reduce((n, s) => n + s.adds.length, 0)
  const adds = new Set(steps[k].adds)
  const worksOn = steps[k].picture.shows.filter((p) => !adds.has(p)).length
  return `${added(k + 1)} ${added(k) - worksOn}`
}

/** A step's parts as the guide lists them: quantity, part, kind, what. */
const partRows = (step: Step) => [
  ...step.printed.map((p) => [String(p.quantity), p.name, 'printed', p.description]),
  ...step.bought.map((b) => [String(b.quantity), b.id, 'bought', b.description]),
  ...step.stock.map((s) => [
    String(s.quantity),
    `${s.item} ${s.lengthMm} mm`,
    `cut-list row ${s.row + 1}`,
    s.notes.join('; '),
  ]),
]

const shownRows = (page: Page) =>
  page.$$eval('.build-parts tbody tr', (rows) =>
    rows.map((row) => Array.from(row.children, (c) => c.textContent ?? '')),
  )

const title = (page: Page) => page.locator('.build .step-title').textContent()

/** The address's step, once the address has taken the view (it waits for the view to settle). */
const addressStep = (page: Page) => page.evaluate(() => new URLSearchParams(location.search).get('step'))

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`))
}

describe('Build mode', () => {
  it("shows the guide's steps one at a time, the earlier grey and the later hidden, and leaves the machine whole", async () => {
    const { steps } = await session.setup()
    const page = await session.open()
    const whole = await instances(page)
    expect(whole).toBe(`${steps.reduce((n, s) => n + s.adds.length, 0)} 0`)

    await page.getByRole('button', { name: 'Build mode' }).click()
    await page.locator('.build-parts').waitFor()
    expect(await title(page)).toBe(`1. ${steps[0].title}`)
    expect(await shownRows(page)).toEqual(partRows(steps[0]))
    await expect.poll(() => instances(page)).toBe(expectedInstances(steps, 0))
    await expect.poll(() => addressStep(page)).toBe('1')

    await page.getByRole('button', { name: 'Next step' }).click()
    expect(await title(page)).toBe(`2. ${steps[1].title}`)
    await expect.poll(() => instances(page)).toBe(expectedInstances(steps, 1))
    await page.getByRole('button', { name: 'Previous step' }).click()
    await expect.poll(() => instances(page)).toBe(expectedInstances(steps, 0))

    // A jump from the list of steps, marked as the current one; then the keys of the view and the list.
    const last = steps.length - 1
    const jump = page.locator('.build-steps button').nth(last)
    await jump.click()
    expect(await jump.getAttribute('aria-current')).toBe('step')
    await expect.poll(() => instances(page)).toBe(expectedInstances(steps, last))
    await expect.poll(() => addressStep(page)).toBe(String(steps.length))
    await page.locator('#view').focus()
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => title(page)).toBe(`${last}. ${steps[last - 1].title}`)
    await jump.focus()
    await page.keyboard.press('Home')
    await expect.poll(() => title(page)).toBe(`1. ${steps[0].title}`)
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => title(page)).toBe(`2. ${steps[1].title}`)
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-current'))).toBe('step')

    await page.getByRole('button', { name: 'Leave Build mode' }).click()
    await expect.poll(() => instances(page)).toBe(whole)
    await expect.poll(() => addressStep(page)).toBe(null)
  })

  it('opens at the step the address names', async () => {
    const { steps } = await session.setup()
    const page = await session.open({ query: '?step=3' })
    await expect.poll(() => title(page)).toBe(`3. ${steps[2].title}`)
    await expect.poll(() => instances(page)).toBe(expectedInstances(steps, 2))
    expect(await shownRows(page)).toEqual(partRows(steps[2]))
  })

  it('works the steps out again for another printer, at the same step', async () => {
    const { steps, otherSteps } = await session.setup()
    expect(expectedInstances(otherSteps, 1)).not.toBe(expectedInstances(steps, 1))
    const page = await session.open({ query: '?step=2' })
    await expect.poll(() => instances(page)).toBe(expectedInstances(steps, 1))
    await page.locator('select[name="preset"]').selectOption(OTHER)
    await expect.poll(() => instances(page)).toBe(expectedInstances(otherSteps, 1))
    expect(await title(page)).toBe(`2. ${otherSteps[1].title}`)
    expect(await shownRows(page)).toEqual(partRows(otherSteps[1]))
    await expect(page.locator('.build-nav').textContent()).resolves.toContain(`Step 2 of ${otherSteps.length}`)
  })

  for (const [name, viewport] of [
    ['1280 x 800', DESKTOP],
    ['390 x 844', PHONE],
  ] as const) {
    it(`has no serious or critical axe-core violation at ${name}, and fits the screen`, async () => {
      const page = await session.open({ query: '?step=1', viewport })
      await page.locator('.build-parts').waitFor()
      expect(await seriousViolations(page)).toEqual([])
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width)
      const canvas = (await page.locator('canvas').boundingBox())!
      expect(canvas.width).toBeGreaterThan(viewport.width / 3)
    })
  }
})
