import { describe, expect, it } from 'vitest'
import { RateMeter } from './upload-rate'

describe('RateMeter', () => {
  it('knows nothing from one report', () => {
    const meter = new RateMeter()
    meter.record(0, 0)
    expect([meter.speed(), meter.secondsLeft(100)]).toEqual([null, null])
  })

  it('gives bytes per second and whole seconds left', () => {
    const meter = new RateMeter()
    meter.record(0, 0)
    meter.record(2000, 1_000_000)
    expect(meter.speed()).toBe(500_000)
    expect(meter.secondsLeft(1_200_000)).toBe(3)
  })

  it('follows the last five seconds only', () => {
    const meter = new RateMeter()
    meter.record(0, 0)
    meter.record(1000, 10_000_000)
    meter.record(7000, 10_100_000)
    meter.record(8000, 10_200_000)
    expect(meter.speed()).toBe(100_000)
  })
})
