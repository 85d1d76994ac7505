import { GRAVITY } from '../../modules/vitamins/mass.js'
import { NEMA17 } from '../../modules/vitamins/motors.js'
import { MGN12H, SQUARE_TUBE } from '../../modules/vitamins/rails.js'
import type { Guide, Guides } from '../assembly/index.js'
import type { AxisLayout, Layout } from '../layout/index.js'
import type { BedFigures } from '../parts/contracts.js'
import type { AssemblyNode } from '../parts/types.js'
import type { Spec } from '../spec/schema.js'
import { heatUp } from './heat-up.js'
import { LIMITS } from './limits.js'
import { carriagesOf, massOf, movingNodes, type PrintedGrams } from './loads.js'
import { RAIL_BEAM, railBeam } from './rail.js'
import { guideFigures, guideSpan } from './rod-choice.js'
import { longestSpan, longestSpanFor, ROD_DIAMETERS, type RodPairFigures, sagAtFrequency } from './rods.js'
import { type ZMotor, zHold, zMotors } from './z-motor.js'

/** One engineering check of the machine: a figure from a model, against its limit. */
export interface Check {
  /** Stable id, e.g. "x-rods-frequency". */
  readonly id: string
  /** What is checked, in a sentence's words. */
  readonly concern: string
  readonly value: number
  readonly unit: string
  readonly limit: number
  /** Whether the value must be at least (`min`) or at most (`max`) the limit. */
  readonly bound: 'min' | 'max'
  /** How far inside the limit: value / limit for a minimum, limit / value for a maximum (pass when >= 1). */
  readonly margin: number
  readonly pass: boolean
  /** The model and where its limit comes from. */
  readonly basis: string
  /** What would make it pass, when it does not. */
  readonly fix?: string
}

/** What the checks read besides the spec, the layout and the tree. */
export interface CheckInputs {
  readonly spec: Spec
  readonly layout: Layout
  readonly machine: AssemblyNode
  readonly printedGrams: PrintedGrams
  /** The axis's carriage length, mm: with the travel, the rods' free span. */
  readonly carriageLength: number
  /** Each direction's guide, as the machine is built. */
  readonly guides: Guides
  /** Whether a rail axis is registered, for the fix of rods that no larger rod would make pass. */
  readonly railOffered: boolean
  /** The Z motors, with any gearbox. */
  readonly zMotor: ZMotor
  /** The bed's plate, sag and heater, from the bed module. */
  readonly bed: BedFigures
}

function check(fields: Omit<Check, 'margin' | 'pass' | 'fix'>, fix: string): Check {
  const margin = fields.bound === 'min' ? fields.value / fields.limit : fields.limit / fields.value
  const pass = margin >= 1
  return { ...fields, margin, pass, ...(pass ? {} : { fix }) }
}

const round = (value: number, digits: number) => Number(value.toFixed(digits))

/** Every check of the machine, in a fixed order: rods, Z drive, belts, bed. */
export function machineChecks(inputs: CheckInputs): Check[] {
  const loads: Loads = {
    horizontal: horizontalLoads(inputs.layout, inputs.machine, inputs.printedGrams),
    z: zLoad(inputs.machine, inputs.printedGrams),
  }
  return [
    ...rodChecks(inputs, loads),
    ...zDriveChecks(inputs, loads),
    ...beltChecks(inputs, loads),
    ...bedChecks(inputs),
  ]
}

/** A horizontal axis and what its heaviest carriage carries, kg. */
export interface AxisLoad {
  readonly axis: AxisLayout
  readonly load: number
}

/** What the carriages carry, kg: each horizontal axis's heaviest carriage, and the Z belts' load. */
interface Loads {
  readonly horizontal: readonly AxisLoad[]
  readonly z: number
}

/** The machine's child node made for an axis, by the universal axis or the rail axis. */
function axisNode(machine: AssemblyNode, axis: AxisLayout): AssemblyNode {
  const node = machine.children.find(
    (child) => child.name === axis.name && (child.module === 'axis' || child.module === 'rail-axis'),
  )
  if (!node) throw new Error(`the machine has no node for axis ${axis.name}`)
  return node
}

