import { destinations, type RealtimeClient } from '@/realtime'
import type { SignalingPort } from './ports'
import type { CallSignalHub } from './signal-hub'

/** The call's signalling on the app's one STOMP connection; its signals come through the page's hub. */
export function realtimeSignaling(client: RealtimeClient, hub: CallSignalHub, callId: string): SignalingPort {
  return {
    get state() {
      return client.state
    },
    publish: (destination, body) => client.publish(destination, body),
    onSignal: (handler) => hub.listen(callId, handler),
    onError: (handler) => client.subscribe(destinations.errors, handler),
    onState: (handler) => client.events.on('state', handler),
  }
}
