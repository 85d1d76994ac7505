import { describe, expect, it } from 'vitest'
import { layoutOf, REGISTERED } from '../assembly/index.js'
import { buildMachine } from '../assembly/machine.js'
import { contractsOf } from '../assembly/module-set.js'
import { applyToPoint } from '../kernel/matrix.js'
import { InputError } from '../spec/errors.js'
import { applyOverrides } from '../spec/overrides.js'
import { parseSpec } from '../spec/parse.js'
import { readPreset } from '../spec/presets.js'
import type { SpecInput } from '../spec/schema.js'
import { type AngleFrameLayout, axisList, type FrameLayout, frameMembers, type Layout } from './index.js'
import { Y_ROD_HEIGHT_OVER_TOP } from './rules.js'

const INCH = 25.4
const angleFrame = (frame: FrameLayout): AngleFrameLayout => {
  if (frame.style !== 'angle') throw new Error('expected an angle frame')
  return frame
}
const preset = (name: string, sets: string[] = []) => layoutOf(parseSpec(applyOverrides(readPreset(name), sets)))
const axis = (layout: Layout, name: string) => {
  const found = axisList(layout.axes).find((a) => a.name === name)
  if (!found) throw new Error(`no axis ${name}`)
  return found
}

function layoutError(raw: unknown): string {
  try {
    layoutOf(parseSpec(raw))
  } catch (error) {
    if (error instanceof InputError) return error.message
    throw error
  }
  throw new Error('expected an error')
}

describe('layout against OSE reference numbers', () => {
  const d3d12 = preset('d3d-12in')

  it('cuts 12 angle bars of 8.5 in for a 12 in frame of 1-1/2 x 1/8 in angle', () => {
    expect(frameMembers(d3d12.frame).bars.map((b) => [b.along, b.count])).toEqual([
      ['x', 4],
      ['y', 4],
      ['z', 4],
    ])
    for (const bar of frameMembers(d3d12.frame).bars) expect(bar.length).toBeCloseTo(8.5 * INCH, 9)
    const corner = angleFrame(d3d12.frame).corner
    expect(corner.bracketLength).toBeCloseTo(1.75 * INCH, 9)
    expect(corner.wall).toBeCloseTo(0.375 * INCH, 9)
    expect(corner.reach).toBeCloseTo(3.25 * INCH, 9)
  })

  it('sizes rods by the OSE cut-list rules: X = frame + 4 in, Y = frame + 3 in on angle, Z = frame - 1 in', () => {
    expect(axis(d3d12, 'x').rodLength).toBeCloseTo(16 * INCH, 9)
    expect(axis(d3d12, 'y-left').rodLength).toBeCloseTo(15 * INCH, 9)
    expect(axis(d3d12, 'y-right').rodLength).toBeCloseTo(15 * INCH, 9)
    expect(axis(d3d12, 'z-front').rodLength).toBeCloseTo(11 * INCH, 9)
    expect(axis(preset('d3d-16in'), 'y-left').rodLength).toBeCloseTo(16 * INCH, 9)
  })

  it("makes every belt twice the axis length and the axis's own path term (its test follows the path)", () => {
    const { beltOverTwiceLength } = contractsOf(REGISTERED).axis
    for (const a of axisList(d3d12.axes)) expect(a.beltLength).toBeCloseTo(2 * a.length + beltOverTwiceLength, 9)
  })

  it('keeps each axis consistent: end pieces + carriage + travel = axis length; rods end inside the pieces', () => {
    for (const a of axisList(d3d12.axes)) {
      expect(59.5 + 55 + 70 + a.travel).toBeCloseTo(a.length, 9)
      expect(a.rodStart + a.rodLength).toBeCloseTo(a.length - 5.5, 9)
      expect(a.carriageAt).toBeCloseTo(59.5 + a.travel / 2, 9)
    }
  })

  it('gives the 16 in plate frame six 1/8 in panes with 12 in windows on the full-size ones', () => {
    const frame = preset('d3d-16in').frame
    expect(frameMembers(frame).panes).toHaveLength(6)
    const top = frameMembers(frame).panes.find((p) => p.name === 'top')!
    expect([top.width, top.height]).toEqual([16 * INCH, 16 * INCH])
    expect(top.window.width).toBeCloseTo(12 * INCH, 9)
    expect(frame.inner.x).toBeCloseTo(16 * INCH - 2 * 3.175, 9)
  })

  it('reaches the bed size in X and Y and the Z travel in Z', () => {
    expect(d3d12.bed).toMatchObject({ x: 8 * INCH, y: 8 * INCH })
    for (const c of d3d12.bed.center) expect(c).toBeCloseTo(6 * INCH, 9)
    expect(d3d12.buildVolume.reached.x).toBeCloseTo(8 * INCH, 9)
    expect(d3d12.buildVolume.reached.z).toBeCloseTo(axis(d3d12, 'z-front').travel, 9)
  })
})

