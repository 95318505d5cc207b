import type { SiteNode, Tier } from '@/api/types'
import { flattenSites } from './sites'

/** Anything that belongs to a site: a board tile, a service window. */
export interface SiteOwned {
  siteId: number
  siteName: string
}

export interface SiteGroup<W extends SiteOwned> {
  siteId: number
  siteName: string
  /** Unknown when the site is not in the tree the client has. */
  tier?: Tier
  windows: W[]
}

/**
 * Windows by site: level by level down the tree (the district, then its townships, then their
 * communities), in the tree's order within a level; sites the tree does not have last.
 */
export function groupBySite<W extends SiteOwned>(windows: readonly W[], sites: readonly SiteNode[]): SiteGroup<W>[] {
  const ranks = new Map(flattenSites(sites).map(({ site, depth }, index) => [site.id, { site, depth, index }]))
  const groups = new Map<number, SiteGroup<W>>()
  for (const window of windows) {
    const group = groups.get(window.siteId) ?? {
      siteId: window.siteId,
      siteName: window.siteName,
      tier: ranks.get(window.siteId)?.site.tier,
      windows: [],
    }
    group.windows.push(window)
    groups.set(window.siteId, group)
  }
  const rank = (group: SiteGroup<W>) => ranks.get(group.siteId) ?? { depth: Infinity, index: Infinity }
  return [...groups.values()].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)]
    return ra.depth - rb.depth || ra.index - rb.index || a.siteName.localeCompare(b.siteName, 'zh-CN')
  })
}
