import { describe, expect, it, vi } from 'vitest'
import { createWarmCamera, warmCameraConstraints } from './warm-camera'

function fakeStream() {
  const track = { stop: vi.fn() }
  return { stream: { getTracks: () => [track] } as unknown as MediaStream, track }
}

/** A warm camera on real (fake) timers, so closing after a while can be watched. */
function timedCamera(stream: MediaStream, forMs: number, letGoMs?: number) {
  return createWarmCamera(
    { getUserMedia: async () => stream, setTimeout: (cb, ms) => setTimeout(cb, ms), clearTimeout: (h) => clearTimeout(h as never) },
    forMs,
    letGoMs,
  )
}

describe('warm camera', () => {
  it('hands the warmed stream to the first matching request, once', async () => {
    const { stream } = fakeStream()
    const getUserMedia = vi.fn(async () => stream)
    const warm = createWarmCamera({ getUserMedia, setTimeout: vi.fn(), clearTimeout: vi.fn() })
    warm.warm()
    warm.warm()
    expect(getUserMedia).toHaveBeenCalledTimes(1)
    expect(warm.take({ audio: true })).toBeNull()
    expect(await warm.take(warmCameraConstraints())).toBe(stream)
    expect(warm.take(warmCameraConstraints())).toBeNull()
  })

  it('closes a stream nobody took', async () => {
    vi.useFakeTimers()
    try {
      const { stream, track } = fakeStream()
      const warm = timedCamera(stream, 1000)
      warm.warm()
      await vi.advanceTimersByTimeAsync(1001)
      expect(track.stop).toHaveBeenCalled()
      expect(warm.take(warmCameraConstraints())).toBeNull()
    } finally {
      vi.useRealTimers()
    }
  })

  it('keeps a refusal for the call to report', async () => {
    const warm = createWarmCamera({
      getUserMedia: () => Promise.reject(new DOMException('no', 'NotAllowedError')),
      setTimeout: vi.fn(),
      clearTimeout: vi.fn(),
    })
    warm.warm()
    await expect(warm.take(warmCameraConstraints())).rejects.toThrow('no')
  })

  it('holds the camera open without a time limit, and closes it soon after it is let go', async () => {
    vi.useFakeTimers()
    try {
      const { stream, track } = fakeStream()
      const warm = timedCamera(stream, 1000, 200)
      warm.warm()
      warm.hold(true)
      await vi.advanceTimersByTimeAsync(5000)
      expect(await warm.preview()).toBe(stream)
      warm.cool()
      expect(warm.preview()).not.toBeNull()
      warm.hold(false)
      await vi.advanceTimersByTimeAsync(199)
      expect(track.stop).not.toHaveBeenCalled()
      await vi.advanceTimersByTimeAsync(1)
      expect(track.stop).toHaveBeenCalled()
      expect(warm.preview()).toBeNull()
    } finally {
      vi.useRealTimers()
    }
  })

  it('lets a call take a camera just let go, and opens a fresh one when held again', async () => {
    const first = fakeStream()
    const second = fakeStream()
    const getUserMedia = vi.fn().mockResolvedValueOnce(first.stream).mockResolvedValueOnce(second.stream)
    const warm = createWarmCamera({ getUserMedia, setTimeout: vi.fn(), clearTimeout: vi.fn() })
    warm.hold(true)
    warm.hold(false)
    warm.warm()
    expect(getUserMedia).toHaveBeenCalledTimes(1)
    expect(await warm.take(warmCameraConstraints())).toBe(first.stream)
    expect(first.track.stop).not.toHaveBeenCalled()
    warm.hold(true)
    expect(await warm.preview()).toBe(second.stream)
  })
})
