import { KitClient } from './kit-client.js'
import { specFromAddress } from './spec-source.js'

// The worker starts modelling the machine first; the page (React, three.js) loads meanwhile.
const worker = new Worker(new URL('./worker/kit-worker.ts', import.meta.url), { type: 'module', name: 'kit' })
const client = new KitClient(worker)
const start = specFromAddress(location.search)
client.build(start.spec)

const { mountApp } = await import('./mount.js')
mountApp(document.getElementById('root')!, client, start)
