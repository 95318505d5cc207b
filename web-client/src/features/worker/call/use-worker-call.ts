import { computed, reactive } from 'vue'
import type { Ticket } from '@/api/queue-types'
import { useWorkerTickets } from '../tickets/use-worker-tickets'

/** Calls that ended on this page: their ticket may still be SERVING, but there is nothing to rejoin. */
const endedCalls = reactive(new Set<string>())

/**
 * The call the tablet is in: that of its answered (SERVING) ticket, also after a page reload, or
 * of a called ticket whose answer is on its way; until the call ends or the ticket moves on.
 */
export function useWorkerCall() {
  const store = useWorkerTickets()
  const ticket = computed<(Ticket & { callId: string }) | null>(
    () =>
      (store.tickets.find(
        (item) => (item.state === 'SERVING' || (item.state === 'CALLED' && store.answering.has(item.id))) && item.callId && !endedCalls.has(item.callId),
      ) as Ticket & { callId: string }) ?? null,
  )

  function ended(callId: string): void {
    endedCalls.add(callId)
  }

  return { ticket, ended }
}
