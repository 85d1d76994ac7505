// Every module of the machine, one line each: a new module is its folder and a line here.
export { AXIS_MODULE } from './axis/index.js'
export { RAIL_AXIS_MODULE } from './axis/rail/index.js'
export { BED_MODULE } from './bed/index.js'
export { CONTROL_MODULE } from './control/index.js'
export { EXTRUDER_MODULE } from './extruder/index.js'
export { FRAME_MODULE } from './frame/index.js'
export { MOUNTS_MODULE } from './mounts/index.js'
export { SPOOL_MODULE } from './spool/index.js'
