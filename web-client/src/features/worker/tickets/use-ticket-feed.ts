import { onMounted } from 'vue'
import { useConnectionState, useSubscription } from '@/composables/use-subscription'
import { destinations } from '@/realtime'
import { useWorkerTickets } from './use-worker-tickets'

/**
 * Keeps the tablet's tickets live: its own notifications, the numbers of the windows it waits
 * at, and a reload from the server on opening and after every reconnection.
 */
export function useTicketFeed() {
  const store = useWorkerTickets()
  useSubscription(destinations.notifications, store.onNotification)
  useSubscription(() => store.windowIds.map(destinations.windowNumbers), store.onNumbers)
  const connection = useConnectionState({ onConnected: () => void store.restore() })
  onMounted(() => void store.restore())
  return { connection }
}
