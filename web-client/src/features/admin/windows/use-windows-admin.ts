import { updateWindow } from '@/api/admin'
import type { ServiceWindow } from '@/api/types'
import { showProblem, showSuccess } from '@/composables/notify'
import { useWindows } from '@/composables/use-directory'

export function useWindowsAdmin() {
  const windows = useWindows()

  async function toggleEnabled(item: ServiceWindow): Promise<boolean> {
    const enabled = !item.enabled
    try {
      const { name, departmentCode, comprehensive } = item
      await updateWindow(item.id, { name, departmentCode, comprehensive, enabled })
      showSuccess(enabled ? 'admin.windows.enabledNow' : 'admin.windows.disabledNow')
      return true
    } catch (error) {
      showProblem(error)
      return false
    }
  }

  return { ...windows, toggleEnabled }
}
