import { exponentialBackoff } from './reconnect-policy'
import { RealtimeClient } from './realtime-client'
import { sameOriginUrl, stompTransport } from './stomp-transport'

export type { ConnectionState } from './events'
export type { Destination } from './destinations'
export { destinations, sendDestinations } from './destinations'
export { RealtimeClient } from './realtime-client'

/** The app's one STOMP connection; it opens with the first subscription and closes after the last. */
export const realtime = new RealtimeClient(stompTransport(() => sameOriginUrl(globalThis.location)), {
  policy: exponentialBackoff(),
})

// The browser knows before any timer when the network is back.
globalThis.addEventListener?.('online', () => realtime.reconnectNow())
