import { computed } from 'vue'
import type { ServiceWindow, SiteNode } from '@/api/types'
import { useSites, useWindows } from '@/composables/use-directory'
import { useSessionStore } from '@/stores/session'
import { pathTo } from '@/utils/sites'

export interface WindowGroup {
  siteId: number
  siteName: string
  site?: SiteNode
  windows: ServiceWindow[]
}

/**
 * Groups windows by the site that runs them, nearest first: the worker's township before the
 * district, then any site outside the worker's own chain.
 */
export function groupWindows(windows: readonly ServiceWindow[], chain: readonly SiteNode[]): WindowGroup[] {
  const groups = new Map<number, WindowGroup>()
  for (const window of windows) {
    if (!window.enabled) continue
    const group = groups.get(window.siteId) ?? {
      siteId: window.siteId,
      siteName: window.siteName,
      site: chain.find((site) => site.id === window.siteId),
      windows: [],
    }
    group.windows.push(window)
    groups.set(window.siteId, group)
  }
  const distance = (group: WindowGroup) => {
    const index = chain.findIndex((site) => site.id === group.siteId)
    return index < 0 ? Number.MAX_SAFE_INTEGER : chain.length - index
  }
  return [...groups.values()].sort((a, b) => distance(a) - distance(b))
}

export function useWorkerHome() {
  const session = useSessionStore()
  const sites = useSites()
  const windows = useWindows()

  const chain = computed(() => (session.me ? pathTo(sites.data.value, session.me.site.id) : []))
  const point = computed(() => session.me?.site)
  const township = computed(() => chain.value.find((site) => site.tier === 'TOWNSHIP'))
  const groups = computed(() => groupWindows(windows.data.value, chain.value))
  const loading = computed(() => sites.loading.value || windows.loading.value)
  const failed = computed(() => sites.failed.value || windows.failed.value)

  function reload(): Promise<unknown> {
    return Promise.all([sites.reload(), windows.reload()])
  }

  return { point, township, groups, loading, failed, reload }
}
