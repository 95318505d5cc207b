import { defineStore } from 'pinia'
import { computed, reactive, ref } from 'vue'
import type { Ticket, TicketNotification, WindowNumbers } from '@/api/queue-types'
import { answerTicket, fetchMyTickets, fetchTicket, withdrawTicket } from '@/api/tickets'
import { prepareCall } from '@/call'
import { showProblem } from '@/composables/notify'
import { useSessionStore } from '@/stores/session'
import { applyPlaces, mergeActive, upsertTicket, waitingWindowIds } from './ticket-list'

/** The worker's tickets on this tablet: the active ones from the server plus those that ended here. */
export const useWorkerTickets = defineStore('worker-tickets', () => {
  const tickets = ref<Ticket[]>([])
  /** Ticket id → the window it was transferred away from, for the notice on its card. */
  const transferredFrom = reactive<Record<number, string>>({})
  const windowIds = computed(() => waitingWindowIds(tickets.value))

  function put(ticket: Ticket): void {
    tickets.value = upsertTicket(tickets.value, ticket)
  }

  async function restore(): Promise<void> {
    try {
      const active = await fetchMyTickets()
      // Merged with the list as it is now: a ticket taken meanwhile must not be lost.
      const merged = mergeActive(tickets.value, active)
      tickets.value = merged.list
      await Promise.all(merged.ended.map(async (id) => put(await fetchTicket(id))))
    } catch (error) {
      showProblem(error)
    }
  }

  function onNotification(notification: TicketNotification): void {
    if (notification.type !== 'ticket') return
    const { ticket, change } = notification
    const before = tickets.value.find((item) => item.id === ticket.id)
    if (change === 'TRANSFERRED' && before && before.windowId !== ticket.windowId) {
      transferredFrom[ticket.id] = before.windowName
    }
    put(ticket)
  }

  function onNumbers(numbers: WindowNumbers): void {
    tickets.value = applyPlaces(tickets.value, numbers)
  }

  async function withdraw(id: number): Promise<void> {
    put(await withdrawTicket(id))
  }

  /**
   * Called tickets being answered now: their call starts at once, beside the answer request (the
   * call view takes the session started here), so the tablet is in the call as soon as the answer
   * lands (set-up time is what residents feel).
   */
  const answering = reactive(new Set<number>())

  async function answer(id: number): Promise<void> {
    const answered = answerTicket(id)
    // The join goes out now, over STOMP, before the call view renders and takes the main thread.
    const callId = tickets.value.find((ticket) => ticket.id === id)?.callId
    if (callId) prepareCall(callId, 'WORKER', useSessionStore().me?.id ?? 0)
    answering.add(id)
    try {
      put(await answered)
    } finally {
      answering.delete(id)
    }
  }

  function dismiss(id: number): void {
    tickets.value = tickets.value.filter((ticket) => ticket.id !== id)
    delete transferredFrom[id]
  }

  return { tickets, transferredFrom, windowIds, answering, put, restore, onNotification, onNumbers, withdraw, answer, dismiss }
})
