import { computed, ref, shallowRef } from 'vue'
import { callNext } from '@/api/duty'
import { problemMessage, toProblem } from '@/api/problem'
import type { Ticket } from '@/api/queue-types'
import { callTicket } from '@/api/tickets'
import type { Problem } from '@/api/types'
import { i18n } from '@/locales'
import { useDesk } from './use-desk'

/**
 * Calling the next ticket or a chosen one. A refusal (暂无排队, not on duty, still serving) is
 * shown beside the button rather than as a toast, in the current language.
 */
export function useCalling() {
  const desk = useDesk()
  /** `next`, a ticket id, or null when idle. */
  const calling = ref<'next' | number | null>(null)
  const problem = shallowRef<Problem | null>(null)
  const error = computed(() => (problem.value ? problemMessage(problem.value, i18n.global) : ''))

  async function call(target: 'next' | Ticket): Promise<void> {
    if (calling.value !== null) return
    calling.value = target === 'next' ? 'next' : target.id
    try {
      // The merged list's head is the ticket call-next should take, so call at its window.
      const windowId = desk.waiting[0]?.windowId ?? desk.onDutyIds[0]
      if (target === 'next' && windowId === undefined) return
      const called = target === 'next' ? await callNext(windowId as number) : await callTicket(target.id)
      desk.setActive(called.ticket)
      problem.value = null
    } catch (failure) {
      problem.value = toProblem(failure)
    } finally {
      calling.value = null
    }
  }

  return { calling, error, call }
}
