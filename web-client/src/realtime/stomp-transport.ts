import { Client } from '@stomp/stompjs'
import type { Transport } from './transport'

export interface StompTransportOptions {
  /** Heart-beats both ways; the server sends them every 10 s too. */
  heartbeatMs?: number
  /** An attempt that has not connected by then is closed and counts as failed. */
  connectTimeoutMs?: number
}

/** Each call opens one STOMP-over-WebSocket session with stompjs' own reconnection turned off. */
export function stompTransport(url: () => string, options: StompTransportOptions = {}): Transport {
  const { heartbeatMs = 10_000, connectTimeoutMs = 10_000 } = options
  return (handlers) => {
    const client = new Client({
      brokerURL: url(),
      reconnectDelay: 0,
      heartbeatIncoming: heartbeatMs,
      heartbeatOutgoing: heartbeatMs,
      connectionTimeout: connectTimeoutMs,
      // A dead link (lost heart-beats) is dropped at once rather than waiting for a close handshake.
      discardWebsocketOnCommFailure: true,
    })
    let finished = false
    const finish = (reason: 'socket-closed' | 'broker-error', detail?: string) => {
      if (finished) return
      finished = true
      void client.deactivate()
      handlers.onClosed(reason, detail)
    }
    client.onConnect = () => handlers.onConnected()
    client.onStompError = (frame) => finish('broker-error', frame.headers.message)
    client.onWebSocketClose = () => finish('socket-closed')
    client.activate()
    return {
      subscribe(destination, onMessage) {
        const subscription = client.subscribe(destination, (message) => onMessage(message.body))
        return () => {
          if (client.connected) subscription.unsubscribe()
        }
      },
      publish(destination, body) {
        client.publish({ destination, body, headers: { 'content-type': 'application/json' } })
      },
      close() {
        finished = true
        void client.deactivate()
      },
    }
  }
}

/** `/ws` on the page's own origin, so the session cookie authenticates the handshake. */
export function sameOriginUrl(location: Pick<Location, 'protocol' | 'host'>, path = '/ws'): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${path}`
}
