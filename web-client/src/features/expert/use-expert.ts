import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { addNote, answerInvitation, fetchConsultation, fetchMyConsultations, fetchMyExpert, setAvailability, suggestExpert } from '@/api/consult'
import type { Availability, Consultation, ConsultNotice, Expert } from '@/api/consult-types'
import { showProblem } from '@/composables/notify'
import { upsertLive } from '@/features/consult/consult-list'
import { useSessionStore } from '@/stores/session'
import { beep } from './beep'

/**
 * The expert's page: their availability, the consultations they are invited to or in (live from
 * their notifications, with a chime for each invitation), and the one whose call is open.
 */
export const useExpert = defineStore('expert', () => {
  const selfId = computed(() => useSessionStore().me?.id ?? 0)
  const me = shallowRef<Expert | null>(null)
  const consultations = shallowRef<Consultation[]>([])
  /** The consultation whose call this page shows; kept after it is concluded, until the call ends here. */
  const open = shallowRef<Consultation | null>(null)
  const loading = ref(false)
  const failed = ref(false)

  function myState(consultation: Consultation) {
    return consultation.experts.find((e) => e.expertId === selfId.value)?.state ?? null
  }

  /** Live and still ours: a declined invitation leaves the list. */
  function put(consultation: Consultation): void {
    const state = myState(consultation)
    const keep = state === 'INVITED' || state === 'ACCEPTED'
    if (open.value?.id === consultation.id) open.value = consultation
    consultations.value = keep ? upsertLive(consultations.value, consultation) : consultations.value.filter((c) => c.id !== consultation.id)
  }

  async function load(): Promise<void> {
    loading.value = true
    failed.value = false
    try {
      const [expert, mine] = await Promise.all([fetchMyExpert(), fetchMyConsultations()])
      me.value = expert
      consultations.value = []
      mine.forEach(put)
    } catch (error) {
      failed.value = true
      showProblem(error)
    } finally {
      loading.value = false
    }
  }

  async function onNotice(notice: ConsultNotice): Promise<void> {
    if (notice.type === 'consultation') put(notice.consultation)
    if (notice.type !== 'invitation') return
    beep()
    // The invitation carries the consultation; a server from before that is asked for it.
    if (notice.consultation) {
      put(notice.consultation)
      return
    }
    try {
      put(await fetchConsultation(notice.consultationId))
    } catch (error) {
      showProblem(error)
    }
  }

  async function changeAvailability(availability: Availability): Promise<boolean> {
    try {
      me.value = await setAvailability(availability)
      return true
    } catch (error) {
      showProblem(error)
      return false
    }
  }

  /** Accepts (once) and opens the call; an accepted one just opens it again. */
  async function join(consultation: Consultation): Promise<void> {
    const accepted = myState(consultation) === 'INVITED' ? await answerInvitation(consultation.id, true) : consultation
    open.value = accepted
    put(accepted)
  }

  async function decline(consultation: Consultation, reason: string): Promise<void> {
    put(await answerInvitation(consultation.id, false, reason))
  }

  async function note(text: string): Promise<void> {
    if (open.value) put(await addNote(open.value.id, text))
  }

  async function suggest(expertId: number, reason: string): Promise<void> {
    if (open.value) put(await suggestExpert(open.value.id, expertId, reason))
  }

  /**
   * Back to the list when the call ends here. The server puts the expert back to their choice as
   * it hears of the leave; asking it now could overtake the leave and show them busy.
   */
  function leave(): void {
    open.value = null
    if (me.value) me.value = { ...me.value, availability: me.value.chosen }
  }

  return { me, consultations, open, loading, failed, myState, load, onNotice, changeAvailability, join, decline, note, suggest, leave }
})
