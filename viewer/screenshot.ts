// Saves the README's screenshots of the viewer on the default preset: docs/viewer.png (1280 x 800)
// and docs/viewer-phone.png (390 x 844, the phone layout).
import { join } from 'node:path'
import { launchChromium, panelsLoaded, serveViewer, waitForDrawn } from './browser-harness.js'

const SHOTS = [
  { file: 'viewer.png', viewport: { width: 1280, height: 800 } },
  { file: 'viewer-phone.png', viewport: { width: 390, height: 844 } },
]

const viewer = await serveViewer()
const browser = await launchChromium()
try {
  for (const { file, viewport } of SHOTS) {
    const page = await browser.newPage({ viewport })
    await page.goto(viewer.url)
    await waitForDrawn(page, 1)
    await panelsLoaded(page)
    const target = join(import.meta.dirname, '../docs', file)
    await page.screenshot({ path: target })
    console.log(`wrote ${target}`)
    await page.close()
  }
} finally {
  await browser.close()
  await viewer.close()
}
