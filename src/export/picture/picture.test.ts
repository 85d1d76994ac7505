import { describe, expect, it } from 'vitest'
import { machineOf } from '../../../test/machines.js'
import { type PlacedLeaf, placedLeaves } from '../../assembly/collect.js'
import { applyToPoint, identity, multiply, translation, type Vec3 } from '../../kernel/matrix.js'
import { box } from '../../kernel/shapes.js'
import type { Leaf } from '../../parts/types.js'
import { decodePng } from './decode-png.js'
import { DONE_COLOUR, MeshCache, NEW_COLOURS, type PictureItem, renderPicture } from './index.js'

const cubeOf = (size: number, at: Vec3) => () =>
  box(at.map((c) => c - size / 2) as unknown as Vec3, at.map((c) => c + size / 2) as unknown as Vec3)

/** A printed cube modelled off the origin (so its model's bed shift is not nothing). */
const printedCube: Leaf = {
  kind: 'printed',
  part: {
    name: 'test-cube',
    description: 'a cube',
    module: 'test',
    params: { size: 20 },
    solid: cubeOf(20, [40, 30, 10]),
  },
  transform: identity,
}
const boughtCube: Leaf = {
  kind: 'bought',
  part: { id: 'test-block', description: 'a block', grams: 1, shape: cubeOf(60, [0, 0, 0]) },
  quantity: 1,
  transform: identity,
}
const placedAt = (leaf: Leaf, world = identity): PlacedLeaf => ({
  leaf,
  world,
  path: ['test'],
  module: 'test',
  motions: [],
})

/** The printed cube centred on the origin, and the block 100 mm behind it. */
const twoCubes: PictureItem[] = [
  { placed: placedAt(printedCube, translation([-40, -30, -10])), style: 'new' },
  { placed: placedAt(boughtCube, translation([0, 100, 0])), style: 'done' },
]
const FROM_FRONT: Vec3 = [0, -1, 0]

const pixel = (picture: ReturnType<typeof decodePng>, x: number, y: number) => {
  const i = (y * picture.width + x) * 3
  return [picture.rgb[i], picture.rgb[i + 1], picture.rgb[i + 2]] as const
}
/** Is it the hue of `colour`, lit more or less? Each channel's share of the sum within 0.03. */
const hueOf = (rgb: readonly number[], colour: readonly number[]) => {
  const sum = rgb[0] + rgb[1] + rgb[2]
  const ref = colour[0] + colour[1] + colour[2]
  return sum > 0 && rgb.every((c, k) => Math.abs(c / sum - colour[k] / ref) < 0.03)
}
const isNew = (rgb: readonly number[]) => hueOf(rgb, NEW_COLOURS.printed)
const isGrey = (rgb: readonly number[]) => hueOf(rgb, DONE_COLOUR) && rgb[0] < 250
const isWhite = (rgb: readonly number[]) => rgb.every((c) => c === 255)

describe('MeshCache', () => {
  it("places a printed part's model where its leaf puts the part as modelled", async () => {
    const { mesh, local } = await new MeshCache().meshOf(printedCube)
    const placed = [0, 1, 2].map((k) => {
      const along = Array.from({ length: mesh.positions.length / 3 }, (_, v) =>
        applyToPoint(local, [mesh.positions[3 * v], mesh.positions[3 * v + 1], mesh.positions[3 * v + 2]]),
      ).map((p) => p[k])
      return [Math.min(...along), Math.max(...along)]
    })
    expect(placed).toEqual([
      [30, 50],
      [20, 40],
      [0, 20],
    ])
  })
})

