import { ref, toValue, watch, type MaybeRefOrGetter } from 'vue'
import { openTicketCase } from '@/api/materials'
import { showProblem } from '@/composables/notify'

/** The ticket's draft case: opened (or found) by the worker, so it can be worked on at any time. */
export function useTicketCase(ticketId: MaybeRefOrGetter<number>) {
  const caseId = ref<number | null>(null)
  const failed = ref(false)

  async function open(): Promise<void> {
    failed.value = false
    try {
      caseId.value = (await openTicketCase(toValue(ticketId))).id
    } catch (error) {
      failed.value = true
      showProblem(error)
    }
  }

  watch(() => toValue(ticketId), open, { immediate: true })
  return { caseId, failed, open }
}
