import { KitClient } from './kit-client.js'
import { softwareRendering } from './scene/software-rendering.js'
import { specFromAddress } from './spec-source.js'

// The worker starts modelling the machine first; the page (React, three.js) loads meanwhile.
const worker = new Worker(new URL('./worker/kit-worker.ts', import.meta.url), { type: 'module', name: 'kit' })
const client = new KitClient(worker)
const start = specFromAddress(location.search)
client.build(start.spec)

const app = import('./mount.js')
// While the page's code loads: which renderer draws, which the view needs before it can start.
softwareRendering()
const { mountApp } = await app
mountApp(document.getElementById('root')!, client, start)
