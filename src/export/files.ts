import type { Kit } from './kit.js'
import { firmwareFiles } from './klipper/index.js'
import { manifest, stableJson } from './manifest.js'
import { marlinFiles } from './marlin/index.js'
import { machineReport } from './report.js'
import { toCsv, toMarkdown } from './table.js'
import { wiringFiles } from './wiring-files.js'

/** The files of a build, by relative path, in a fixed order. */
export function kitFiles(kit: Kit, version: string): Map<string, Uint8Array | string> {
  const files = new Map<string, Uint8Array | string>()
  for (const part of kit.parts) files.set(`stl/${part.part.name}.stl`, part.stl)
  const title = kit.spec.name ?? 'd3dkit printer'
  files.set('cutlist.csv', toCsv(kit.cutlist))
  files.set('cutlist.md', toMarkdown(kit.cutlist, `Cut list: ${title}`))
  files.set('bom.csv', toCsv(kit.bom))
  files.set('bom.md', toMarkdown(kit.bom, `Bill of materials: ${title}`))
  files.set('manifest.json', stableJson(manifest(kit, version)))
  files.set('report.md', machineReport(kit))
  for (const [path, text] of firmwareFiles(kit)) files.set(path, text)
  for (const [path, text] of marlinFiles(kit)) files.set(path, text)
  for (const [path, text] of wiringFiles(kit, title).files) files.set(path, text)
  return files
}
