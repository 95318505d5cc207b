import { ref, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue'
import type { CaseMessage, Checklist } from '@/api/material-types'
import { fetchChecklist } from '@/api/materials'
import { showProblem } from '@/composables/notify'
import { useConnectionState, useSubscription } from '@/composables/use-subscription'
import { destinations } from '@/realtime'

/**
 * A case's checklist, kept live: every `/topic/cases/{id}` material message carries the whole new
 * checklist, which replaces ours; after a reconnect (messages may have been missed) it is fetched.
 */
export function useChecklist(caseId: MaybeRefOrGetter<number | null>) {
  const checklist = shallowRef<Checklist | null>(null)
  const loading = ref(false)
  const failed = ref(false)

  async function reload(): Promise<void> {
    const id = toValue(caseId)
    if (id === null) return
    loading.value = true
    failed.value = false
    try {
      apply(await fetchChecklist(id))
    } catch (error) {
      failed.value = true
      showProblem(error)
    } finally {
      loading.value = false
    }
  }

  /** A checklist from an answer or a message; one of another case (a late message) is ignored. */
  function apply(next: Checklist): void {
    if (next.caseId === toValue(caseId)) checklist.value = next
  }

  useSubscription(
    () => {
      const id = toValue(caseId)
      return id === null ? null : destinations.caseUpdates(id)
    },
    (message: CaseMessage) => {
      if (message.type === 'materials' && message.checklist) apply(message.checklist)
    },
  )
  useConnectionState({ onConnected: () => void reload() })

  watch(
    () => toValue(caseId),
    () => {
      checklist.value = null
      void reload()
    },
    { immediate: true },
  )

  return { checklist, loading, failed, reload, apply }
}
