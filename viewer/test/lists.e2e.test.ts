// The lists under the view (cut list, BOM, parts to print) in Debian's Chromium, at 1280 x 800.
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { type Check, figure, formatDuration, printRecordOf, printTotals } from '../../src/index.js'
import { waitForDrawn } from '../browser-harness.js'
import { kitOf } from './cli-kit.js'
import { canvasPixels, pixelsAfterChange, setField, tableRows } from './page.js'
import { viewerSession } from './session.js'

const session = viewerSession(async () => ({ kit: await kitOf() }))
const openViewer = () => session.open()

/** How many rows of the open list lie wholly inside its scrolling box. */
const rowsInSight = (page: Page) =>
  page.$eval('[role="tabpanel"] .table-scroll', (scroll) => {
    const box = scroll.getBoundingClientRect()
    return Array.from(scroll.querySelectorAll('tbody tr'), (row) => row.getBoundingClientRect()).filter(
      (row) => row.top >= box.top && row.bottom <= box.bottom,
    ).length
  })

const listsHeight = async (page: Page) => (await page.locator('.tables').boundingBox())!.height

async function download(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()])
  return readFileSync(await file.path())
}

describe('the cut list', () => {
  it('has a row for each direction of frame bar, each with its own notes', async () => {
    const { kit } = await session.setup()
    // The frame's bars, not other angle stock (rails): the rows whose notes name a direction of bar.
    const bars = kit.cutlist.rows.filter((row) => /^[XYZ] bars: /.test(String(row[5])))
    expect(bars.map((row) => String(row[5]).slice(0, 7))).toEqual(['X bars:', 'Y bars:', 'Z bars:'])
    expect(bars.map((row) => row[4])).toEqual([4, 4, 4])
  })

  it('shows several rows at once, each long note behind a disclosure whose text is the notes', async () => {
    const page = await openViewer()
    const { kit } = await session.setup()
    expect(await tableRows(page, 'cutlist')).toEqual(kit.cutlist.rows.map((row) => row.map(String)))
    expect(await rowsInSight(page)).toBeGreaterThanOrEqual(4)

    const notes = page.locator('[data-table-panel="cutlist"] details.notes').first()
    expect(await notes.getAttribute('open')).toBeNull()
    const closed = (await notes.boundingBox())!.height
    await notes.locator('summary').click()
    await expect.poll(() => notes.getAttribute('open')).toBe('')
    expect((await notes.boundingBox())!.height).toBeGreaterThan(closed * 2)
  })

  it('grows when its top edge is dragged up, and shrinks with the arrow keys', async () => {
    const page = await openViewer()
    const before = { height: await listsHeight(page), rows: await rowsInSight(page) }
    const handle = page.getByRole('separator', { name: 'Height of the lists' })
    const edge = (await handle.boundingBox())!
    await page.mouse.move(edge.x + edge.width / 2, edge.y + edge.height / 2)
    await page.mouse.down()
    await page.mouse.move(edge.x + edge.width / 2, edge.y - 250, { steps: 5 })
    await page.mouse.up()
    expect(await listsHeight(page)).toBeGreaterThan(before.height + 200)
    expect(await rowsInSight(page)).toBeGreaterThan(before.rows)

    const grown = Number(await handle.getAttribute('aria-valuenow'))
    await handle.focus()
    await page.keyboard.press('ArrowDown')
    expect(Number(await handle.getAttribute('aria-valuenow'))).toBe(grown - 5)
  })
})

describe('the parts to print', () => {
  it('lists each printed part with its count, filament, print time and STL, with the totals below', async () => {
    const page = await openViewer()
    const { kit } = await session.setup()
    await page.locator('[data-table="parts"]').click()
    const expected = kit.parts.map((part) => {
      const record = printRecordOf(part, kit.spec.material)!
      return [
        part.part.name,
        String(part.count),
        `${record.filamentGrams.toFixed(1)} g`,
        `${(record.filamentGrams * part.count).toFixed(0)} g`,
        formatDuration(record.printTimeS),
        formatDuration(record.printTimeS * part.count),
        `${part.part.name}.stl`,
      ]
    })
    const rows = await page.$$eval('[data-table-panel="parts"] tbody tr', (trs) =>
      trs.map((tr) => Array.from(tr.children, (cell) => cell.textContent ?? '')),
    )
    expect(rows.sort()).toEqual(expected.sort())

    const totals = printTotals(kit)
    const footer = await page.locator('[data-table-panel="parts"] tfoot tr').first().locator('td').allTextContents()
    expect(footer).toEqual([
      `${kit.parts.length} parts`,
      String(kit.parts.reduce((n, p) => n + p.count, 0)),
      '',
      `${totals.filamentGrams!.toFixed(0)} g`,
      '',
      formatDuration(totals.printTimeS!),
      '',
    ])

    const part = kit.parts[0]
    const stl = await download(page, () => page.getByRole('button', { name: `${part.part.name}.stl` }).click())
    expect(stl.equals(Buffer.from(part.stl))).toBe(true)
  })

  it('shows a part in the view, with its card, when its name is clicked', async () => {
    const page = await openViewer()
    const { kit } = await session.setup()
    await page.locator('[data-table="parts"]').click()
    const name = kit.parts.find((p) => p.count > 1)!.part.name
    const before = await canvasPixels(page)
    const button = page.locator('[data-table-panel="parts"] tbody').getByRole('button', { name, exact: true })
    await button.click()
    const card = page.locator('[aria-label="Selected part"]')
    await expect.poll(() => card.locator('.part-name').textContent()).toBe(name)
    expect(await button.getAttribute('aria-pressed')).toBe('true')
    await pixelsAfterChange(page, before)
  })

  it('names the parts the slicer has no estimate for, and leaves them out of the totals', async () => {
    const page = await openViewer()
    const resized = await kitOf(['rod.diameter=5/16in'])
    const unestimated = resized.parts.filter((p) => !printRecordOf(p, resized.spec.material)).map((p) => p.part.name)
    expect(unestimated.length).toBeGreaterThan(0)
    const input = page.locator('input[name="rod.diameter"]')
    await input.fill('5/16in')
    await input.press('Enter')
    await waitForDrawn(page, 2)
    await page.locator('[data-table="parts"]').click()
    const note = (await page.locator('[data-table-panel="parts"] tfoot tr').nth(1).textContent()) ?? ''
    const [said, named] = note.split(': ')
    expect(said).toBe('Not in the totals, as the slicer has no estimate for their geometry')
    expect(named.split(', ').sort()).toEqual(unestimated.sort())
  })
})

describe('the checks', () => {
  /** Each check's row as the page shows it: result, id, value and limit. */
  const shown = (page: Page) =>
    page.$$eval('[data-table-panel="checks"] tbody tr', (rows) =>
      rows.map((row) => Array.from(row.querySelectorAll('td'), (td) => td.textContent ?? '').slice(0, 4)),
    )
  const expected = (checks: readonly Check[]) =>
    checks.map((c) => [
      c.pass ? 'pass' : 'FAIL',
      c.id,
      `${figure(c.value)} ${c.unit}`,
      `${c.bound === 'min' ? 'at least' : 'at most'} ${figure(c.limit)}`,
    ])

  it("lists the machine's engineering checks as the CLI's report does, and follows a change", async () => {
    const page = await openViewer()
    const { kit } = await session.setup()
    await page.locator('[data-table="checks"]').click()
    expect(await shown(page)).toEqual(expected(kit.checks))

    // A 24 in frame: its rods would ring below the limit even at 10 mm, so its X and Y run on rails.
    await setField(page, 'frame.size', '24in')
    await waitForDrawn(page, 2)
    const bigger = await kitOf(['frame.size=24in'])
    expect(bigger.checks.map((c) => c.id)).toContain('x-rail-frequency')
    await expect.poll(() => shown(page)).toEqual(expected(bigger.checks))
    expect(await page.locator('[data-checks-summary]').textContent()).toBe(
      `engineering checks: all ${bigger.checks.length} checks pass`,
    )
  })
})
