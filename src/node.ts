// The part of d3dkit's public entry that needs Node's file system: the presets and spec files.
export { PRESET_DIR, presetNames, readPreset } from './spec/presets.js'
export { readSpecFile } from './spec/read-file.js'
