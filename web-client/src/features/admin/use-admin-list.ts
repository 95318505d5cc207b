import { showProblem, showSuccess } from '@/composables/notify'
import { useLoad } from '@/composables/use-load'

export interface AdminListOptions<T> {
  /** Stores the item with `enabled` switched. */
  update: (item: T, enabled: boolean) => Promise<unknown>
  /** i18n keys of the success toasts. */
  messages: { enabled: string; disabled: string }
}

/** Loads an admin list whose rows can be switched on and off. */
export function useAdminList<T extends { enabled: boolean }>(fetcher: () => Promise<T[]>, options: AdminListOptions<T>) {
  const list = useLoad<T[]>(fetcher, [])

  /** el-switch before-change: resolves true once the server has stored the new state. */
  async function toggleEnabled(item: T): Promise<boolean> {
    const enabled = !item.enabled
    try {
      await options.update(item, enabled)
      showSuccess(enabled ? options.messages.enabled : options.messages.disabled)
      return true
    } catch (error) {
      showProblem(error)
      return false
    }
  }

  return { ...list, toggleEnabled }
}