describe('renderPicture', () => {
  it('draws a new part in front of a done one in colour, the one behind in grey, on white', async () => {
    const picture = decodePng(await renderPicture(twoCubes, { width: 200, height: 150, from: FROM_FRONT }))
    expect([picture.width, picture.height]).toEqual([200, 150])
    for (const [x, y] of [
      [0, 0],
      [199, 0],
      [0, 149],
      [199, 149],
    ])
      expect(isWhite(pixel(picture, x, y)), `corner ${x}, ${y}`).toBe(true)
    // Along the middle row from the centre: the new cube, then the block round it, then white.
    const row = Array.from({ length: 100 }, (_, i) => pixel(picture, 100 + i, 75))
    const kinds = row.map((rgb) => (isNew(rgb) ? 'new' : isGrey(rgb) ? 'done' : isWhite(rgb) ? 'white' : 'edge'))
    const runs = kinds.filter((k, i) => k !== 'edge' && k !== kinds[i - 1])
    expect(runs).toEqual(['new', 'done', 'white'])
  })

  it('shows a new part that a done one hides through it, half in its colour', async () => {
    const hidden: PictureItem[] = [
      { placed: placedAt(printedCube, translation([-40, 70, -10])), style: 'new' },
      { placed: placedAt(boughtCube, translation([0, 0, 0])), style: 'done' },
    ]
    const picture = decodePng(await renderPicture(hidden, { width: 200, height: 150, from: FROM_FRONT }))
    const [r, g, b] = pixel(picture, 100, 75)
    expect(isGrey([r, g, b]) || isNew([r, g, b])).toBe(false)
    expect(r - b).toBeGreaterThan(40)
    expect(isGrey(pixel(picture, 100, 40))).toBe(true)
  })

  it('draws the same whichever order the items come in (the nearer face wins)', async () => {
    const options = { width: 200, height: 150, from: FROM_FRONT }
    const forward = await renderPicture(twoCubes, options)
    expect(await renderPicture([...twoCubes].reverse(), options)).toEqual(forward)
  })

  it('draws a shifted part where its shift moves it, framing it with where it goes', async () => {
    const options = { width: 200, height: 150, from: FROM_FRONT }
    const rows = async (items: PictureItem[]) => {
      const picture = decodePng(await renderPicture(items, options))
      const found: number[] = []
      for (let y = 0; y < picture.height; y++) if (isNew(pixel(picture, 100, y))) found.push(y)
      return found
    }
    const still = await rows(twoCubes)
    const lifted = await rows([{ ...twoCubes[0], shift: [0, 0, 50] }, twoCubes[1]])
    // Framed on both places, the lifted cube sits above the middle; the still one across it.
    expect(Math.max(...lifted)).toBeLessThan(75)
    expect(Math.min(...still)).toBeLessThan(75)
    expect(Math.max(...still)).toBeGreaterThan(75)
  })

  it('gives the same bytes for the same items, with or without a cache', async () => {
    const cache = new MeshCache()
    const first = await renderPicture(twoCubes, {}, cache)
    expect(await renderPicture(twoCubes, {}, cache)).toEqual(first)
    expect(await renderPicture(twoCubes)).toEqual(first)
  })

  it('gives the same bytes whatever was drawn before it (rasters and views are reused)', async () => {
    const cache = new MeshCache()
    const alone: PictureItem[] = [{ ...twoCubes[0], shift: [0, 0, 30] }]
    const first = await renderPicture(alone, {}, cache)
    // The block fills rows the lone cube's picture does not; the cube is seen unshifted too.
    await renderPicture([twoCubes[0], { ...twoCubes[1], style: 'new' }], {}, cache)
    expect(await renderPicture(alone, {}, cache)).toEqual(first)
    expect(await renderPicture(alone)).toEqual(first)
  })

  it('refuses a picture of nothing', async () => {
    await expect(renderPicture([])).rejects.toThrow(/items at finite places/)
  })

  it('draws the whole d3d-12in, its X axis new and lifted, in an 800 x 600 picture', async () => {
    const { machine } = machineOf('d3d-12in')
    const items: PictureItem[] = placedLeaves(machine).map((placed) =>
      placed.path.includes('x') ? { placed, style: 'new', shift: [0, 0, 120] } : { placed, style: 'done' },
    )
    const picture = decodePng(await renderPicture(items))
    expect([picture.width, picture.height]).toEqual([800, 600])
    let coloured = 0
    let grey = 0
    for (let i = 0; i < picture.rgb.length; i += 3) {
      const rgb = [picture.rgb[i], picture.rgb[i + 1], picture.rgb[i + 2]]
      if (Object.values(NEW_COLOURS).some((c) => hueOf(rgb, c))) coloured++
      else if (isGrey(rgb)) grey++
    }
    // The X axis fills a good share of its own picture, framed round it, among the grey machine.
    expect(coloured / (800 * 600)).toBeGreaterThan(0.05)
    expect(grey / (800 * 600)).toBeGreaterThan(0.05)
  })
})

describe('the picture of a moved leaf', () => {
  it('follows the leaf when its whole scene moves by the same amount', async () => {
    const moved = twoCubes.map((item) => ({
      ...item,
      placed: { ...item.placed, world: multiply(translation([500, -200, 300]), item.placed.world) },
    }))
    const options = { width: 120, height: 90 }
    expect(await renderPicture(moved, options)).toEqual(await renderPicture(twoCubes, options))
  })
})