describe('placement', () => {
  const layout = preset('d3d-12in')
  const S = 12 * INCH
  const at = (name: string, u: number, v: number, w: number) => applyToPoint(axis(layout, name).placement, [u, v, w])

  it('puts the X axis on top, spanning the Y axes, whose carriages it bolts to', () => {
    const x = axis(layout, 'x')
    const [x0, , z0] = at('x', 0, 0, 24)
    const [x1] = at('x', x.length, 0, 24)
    expect(z0).toBeGreaterThan(S) // underside of the X pieces above the frame's top
    expect(x0).toBeCloseTo(-layout.yAxisStandoff, 9)
    expect(x1).toBeCloseTo(S + layout.yAxisStandoff, 9)
    // The left Y axis's inner face (w = 24) is where the X axis's motor end face is.
    expect(at('y-left', 0, 0, 24)[0]).toBeCloseTo(x0, 9)
    expect(at('y-right', 0, 0, 24)[0]).toBeCloseTo(x1, 9)
  })

  it('puts Y axes left and right at the top, Z axes front and rear with the motor end up', () => {
    expect(at('y-left', 0, 0, 0)[0]).toBeLessThan(0)
    expect(at('y-right', 0, 0, 0)[0]).toBeGreaterThan(S)
    expect(at('y-left', 0, 0, 12)[2]).toBeCloseTo(S + Y_ROD_HEIGHT_OVER_TOP, 9)
    const zFront = axis(layout, 'z-front')
    expect(at('z-front', 0, 0, 24)[1]).toBeCloseTo(-layout.zAxisStandoff, 9)
    expect(at('z-rear', 0, 0, 24)[1]).toBeCloseTo(S + layout.zAxisStandoff, 9)
    expect(at('z-front', zFront.length, 0, 12)[2]).toBeCloseTo(0, 9)
    expect(at('z-front', 0, 0, 12)[2]).toBeGreaterThan(at('z-front', zFront.length, 0, 12)[2])
  })

  it('places 4 Z axes at quarter points for a 4-Z machine, and every frame is right-handed', () => {
    const four = preset('d3d-1m')
    expect(axisList(four.axes).map((a) => a.name)).toEqual([
      'x',
      'y-left',
      'y-right',
      'z-front-left',
      'z-front-right',
      'z-rear-left',
      'z-rear-right',
    ])
    for (const a of axisList(four.axes)) {
      const m = a.placement
      const det =
        m[0] * (m[5] * m[10] - m[6] * m[9]) - m[4] * (m[1] * m[10] - m[2] * m[9]) + m[8] * (m[1] * m[6] - m[2] * m[5])
      expect(det).toBeCloseTo(1, 9)
    }
  })
})