/** The horizontal axes: what each carriage carries, the heaviest on each axis. */
export function horizontalLoads(layout: Layout, machine: AssemblyNode, printedGrams: PrintedGrams): AxisLoad[] {
  const { x, y } = layout.axes
  const gantry = axisNode(machine, x)
  const xCarriage = Math.max(...carriagesOf(gantry).map((c) => massOf(c, printedGrams)))
  const gantryMass = massOf(gantry, printedGrams)
  const ys = [y.left, y.right].map((axis) => {
    const carriage = Math.max(...carriagesOf(axisNode(machine, axis)).map((c) => massOf(c, printedGrams)))
    // The gantry rests on both Y axes' carriages: half of it on each.
    return { axis, load: carriage + gantryMass / 2 }
  })
  return [{ axis: x, load: xCarriage }, ...ys]
}

function rodChecks(inputs: CheckInputs, loads: Loads): Check[] {
  return loads.horizontal.map(({ axis, load }) => {
    const guide = inputs.guides[axis.direction as 'x' | 'y']
    const span = guideSpan(guide, axis, inputs.carriageLength)
    const figures = guideFigures(guide, span, load)
    const sag = figures.loadSag + figures.ownWeightSag
    const limit = `at least ${LIMITS.rodFrequency} Hz (${round(sagAtFrequency(LIMITS.rodFrequency), 2)} mm of static sag): Klipper's resonance guide asks to stiffen a machine whose resonances fall below 20-25 Hz and measures printers at 34-72 Hz`
    const fields = { value: figures.frequency, unit: 'Hz', limit: LIMITS.rodFrequency, bound: 'min' as const }
    if (guide.kind === 'rail') return railCheck(axis, load, span, figures, fields, limit)
    const rods = rodsFix(guide, load, axis.direction, inputs.railOffered)
    return check(
      {
        id: `${axis.name}-rods-frequency`,
        concern: `${axis.name} axis: first natural frequency of its carriage (${round(load, 2)} kg) on two ${round(guide.diameter, 2)} mm rods spanning ${round(span, 1)} mm (sag ${round(sag, 3)} mm at mid-span, ${round(figures.ownWeightSag, 3)} mm of it the rods' own weight)`,
        ...fields,
        basis: `k = 2 x 48 E I / L^3, f = sqrt(k / (m + 17/35 of the rods)) / 2 pi; ${limit}`,
      },
      rods,
    )
  })
}

/** What would make rods ring at the limit: a shorter span, a lighter carriage, larger rods, or the rail. */
function rodsFix(guide: Guide & { kind: 'rods' }, load: number, direction: string, railOffered: boolean): string {
  const largest = Math.max(...ROD_DIAMETERS)
  const stiffer =
    guide.diameter < largest
      ? ` (rod.diameter ${largest}mm)`
      : railOffered
        ? ` (guide.${direction} "rail": a rail on a steel tube, as the checks choose where no rod passes)`
        : ' (supported rails: the axes take no stiffer free rod)'
  return `rods spanning at most ${Math.floor(longestSpan(guide.diameter, load, LIMITS.rodFrequency))} mm with this carriage (a smaller frame), a lighter carriage, or stiffer rods${stiffer}`
}

const RAIL_NAME = `an MGN12 rail on a ${SQUARE_TUBE.size} x ${SQUARE_TUBE.size} x ${SQUARE_TUBE.wall} mm steel tube`

function railCheck(
  axis: AxisLayout,
  load: number,
  span: number,
  figures: RodPairFigures,
  fields: Pick<Check, 'value' | 'unit' | 'limit' | 'bound'>,
  limit: string,
): Check {
  const sag = figures.loadSag + figures.ownWeightSag
  const longest = Math.floor(longestSpanFor((l) => railBeam({ span: l, load }).frequency, LIMITS.rodFrequency))
  return check(
    {
      id: `${axis.name}-rail-frequency`,
      concern: `${axis.name} axis: first natural frequency of its carriage (${round(load, 2)} kg, on its ${MGN12H.name} block) on ${RAIL_NAME} spanning ${round(span, 1)} mm between the axis's end faces (sag ${round(sag, 3)} mm at mid-span, ${round(figures.ownWeightSag, 3)} mm of it the tube's and rail's own weight)`,
      ...fields,
      basis: `the tube simply supported at the end faces: k = 48 E I / L^3 (I = ${round(RAIL_BEAM.inertia / 1e4, 2)} cm4, EN 10219-2), f = sqrt(k / (m + 17/35 of the tube and rail)) / 2 pi; ${limit}`,
    },
    `a tube spanning at most ${longest} mm with this carriage (a smaller frame), a lighter carriage, or a stiffer tube`,
  )
}

