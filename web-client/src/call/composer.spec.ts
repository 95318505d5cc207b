import { describe, expect, it } from 'vitest'
import { fitContain, gridOf, tileRects } from './composer'

describe('recording layout', () => {
  it('puts up to six people in as square a grid as fits', () => {
    expect([1, 2, 3, 4, 5, 6].map((count) => gridOf(count))).toEqual([
      { cols: 1, rows: 1 },
      { cols: 2, rows: 1 },
      { cols: 2, rows: 2 },
      { cols: 2, rows: 2 },
      { cols: 3, rows: 2 },
      { cols: 3, rows: 2 },
    ])
    expect(tileRects(3, 1280, 720)).toEqual([
      { x: 0, y: 0, w: 640, h: 360 },
      { x: 640, y: 0, w: 640, h: 360 },
      { x: 0, y: 360, w: 640, h: 360 },
    ])
  })

  it('fits a video into its tile without cropping', () => {
    // A portrait tablet camera in a landscape tile: bars left and right.
    expect(fitContain(720, 1280, { x: 0, y: 0, w: 640, h: 360 })).toEqual({ x: 219, y: 0, w: 203, h: 360 })
    expect(fitContain(1280, 720, { x: 640, y: 0, w: 640, h: 360 })).toEqual({ x: 640, y: 0, w: 640, h: 360 })
  })
})
