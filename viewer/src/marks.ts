/** Performance marks on the page's timeline, read by bench/viewer.ts to time it. */
export const MARKS = {
  /** The user changed the spec. */
  edit: 'd3dkit:edit',
  /** A spec went to the worker. */
  buildSent: 'd3dkit:build-sent',
  /** A machine came back from the worker. */
  sceneReceived: 'd3dkit:scene-received',
  /** A new machine is on screen. */
  drawn: 'd3dkit:drawn',
  /** The worker's warm-up after the first machine is over: its modelling code has loaded. */
  warmed: 'd3dkit:warmed',
} as const
