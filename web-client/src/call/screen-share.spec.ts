import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeCallContext, fakePlatform, FakeStream, FakeTrack } from '@/test/webrtc'
import { browserTimers } from './ports'
import { openScreen, ScreenShare } from './screen-share'
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

describe('ScreenShare', () => {
  const camera = new FakeTrack('video')

  function share(getDisplayMedia: (constraints: DisplayMediaStreamOptions) => Promise<MediaStream>) {
    const context = fakeCallContext()
    const links = { replaceVideo: vi.fn(async () => []) }
    const { platform } = fakePlatform({ getDisplayMedia })
    const screen = new ScreenShare(context.call, { platform, links, camera: () => camera as unknown as MediaStreamTrack })
    return { screen, links, context }
  }

  it('sends the screen on every link, and the camera again when the browser’s bar stops it', async () => {
    const track = new FakeTrack('video')
    const { screen, links } = share(async () => new FakeStream([track]))
    await screen.start()
    expect(screen.track).toBe(track)
    expect(screen.preview?.getVideoTracks()).toEqual([track])
    track.end()
    expect(screen.track).toBeNull()
    expect(links.replaceVideo.mock.calls).toEqual([[track], [camera]])
  })

  it('lets go of a screen picked after the call ended, and takes a cancelled picker as a choice', async () => {
    const track = new FakeTrack('video')
    const late = share(async () => {
      late.context.told.ended = true
      return new FakeStream([track])
    })
    await late.screen.start()
    expect(track.readyState).toBe('ended')
    expect(late.screen.track).toBeNull()
    const cancelled = share(async () => Promise.reject(new DOMException('no', 'NotAllowedError')))
    await cancelled.screen.start()
    expect(cancelled.context.told.problems).toEqual([])
  })
})
