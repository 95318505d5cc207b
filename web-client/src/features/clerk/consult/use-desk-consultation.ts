import { onMounted, shallowRef } from 'vue'
import { concludeConsultation, fetchCallConsultation, requestConsultation } from '@/api/consult'
import type { Consultation, ConsultNotice } from '@/api/consult-types'
import { useSubscription } from '@/composables/use-subscription'
import { destinations } from '@/realtime'

/**
 * The consultation of the desk's call: found on the server when the desk opens (a reload, or the
 * desk opened again in a new tab), asked for here, then kept live from the clerk's notifications
 * (each expert's answer, notes, the end of the call) until it is concluded.
 */
export function useDeskConsultation(callId: string) {
  const consultation = shallowRef<Consultation | null>(null)

  function take(next: Consultation): void {
    if (next.callId !== callId) return
    consultation.value = next
  }

  function onNotice(notice: ConsultNotice): void {
    if (notice.type === 'consultation') take(notice.consultation)
  }

  useSubscription(destinations.consultNotices, onNotice)

  onMounted(async () => {
    try {
      const found = await fetchCallConsultation(callId)
      // A notice or a request answered meanwhile is newer than what was read.
      if (consultation.value === null) take(found)
    } catch {
      // None yet (404), or no longer ours: the desk offers a new request.
    }
  })

  async function request(topic: string, tags: string[]): Promise<void> {
    take(await requestConsultation(callId, topic, tags))
  }

  async function conclude(conclusion: string): Promise<void> {
    const current = consultation.value
    if (current) take(await concludeConsultation(current.id, conclusion))
  }

  return { consultation, request, conclude }
}
