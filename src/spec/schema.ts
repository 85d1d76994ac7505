import { z } from 'zod'
import { quote } from './limits.js'
import { firstControlCharacter, unicodeEscape } from './text.js'
import { exactLength, formatMm, parseLength, toNanometre } from './units.js'

/** Longest length the spec takes anywhere: 10 m. Past this nothing here is buildable. */
const MAX_LENGTH = 10_000

const LENGTH_HINT = 'a number of millimetres or a string such as "12in", "1-1/2in", "304.8mm"'

/** A length in mm: a number, or a string with units. */
function length(description: string, min: number, max = MAX_LENGTH) {
  return z
    .union([z.number(), z.string()], { error: `must be ${LENGTH_HINT}` })
    .transform((value, ctx) => {
      const mm = exactLength(value)
      if (mm === undefined) {
        ctx.addIssue({ code: 'custom', message: `${quote(value)} is not a length: use ${LENGTH_HINT}` })
        return z.NEVER
      }
      // Checked before rounding, so that no rounding takes a length just outside the range into it.
      if (!(mm >= min && mm <= max)) {
        ctx.addIssue({
          code: 'custom',
          message: `${asGiven(value, mm, min, max)} mm is out of range: allowed ${formatMm(min)} to ${formatMm(max)} mm`,
        })
        return z.NEVER
      }
      return parseLength(value) as number
    })
    .describe(description)
}

/**
 * A length outside its range as the user gave it: a number as written, a string with its
 * millimetres, to three decimals unless those would read as inside the range.
 */
function asGiven(value: number | string, mm: number, min: number, max: number): string {
  if (typeof value === 'number') return quote(value)
  const rounded = formatMm(toNanometre(mm))
  const readsInside = Number(rounded) >= min && Number(rounded) <= max
  return `${quote(value)} = ${readsInside ? String(mm) : rounded}`
}

/** Free text on one line: it titles the Markdown lists, where a line break would start a block of its own. */
function singleLineText(max: number) {
  return z
    .string()
    .max(max)
    .superRefine((text, ctx) => {
      const at = firstControlCharacter(text)
      if (at < 0) return
      ctx.addIssue({
        code: 'custom',
        message: `must be single-line printable text; character ${at + 1} is the control character ${unicodeEscape(text[at])}`,
      })
    })
}

const size3 = (description: string, what: string, min: number) =>
  z
    .strictObject({
      x: length(`${what} along X (left to right), mm or with units`, min),
      y: length(`${what} along Y (front to back), mm or with units`, min),
      z: length(`${what} along Z (height), mm or with units`, min),
    })
    .describe(description)

/** As size3, each member defaulting on its own: giving only x keeps the default y and z. */
const size3WithDefault = (description: string, what: string, min: number, side: number) =>
  z
    .strictObject({
      x: length(`${what} along X (left to right), mm or with units`, min).default(side),
      y: length(`${what} along Y (front to back), mm or with units`, min).default(side),
      z: length(`${what} along Z (height), mm or with units`, min).default(side),
    })
    .default({ x: side, y: side, z: side })
    .describe(description)

const ROD_SIZES = [8, 25.4 * (5 / 16), 10]

/** One direction's guide in the spec: its rods, or a rail on a steel tube. */
const guideKind = (direction: string) =>
  z
    .enum(['rods', 'rail'], { error: 'must be "rods" or "rail"' })
    .optional()
    .describe(`${direction} carriages: "rods" or "rail"; left out, chosen by the checks`)

