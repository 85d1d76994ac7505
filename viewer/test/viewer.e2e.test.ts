// The viewer in Debian's Chromium, as a user drives it, checked against the CLI's own kit.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strToU8, unzipSync } from 'fflate'
import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { kitFiles } from '../../src/export/files.js'
import { makeKit } from '../../src/export/kit.js'
import { toCsv } from '../../src/export/table.js'
import { checkManifold, fromBinaryStl } from '../../src/kernel/index.js'
import { InputError } from '../../src/spec/errors.js'
import { parseSpec } from '../../src/spec/parse.js'
import { DEFAULT_PRESET } from '../../src/spec/presets.js'
import { drawnScenes, framesDrawn, waitForDrawn, warmedUp } from '../browser-harness.js'
import { kitOf, problemFor, rowsOf, specOf } from './cli-kit.js'
import { canvasPixels, pixelsAfterChange, setField, tableRows, workerReport } from './page.js'
import { viewerSession } from './session.js'

const ROOT = join(import.meta.dirname, '../..')
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version

const session = viewerSession(async () => ({ defaultKit: await kitOf() }))
const openViewer = (query = '', prepare?: (context: BrowserContext) => Promise<void>) =>
  session.open({ query, prepare })

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()])
  const path = await file.path()
  return { name: file.suggestedFilename(), bytes: readFileSync(path) }
}

