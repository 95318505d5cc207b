import { onMounted } from 'vue'
import { useConnectionState, useSubscription } from '@/composables/use-subscription'
import { destinations } from '@/realtime'
import { useSessionStore } from '@/stores/session'
import { useBoard } from './use-board'

/** Follows the board topic of the coordinator's own site; reloads on opening and after each reconnection. */
export function useBoardFeed() {
  const board = useBoard()
  const session = useSessionStore()
  useSubscription(() => (session.me ? destinations.board(session.me.site.id) : null), board.apply)
  const connection = useConnectionState({ onConnected: () => void board.load() })
  onMounted(() => void board.load())
  return { connection }
}
