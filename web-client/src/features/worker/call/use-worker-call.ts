import { computed, reactive, watch } from 'vue'
import type { Ticket } from '@/api/queue-types'
import { useWorkerTickets } from '../tickets/use-worker-tickets'

type CallTicket = Ticket & { callId: string }

/** Calls that ended on this page: their ticket may still be SERVING, but there is nothing to rejoin. */
const endedCalls = reactive(new Set<string>())
/** Calls this page showed: kept on screen after their ticket moves on, until the call view is done. */
const shownCalls = reactive(new Set<string>())

/**
 * The call the tablet is in: that of its answered (SERVING) ticket, also after a page reload, or
 * of a called ticket whose answer is on its way; until the call ends. A ticket the clerk completes
 * ends its call at the same moment: the call view stays until it has said so and the applicant has
 * rated the service.
 */
export function useWorkerCall() {
  const store = useWorkerTickets()
  const live = computed(
    () =>
      (store.tickets.find(
        (item) => (item.state === 'SERVING' || (item.state === 'CALLED' && store.answering.has(item.id))) && item.callId && !endedCalls.has(item.callId),
      ) as CallTicket | undefined) ?? null,
  )
  watch(
    live,
    (ticket) => {
      if (ticket) shownCalls.add(ticket.callId)
    },
    { immediate: true },
  )
  const ticket = computed<CallTicket | null>(
    () =>
      live.value ??
      ((store.tickets.find((item) => item.callId && shownCalls.has(item.callId) && !endedCalls.has(item.callId)) as CallTicket | undefined) ?? null),
  )

  function ended(callId: string): void {
    endedCalls.add(callId)
  }

  return { ticket, ended }
}
