import { onMounted } from 'vue'
import { useConnectionState, useSubscription } from '@/composables/use-subscription'
import { destinations } from '@/realtime'
import { useDesk } from './use-desk'

/** Follows the queue of every window the clerk is on duty at; reloads after each reconnection. */
export function useDeskFeed() {
  const desk = useDesk()
  useSubscription(() => desk.onDutyIds.map(destinations.windowQueue), desk.applyQueue)
  const connection = useConnectionState({ onConnected: () => void desk.load() })
  onMounted(() => void desk.load())
  return { connection }
}