describe('the gantry, the tool heads and the bed', () => {
  const layout = preset('d3d-12in')
  const S = 12 * INCH

  it('hangs the nozzle below the X carriage and brings the bed up to it at the top of the Z travel', () => {
    const x = axis(layout, 'x')
    const loadFace = applyToPoint(x.placement, [0, 0, 24])[2]
    expect(loadFace - layout.nozzleZ).toBeCloseTo(12 + 62.3, 9)
    expect(layout.nozzleZ).toBeGreaterThan(S + 15)
    expect(layout.bed.topAsDrawn).toBeCloseTo(layout.nozzleZ - axis(layout, 'z-front').travel / 2, 9)
  })

  it('cuts the bed rods to the frame top opening less the bed clearance at each end', () => {
    expect(layout.bed.rodLength).toBeCloseTo(layout.frame.inner.y - 10, 9)
    const plate = preset('d3d-16in')
    expect(plate.frame.opening.y).toBeCloseTo(16 * INCH - 4 * INCH, 9)
    expect(plate.bed.rodLength).toBeCloseTo(12 * INCH - 10, 9)
  })

  it('puts a second X carriage 72 mm on (its 70 mm and 2 between): each travels 72 less, the nozzles share 144 less', () => {
    const two = preset('d3d-18in', ['tools=2'])
    const one = preset('d3d-18in')
    const [x1, x2] = [axis(one, 'x'), axis(two, 'x')]
    expect(x2.secondCarriageAt! - x2.carriageAt).toBe(72)
    expect(x1.travel - x2.travel).toBeCloseTo(72, 9)
    // The 12 in bed is wider than what both nozzles reach: all of their shared range counts.
    expect(two.buildVolume.reached.x).toBeCloseTo(x1.travel - 144, 9)
    expect(two.buildVolume.reached.y).toBeCloseTo(one.buildVolume.reached.y, 9)
    // Where on the bed: from its front-left corner, as long as the reached build volume.
    for (const l of [one, two]) {
      for (const d of ['x', 'y'] as const) {
        const [low, high] = l.bed.printable[d]
        expect(low).toBeGreaterThanOrEqual(0)
        expect(high).toBeLessThanOrEqual(l.bed[d] + 1e-9)
        expect(high - low).toBeCloseTo(l.buildVolume.reached[d], 9)
      }
    }
    expect(one.bed.printable.x[0]).toBe(0)
    expect(one.bed.printable.x[1]).toBeCloseTo(12 * INCH, 9)
    expect(two.bed.printable.x[0]).toBeGreaterThan(0)
  })

  it('keeps 4 Z axes clear of the corner connectors, and refuses a frame too narrow for them', () => {
    const four = preset('d3d-18in', ['zAxes=4'])
    const reach = angleFrame(four.frame).corner.reach
    for (const a of axisList(four.axes).filter((z) => z.direction === 'z')) {
      const px = a.placement[12]
      expect(Math.min(px, 18 * INCH - px) - 46).toBeGreaterThanOrEqual(reach + 2 - 1e-9)
    }
    expect(layoutError({ frame: { size: '12in' }, zAxes: 4 })).toMatch(
      /zAxes: 4 Z axes .* do not fit a frame 304\.8 mm wide; use 2, or a frame at least 356 mm/,
    )
  })

  it('refuses a bed that would not pass the plate frame top window', () => {
    expect(
      layoutError({ frame: { size: '16in', style: 'plate', profile: { width: '2in' } }, bed: { x: 300, y: 200 } }),
    ).toMatch(/bed\.x: a 300 mm bed does not fit through the frame's top: at most 294\.8 mm/)
  })
})

describe('scaling', () => {
  it('growing the frame 100 mm in X lengthens X rods and bars by 100 and the X belt by 200, nothing else', () => {
    const small = preset('d3d-12in', ['frame.size={"x":"12in","y":"12in","z":"12in"}'])
    const large = preset('d3d-12in', ['frame.size={"x":"404.8mm","y":"12in","z":"12in"}'])
    expect(axis(large, 'x').rodLength - axis(small, 'x').rodLength).toBeCloseTo(100, 9)
    expect(axis(large, 'x').beltLength - axis(small, 'x').beltLength).toBeCloseTo(200, 9)
    const bar = (l: Layout, d: string) => frameMembers(l.frame).bars.find((b) => b.along === d)!.length
    expect(bar(large, 'x') - bar(small, 'x')).toBeCloseTo(100, 9)
    expect(bar(large, 'y')).toBe(bar(small, 'y'))
    for (const name of ['y-left', 'y-right', 'z-front', 'z-rear']) {
      expect(axis(large, name).rodLength).toBe(axis(small, name).rodLength)
      expect(axis(large, name).beltLength).toBe(axis(small, name).beltLength)
    }
  })

  it('derives the smallest whole-mm frame that reaches a wanted build volume', () => {
    const spec = parseSpec({ buildVolume: { x: 250, y: 220, z: 300 } })
    const layout = layoutOf(spec)
    const { reached } = layout.buildVolume
    expect(reached.x).toBeGreaterThanOrEqual(250)
    expect(reached.y).toBeGreaterThanOrEqual(220)
    expect(reached.z).toBeGreaterThanOrEqual(300)
    for (const d of ['x', 'y', 'z'] as const) expect(Number.isInteger(layout.frame.outer[d])).toBe(true)
    // One millimetre less along Z and the Z axis no longer reaches 300.
    const smaller = layoutOf(parseSpec({ frame: { size: { ...layout.frame.outer, z: layout.frame.outer.z - 1 } } }))
    expect(smaller.buildVolume.reached.z).toBeLessThan(300)
  })
})

describe('small build volumes', () => {
  it.each<SpecInput>([
    { buildVolume: { x: 50, y: 50, z: 50 } },
    { buildVolume: { x: 50, y: 50, z: 50 }, zAxes: 4 },
    { buildVolume: { x: 50, y: 50, z: 50 }, frame: { style: 'plate', profile: { width: 150, thickness: 20 } } },
    // The least frame for this angle is 619 mm to the nanometre: its bars are just twice as long as it is wide.
    { buildVolume: { x: 50, y: 50, z: 50 }, frame: { profile: { width: '5-3/4in', thickness: '8.7mm' } } },
  ])(
    'get the smallest frame whose members, Z axes and panels fit, not an error about a frame size nobody gave: %j',
    (raw) => {
      const spec = parseSpec(raw)
      const layout = layoutOf(spec)
      expect(() => buildMachine(spec, layout, REGISTERED)).not.toThrow()
      for (const d of ['x', 'y', 'z'] as const) expect(layout.buildVolume.reached[d]).toBeGreaterThanOrEqual(50)
      const smaller = { ...layout.frame.outer, x: layout.frame.outer.x - 1 }
      expect(layoutError({ ...raw, buildVolume: undefined, frame: { ...raw.frame, size: smaller } })).toMatch(
        /^(frame\.size\.x|zAxes): /,
      )
    },
  )
})

describe('specs that cannot be built', () => {
  it('names the frame size when an axis would have no travel', () => {
    expect(layoutError({ frame: { size: 180 } })).toMatch(
      /frame\.size: 180 mm is too small for the Z axis.*at least \d+ mm/,
    )
    expect(layoutError({ frame: { size: { x: 400, y: 400, z: 150 } } })).toMatch(/frame\.size\.z: /)
  })

  it('names rod.stockLength when a rod is longer than the stock allows', () => {
    expect(layoutError({ frame: { size: '2.5m' } })).toMatch(
      /rod\.stockLength: the X rods must be 2601\.6 mm, longer than the 2000 mm/,
    )
  })

  it('names the bed when it does not fit the frame, and when it is smaller than the build volume', () => {
    expect(layoutError({ frame: { size: '12in' }, bed: { x: '12in', y: '8in' } })).toMatch(
      /bed\.x: a 304\.8 mm bed does not fit/,
    )
    expect(layoutError({ buildVolume: { x: 200, y: 200, z: 200 }, bed: { x: 150, y: 200 } })).toMatch(
      /bed\.x: over a 150 mm bed the printer reaches 150 mm along X/,
    )
  })

  it('names tools when the motors need more driver sockets than the controller has', () => {
    // X, 2 Y, 4 Z and 2 extruders: 9 motors, each on its own socket, on an 8-socket board.
    expect(layoutError({ frame: { size: '18in' }, zAxes: 4, tools: 2 })).toBe(
      'tools: 4 Z axes and 2 tools need 9 stepper drivers (X, 2 Y, 4 Z, 2 for the tool heads), each on its own socket, and the controller has 8; use 1 tool or 2 Z axes',
    )
  })

  it('names tools when a second carriage leaves too little X travel', () => {
    expect(layoutError({ frame: { size: { x: 196, y: 310, z: 300 }, style: 'plate' }, tools: 2 })).toMatch(
      /^tools: 2 tools leave the X carriages 46\.6 mm of travel \(.*\), less than 50 mm; use 1 tool or a frame at least 200 mm along X/,
    )
  })

  it('names the frame size when every nozzle reaches less than 50 mm of the bed, not a bed of negative size', () => {
    const narrow = {
      frame: { size: { x: 206, y: 400, z: 400 }, style: 'plate', profile: { width: 12, thickness: 1 } },
      tools: 2,
    }
    const message = layoutError(narrow)
    expect(message).toMatch(
      /^frame\.size\.x: 206 mm along X leaves 0 mm of the bed that every nozzle reaches, less than 50 mm; the frame must be at least \d+ mm along X$/,
    )
    const least = Number(/at least (\d+) mm/.exec(message)![1])
    const enough = layoutOf(
      parseSpec({ ...narrow, frame: { ...narrow.frame, size: { ...narrow.frame.size, x: least } } }),
    )
    expect(enough.buildVolume.reached.x).toBeGreaterThanOrEqual(50)
  })

  it('names the angle profile the corner connectors are not made for', () => {
    expect(layoutError({ frame: { size: 400, profile: { width: '3/4in', thickness: '1/8in' } } })).toMatch(
      /^frame\.profile\.width: 19\.05 mm angle is too narrow for the corner connectors' M6 washers beside the other leg; use angle at least 25 mm wide$/,
    )
    expect(layoutError({ frame: { size: 400, profile: { width: 30, thickness: 10 } } })).toMatch(
      /^frame\.profile\.thickness: 10 mm is too thick for 30 mm angle; .* at most a quarter as thick as it is wide, 7\.5 mm$/,
    )
  })

  it('names the plate border when it leaves no window', () => {
    expect(layoutError({ frame: { size: 300, style: 'plate', profile: { width: 150, thickness: 3 } } })).toMatch(
      /frame\.profile\.width: /,
    )
  })
})

describe('the power panel over a large mains bed', () => {
  it('refuses a frame too narrow along Y for the relay on its heat sink and its grommets, naming the least that fits', () => {
    const problem = layoutError({ frame: { size: { x: 1000, y: 305, z: 400 } } })
    const [, least] = /at least (\d+) mm along Y/.exec(problem) ?? []
    expect(problem).toMatch(
      /^frame\.size\.y: 305 mm along Y leaves no room on the power panel for the relay on the heat sink/,
    )
    expect(() => layoutOf(parseSpec({ frame: { size: { x: 1000, y: Number(least), z: 400 } } }))).not.toThrow()
    expect(layoutError({ frame: { size: { x: 1000, y: Number(least) - 1, z: 400 } } })).toMatch(/frame\.size\.y: /)
  })
})
