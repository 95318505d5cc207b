import { ref, watch, type Ref } from 'vue'
import { showProblem } from '@/composables/notify'
import { useWorkerTickets } from '../tickets/use-worker-tickets'

export const AUTO_ANSWER_KEY = 'cloudwindow.autoAnswer'

function stored(storage: Storage | undefined): boolean {
  try {
    return storage?.getItem(AUTO_ANSWER_KEY) === 'true'
  } catch {
    return false
  }
}

/**
 * The tablet's "answer automatically" switch (off unless chosen on this device): while on, a
 * called ticket is answered at once, so a worker busy with the applicant need not reach for it.
 * Each call of a ticket is answered once; a recall (new calledAt) counts as a new call.
 */
export function useAutoAnswer(storage: Storage | undefined = globalThis.localStorage): Ref<boolean> {
  const store = useWorkerTickets()
  const enabled = ref(stored(storage))
  const answered = new Set<string>()

  watch(enabled, (on) => {
    try {
      storage?.setItem(AUTO_ANSWER_KEY, String(on))
    } catch {
      // Private mode or a full storage: the switch still works until the page is reloaded.
    }
  })

  watch(
    [() => store.tickets.filter((ticket) => ticket.state === 'CALLED').map((ticket) => `${ticket.id}@${ticket.calledAt}`), enabled],
    ([called, on]) => {
      if (!on) return
      for (const key of called) {
        if (answered.has(key)) continue
        answered.add(key)
        store.answer(Number(key.split('@')[0])).catch(showProblem)
      }
    },
    { immediate: true },
  )

  return enabled
}
