#!/usr/bin/env node
// Starts the CLI from the bundle that `npm install` builds (dist/, fast to load) while it is
// newer than every source file; otherwise, as after an edit, straight from the TypeScript sources.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const bundle = `${root}dist/cli/run.mjs`

function newestSource(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs)
  }
  return newest
}

const fresh =
  existsSync(bundle) && statSync(bundle).mtimeMs >= Math.max(newestSource(`${root}src`), newestSource(`${root}modules`))
if (fresh) {
  await import(bundle)
} else {
  const { register } = await import('tsx/esm/api')
  register()
  await import('../src/cli/run.ts')
}