export const specSchema = z
  .strictObject({
    name: singleLineText(80).min(1).optional().describe('Name of this printer, shown in the manifest and the lists'),
    description: singleLineText(500).optional().describe('What this printer is, in a sentence'),
    buildVolume: size3(
      'What this printer prints: the space its nozzle reaches over the bed; the frame is sized to reach it. Give this or frame.size, not both',
      'Build volume',
      50,
    ).optional(),
    frame: z
      .strictObject({
        size: z
          .union(
            [length('Outer size of a cube frame', 150), size3('Outer size of a box frame', 'Frame outer size', 150)],
            { error: `must be a length (${LENGTH_HINT}) or an object with x, y and z` },
          )
          .optional()
          .describe('Outer size of the frame: one length for a cube, or x, y, z. Give this or buildVolume, not both'),
        style: z
          .enum(['angle', 'plate'])
          .default('angle')
          .describe(
            'angle: 12 steel angle bars joined by 8 printed corners (D3D Pro); plate: six steel panes with windows',
          ),
        profile: z
          .strictObject({
            width: length('Angle leg width, or the border width of a plate pane', 12, 150).default(38.1),
            thickness: length('Steel thickness of the angle or plate', 1, 20).default(3.175),
          })
          .default({ width: 38.1, thickness: 3.175 })
          .describe('Steel profile of the frame; default 1-1/2 x 1/8 in'),
      })
      .default({ style: 'angle', profile: { width: 38.1, thickness: 3.175 } })
      .describe('The steel frame'),
    rod: z
      .strictObject({
        diameter: length(
          'Smooth rod diameter of every axis: 8mm or 5/16in (LM8UU bearings), or 10mm (LM10UU); left out, each axis takes the least that keeps its carriage at 35 Hz',
          1,
          50,
        )
          .refine((d) => ROD_SIZES.some((size) => Math.abs(size - d) < 0.05), {
            error: (issue) =>
              `${formatMm(issue.input as number)} mm is not a rod size the axes take: use 8mm, 5/16in or 10mm`,
          })
          .transform((d) => ROD_SIZES.find((size) => Math.abs(size - d) < 0.05) as number)
          .optional(),
        stockLength: length('Longest rod you can buy or cut; a longer rod is an error', 100).default(2000),
      })
      // Left out: the X and Y axes' rods are chosen by their carriages' frequency
      // (src/engineering/rod-choice.ts), the rest are 8 mm (baseRodDiameter).
      .default({ stockLength: 2000 })
      .describe('Smooth rods of the axes'),
    guide: z
      .strictObject({
        x: guideKind('X'),
        y: guideKind('Y'),
      })
      .optional()
      .describe(
        'What the X and Y carriages run on: "rods" (two free rods, rod.diameter) or "rail" (a profile rail on a steel tube); left out, rods where they keep the carriages at 35 Hz, else the rail',
      ),
    zAxes: z
      .literal([2, 4], { error: 'must be 2 or 4' })
      .default(2)
      .describe('Number of Z axes: 2 (front and rear) or 4 (two on each)'),
    tools: z
      .literal([1, 2], { error: 'must be 1 or 2' })
      .default(1)
      .describe('Tool heads: 1, or 2 (a second X carriage on the same belt, with its own head)'),
    // Checked against the registered kinds of head by the layout: the schema knows no modules.
    toolHead: z
      .string()
      .min(1)
      .max(40)
      .optional()
      .describe('Kind of tool head on each X carriage; default extruder (a hot end, direct-drive extruder and probe)'),
    bed: z
      .strictObject({
        x: length('Bed width (X)', 50),
        y: length('Bed depth (Y)', 50),
      })
      .optional()
      .describe(
        'The heated plate the print stands on; by default as large as the build volume, or what fits the frame',
      ),
    bedSupport: z
      .enum(['rods', 'grid'], { error: 'must be "rods" or "grid"' })
      .optional()
      .describe(
        'What carries the bed plate: rods (two per pair of Z axes, printed blocks) or grid (aluminium tubes under a 2.5 mm plate); left out, rods where they keep the plate within 0.1 mm of sag, else the grid',
      ),
    motor: z
      .strictObject({
        bodyLength: length('NEMA17 body length, e.g. 34, 40 or 48 mm', 20, 80).default(40),
        zReduction: z
          .number({ error: 'must be a number: 1 (no gearbox), 5, 14, 19 or 27' })
          .optional()
          .describe(
            "The Z motors' planetary gearbox: 1 (none), 5, 14, 19 or 27; left out, the least that holds the bed with the motors on and off",
          ),
      })
      .default({ bodyLength: 40 })
      .describe('Stepper motors of the axes'),
    material: z.enum(['PLA', 'PETG', 'ABS', 'ASA']).default('PETG').describe('Filament the printed parts are made of'),
    controller: z
      .enum(['octopus', 'ramps'], { error: 'must be "octopus" or "ramps"' })
      .default('octopus')
      .describe(
        'The controller board: octopus (BTT Octopus v1.1 class, 8 driver sockets) or ramps (RAMPS 1.4 on an Arduino Mega 2560, 5 sockets: 2 Z axes and 1 tool)',
      ),
    printVolume: size3WithDefault(
      'Build volume of the printer you print the parts on (not this one): each printed part must fit it; default 200 x 200 x 200 mm',
      'Print volume',
      50,
      200,
    ),
  })
  .superRefine((spec, ctx) => {
    if (spec.controller === 'ramps' && (spec.zAxes > 2 || spec.tools > 1)) {
      const motors = 3 + spec.zAxes + spec.tools
      ctx.addIssue({
        code: 'custom',
        path: ['controller'],
        message: `"ramps" has 5 driver sockets (X, Y, Z with its two motor headers, E0, E1): at most 6 motors, 2 Z axes and 1 tool; zAxes ${spec.zAxes} and tools ${spec.tools} make ${motors} motors; use "octopus" (8 sockets)`,
      })
    }
    const hasFrame = spec.frame.size !== undefined
    const hasBuild = spec.buildVolume !== undefined
    if (hasFrame === hasBuild) {
      ctx.addIssue({
        code: 'custom',
        path: hasFrame ? ['buildVolume'] : ['frame', 'size'],
        message: hasFrame
          ? 'give either buildVolume or frame.size, not both (the other is derived)'
          : 'give either buildVolume or frame.size (the other is derived)',
      })
    }
  })
  .describe('A 3D printer: its size, frame, axes and the parts it is made of')

/**
 * The rods of what the checks do not size: the Z axes, the bed and the spool holder (whose
 * uprights stand in the Z motor ends' grooves): the pinned diameter, or 8 mm.
 */
export const baseRodDiameter = (spec: Spec): number => spec.rod.diameter ?? 8

/** What a user writes (lengths may be strings). */
export type SpecInput = z.input<typeof specSchema>
/** The resolved spec: every length in mm, every default filled in. */
export type Spec = z.output<typeof specSchema>
