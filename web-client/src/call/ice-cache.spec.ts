import { describe, expect, it, vi } from 'vitest'
import { cachedIceServers, RENEW_BEFORE_MS, STUN_ONLY_KEEP_MS, usableUntil } from './ice-cache'

const stun = { urls: ['stun:127.0.0.1:3478'], username: null, credential: null }
const turn = (expirySeconds: number) => ({ urls: ['turn:127.0.0.1:3478'], username: `${expirySeconds}:7`, credential: 'x' })

describe('ICE server cache', () => {
  it('keeps a STUN-only list for ten minutes', () => {
    expect(usableUntil([stun], 1_000)).toBe(1_000 + STUN_ONLY_KEEP_MS)
  })

  it('renews TURN credentials five minutes before the earliest expires', () => {
    expect(usableUntil([stun, turn(4_000), turn(3_600)], 0)).toBe(3_600_000 - RENEW_BEFORE_MS)
  })

  it('fetches once while the list is usable, and again after', async () => {
    let now = 0
    const fetch = vi.fn(async () => [stun, turn(3_600)])
    const servers = cachedIceServers(fetch, () => now)
    await servers('a')
    now = 3_600_000 - RENEW_BEFORE_MS - 1
    await servers('b')
    expect(fetch).toHaveBeenCalledTimes(1)
    now += 1
    await servers('c')
    expect(fetch).toHaveBeenCalledTimes(2)
    expect(fetch).toHaveBeenLastCalledWith('c')
  })

  it('does not keep a failure', async () => {
    const fetch = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue([stun])
    const servers = cachedIceServers(fetch, () => 0)
    await expect(servers('a')).rejects.toThrow('offline')
    await expect(servers('a')).resolves.toEqual([stun])
  })
})
