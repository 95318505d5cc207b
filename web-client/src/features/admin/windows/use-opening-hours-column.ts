import { reactive, watch, type Ref } from 'vue'
import { fetchOpeningHours } from '@/api/admin'
import type { ServiceWindow } from '@/api/types'

/**
 * The opening hours of the listed windows, window id → spec. The window list does not carry them,
 * so each (re)loaded list asks per window; one that fails stays blank rather than raising a toast
 * per row.
 */
export function useOpeningHoursColumn(windows: Ref<readonly ServiceWindow[]>) {
  const hours = reactive(new Map<number, string>())

  async function load(windowId: number): Promise<void> {
    try {
      hours.set(windowId, (await fetchOpeningHours(windowId)).openingHours)
    } catch {
      hours.delete(windowId)
    }
  }

  watch(windows, (list) => void Promise.all(list.map(({ id }) => load(id))), { immediate: true })

  function put(windowId: number, openingHours: string): void {
    hours.set(windowId, openingHours)
  }

  return { hours, put }
}
