import { updateWindow } from '@/api/admin'
import { fetchWindows } from '@/api/directory'
import { useAdminList } from '../use-admin-list'

export function useWindowsAdmin() {
  return useAdminList(fetchWindows, {
    update: ({ id, name, departmentCode, comprehensive }, enabled) =>
      updateWindow(id, { name, departmentCode, comprehensive, enabled }),
    messages: { enabled: 'admin.windows.enabledNow', disabled: 'admin.windows.disabledNow' },
  })
}
