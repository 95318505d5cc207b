import { describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { destinations, type Destination, type RealtimeClient } from '@/realtime'
import { useSubscription } from './use-subscription'

/** Records live subscriptions the way the composable sees the client. */
function fakeClient() {
  const live = new Map<string, (payload: unknown) => void>()
  const client = {
    subscribe: vi.fn((destination: Destination<unknown>, handler: (payload: unknown) => void) => {
      live.set(destination.path, handler)
      return () => live.delete(destination.path)
    }),
  }
  return { client: client as unknown as RealtimeClient, live, subscribe: client.subscribe }
}

describe('useSubscription', () => {
  it('follows a changing list of destinations and unsubscribes all when the scope ends', async () => {
    const { client, live, subscribe } = fakeClient()
    const windows = ref([1, 2])
    const scope = effectScope()
    scope.run(() => useSubscription(() => windows.value.map(destinations.windowQueue), vi.fn(), client))
    expect([...live.keys()]).toEqual(['/topic/windows/1', '/topic/windows/2'])

    windows.value = [2, 3]
    await nextTick()
    expect([...live.keys()]).toEqual(['/topic/windows/2', '/topic/windows/3'])
    expect(subscribe).toHaveBeenCalledTimes(3)

    windows.value = [3, 2]
    await nextTick()
    expect(subscribe).toHaveBeenCalledTimes(3)

    scope.stop()
    expect(live.size).toBe(0)
  })

  it('hands messages to the handler', () => {
    const { client, live } = fakeClient()
    const handler = vi.fn()
    effectScope().run(() => useSubscription(destinations.notifications, handler, client))
    live.get('/user/queue/notifications')?.({ change: 'CALLED' })
    expect(handler).toHaveBeenCalledWith({ change: 'CALLED' })
  })
})
