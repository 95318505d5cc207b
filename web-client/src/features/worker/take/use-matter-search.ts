import { onScopeDispose, ref, shallowRef, watch } from 'vue'
import { searchMatters } from '@/api/matters'
import type { MatterSummary } from '@/api/queue-types'
import { showProblem } from '@/composables/notify'

/** Typing pauses this long before the server is asked. */
export const SEARCH_DEBOUNCE_MS = 300

/** Debounced search; an answer that arrives after a newer question is dropped. */
export function useMatterSearch(search: (q: string) => Promise<MatterSummary[]> = searchMatters) {
  const query = ref('')
  const results = shallowRef<MatterSummary[]>([])
  const searching = ref(false)
  /** The last finished search found nothing, so the template says so. */
  const nothingFound = ref(false)
  let asked = 0
  let timer: ReturnType<typeof setTimeout> | undefined

  async function run(q: string, ask: number): Promise<void> {
    try {
      const found = await search(q)
      if (ask !== asked) return
      results.value = found
      nothingFound.value = !found.length
    } catch (error) {
      if (ask === asked) showProblem(error)
    } finally {
      if (ask === asked) searching.value = false
    }
  }

  watch(query, (value) => {
    clearTimeout(timer)
    const q = value.trim()
    const ask = ++asked
    nothingFound.value = false
    searching.value = q !== ''
    if (!q) results.value = []
    else timer = setTimeout(() => void run(q, ask), SEARCH_DEBOUNCE_MS)
  })
  onScopeDispose(() => clearTimeout(timer))

  return { query, results, searching, nothingFound }
}
