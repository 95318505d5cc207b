import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { fetchConsultations } from '@/api/consult'
import type { Consultation, ConsultMessage } from '@/api/consult-types'
import { showProblem } from '@/composables/notify'
import { upsertLive } from '@/features/consult/consult-list'

/** The coordinator's live consultation requests of their subtree, kept live from the topic. */
export const useConsultations = defineStore('coordinator-consultations', () => {
  const list = shallowRef<Consultation[]>([])
  const loading = ref(false)
  const failed = ref(false)
  /** Messages since the latest load started: replayed on its answer, which may predate them. */
  let sinceLoad: Consultation[] | undefined
  let generation = 0

  async function load(): Promise<void> {
    const mine = ++generation
    const messages: Consultation[] = []
    sinceLoad = messages
    loading.value = true
    failed.value = false
    try {
      const fresh = await fetchConsultations()
      if (mine !== generation) return
      list.value = messages.reduce(upsertLive, fresh.reduce(upsertLive, [] as Consultation[]))
    } catch (error) {
      if (mine !== generation) return
      failed.value = true
      showProblem(error)
    } finally {
      if (mine === generation) {
        loading.value = false
        sinceLoad = undefined
      }
    }
  }

  /** A consultation from the topic or from an assign / join answer. */
  function put(consultation: Consultation): void {
    sinceLoad?.push(consultation)
    list.value = upsertLive(list.value, consultation)
  }

  function apply(message: ConsultMessage): void {
    if (message.type === 'consultation') put(message.consultation)
  }

  return { list, loading, failed, load, put, apply }
})
