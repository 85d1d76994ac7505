import { LIMITS } from '../../engineering/limits.js'

/** The firmware file the first power-on uses. */
export const PRINTER_CFG = 'firmware/klipper/printer.cfg'

/**
 * First power-on and calibration, in order, from the sections of the build's printer.cfg: a
 * machine whose config has no probe, Z tilt or mesh gets no step for them.
 */
export function calibrationActions(cfg: string | undefined, spec: { readonly material: string }): string[] {
  if (cfg === undefined)
    return ['This machine has no generated firmware: configure its controller by hand before powering it.']
  const sections = new Set([...cfg.matchAll(/^\[([^\]]+)\]/gm)].map((m) => m[1]))
  const extruders = [...sections].filter((s) => /^extruder\d*$/.test(s)).sort()
  const actions = [
    'Check the wiring against the wiring table before the plug goes in: every connector on its socket, each motor on the driver socket the table names, polarity of the 24 V supply, earth on the frame and panels.',
    `Flash Klipper to the controller and copy ${PRINTER_CFG} to the host; set serial in [mcu] to the board's /dev/serial/by-id/ entry (README, "Firmware").`,
    "Before power-on, move each carriage by hand to the middle of its travel (the bed too, where its Z motors turn by hand), so that a motor turning the wrong way has room before it meets an end. Power on and run Klipper's Config_checks.md: STEPPER_BUZZ each stepper (flip a dir_pin with ! where an axis moves the wrong way), check each heater and thermistor reads room temperature.",
    'Home: G28 X and G28 Y with a hand on the emergency stop (sensorless homing: tune driver_SGTHRS until each carriage stops on its end piece without knocking), then G28 Z on the probe.',
  ]
  if (sections.has('probe'))
    actions.push('Probe Z offset: PROBE_CALIBRATE, the paper test under the nozzle, then SAVE_CONFIG.')
  if (sections.has('z_tilt'))
    actions.push(
      'Z tilt: Z_TILT_ADJUST until the probed points agree within its retry tolerance, so that every Z axis carries the bed level.',
    )
  if (sections.has('bed_mesh')) actions.push('Bed mesh: BED_MESH_CALIBRATE, then SAVE_CONFIG.')
  for (const e of extruders)
    actions.push(
      `PID tune: PID_CALIBRATE HEATER=${e} TARGET=<the ${spec.material} maker's printing temperature>, then SAVE_CONFIG.`,
    )
  const bed = LIMITS.bedTemperature[spec.material as keyof typeof LIMITS.bedTemperature]
  if (sections.has('heater_bed') && bed !== undefined)
    actions.push(
      bedControl(cfg) === 'pid'
        ? `PID tune the bed: PID_CALIBRATE HEATER=heater_bed TARGET=${bed}, then SAVE_CONFIG.`
        : `Heat the bed: SET_HEATER_TEMPERATURE HEATER=heater_bed TARGET=${bed}, and watch it reach and hold that (its control is watermark, on and off: nothing to tune).`,
    )
  actions.push(
    `First print: a 20 mm calibration cube in ${spec.material}; measure it and check the first layer before anything longer.`,
  )
  return actions
}

/** The bed heater's `control` in printer.cfg: pid or watermark. */
const bedControl = (cfg: string): string | undefined => /^\[heater_bed\][^[]*?^control:\s*(\w+)/m.exec(cfg)?.[1]
