import type { RealtimeError } from './errors'

/**
 * `idle`: nothing subscribed, no socket. `connecting`: the first attempt. `connected`: subscribed.
 * `reconnecting`: the link dropped, an attempt is scheduled or running. `gave-up`: the policy
 * stopped retrying (the default one never does); `reconnectNow()` starts over.
 */
export type ConnectionState = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'gave-up'

export interface RealtimeEvents {
  state: ConnectionState
  error: RealtimeError
}

type Listener<T> = (payload: T) => void

/** A minimal typed event emitter: `on` returns the function that removes the listener. */
export class Emitter<Events> {
  private readonly listeners = new Map<keyof Events, Set<Listener<never>>>()

  on<K extends keyof Events>(event: K, listener: Listener<Events[K]>): () => void {
    const set = this.listeners.get(event) ?? new Set()
    set.add(listener as Listener<never>)
    this.listeners.set(event, set)
    return () => set.delete(listener as Listener<never>)
  }

  emit<K extends keyof Events>(event: K, payload: Events[K]): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) (listener as Listener<Events[K]>)(payload)
  }
}
