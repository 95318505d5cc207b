import { ref, shallowRef, watch } from 'vue'
import type { CaseState, CaseSummary } from '@/api/case-types'
import { fetchCases } from '@/api/cases'
import { showProblem } from '@/composables/notify'

/** A filter of the list: every case, or those in one state. */
export type CaseFilter = CaseState | 'ALL'

/** The cases the server lets this user see (their point, windows or subtree), by state. */
export function useCaseList(initial: CaseFilter = 'ALL') {
  const filter = ref<CaseFilter>(initial)
  const cases = shallowRef<CaseSummary[]>([])
  const loading = ref(false)
  const failed = ref(false)
  let asked = 0

  async function load(): Promise<void> {
    const ask = ++asked
    loading.value = true
    failed.value = false
    try {
      const found = await fetchCases(filter.value === 'ALL' ? undefined : filter.value)
      if (ask === asked) cases.value = found
    } catch (error) {
      if (ask !== asked) return
      failed.value = true
      showProblem(error)
    } finally {
      if (ask === asked) loading.value = false
    }
  }

  watch(filter, load, { immediate: true })
  return { filter, cases, loading, failed, load }
}
