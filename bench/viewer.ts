// The browser viewer's speed in Debian's Chromium (WebGL in software): time from opening the page
// to the first drawn machine (a cold load, new browser context each run), and from a change of the
// frame size to the redrawn machine. Medians, with where the time goes, the bytes a cold load
// transfers, the triangles a frame draws and the frames a change draws.
import type { Page } from 'playwright-core'
import {
  countFrames,
  framesDrawn,
  launchChromium,
  panelsLoaded,
  serveViewer,
  waitForDrawn,
  warmedUp,
} from '../viewer/browser-harness.js'

const LOADS = Number(process.env.BENCH_RUNS ?? 5)
const CHANGES_PER_LOAD = 2

/**
 * The latest time of each of the page's marks (edit, build-sent, scene-received, drawn), ms since
 * the page opened, and the worker's own times for the latest scene (started, kit, scene).
 */
const marks = (page: Page): Promise<Record<string, number>> =>
  page.evaluate(() => {
    const out: Record<string, number> = {}
    for (const mark of performance.getEntriesByType('mark')) {
      out[mark.name.replace('d3dkit:', '')] = mark.startTime
      Object.assign(out, (mark as PerformanceMark).detail ?? {})
    }
    return out
  })

/** Samples by row (a label within its measure), printed in the order first seen. */
const samples = new Map<string, { label: string; values: number[] }>()
function sample(measure: 'load' | 'change', label: string, value: number): void {
  const key = `${measure}: ${label}`
  samples.set(key, { label, values: [...(samples.get(key)?.values ?? []), value] })
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

const viewer = await serveViewer()
const browser = await launchChromium()
try {
  for (let run = 0; run < LOADS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    await countFrames(context)
    const page = await context.newPage()
    const sentBefore = viewer.bytesSent()
    await page.goto(viewer.url)
    await waitForDrawn(page, 1)
    const m = await marks(page)
    sample('load', 'page load to first drawn machine', m.drawn)
    sample('load', '- page load to spec sent to the worker', m['build-sent'])
    sample('load', '- worker: model the kit, post the scene', m['scene-received'] - m['build-sent'])
    sample('load', '  - of which the worker starting (loading its script)', m.started)
    sample('load', '  - of which making the kit', m.kit)
    sample('load', '  - of which the scene (shapes, placements)', m.scene)
    sample('load', '- page: scene received to drawn', m.drawn - m['scene-received'])
    sample('load', 'triangles drawn a frame (count)', (await framesDrawn(page)).triangles)
    // The form, the module tree and the lists show once the first machine is drawn.
    await panelsLoaded(page)
    sample('load', 'page load to the machine and every panel shown', await page.evaluate(() => performance.now()))

    for (let i = 0; i < CHANGES_PER_LOAD; i++) {
      const size = page.locator('input[name="frame.size"]')
      await size.fill(`${13 + i}in`)
      const drawn = Number(await page.evaluate(() => document.documentElement.dataset.drawnScenes))
      const before = await framesDrawn(page)
      await size.press('Enter')
      await waitForDrawn(page, drawn + 1)
      const c = await marks(page)
      sample('change', 'frame size change to redrawn machine', c.drawn - c.edit)
      sample('change', '- worker: kit from cached parts, scene', c['scene-received'] - c['build-sent'])
      sample('change', '  - of which making the kit', c.kit)
      sample('change', '  - of which the scene (shapes, placements)', c.scene)
      sample('change', '- page: scene received to drawn', c.drawn - c['scene-received'])
      sample('change', 'frames drawn for a change (count)', (await framesDrawn(page)).frames - before.frames)
    }
    // Headers and bodies as the server sent them (compressed as served): the page, the panels and
    // everything the worker loads after the first machine (the size changes load nothing more).
    await warmedUp(page)
    sample('load', 'bytes transferred by the cold load (count)', viewer.bytesSent() - sentBefore)
    await context.close()
  }
} finally {
  await browser.close()
  await viewer.close()
}

console.log(
  `\nViewer (Chromium ${browser.version()}, WebGL in software), 1280 x 800; ${LOADS} cold loads, ${LOADS * CHANGES_PER_LOAD} size changes`,
)
console.log('\n| viewer | median (ms) | min (ms) | max (ms) |\n|---|---|---|---|')
for (const { label, values } of samples.values()) {
  const cells = [median(values), Math.min(...values), Math.max(...values)].map((v) => v.toFixed(0))
  console.log(`| ${label} | ${cells.join(' | ')} |`)
}
