import { describe, expect, it, vi } from 'vitest'
import { createWarmCamera, warmCameraConstraints } from './warm-camera'

function fakeStream() {
  const track = { stop: vi.fn() }
  return { stream: { getTracks: () => [track] } as unknown as MediaStream, track }
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
      const warm = createWarmCamera(
        { getUserMedia: async () => stream, setTimeout: (cb, ms) => setTimeout(cb, ms), clearTimeout: (h) => clearTimeout(h as never) },
        1000,
      )
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
})
