// Bundles the CLI into dist/cli/run.mjs (run by `npm install` through "prepare"). The bundle
// sits two folders deep, like src/cli/, so its relative paths to package.json and presets/ hold.
import { build } from 'esbuild'

await build({
  entryPoints: ['src/cli/run.ts'],
  outfile: 'dist/cli/run.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // manifold-3d finds its .wasm beside its own file.
  external: ['manifold-3d'],
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  logLevel: 'warning',
})
