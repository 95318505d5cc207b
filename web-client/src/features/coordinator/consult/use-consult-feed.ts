import { onMounted } from 'vue'
import { useConnectionState, useSubscription } from '@/composables/use-subscription'
import { destinations } from '@/realtime'
import { useSessionStore } from '@/stores/session'
import { useConsultations } from './use-consultations'

/** Follows the consultation requests of the coordinator's site; reloads on opening and after each reconnection. */
export function useConsultFeed() {
  const store = useConsultations()
  const session = useSessionStore()
  useSubscription(() => (session.me ? destinations.consultations(session.me.site.id) : null), store.apply)
  useConnectionState({ onConnected: () => void store.load() })
  onMounted(() => void store.load())
}
