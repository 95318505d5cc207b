import { onScopeDispose, readonly, ref, toValue, watch, type MaybeRefOrGetter } from 'vue'
import { realtime, type ConnectionState, type Destination, type RealtimeClient } from '@/realtime'

type Destinations<T> = Destination<T> | readonly Destination<T>[] | null | undefined

function asList<T>(value: Destinations<T>): readonly Destination<T>[] {
  if (!value) return []
  return Array.isArray(value) ? value : [value as Destination<T>]
}

/**
 * Subscribes while the calling component lives. The destinations may change (e.g. the windows a
 * clerk is on duty at): those that go are unsubscribed and new ones subscribed.
 */
export function useSubscription<T>(
  destinations: MaybeRefOrGetter<Destinations<T>>,
  handler: (payload: T) => void,
  client: RealtimeClient = realtime,
): void {
  const active = new Map<string, () => void>()

  function sync(wanted: readonly Destination<T>[]): void {
    const paths = new Set(wanted.map((destination) => destination.path))
    for (const [path, unsubscribe] of active) {
      if (paths.has(path)) continue
      unsubscribe()
      active.delete(path)
    }
    for (const destination of wanted) {
      if (!active.has(destination.path)) active.set(destination.path, client.subscribe(destination, handler))
    }
  }

  watch(
    () => asList(toValue(destinations)).map((destination) => destination.path).join('\n'),
    () => sync(asList(toValue(destinations))),
    { immediate: true },
  )
  onScopeDispose(() => sync([]))
}

/**
 * The connection's state for the template, and a hook for every (re)connection: messages sent
 * while the link was down are lost, so views reload what they show.
 */
export function useConnectionState(options: { onConnected?: () => void } = {}, client: RealtimeClient = realtime) {
  const state = ref<ConnectionState>(client.state)
  const off = client.events.on('state', (next) => {
    state.value = next
    if (next === 'connected') options.onConnected?.()
  })
  onScopeDispose(off)
  return readonly(state)
}
