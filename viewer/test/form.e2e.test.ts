// The form in Chromium: what it shows while the spec cannot be built, where problems go, defaults,
// and what the address keeps (edits in history, the view in the link).
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEFAULT_PRESET } from '../../src/spec/presets.js'
import { waitForDrawn } from '../browser-harness.js'
import { kitOf, problemFor, rowsOf, specOf } from './cli-kit.js'
import { setField, tableRows } from './page.js'
import { viewerSession } from './session.js'

const cutlistOf = async (sets: string[]) => rowsOf((await kitOf(sets)).cutlist)

const session = viewerSession()
const openViewer = (query = '') => session.open({ query })

const problemsOf = (page: Page, path: string) => page.locator(`[data-field="${path}"] > .problems`)
const addressSpec = (page: Page) => JSON.parse(new URL(page.url()).searchParams.get('spec') ?? 'null')

describe('the form in Chromium', () => {
  it('marks what shows the last good machine while a field is invalid, and says what the zip holds', async () => {
    const page = await openViewer()
    const downloadAll = page.getByRole('button', { name: /^Download all \(zip\)/ })
    await setField(page, 'frame.size', '12 furlongs')
    await expect.poll(() => problemsOf(page, 'frame.size').textContent()).toContain('is not a length')

    expect(await page.locator('[data-field="frame.size"] .resolved').count()).toBe(0)
    expect(await page.locator('.status').textContent()).toContain('last good machine')
    expect(await page.locator('.status').textContent()).not.toContain('builds')
    expect(await downloadAll.textContent()).toContain('last good machine')
    expect(await page.locator('.tables .stale-note').textContent()).toContain('Last good machine')
    const [zip] = await Promise.all([page.waitForEvent('download'), downloadAll.click()])
    expect(zip.suggestedFilename()).toBe(`${DEFAULT_PRESET}.zip`)

    await setField(page, 'frame.size', '14in')
    await waitForDrawn(page, 2)
    expect(await downloadAll.textContent()).toBe('Download all (zip)')
    expect(await page.locator('.stale-note').count()).toBe(0)
    expect(await page.locator('[data-field="frame.size"] .resolved').textContent()).toBe('355.6 mm')
  })

  it('shows a layout problem under the field it names and under the size that caused it', async () => {
    const page = await openViewer()
    await setField(page, 'frame.size', '10m')
    const message = problemFor(specOf(['frame.size=10m']), 'rod.stockLength')
    expect(message).toContain('frame.size')
    await expect.poll(() => problemsOf(page, 'rod.stockLength').textContent()).toContain(message)
    expect(await page.locator('[data-field="frame.size"] .problems').textContent()).toContain(message)
  })

  it('tells the volumes apart, shows defaults as defaults, and takes a missing member from its default', async () => {
    const page = await openViewer()
    const hint = (path: string) => page.locator(`[data-field="${path}"] > .hint`).textContent()
    expect(await hint('printVolume')).toContain('not this one')
    expect(await hint('buildVolume')).toContain('nozzle reaches')
    expect(await hint('bed')).toContain('plate the print stands on')
    expect(await page.locator('input[name="printVolume.y"]').getAttribute('placeholder')).toBe('default 200')

    await setField(page, 'printVolume.x', '250')
    await expect.poll(() => addressSpec(page)?.printVolume).toEqual({ x: 250 })
    await waitForDrawn(page, 2)
    expect(await page.locator('.problems').count()).toBe(0)
    expect(await page.locator('input[name="printVolume.y"]').getAttribute('placeholder')).toBe('default 200')
  })

  it('labels the reset buttons for what they reset, and Back undoes an edit', async () => {
    const page = await openViewer()
    expect(await page.getByRole('button', { name: 'x', exact: true }).count()).toBe(0)
    await page.getByRole('button', { name: 'Reset frame: size, style and profile' }).click()
    await expect.poll(() => addressSpec(page)?.frame).toBeUndefined()

    await page.goBack()
    await expect.poll(() => page.locator('input[name="frame.size"]').inputValue()).toBe('12in')
    expect(new URL(page.url()).searchParams.get('preset')).toBe(DEFAULT_PRESET)

    await setField(page, 'frame.size', '14in')
    await waitForDrawn(page, 2)
    expect(await tableRows(page, 'cutlist')).toEqual(await cutlistOf(['frame.size=14in']))
    await page.goBack()
    await waitForDrawn(page, 3)
    expect(await page.locator('input[name="frame.size"]').inputValue()).toBe('12in')
    expect(await tableRows(page, 'cutlist')).toEqual(await cutlistOf([]))
    await page.goForward()
    await waitForDrawn(page, 4)
    expect(await page.locator('input[name="frame.size"]').inputValue()).toBe('14in')
  })

  it('keeps the explode and the hidden modules in the link', async () => {
    const page = await openViewer()
    const firstModule = (on: Page) => on.locator('.module-tree li li').first().locator(':scope > .tree-row')
    const name = await firstModule(page).locator('.tree-name').textContent()
    await firstModule(page).getByRole('checkbox').uncheck()
    await page.locator('input[name="explode"]').fill('0.5')
    await expect.poll(() => new URL(page.url()).searchParams.get('explode')).toBe('0.5')
    expect(new URL(page.url()).searchParams.getAll('hidden')).toHaveLength(1)

    const linked = await openViewer(new URL(page.url()).search)
    expect(await linked.locator('input[name="explode"]').inputValue()).toBe('0.5')
    expect(await firstModule(linked).locator('.tree-name').textContent()).toBe(name)
    expect(await firstModule(linked).getByRole('checkbox').isChecked()).toBe(false)
  })
})
