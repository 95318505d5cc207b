import { onMounted, shallowRef } from 'vue'
import { concludeConsultation, fetchConsultation, requestConsultation } from '@/api/consult'
import type { Consultation, ConsultNotice } from '@/api/consult-types'
import { useSubscription } from '@/composables/use-subscription'
import { destinations } from '@/realtime'
import { createIdMemory } from '../case-memory'

/** Call → consultation: nothing on the server lists a clerk's consultations after a reload. */
const memory = createIdMemory('cloudwindow.desk.consultations')

/**
 * The consultation of the desk's call: asked for here, then kept live from the clerk's
 * notifications (each expert's answer, notes, the end of the call) until it is concluded.
 */
export function useDeskConsultation(callId: string) {
  const consultation = shallowRef<Consultation | null>(null)

  function take(next: Consultation): void {
    if (next.callId !== callId) return
    consultation.value = next
    memory.set(callId, next.id)
  }

  function onNotice(notice: ConsultNotice): void {
    if (notice.type === 'consultation') take(notice.consultation)
  }

  useSubscription(destinations.consultNotices, onNotice)

  onMounted(async () => {
    const id = memory.get(callId)
    if (id === null) return
    try {
      take(await fetchConsultation(id))
    } catch {
      // Gone or no longer ours: the desk offers a new request.
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
