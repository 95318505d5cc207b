import { fetchUsers, updateUser } from '@/api/admin'
import type { AdminUser } from '@/api/types'
import { showProblem, showSuccess } from '@/composables/notify'
import { useLoad } from '@/composables/use-load'

export function useUsers() {
  const list = useLoad<AdminUser[]>(fetchUsers, [])

  /** el-switch before-change: resolves true once the server has stored the new state. */
  async function toggleEnabled(user: AdminUser): Promise<boolean> {
    const enabled = !user.enabled
    try {
      await updateUser(user.id, { displayName: user.displayName, siteId: user.siteId, roles: user.roles, enabled })
      showSuccess(enabled ? 'admin.users.enabledNow' : 'admin.users.disabledNow')
      return true
    } catch (error) {
      showProblem(error)
      return false
    }
  }

  return { ...list, toggleEnabled }
}