function zDriveChecks({ spec, layout, zMotor }: CheckInputs, { z: load }: Loads): Check[] {
  const motors = layout.axes.z.front.length + layout.axes.z.rear.length
  const body = spec.motor.bodyLength
  const z = zHold(zMotor, load, motors)
  const gearbox = zMotor.nominal === 1 ? 'no gearbox' : `a ${round(zMotor.ratio, 2)}:1 planetary gearbox`
  const what = `${round(load, 2)} kg of bed and Z carriages on ${motors} Z motors (${round(body, 1)} mm NEMA17, ${gearbox}), ${round(z.loadTorque * 1000, 1)} mN m at each pulley`
  // The least gearbox on sale that would pass, for the fix.
  const least = (passes: (m: ZMotor) => boolean) => {
    const motor = zMotors(body).find(passes)
    return motor
      ? `motor.zReduction ${motor.nominal} (the least gearbox that holds it)`
      : 'no gearbox on sale holds it: a lighter bed or more Z axes'
  }
  return [
    check(
      {
        id: 'z-hold-motors-on',
        concern: `Z drive holds the bed, motors on: ${what}`,
        value: z.onMargin,
        unit: 'x load torque',
        limit: LIMITS.zHoldingMargin,
        bound: 'min',
        basis: `holding torque (data sheet, at ${LIMITS.runCurrentShare * 100} % of rated current, as Duet advises; through a gearbox at its efficiency, up to the torque it may carry) over m g r / motors; at least ${LIMITS.zHoldingMargin}x, room for acceleration and lost steps`,
      },
      least((m) => zHold(m, load, motors).onMargin >= LIMITS.zHoldingMargin),
    ),
    check(
      {
        id: 'z-hold-motors-off',
        concern: `Z drive holds the bed, motors off: ${what}`,
        value: z.offMargin,
        unit: 'x load torque',
        limit: LIMITS.zDetentMargin,
        bound: 'min',
        basis: `detent torque (${Math.round(NEMA17.detentTorque * 1000) / 10} N cm, 17HS4401's data sheet) times any gearbox's ratio over the load torque, friction not counted; at least ${LIMITS.zDetentMargin}x: an idle timeout, M84 or a power cut must not drop the bed`,
      },
      least((m) => zHold(m, load, motors).offMargin >= LIMITS.zDetentMargin),
    ),
  ]
}

/** What the Z belts carry: the bed and every Z carriage with what it holds, kg. */
export const zLoad = (machine: AssemblyNode, printedGrams: PrintedGrams): number =>
  movingNodes(machine, 'z').reduce((sum, node) => sum + massOf(node, printedGrams), 0)

