import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { partModels } from './part-models-plugin.js'
import { precompress } from './precompress-plugin.js'

/** The viewer: a static site (relative paths, so it works from any folder) with a module worker. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  // The worker imports the pack's address: in dev through the page's plugins, built through its own.
  plugins: [react(), partModels(), precompress()],
  worker: { format: 'es', plugins: () => [partModels()] },
  // manifold-3d finds its .wasm beside its own file, which pre-bundling would move.
  optimizeDeps: { exclude: ['manifold-3d'] },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
})
