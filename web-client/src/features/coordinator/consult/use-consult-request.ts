import { computed, ref, type Ref } from 'vue'
import { assignExperts, joinAsCoordinator } from '@/api/consult'
import type { Consultation } from '@/api/consult-types'
import { useBusy } from '@/composables/use-busy'
import { useConsultations } from './use-consultations'

/**
 * One request on the board: the coordinator ticks candidates and assigns them (again after a
 * decline: experts already invited or in stay as they are), or joins the call.
 */
export function useConsultRequest(consultation: Ref<Consultation>, onJoined: (consultation: Consultation) => void) {
  const store = useConsultations()
  const selected = ref<ReadonlySet<number>>(new Set())
  const { busy, run } = useBusy()

  /** Experts invited or in: nothing to assign again. A declined one may be asked again. */
  const engaged = computed(
    () => new Set(consultation.value.experts.filter((e) => e.state !== 'DECLINED').map((e) => e.expertId)),
  )

  function isSelected(expertId: number): boolean {
    return selected.value.has(expertId)
  }

  function toggle(expertId: number, on: boolean): void {
    const next = new Set(selected.value)
    if (on) next.add(expertId)
    else next.delete(expertId)
    selected.value = next
  }

  async function assign(): Promise<void> {
    const ids = [...selected.value].filter((id) => !engaged.value.has(id))
    if (!ids.length) return
    const ok = await run(async () => store.put(await assignExperts(consultation.value.id, ids)), 'consult.assigned')
    if (ok) selected.value = new Set()
  }

  async function join(): Promise<void> {
    await run(async () => {
      const joined = await joinAsCoordinator(consultation.value.id)
      store.put(joined)
      onJoined(joined)
    })
  }

  return { selected, engaged, busy, isSelected, toggle, assign, join }
}
