import type { ModuleDefinition } from './module.js'
import * as registered from './registered.js'

/** The modules a machine is made of (see module.ts); registered.ts lists them. */
export const MODULES: readonly ModuleDefinition[] = Object.values(registered)
