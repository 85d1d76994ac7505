// d3dkit's public entry: what the CLI, the viewer, bench and check use. It runs in Node and in a
// browser; what needs Node's file system is in ./node.ts.
export { countBought, countPrinted, placedLeaves } from './assembly/collect.js'
export { layoutOf, type ModuleSet, machineOf, moduleSet, REGISTERED } from './assembly/index.js'
export type { Check } from './engineering/index.js'
export { sameCutKey } from './export/cutlist.js'
export { kitFiles } from './export/files.js'
export { folderName } from './export/folder-name.js'
export { guideSteps } from './export/guide/steps.js'
export { formatMinutes } from './export/guide/time.js'
export type { Step } from './export/guide/types.js'
export { type Kit, type KitOptions, makeKit } from './export/kit.js'
export { ModelStore } from './export/models.js'
export { type ModelledPart, makePart, type PartResult } from './export/parts.js'
export {
  formatDuration,
  PRINT_ESTIMATES,
  PRINT_ESTIMATES_FILE,
  type PrintEstimates,
  type PrintRecord,
  printRecordOf,
  printTotals,
  UPDATE_PRINT_ESTIMATES,
} from './export/print-estimates.js'
export { checkSummary, figure } from './export/report.js'
export { type Table, toCsv, toMarkdown, toRecords } from './export/table.js'
export { bounds, box, evaluate, type TriangleMesh } from './kernel/index.js'
export { loadManifold } from './kernel/manifold.js'
export { identity, type Mat4, multiply, translation } from './kernel/matrix.js'
export { axisList, type Layout } from './layout/index.js'
export { modelKey } from './parts/model-key.js'
export type { AssemblyNode, Leaf } from './parts/types.js'
export { DEFAULT_PRESET } from './spec/default-preset.js'
export { InputError } from './spec/errors.js'
export { clip, jsonDepth, MAX_SPEC_BYTES, MAX_SPEC_DEPTH, parseSpecText, quote } from './spec/limits.js'
export { FILAMENT_DENSITY } from './spec/materials.js'
export { applyOverrides, overrideSpec, setLabel } from './spec/overrides.js'
export { parseSpec } from './spec/parse.js'
export { type Spec, type SpecInput, specSchema } from './spec/schema.js'
export { formatMm } from './spec/units.js'
