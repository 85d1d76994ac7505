// The part of d3dkit's public entry that needs Node: the presets and spec files, and the build's
// files with the guide (its pictures are encoded with Node's zlib).
export { buildFiles } from './export/build-files.js'
export { PRESET_DIR, presetNames, readPreset } from './spec/presets.js'
export { readSpecFile } from './spec/read-file.js'
