import { computed } from 'vue'
import type { SiteNode, Tier } from '@/api/types'
import { useSites, useWindows } from '@/composables/use-directory'
import { countWindowsBySite, flattenSites } from '@/utils/sites'

export interface SiteRow {
  id: number
  label: string
  site: SiteNode
  /** Windows at this site itself. */
  windows: number
  /** Windows at this site and every site below it. */
  subtreeWindows: number
  children: SiteRow[]
}

export function toSiteRows(roots: readonly SiteNode[], counts: ReadonlyMap<number, number>): SiteRow[] {
  return roots.map((site) => {
    const children = toSiteRows(site.children ?? [], counts)
    const windows = counts.get(site.id) ?? 0
    const subtreeWindows = windows + children.reduce((sum, child) => sum + child.subtreeWindows, 0)
    return { id: site.id, label: site.name, site, windows, subtreeWindows, children }
  })
}

export function useSiteOverview() {
  const sites = useSites()
  const windows = useWindows()

  const rows = computed(() => toSiteRows(sites.data.value, countWindowsBySite(windows.data.value)))
  const tierCounts = computed(() => {
    const counts: Record<Tier, number> = { DISTRICT: 0, TOWNSHIP: 0, COMMUNITY: 0 }
    for (const { site } of flattenSites(sites.data.value)) counts[site.tier]++
    return counts
  })
  const windowCount = computed(() => windows.data.value.length)
  const loading = computed(() => sites.loading.value || windows.loading.value)
  const failed = computed(() => sites.failed.value || windows.failed.value)

  function reload(): Promise<unknown> {
    return Promise.all([sites.reload(), windows.reload()])
  }

  return { rows, tierCounts, windowCount, loading, failed, reload }
}
