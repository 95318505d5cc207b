import { onMounted } from 'vue'
import { useConnectionState, useSubscription } from '@/composables/use-subscription'
import { destinations } from '@/realtime'
import { useExpert } from './use-expert'

/** Invitations and consultation changes from the expert's notifications; reloads after each reconnection. */
export function useExpertFeed() {
  const expert = useExpert()
  useSubscription(destinations.consultNotices, (notice) => void expert.onNotice(notice))
  const connection = useConnectionState({ onConnected: () => void expert.load() })
  onMounted(() => void expert.load())
  return { connection }
}
