import { updateSite } from '@/api/admin'
import { fetchSites } from '@/api/directory'
import { useAdminList } from '../use-admin-list'

export function useSitesAdmin() {
  return useAdminList(fetchSites, {
    update: ({ id, code, name }, enabled) => updateSite(id, { code, name, enabled }),
    messages: { enabled: 'admin.sites.enabledNow', disabled: 'admin.sites.disabledNow' },
  })
}
