// Saves docs/viewer.png: the viewer on the default preset, as the README shows it.
import { join } from 'node:path'
import { launchChromium, serveViewer, waitForDrawn } from './browser-harness.js'

const target = join(import.meta.dirname, '../docs/viewer.png')
const viewer = await serveViewer()
const browser = await launchChromium()
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await page.goto(viewer.url)
  await waitForDrawn(page, 1)
  await page.screenshot({ path: target })
  console.log(`wrote ${target}`)
} finally {
  await browser.close()
  await viewer.close()
}
