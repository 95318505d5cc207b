import { computed, ref, shallowRef } from 'vue'
import { fetchClerkWindows, saveClerkWindows } from '@/api/admin'
import { showProblem } from '@/composables/notify'

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join()
}

/**
 * The windows a clerk may go on duty at, edited in `form.windowIds`. What the server holds is
 * kept apart: while it is unknown (loading, or the load failed) nothing is sent, so a slow or
 * failed load can never clear the clerk's windows.
 */
export function useClerkWindows(form: { windowIds: number[] }) {
  const loading = ref(false)
  /** Null while unknown. */
  const stored = shallowRef<readonly number[] | null>([])
  let generation = 0

  /** For an existing clerk; without a user id (a new user, or not a clerk yet) there are none. */
  async function load(userId?: number): Promise<void> {
    const current = ++generation
    form.windowIds = []
    stored.value = userId === undefined ? [] : null
    if (userId === undefined) return
    loading.value = true
    try {
      const ids = await fetchClerkWindows(userId)
      if (current !== generation) return
      stored.value = ids
      form.windowIds = [...ids]
    } catch (error) {
      if (current === generation) showProblem(error)
    } finally {
      if (current === generation) loading.value = false
    }
  }

  /** Sends the chosen windows when they differ from the server's. */
  async function save(userId: number): Promise<void> {
    if (stored.value === null || sameIds(stored.value, form.windowIds)) return
    stored.value = await saveClerkWindows(userId, form.windowIds)
  }

  return { loading, unavailable: computed(() => !loading.value && stored.value === null), load, save }
}
