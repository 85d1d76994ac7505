// The imports follow the data: each file imports only from its own layer or the layers before
// it, modules use each other only through their contracts, and no two folders import each other.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './helpers.js'

/** The layers, first to last: a file may import from its own layer and the ones before it. */
const LAYERS = [
  'kernel',
  'spec',
  'parts toolkit',
  'module contracts',
  'layout',
  'module geometry',
  'assembly',
  'engineering',
  'export',
  'public entry',
  'cli and viewer',
] as const
type Layer = (typeof LAYERS)[number]

/** The layer of a source file (a path relative to the root), or undefined for what is not checked. */
function layerOf(path: string): Layer | undefined {
  if (!/\.tsx?$/.test(path)) return undefined
  if (/\.test\.tsx?$/.test(path) || path.startsWith('test/') || path.startsWith('viewer/test/')) return undefined
  if (path.startsWith('src/kernel/')) return 'kernel'
  if (path.startsWith('src/spec/')) return 'spec'
  if (path.startsWith('src/parts/') || path.startsWith('modules/vitamins/')) return 'parts toolkit'
  if (/^modules\/[^/]+\/(contract|dimensions)\.ts$/.test(path)) return 'module contracts'
  if (path.startsWith('src/layout/')) return 'layout'
  if (path === 'modules/registry.ts' || path === 'modules/registered.ts') return 'assembly'
  if (path.startsWith('modules/')) return 'module geometry'
  if (path.startsWith('src/assembly/')) return 'assembly'
  if (path.startsWith('src/engineering/')) return 'engineering'
  if (path.startsWith('src/export/')) return 'export'
  if (path === 'src/index.ts' || path === 'src/node.ts') return 'public entry'
  if (/^(src\/cli|viewer|bench|check)\//.test(path)) return 'cli and viewer'
  throw new Error(`${path} is in no layer: add it to layerOf`)
}

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`
    if (entry.isDirectory()) return ['node_modules', 'dist'].includes(entry.name) ? [] : sources(path)
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

const FILES = ['src', 'modules', 'viewer', 'bench', 'check'].flatMap(sources).filter((f) => layerOf(f) !== undefined)

/** Every relative import of a file (type-only ones too), as paths relative to the root. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8')
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+'(\.[^']+)'/g)].map((m) => m[1])
  const dynamic = [...text.matchAll(/import\(\s*'(\.[^']+)'\s*\)/g)].map((m) => m[1])
  return [...specifiers, ...dynamic].map((spec) =>
    relative(ROOT, resolve(join(ROOT, dirname(file)), spec)).replace(/\.js$/, '.ts'),
  )
}

const moduleOf = (path: string) => /^modules\/([^/]+)\//.exec(path)?.[1]

describe('the import direction', () => {
  it('finds the files of every layer', () => {
    const found = new Set(FILES.map(layerOf))
    for (const layer of LAYERS) expect(found, layer).toContain(layer)
  })

  it('has no file import a later layer', () => {
    const wrong = FILES.flatMap((file) =>
      importsOf(file)
        .filter((target) => {
          const to = layerOf(target)
          return to !== undefined && LAYERS.indexOf(to) > LAYERS.indexOf(layerOf(file) as Layer)
        })
        .map((target) => `${file} (${layerOf(file)}) imports ${target} (${layerOf(target)})`),
    )
    expect(wrong).toEqual([])
  })

  it("has modules use each other's contracts, never each other's geometry", () => {
    const wrong = FILES.flatMap((file) =>
      importsOf(file)
        .filter((target) => {
          const [from, to] = [moduleOf(file), moduleOf(target)]
          return (
            from !== undefined &&
            to !== undefined &&
            from !== to &&
            to !== 'vitamins' &&
            layerOf(file) !== 'assembly' &&
            layerOf(target) === 'module geometry'
          )
        })
        .map((target) => `${file} imports ${target}`),
    )
    expect(wrong).toEqual([])
  })

  it('has the CLI, the viewer, bench and check reach the rest only through the public entry', () => {
    const entries = new Set(['src/index.ts', 'src/node.ts'])
    const wrong = FILES.filter((file) => layerOf(file) === 'cli and viewer').flatMap((file) =>
      importsOf(file)
        .filter(
          (target) => /^(src|modules)\//.test(target) && !entries.has(target) && layerOf(target) !== 'cli and viewer',
        )
        .map((target) => `${file} imports ${target}`),
    )
    expect(wrong).toEqual([])
  })

  it('has no two folders import each other, directly or round a loop', () => {
    const folderOf = (path: string) => path.split('/').slice(0, 2).join('/')
    const edges = new Map<string, Set<string>>()
    for (const file of FILES)
      for (const target of importsOf(file)) {
        const [a, b] = [folderOf(file), folderOf(target)]
        if (a !== b && layerOf(target) !== undefined) edges.set(a, (edges.get(a) ?? new Set()).add(b))
      }
    const loops: string[] = []
    const visit = (folder: string, path: string[]) => {
      if (path.includes(folder)) {
        loops.push([...path.slice(path.indexOf(folder)), folder].join(' -> '))
        return
      }
      for (const next of edges.get(folder) ?? []) visit(next, [...path, folder])
    }
    for (const folder of edges.keys()) visit(folder, [])
    expect(loops).toEqual([])
  })
})
