import { kitFiles } from './files.js'
import { guideFiles } from './guide/index.js'
import type { Kit } from './kit.js'
import { templateFiles } from './templates/index.js'

// Apart from files.ts because the guide's pictures are encoded with Node's zlib: the viewer takes
// the kit's files only.

/**
 * Every file `d3dkit build` writes: the kit's files, then (unless `guide` is false) the drilling
 * templates and the build guide, whose pictures take most of its time.
 */
export async function buildFiles(
  kit: Kit,
  version: string,
  options: { readonly guide?: boolean } = {},
): Promise<Map<string, Uint8Array | string>> {
  const files = kitFiles(kit, version)
  if (options.guide === false) return files
  for (const [path, text] of templateFiles(kit)) files.set(path, text)
  for (const [path, content] of await guideFiles(kit, files.keys())) files.set(path, content)
  return files
}