function beltChecks({ layout }: CheckInputs, loads: Loads): Check[] {
  const horizontal = loads.horizontal.map(({ axis, load }) => ({
    axis,
    force: load * (LIMITS.acceleration / 1000),
    why: `${round(load, 2)} kg at ${LIMITS.acceleration} mm/s2`,
  }))
  const zAxes = [...layout.axes.z.front, ...layout.axes.z.rear]
  const perAxis = {
    force: (loads.z * GRAVITY) / zAxes.length,
    why: `${round(loads.z / zAxes.length, 2)} kg hanging on it`,
  }
  const forces = [...horizontal, ...(zAxes.length > 0 ? [{ axis: zAxes[0], ...perAxis }] : [])]
  return forces.flatMap(({ axis, force, why }) => {
    const name = axis.direction === 'z' ? 'z' : axis.name
    // The two strands stretch alike, so they share the force: one gains half, the other loses half.
    const tightest = LIMITS.beltPretension[1] + force / 2
    return [
      check(
        {
          id: `${name}-belt-tension`,
          concern: `${name} belt's tighter strand: ${why}, on ${LIMITS.beltPretension[1]} N of tension`,
          value: tightest,
          unit: 'N',
          limit: LIMITS.beltWorkingTension,
          bound: 'max',
          basis: `pretension + force / 2 (the two strands share the force); at most ${LIMITS.beltWorkingTension} N, a tenth of a 6 mm GT2 belt's least breaking load (80 kg, FarmBot's belt test)`,
        },
        `a lighter ${name} load, a lower acceleration, or a second belt`,
      ),
      check(
        {
          id: `${name}-belt-slack`,
          concern: `${name} belt's slacker strand loses half the force: ${why}`,
          value: force / 2,
          unit: 'N',
          limit: LIMITS.beltPretension[0],
          bound: 'max',
          basis: `the slacker strand keeps pretension - force / 2, which must stay above 0 or the belt jumps its teeth; at most the least of Gates' ${LIMITS.beltPretension[0]}-${LIMITS.beltPretension[1]} N for a 6 mm belt`,
        },
        `more tension, within ${LIMITS.beltPretension[1]} N, or a lighter ${name} load`,
      ),
    ]
  })
}

function bedChecks({ spec, bed }: CheckInputs): Check[] {
  const material = spec.material
  const temperature = LIMITS.bedTemperature[material]
  const rise = temperature - LIMITS.roomTemperature
  const heating = heatUp({
    grams: bed.plateKg * 1000,
    watts: bed.heater.watts,
    area: bed.plateArea,
    rise,
    lossCoefficient: LIMITS.lossCoefficient,
  })
  const heater = `${bed.heater.watts} W at ${bed.heater.volts} V (${round(bed.heater.wattsPerCm2, 2)} W/cm2) under ${round(bed.plateKg, 2)} kg of steel`
  return [
    check(
      {
        id: 'bed-plate-sag',
        concern: `Bed plate: its own-weight sag between its supports (${round(bed.plateKg, 2)} kg of steel${bed.sagModel ? ', on a grid of tubes' : ''})`,
        value: bed.sag,
        unit: 'mm',
        limit: LIMITS.bedSag,
        bound: 'max',
        basis: `the bed module's model: ${bed.sagModel ?? 'plate strips simply supported between the rows of blocks and between the rods, 5 w L^4 / 384 D, D = E t^3 / 12 (1 - nu^2), plus how unevenly the rods bend'}; at most ${LIMITS.bedSag} mm, half a 0.2 mm first layer`,
      },
      'a smaller bed, a thicker plate, or more supports under it',
    ),
    check(
      {
        id: 'bed-heater-coverage',
        concern: 'Bed heater: the share of the printable area it lies under',
        value: bed.heater.coverage * 100,
        unit: '%',
        limit: LIMITS.heaterCoverage * 100,
        bound: 'min',
        basis: `ours: at least ${LIMITS.heaterCoverage * 100} % of where the nozzle reaches, heated from below; the steel spreads heat to the rest`,
      },
      'a heater as large as the printable area',
    ),
    check(
      {
        id: 'bed-heat-up',
        concern: `Bed heats to ${temperature} C for ${material} from ${LIMITS.roomTemperature} C: ${heater}`,
        value: heating.seconds / 60,
        unit: 'min',
        limit: LIMITS.heatUpMinutes,
        bound: 'max',
        basis: `t = m cp dT / (P - h A dT / 2), steel's cp 0.49 J/(g K), h ${LIMITS.lossCoefficient} W/(m2 K) from the top face (the builder rules' worked example); at most ${LIMITS.heatUpMinutes} min (ours); bed temperatures per filament from the makers' profiles`,
      },
      'a more powerful heater (mains, at a higher power density), or a thinner plate',
    ),
    check(
      {
        id: 'bed-first-minute',
        concern: `Bed's rise in its first minute at full power: ${heater}`,
        value: heating.firstMinuteRise,
        unit: 'K',
        limit: LIMITS.firstMinuteRise,
        bound: 'min',
        basis: `P / (m cp) x 60 s; Klipper's verify_heater stops a heater that does not gain ${LIMITS.firstMinuteRise} K in 60 s`,
      },
      'a more powerful heater, or verify_heater set for this bed',
    ),
  ]
}
