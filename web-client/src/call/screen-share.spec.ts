import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FakeStream, FakeTrack } from '@/test/webrtc'
import { browserTimers } from './ports'
import { openScreen } from './screen-share'
import { TimeoutError } from './with-timeout'

describe('openScreen', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('asks for video only and marks the track as detailed content', async () => {
    const track = new FakeTrack('video')
    const getDisplayMedia = vi.fn(async () => new FakeStream([track]) as MediaStream)
    expect(await openScreen(getDisplayMedia, browserTimers)).toBe(track)
    expect(getDisplayMedia).toHaveBeenCalledWith({ video: true })
    expect(track.contentHint).toBe('detail')
  })

  it('gives the picker 15 s, and closes a screen chosen after that', async () => {
    let choose: (stream: MediaStream) => void = () => {}
    const opening = openScreen(() => new Promise((resolve) => (choose = resolve)), browserTimers)
    const outcome = expect(opening).rejects.toBeInstanceOf(TimeoutError)
    await vi.advanceTimersByTimeAsync(15_000)
    await outcome
    const late = new FakeTrack('video')
    choose(new FakeStream([late]))
    await vi.advanceTimersByTimeAsync(0)
    expect(late.readyState).toBe('ended')
  })
})
