import { fetchUsers, updateUser } from '@/api/admin'
import { useAdminList } from '../use-admin-list'

export function useUsers() {
  return useAdminList(fetchUsers, {
    update: ({ id, displayName, siteId, roles }, enabled) => updateUser(id, { displayName, siteId, roles, enabled }),
    messages: { enabled: 'admin.users.enabledNow', disabled: 'admin.users.disabledNow' },
  })
}