describe('the viewer in Chromium', () => {
  it('opens on the default preset and draws the machine, its cut list and its BOM', async () => {
    const page = await openViewer()
    const { defaultKit } = await session.setup()
    expect(await page.locator('select[name="preset"]').inputValue()).toBe(DEFAULT_PRESET)
    const pixels = await canvasPixels(page)
    expect(pixels.drawn / pixels.total).toBeGreaterThan(0.05)
    expect(pixels.printed).toBeGreaterThan(500)
    expect(await tableRows(page, 'cutlist')).toEqual(rowsOf(defaultKit.cutlist))
    await page.locator('[data-table="bom"]').click()
    expect(await tableRows(page, 'bom')).toEqual(rowsOf(defaultKit.bom))
    for (const module of defaultKit.machine.children) {
      await expect(page.locator(`[data-node="${defaultKit.machine.name}/${module.name}"]`).count()).resolves.toBe(1)
    }
  })

  it('sends a cold load in under 1.2 MB, each file of it compressed with brotli at build time', async () => {
    const { viewer } = await session.setup()
    const encodings = new Map<string, string>()
    const before = viewer.bytesSent()
    const page = await openViewer('', async (context) => {
      context.on('response', async (response) => {
        encodings.set(new URL(response.url()).pathname, (await response.allHeaders())['content-encoding'] ?? 'none')
      })
    })
    // Everything the first screen shows, the panels loaded after the machine included, and what
    // the worker loads after it (its modelling code, the models, the kernel).
    await expect(tableRows(page, 'cutlist')).resolves.not.toHaveLength(0)
    await page.locator('input[name="frame.size"]').waitFor()
    await warmedUp(page)
    const sent = viewer.bytesSent() - before
    expect(sent).toBeLessThan(1_200_000)
    // The page, its code, the kernel's WebAssembly, the shipped models, drawn meshes and scene.
    const names = [...encodings.keys()]
    for (const kind of [
      /\/$/,
      /\.js$/,
      /\.wasm$/,
      /part-models-.*\.bin$/,
      /drawn-meshes-.*\.bin$/,
      new RegExp(`scene-${DEFAULT_PRESET}-.*\\.bin$`),
    ]) {
      expect(
        names.some((name) => kind.test(name)),
        String(kind),
      ).toBe(true)
    }
    expect([...encodings].filter(([, encoding]) => encoding !== 'br')).toEqual([])
  })

  it('draws the first machine before the panels, and keeps the size of the view it was fitted to', async () => {
    const page = await openViewer('', async (context) => {
      // The view's size (laid out as the page stands) and the panels there at the moment the first
      // machine is marked drawn.
      await context.addInitScript(() => {
        new MutationObserver((_, observer) => {
          const view = document.querySelector('main')
          if (!view || !document.documentElement.dataset.drawnScenes) return
          const { width, height } = view.getBoundingClientRect()
          document.documentElement.dataset.firstDrawnSize = `${width} x ${height}`
          document.documentElement.dataset.firstDrawnPanels = ['.spec-form', '[data-node]', '[data-table-panel]']
            .filter((selector) => document.querySelector(selector))
            .join(' ')
          observer.disconnect()
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-drawn-scenes'] })
        // Each height the view's canvas is given (set again to the same one as R3F configures it):
        // one, if it was made at the view's final size.
        const heights = new Set<string>()
        new MutationObserver((records) => {
          for (const { target } of records) heights.add((target as HTMLCanvasElement).getAttribute('height') ?? '')
          document.documentElement.dataset.canvasHeights = [...heights].join(' ')
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['height'] })
      })
    })
    const { width, height } = await page.locator('main').evaluate((view) => view.getBoundingClientRect())
    const first = await page.evaluate(() => ({ ...document.documentElement.dataset }))
    expect(first.firstDrawnSize).toBe(`${width} x ${height}`)
    expect(first.firstDrawnPanels).toBe('')
    expect(first.canvasHeights).toBe(
      String(await page.locator('#view canvas').evaluate((canvas) => (canvas as HTMLCanvasElement).height)),
    )
  })

  it("loads the worker's modelling code only once the first machine is drawn", async () => {
    const drawnWhenAsked: string[] = []
    const page = await openViewer('', async (context) => {
      await context.route('**/modeller-*.js', async (route) => {
        const [asking] = context.pages()
        drawnWhenAsked.push(await asking.evaluate(() => document.documentElement.dataset.drawnScenes ?? '0'))
        await route.continue()
      })
    })
    await warmedUp(page)
    expect(drawnWhenAsked).toEqual(['1'])
  })

  it('adopts the printed parts shipped with it, and models the parts of a spec they do not cover', async () => {
    const page = await openViewer()
    expect((await workerReport(page)).modelled).toBe(0)
    await setField(page, 'rod.diameter', '5/16in')
    await waitForDrawn(page, 2)
    expect((await workerReport(page)).modelled).toBeGreaterThan(0)
    expect(await tableRows(page, 'cutlist')).toEqual(rowsOf((await kitOf(['rod.diameter=5/16in'])).cutlist))
  })

  it("draws a preset's first machine from its shipped scene, before the worker's modelling code has loaded", async () => {
    let release = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    const page = await session.open({
      drawn: false,
      prepare: async (context) => {
        // The modelling code arrives only once the machine is on screen.
        await context.route('**/modeller-*.js', async (route) => {
          await held
          await route.continue()
        })
      },
    })
    await waitForDrawn(page, 1)
    await page.locator('[data-table-panel="cutlist"]').waitFor()
    const { defaultKit } = await session.setup()
    expect(await tableRows(page, 'cutlist')).toEqual(rowsOf(defaultKit.cutlist))
    expect((await framesDrawn(page)).triangles).toBeGreaterThan(0)
    // The form waits for the modelling code, so that an edit goes to a worker ready for it.
    expect(await page.locator('.spec-form').count()).toBe(0)
    release()
    await setField(page, 'frame.size', '13in')
    await waitForDrawn(page, 2)
    expect(await tableRows(page, 'cutlist')).toEqual(rowsOf((await kitOf(['frame.size=13in'])).cutlist))
  })

  it('models every printed part when the shipped models do not load, and says so once', async () => {
    const logged: string[] = []
    const page = await openViewer('', async (context) => {
      await context.route('**/part-models-*.bin', (route) => route.fulfill({ status: 404 }))
      context.on('console', (message) => logged.push(message.text()))
    })
    const { defaultKit } = await session.setup()
    // The first machine is the preset's shipped scene; the kit behind it (for the files) is modelled after.
    expect((await workerReport(page)).modelled).toBe(0)
    expect((await warmedUp(page)).modelled).toBe(defaultKit.parts.length)
    expect(logged.filter((text) => text.includes('models did not load'))).toHaveLength(1)
    expect(await tableRows(page, 'cutlist')).toEqual(rowsOf(defaultKit.cutlist))
  })

  it('draws the same machine from meshes made in the worker when the shipped ones do not load, and says so once', async () => {
    const logged: string[] = []
    const page = await openViewer('', async (context) => {
      await context.route('**/drawn-meshes-*.bin', (route) => route.fulfill({ status: 404 }))
      context.on('console', (message) => logged.push(message.text()))
    })
    const { defaultKit } = await session.setup()
    expect(logged.filter((text) => text.includes('shipped ones did not load'))).toHaveLength(1)
    expect(await tableRows(page, 'cutlist')).toEqual(rowsOf(defaultKit.cutlist))
    const shipped = await openViewer()
    expect((await framesDrawn(page)).triangles).toBe((await framesDrawn(shipped)).triangles)
  })

  it('rebuilds for a new size in one frame, keeps the spec in the address, and the address opens the same printer', async () => {
    const page = await openViewer()
    const { defaultKit } = await session.setup()
    const before = await framesDrawn(page)
    await setField(page, 'frame.size', '14in')
    await waitForDrawn(page, 2)
    // Every frame costs a tenth of a second or more in software: a new size draws exactly one.
    expect((await framesDrawn(page)).frames - before.frames).toBe(1)
    const expected = rowsOf((await kitOf(['frame.size=14in'])).cutlist)
    expect(expected).not.toEqual(rowsOf(defaultKit.cutlist))
    expect(await tableRows(page, 'cutlist')).toEqual(expected)
    expect(JSON.parse(new URL(page.url()).searchParams.get('spec') ?? '')).toEqual(specOf(['frame.size=14in']))

    const linked = await openViewer(new URL(page.url()).search)
    expect(await linked.locator('input[name="frame.size"]').inputValue()).toBe('14in')
    expect(await tableRows(linked, 'cutlist')).toEqual(expected)
  })

  it('writes a build volume in place of the frame size, and builds it or refuses it as the CLI does', async () => {
    const page = await openViewer()
    // The box is replaced by the build volume's fields once clicked.
    await page.locator('[data-field="buildVolume"] input[type="checkbox"]').click()
    const address = () => JSON.parse(new URL(page.url()).searchParams.get('spec') ?? 'null')
    await expect.poll(() => address()?.buildVolume).toBeDefined()
    const spec = address()
    expect(spec.frame.size).toBeUndefined()
    expect(Object.keys(spec.buildVolume).sort()).toEqual(['x', 'y', 'z'])

    const built = await makeKit(parseSpec(spec)).catch((error: unknown) => {
      if (error instanceof InputError) return error
      throw error
    })
    if (built instanceof InputError) {
      const shown = () => page.locator('.problems').allTextContents()
      for (const problem of built.problems) {
        const message = problem.replace(/^spec: /, '').replace(/^[\w.]+: /, '')
        await expect.poll(async () => (await shown()).join('\n')).toContain(message)
      }
      expect(await drawnScenes(page)).toBe(1)
    } else {
      await waitForDrawn(page, 2)
      expect(await tableRows(page, 'cutlist')).toEqual(rowsOf(built.cutlist))
    }
  })

  it('switches presets from the picker', async () => {
    const page = await openViewer()
    await page.locator('select[name="preset"]').selectOption('d3d-16in')
    await waitForDrawn(page, 2)
    expect(await tableRows(page, 'cutlist')).toEqual(rowsOf((await kitOf([], 'd3d-16in')).cutlist))
    expect(new URL(page.url()).searchParams.get('preset')).toBe('d3d-16in')
  })

  it("shows the spec's message beside the field and keeps the last good machine", async () => {
    const page = await openViewer()
    const { defaultKit } = await session.setup()
    const before = await canvasPixels(page)
    const problems = page.locator('[data-field="frame.size"] .problems')

    await setField(page, 'frame.size', '-5')
    const schemaMessage = problemFor(specOf(['frame.size=-5']), 'frame.size')
    expect(schemaMessage).toMatch(/out of range/)
    await expect.poll(() => problems.textContent()).toContain(schemaMessage)
    expect(await page.locator('input[name="frame.size"]').getAttribute('aria-invalid')).toBe('true')

    // Too small to build: the layout says so, from the worker.
    await setField(page, 'frame.size', '200')
    const layoutMessage = problemFor(specOf(['frame.size=200']), 'frame.size')
    await expect.poll(() => problems.textContent()).toContain(layoutMessage)

    expect(await drawnScenes(page)).toBe(1)
    expect(await tableRows(page, 'cutlist')).toEqual(rowsOf(defaultKit.cutlist))
    expect((await canvasPixels(page)).drawn).toBe(before.drawn)
  })

  it("selects a printed part by clicking it; its STL is the CLI's bytes and watertight", async () => {
    const page = await openViewer()
    const { defaultKit } = await session.setup()
    const { printedPoint } = await canvasPixels(page)
    expect(printedPoint).toBeDefined()
    await page.mouse.click(printedPoint!.x, printedPoint!.y)

    const card = page.locator('[aria-label="Selected part"]')
    await expect.poll(() => card.locator('.part-kind').textContent()).toBe('printed')
    const name = (await card.locator('.part-name').textContent()) ?? ''
    const part = defaultKit.parts.find((p) => p.part.name === name)
    expect(part, `clicked ${name}`).toBeDefined()
    expect(await card.locator('.part-count').textContent()).toBe(String(part!.count))

    const stl = await download(page, () => card.getByRole('button', { name: `Download ${name}.stl` }).click())
    expect(stl.name).toBe(`${name}.stl`)
    expect(stl.bytes.equals(Buffer.from(part!.stl))).toBe(true)
    expect(checkManifold(fromBinaryStl(new Uint8Array(stl.bytes))).ok).toBe(true)
  })

  it('downloads the cut list and the BOM as CSV and every file of d3dkit build as a zip', async () => {
    const page = await openViewer()
    const { defaultKit } = await session.setup()
    const cutlist = await download(page, () => page.getByRole('button', { name: 'Download cutlist.csv' }).click())
    expect(cutlist.bytes.toString('utf8')).toBe(toCsv(defaultKit.cutlist))
    await page.locator('[data-table="bom"]').click()
    const bom = await download(page, () => page.getByRole('button', { name: 'Download bom.csv' }).click())
    expect(bom.bytes.toString('utf8')).toBe(toCsv(defaultKit.bom))

    const zip = await download(page, () => page.getByRole('button', { name: 'Download all (zip)' }).click())
    expect(zip.name).toBe(`${DEFAULT_PRESET}.zip`)
    const unzipped = unzipSync(new Uint8Array(zip.bytes))
    const expected = kitFiles(defaultKit, VERSION)
    expect(Object.keys(unzipped).sort()).toEqual([...expected.keys()].map((path) => `${DEFAULT_PRESET}/${path}`).sort())
    for (const [path, content] of expected) {
      const bytes = typeof content === 'string' ? strToU8(content) : content
      expect(Buffer.from(unzipped[`${DEFAULT_PRESET}/${path}`]).equals(Buffer.from(bytes)), path).toBe(true)
    }
  })

  it('hides, isolates and highlights modules from the tree, and explodes the view', async () => {
    const page = await openViewer()
    const whole = await canvasPixels(page)
    // The first node under the root: a module of the machine.
    const first = page.locator('.module-tree li li').first().locator(':scope > .tree-row')

    await first.getByRole('checkbox').uncheck()
    const hidden = await pixelsAfterChange(page, whole)
    expect(hidden.drawn).toBeLessThan(whole.drawn)
    await first.getByRole('checkbox').check()
    expect((await pixelsAfterChange(page, hidden)).drawn).toBe(whole.drawn)

    await first.getByRole('button', { name: 'only' }).click()
    const isolated = await pixelsAfterChange(page, whole)
    expect(isolated.drawn).toBeLessThan(whole.drawn)
    await first.getByRole('button', { name: 'all' }).click()
    expect((await pixelsAfterChange(page, isolated)).drawn).toBe(whole.drawn)

    await first.locator('.tree-name').click()
    const highlighted = await pixelsAfterChange(page, whole)
    expect(highlighted.highlighted).toBeGreaterThan(whole.highlighted + 500)
    await first.locator('.tree-name').click()
    expect((await pixelsAfterChange(page, highlighted)).highlighted).toBe(whole.highlighted)

    await page.locator('input[name="explode"]').fill('1')
    const exploded = await pixelsAfterChange(page, whole)
    expect(exploded.drawn).not.toBe(whole.drawn)
  })
})

/** Errors the context's pages did not catch. */
function uncaughtErrors(context: BrowserContext): Error[] {
  const errors: Error[] = []
  context.on('weberror', (error) => errors.push(error.error()))
  return errors
}

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`

/**
 * The address of spec text, its brackets as they are: escaped, 5000 nested ones would pass the
 * 16 KB that the server takes in a request line.
 */
const addressOf = (spec: string) => `?spec=${encodeURIComponent(spec).replace(/%5B/g, '[').replace(/%5D/g, ']')}`

/** The page shows the default printer in place of the address's spec, says why, and keeps the address. */
async function expectDefaultInPlace(page: Page, spec: string, says: string, errors: readonly Error[]): Promise<void> {
  const { defaultKit } = await session.setup()
  expect(await page.locator('select[name="preset"]').inputValue()).toBe(DEFAULT_PRESET)
  expect(await tableRows(page, 'cutlist')).toEqual(rowsOf(defaultKit.cutlist))
  const message = (await page.locator('.spec-form > .problems').textContent()) ?? ''
  expect(message).toContain(says)
  expect(message).toContain(`the default printer, ${DEFAULT_PRESET}`)
  expect(message.length).toBeLessThan(2000)
  expect(await page.locator('.status').textContent()).not.toContain('last good machine')
  expect(new URL(page.url()).searchParams.get('spec')).toBe(spec)
  expect(errors).toEqual([])
}

describe('a spec in the address that cannot be shown', () => {
  const cases = [
    { what: '5000 nested arrays', spec: nested(5000), says: 'nested 5000 deep' },
    { what: 'a name nested 3000 deep', spec: `{"name":${nested(3000)}}`, says: 'nested 3001 deep' },
    {
      what: 'a name nested within the limit',
      spec: `{"name":${nested(12)},"frame":{"size":"12in"}}`,
      says: 'name: Invalid input: expected string, received array',
    },
    { what: 'an unknown key', spec: '{"sise":1}', says: 'unknown key "sise"' },
    { what: 'null', spec: 'null', says: 'expected object, received null' },
    { what: 'an empty array', spec: '[]', says: 'expected object, received array' },
    {
      what: 'a name too long',
      spec: JSON.stringify({ name: 'x'.repeat(5000), frame: { size: 300 } }),
      says: 'name: Too big',
    },
    { what: 'no JSON', spec: '{"frame":', says: 'not valid JSON' },
  ]

  it.each(cases)('$what: shows the default printer and why, and keeps the address', async ({ spec, says }) => {
    let errors: Error[] = []
    const page = await openViewer(addressOf(spec), async (context) => {
      errors = uncaughtErrors(context)
    })
    await expectDefaultInPlace(page, spec, says, errors)
  })

  it('does the same for a spec the schema takes but the layout cannot build', async () => {
    const spec = '{"frame":{"size":200}}'
    let errors: Error[] = []
    const page = await openViewer(addressOf(spec), async (context) => {
      errors = uncaughtErrors(context)
    })
    await expectDefaultInPlace(page, spec, problemFor(JSON.parse(spec), 'frame.size'), errors)
  })

  it('keeps the address until the form changes the printer, which then builds as usual', async () => {
    const page = await openViewer(addressOf('{"sise":1}'))
    expect(new URL(page.url()).searchParams.get('spec')).toBe('{"sise":1}')
    await setField(page, 'frame.size', '14in')
    await waitForDrawn(page, 2)
    expect(await tableRows(page, 'cutlist')).toEqual(rowsOf((await kitOf(['frame.size=14in'])).cutlist))
    expect(JSON.parse(new URL(page.url()).searchParams.get('spec') ?? '')).toEqual(specOf(['frame.size=14in']))
    expect(await page.locator('.spec-form > .problems').count()).toBe(0)
  })

  it('refuses a value nested past the limit typed into the form, and keeps working', async () => {
    let errors: Error[] = []
    const page = await openViewer('', async (context) => {
      errors = uncaughtErrors(context)
    })
    await setField(page, 'frame.size', nested(5000))
    const problems = page.locator('[data-field="frame.size"] .problems')
    await expect.poll(async () => (await problems.textContent())?.length ?? 0).toBeGreaterThan(0)
    expect((await problems.textContent())?.length).toBeLessThan(1000)
    await setField(page, 'frame.size', '14in')
    await waitForDrawn(page, 2)
    expect(await tableRows(page, 'cutlist')).toEqual(rowsOf((await kitOf(['frame.size=14in'])).cutlist))
    expect(errors).toEqual([])
  })
})

describe('the viewer when the page fails', () => {
  it('says what went wrong and links to the default printer in place of a white page', async () => {
    const { viewer } = await session.setup()
    const context = await session.newContext()
    // A browser that refuses to change the address (as Safari does past 100 changes in 30 s).
    await context.addInitScript(() => {
      History.prototype.replaceState = () => {
        throw new DOMException('replaceState refused', 'SecurityError')
      }
    })
    const page = await context.newPage()
    await page.goto(viewer.url)
    const alert = page.getByRole('alert')
    await alert.waitFor({ timeout: 30_000 })
    expect(await alert.textContent()).toContain('replaceState refused')
    expect(await alert.getByRole('link').getAttribute('href')).toBe(`?preset=${DEFAULT_PRESET}`)
  })
})
