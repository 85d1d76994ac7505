import { SUPPLIES, type SupplyRating } from '../../modules/vitamins/electronics.js'
import { InputError } from '../spec/errors.js'

/**
 * The machine's electrical design as numbers (docs/design.md, "Electrics"): every load with its
 * power, the 24 V supply sized from them, the mains current, the fuses and the wire gauges.
 */

/** A load on the 24 V supply: how many, the watts of each, and where the figure comes from. */
export interface Load {
  readonly item: string
  readonly count: number
  readonly wattsEach: number
  readonly basis: string
}

export interface ElectricalInputs {
  /** Stepper motors (X, each Y, each Z, each extruder). */
  readonly motors: number
  /** Their driver current, A RMS per phase (the firmware's run_current), and body length, mm. */
  readonly motorAmps: number
  readonly motorBodyLength: number
  readonly hotEnds: number
  readonly bed: { readonly watts: number; readonly volts: number; readonly supply: 'dc' | 'mains' }
}

/**
 * Phase resistance, ohm, by NEMA17 body length, mm: 17HS4401 1.5 (40 mm), 17HS19-2004S1 1.4 (48
 * mm), the data sheets the firmware takes the rated currents from; a length between takes the
 * shorter's figure, one outside them the nearer's.
 */
const PHASE_OHMS: readonly (readonly [number, number])[] = [
  [40, 1.5],
  [48, 1.4],
]
const phaseOhms = (bodyLength: number) =>
  [...PHASE_OHMS].reverse().find(([length]) => bodyLength >= length)?.[1] ?? PHASE_OHMS[0][1]

/** The 24 V loads' figures (docs/design.md, "Electrics"). */
export const LOADS = {
  /** E3D's V6 kit: a 24 V 30 W heater cartridge. */
  hotEndWatts: 30,
  /** 24 V fans, each its current at 24 V (ours: the usual label figures): 5015 blower 0.1 A, 30 mm heatsink fan 0.06 A, 40 mm controller fan 0.1 A. */
  blowerWatts: 2.4,
  heatsinkFanWatts: 1.44,
  controllerFanWatts: 2.4,
  /** An inductive probe's no-load current, at most 15 mA (Pepperl+Fuchs NBB2-8GM class data), at 24 V. */
  probeWatts: 0.36,
  /** Ours: the board's logic and its drivers' own supply, about 5 W. */
  controllerWatts: 5,
} as const

/** What the supply must carry over its load: 25 %, the top of builder-rules.md section 5's 20-25 %. */
export const SUPPLY_MARGIN = 1.25

/** Every load on the 24 V supply. */
export function loads(inputs: ElectricalInputs): Load[] {
  const motorWatts = 2 * inputs.motorAmps ** 2 * phaseOhms(inputs.motorBodyLength)
  const list: Load[] = [
    {
      item: 'stepper motor',
      count: inputs.motors,
      wattsEach: motorWatts,
      basis: `copper losses at the run current: 2 phases x ${round(inputs.motorAmps, 3)} A^2 x ${phaseOhms(inputs.motorBodyLength)} ohm (data sheet)`,
    },
    {
      item: 'hot end heater',
      count: inputs.hotEnds,
      wattsEach: LOADS.hotEndWatts,
      basis: "E3D V6 kit's 24 V 30 W cartridge",
    },
    {
      item: 'part cooling blower',
      count: inputs.hotEnds,
      wattsEach: LOADS.blowerWatts,
      basis: '5015 blower, 0.1 A at 24 V',
    },
    {
      item: 'hot end heatsink fan',
      count: inputs.hotEnds,
      wattsEach: LOADS.heatsinkFanWatts,
      basis: '30 mm fan, 0.06 A at 24 V',
    },
    { item: 'inductive probe', count: 1, wattsEach: LOADS.probeWatts, basis: 'at most 15 mA at 24 V' },
    { item: 'controller fan', count: 1, wattsEach: LOADS.controllerFanWatts, basis: '40 mm fan, 0.1 A at 24 V' },
    {
      item: 'controller board',
      count: 1,
      wattsEach: LOADS.controllerWatts,
      basis: 'ours: logic and drivers, about 5 W',
    },
  ]
  if (inputs.bed.supply === 'dc')
    list.push({ item: 'bed heater (24 V)', count: 1, wattsEach: inputs.bed.watts, basis: 'modules/bed: bedHeating' })
  return list
}

export const totalWatts = (list: readonly Load[]): number => list.reduce((s, l) => s + l.count * l.wattsEach, 0)

/** The least catalogue supply that carries the load with its margin; none is an input error. */
export function chooseSupply(watts: number): SupplyRating {
  const need = watts * SUPPLY_MARGIN
  const found = SUPPLIES.find((s) => s.watts >= need)
  if (!found)
    throw new InputError(
      `tools: the 24 V load of ${round(watts, 1)} W needs ${round(need, 1)} W with its margin, more than the largest supply of the catalogue (${SUPPLIES.at(-1)!.watts} W)`,
    )
  return found
}

/** Mains voltages: 120 V draws the larger current, so the inlet, the fuses and the mains wire are sized for it. */
export const MAINS = { sizedFor: 120, other: 230 } as const

/**
 * Rated currents of miniature fuses, A: the R10 series IEC 60127 uses (5 x 20 mm cartridges,
 * time-lag); a fuse is at least 1.25 times its circuit's steady current (builder-rules.md section 5).
 */
export const FUSE_RATINGS = [0.5, 1, 1.25, 1.6, 2, 2.5, 3.15, 4, 5, 6.3, 8, 10, 12.5, 16] as const
export const FUSE_OVER_STEADY = 1.25

