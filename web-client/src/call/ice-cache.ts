import type { IceServerView } from '@/api/call-types'

/** Without TURN credentials (STUN only, the embedded default) the list is kept this long. */
export const STUN_ONLY_KEEP_MS = 10 * 60_000
/** TURN credentials are renewed this long before they expire, so a call never starts with stale ones. */
export const RENEW_BEFORE_MS = 5 * 60_000

/**
 * The seconds-since-epoch a TURN username expires at: the server mints `expiry:userId`, the scheme
 * coturn's use-auth-secret checks. Null for entries without one.
 */
function expiryOf(server: IceServerView): number | null {
  const stamp = server.username?.split(':')[0]
  if (!stamp || !/^\d+$/.test(stamp)) return null
  return Number(stamp) * 1000
}

/** Until when (epoch ms) a fetched list may be used for a new call. */
export function usableUntil(servers: IceServerView[], now: number): number {
  const expiries = servers.map(expiryOf).filter((at): at is number => at !== null)
  if (expiries.length === 0) return now + STUN_ONLY_KEEP_MS
  return Math.min(...expiries) - RENEW_BEFORE_MS
}

/**
 * ICE servers fetched once and reused by the page's next calls while their credentials last: the
 * list is the same for every call of a user, and one request less on the way to the first frame
 * is time the participants notice. A failed fetch is not kept.
 */
export function cachedIceServers(
  fetch: (callId: string) => Promise<IceServerView[]>,
  now: () => number = Date.now,
): (callId: string) => Promise<IceServerView[]> {
  let kept: { servers: IceServerView[]; until: number } | null = null
  return async (callId) => {
    if (kept && now() < kept.until) return kept.servers
    const servers = await fetch(callId)
    kept = { servers, until: usableUntil(servers, now()) }
    return servers
  }
}
