import { updateSite } from '@/api/admin'
import type { SiteNode } from '@/api/types'
import { showProblem, showSuccess } from '@/composables/notify'
import { useSites } from '@/composables/use-directory'

export function useSitesAdmin() {
  const sites = useSites()

  async function toggleEnabled(site: SiteNode): Promise<boolean> {
    const enabled = !site.enabled
    try {
      await updateSite(site.id, { code: site.code, name: site.name, enabled })
      showSuccess(enabled ? 'admin.sites.enabledNow' : 'admin.sites.disabledNow')
      return true
    } catch (error) {
      showProblem(error)
      return false
    }
  }

  return { ...sites, toggleEnabled }
}
