import type { ControlContract } from '../../src/parts/contracts.js'
import { CONTROLLER } from '../vitamins/electronics.js'
import { leastPowerSide, leastSideForPanels } from './dimensions.js'

export const CONTROL_CONTRACT: ControlContract = {
  leastSide: leastSideForPanels,
  leastPowerSide,
  driverSockets: CONTROLLER.drivers,
}
