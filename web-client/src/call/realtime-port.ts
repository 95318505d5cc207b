import { destinations, type RealtimeClient } from '@/realtime'
import type { SignalingPort } from './ports'

/** The call's signalling on the app's one STOMP connection. */
export function realtimeSignaling(client: RealtimeClient): SignalingPort {
  return {
    get state() {
      return client.state
    },
    publish: (destination, body) => client.publish(destination, body),
    onSignal: (handler) => client.subscribe(destinations.callSignals, handler),
    onError: (handler) => client.subscribe(destinations.errors, handler),
    onState: (handler) => client.events.on('state', handler),
  }
}
