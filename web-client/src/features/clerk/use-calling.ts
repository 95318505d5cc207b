import { computed, ref, shallowRef } from 'vue'
import { callNext } from '@/api/duty'
import { coolDownCamera, holdCallSignals, newJoinSession, prepareCall, warmUpCamera } from '@/call'
import { problemMessage, toProblem } from '@/api/problem'
import type { Ticket } from '@/api/queue-types'
import { callTicket } from '@/api/tickets'
import type { Problem } from '@/api/types'
import { i18n } from '@/locales'
import { useSessionStore } from '@/stores/session'
import { useDesk } from './use-desk'

/**
 * Calling the next ticket or a chosen one. A refusal (暂无排队, not on duty, still serving) is
 * shown beside the button rather than as a toast, in the current language.
 */
export function useCalling() {
  const desk = useDesk()
  const session = useSessionStore()
  /** `next`, a ticket id, or null when idle. */
  const calling = ref<'next' | number | null>(null)
  const problem = shallowRef<Problem | null>(null)
  const error = computed(() => (problem.value ? problemMessage(problem.value, i18n.global) : ''))

  async function call(target: 'next' | Ticket): Promise<void> {
    if (calling.value !== null) return
    calling.value = target === 'next' ? 'next' : target.id
    // The answer puts this desk in the call's room: the tablet's join and offer may come before
    // the session below listens, and wait for it.
    const releaseSignals = holdCallSignals()
    try {
      // The merged list's head is the ticket call-next should take, so call at its window.
      const windowId = desk.waiting[0]?.windowId ?? desk.onDutyIds[0]
      if (target === 'next' && windowId === undefined) return
      // The call starts with the answer: open the camera meanwhile.
      warmUpCamera()
      const joinSession = newJoinSession()
      const called = target === 'next' ? await callNext(windowId as number, joinSession) : await callTicket(target.id, joinSession)
      // The call opens with the ticket and this desk is in it: the session starts at once, before
      // the call panel shows; a desk the server could not join joins by itself.
      const callId = called.ticket.callId ?? called.callId
      const joined = called.call ? { session: joinSession, view: called.call } : undefined
      if (callId) prepareCall(callId, 'CLERK', session.me?.id ?? 0, joined)
      desk.setActive({ ...called.ticket, callId: called.ticket.callId ?? called.callId }, called.case?.id)
      problem.value = null
    } catch (failure) {
      coolDownCamera()
      problem.value = toProblem(failure)
    } finally {
      releaseSignals()
      calling.value = null
    }
  }

  return { calling, error, call }
}