export function fuseFor(amps: number): number {
  const rating = FUSE_RATINGS.find((r) => r >= amps * FUSE_OVER_STEADY)
  if (rating === undefined) throw new Error(`no fuse in the catalogue carries ${round(amps, 2)} A`)
  return rating
}

/**
 * IEC 60320 inlets with a fuse holder and switch: C14 10 A, C20 16 A (at most 250 V, 16 A;
 * builder-rules.md section 5). The least whose rating the inlet fuse does not exceed.
 */
export const INLETS = [
  { id: 'iec-inlet-c14-fused-switched', amps: 10, coupler: 'C14' },
  { id: 'iec-inlet-c20-fused-switched', amps: 16, coupler: 'C20' },
] as const

/** Chassis-wiring ampacity, single wire in air, A by AWG (builder-rules.md section 5, [AWG]). */
export const CHASSIS_AMPACITY: readonly (readonly [number, number])[] = [
  [24, 3.5],
  [22, 7],
  [20, 11],
  [18, 16],
  [16, 22],
  [14, 32],
]
/** Ours: a wire in a cable chain or loom, with others beside it, carries half its figure in air. */
export const BUNDLED_DERATING = 0.5
/** Mains wire: at least 18 AWG (0.75 mm2), builder-rules.md section 5 [VDE]. */
export const MAINS_LEAST_AWG = 18
/** Cross-sections, mm2, by AWG (the AWG definition: 0.0050 in x 92^((36 - n) / 39), rounded). */
export const AWG_MM2: Readonly<Record<number, number>> = { 24: 0.2, 22: 0.33, 20: 0.52, 18: 0.82, 16: 1.31, 14: 2.08 }

/** Ferrule for a wire, mm2: the least of DIN 46228's sizes (0.25, 0.34, 0.5, 0.75, 1, 1.5, 2.5) that takes its section. */
const FERRULES = [0.25, 0.34, 0.5, 0.75, 1, 1.5, 2.5] as const
export const ferruleFor = (awg: number): number => FERRULES.find((f) => f >= AWG_MM2[awg]) ?? FERRULES.at(-1)!

/**
 * Mains conductors by the current they carry, A to mm2: IEC 60335-1 table 11, the least
 * cross-section of an appliance's supply cord (up to 6 A 0.75, 10 A 1, 16 A 1.5, 25 A 2.5), stricter
 * than the chassis figures in air.
 */
export const MAINS_CORD_MM2: readonly (readonly [number, number])[] = [
  [6, 0.75],
  [10, 1],
  [16, 1.5],
  [25, 2.5],
]

/**
 * The thinnest wire that carries `amps` (halved in a chain or loom); mains at least 18 AWG and at
 * least the cross-section MAINS_CORD_MM2 gives its current.
 */
export function gaugeFor(amps: number, how: { bundled: boolean; mains: boolean }): number {
  const factor = how.bundled ? BUNDLED_DERATING : 1
  const cord = MAINS_CORD_MM2.find(([a]) => a >= amps)?.[1] ?? Number.POSITIVE_INFINITY
  const fits = CHASSIS_AMPACITY.filter(
    ([awg, a]) => a * factor >= amps && (!how.mains || (awg <= MAINS_LEAST_AWG && AWG_MM2[awg] >= cord)),
  )
  if (fits.length === 0) throw new Error(`no wire in the table carries ${round(amps, 2)} A`)
  return fits[0][0]
}

/** The machine's power: loads, supply, mains currents and the inlet with its fuse. */
export interface PowerDesign {
  readonly loads: readonly Load[]
  readonly load24: number
  readonly supply: SupplyRating
  readonly amps24: number
  /** The mains draw, W: the supply at its rating over its efficiency, and a mains bed heater. */
  readonly mainsWatts: number
  readonly mainsAmps: { readonly sizedFor: number; readonly other: number }
  readonly inletFuse: number
  readonly inlet: (typeof INLETS)[number]
  /** The mains bed heater's own fuse and current at 120 V, when it runs on mains. */
  readonly bed?: { readonly amps: number; readonly fuse: number }
  /** The 24 V line to the controller: its fuse (the load's current). */
  readonly fuse24: number
}

export function powerDesign(inputs: ElectricalInputs): PowerDesign {
  const list = loads(inputs)
  const load24 = totalWatts(list)
  const supply = chooseSupply(load24)
  const bedMains = inputs.bed.supply === 'mains' ? inputs.bed.watts : 0
  const mainsWatts = supply.watts / supply.efficiency + bedMains
  const mainsAmps = { sizedFor: mainsWatts / MAINS.sizedFor, other: mainsWatts / MAINS.other }
  const inletFuse = fuseFor(mainsAmps.sizedFor)
  const inlet = INLETS.find((i) => i.amps >= inletFuse)
  if (!inlet)
    throw new InputError(
      `bed: the machine draws ${round(mainsAmps.sizedFor, 1)} A at ${MAINS.sizedFor} V, more than a ${INLETS.at(-1)!.amps} A inlet carries with its fuse`,
    )
  const bedAmps = bedMains / MAINS.sizedFor
  return {
    loads: list,
    load24,
    supply,
    amps24: load24 / 24,
    mainsWatts,
    mainsAmps,
    inletFuse,
    inlet,
    bed: bedMains > 0 ? { amps: bedAmps, fuse: fuseFor(bedAmps) } : undefined,
    fuse24: fuseFor(load24 / 24),
  }
}

export const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits
