// What the end-to-end tests read off the viewer's page: its tables and the pixels it draws.
import type { Page } from 'playwright-core'
import { MARKS } from '../src/marks.js'

/** The rows of a table panel ("cutlist" or "bom") as the page shows them. */
export function tableRows(page: Page, table: 'cutlist' | 'bom'): Promise<string[][]> {
  return page.$$eval(`[data-table-panel="${table}"] tbody tr`, (rows) =>
    rows.map((row) => Array.from(row.children, (cell) => cell.textContent ?? '')),
  )
}

export interface CanvasPixels {
  readonly total: number
  /** Pixels not of the background (the commonest colour). */
  readonly drawn: number
  /** Pixels of a printed part's colour: orange, whatever the light. */
  readonly printed: number
  /** Pixels of the highlight colour: blue (a few bluish pixels of the machine count too). */
  readonly highlighted: number
  /** A point (page coordinates) inside a patch of printed colour where a click reaches the canvas. */
  readonly printedPoint?: { readonly x: number; readonly y: number }
}

/** Screenshots the 3D view and counts its pixels by colour, decoding the PNG in the page. */
export async function canvasPixels(page: Page): Promise<CanvasPixels> {
  const canvas = page.locator('canvas')
  const box = (await canvas.boundingBox())!
  const png = await canvas.screenshot()
  return page.evaluate(
    async ({ base64, box }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
      const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!
      context.drawImage(bitmap, 0, 0)
      const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height)
      const counts = new Map<number, number>()
      for (let i = 0; i < data.length; i += 4) {
        const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        counts.set(key, (counts.get(key) ?? 0) + 1)
      }
      const background = [...counts].sort((a, b) => b[1] - a[1])[0][0]
      const bg = [(background >> 16) & 255, (background >> 8) & 255, background & 255]
      const isPrinted = (i: number) => {
        const [r, g, b] = [data[i], data[i + 1], data[i + 2]]
        return r > 120 && r - b > 80 && g > b + 15 && r > g + 25
      }
      const isHighlighted = (i: number) => {
        const [r, g, b] = [data[i], data[i + 1], data[i + 2]]
        return b > 120 && b - r > 80 && g > r
      }
      let drawn = 0
      let printed = 0
      let highlighted = 0
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i] - bg[0]) + Math.abs(data[i + 1] - bg[1]) + Math.abs(data[i + 2] - bg[2]) > 30) drawn++
        if (isPrinted(i)) printed++
        if (isHighlighted(i)) highlighted++
      }
      // The printed patch nearest the middle of the view that is orange all round (7 x 7 pixels).
      let printedPoint: { x: number; y: number } | undefined
      let best = Infinity
      for (let y = 3; y < height - 3; y += 2) {
        for (let x = 3; x < width - 3; x += 2) {
          const distance = Math.hypot(x - width / 2, y - height / 2)
          if (distance >= best || !isPrinted((y * width + x) * 4)) continue
          let solid = true
          for (let dy = -3; dy <= 3 && solid; dy++)
            for (let dx = -3; dx <= 3 && solid; dx++) solid = isPrinted(((y + dy) * width + x + dx) * 4)
          const point = { x: box.x + x, y: box.y + y }
          if (solid && document.elementFromPoint(point.x, point.y)?.tagName === 'CANVAS') {
            best = distance
            printedPoint = point
          }
        }
      }
      return { total: width * height, drawn, printed, highlighted, printedPoint }
    },
    { base64: png.toString('base64'), box },
  )
}

/** Waits until the view's pixels differ from `before` (the view redraws on demand, a frame later). */
export async function pixelsAfterChange(page: Page, before: CanvasPixels, timeout = 15_000): Promise<CanvasPixels> {
  const end = Date.now() + timeout
  for (;;) {
    const now = await canvasPixels(page)
    if (now.drawn !== before.drawn || now.highlighted !== before.highlighted || now.printed !== before.printed)
      return now
    if (Date.now() > end) throw new Error('the view did not change')
    await page.waitForTimeout(100)
  }
}

/** What the worker reported with the latest machine: its times, ms, and how many printed parts it modelled. */
export function workerReport(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    (name) => (performance.getEntriesByName(name).at(-1) as PerformanceMark).detail,
    MARKS.sceneReceived,
  )
}

/** Changes a field of the form as a user does: type, then Enter. */
export async function setField(page: Page, path: string, value: string): Promise<void> {
  const input = page.locator(`input[name="${path}"]`)
  await input.fill(value)
  await input.press('Enter')
}
