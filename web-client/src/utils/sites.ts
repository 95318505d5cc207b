import type { ServiceWindow, SiteNode, Tier } from '@/api/types'

export interface FlatSite {
  site: SiteNode
  depth: number
}

export function flattenSites(roots: readonly SiteNode[], depth = 0): FlatSite[] {
  return roots.flatMap((site) => [{ site, depth }, ...flattenSites(site.children ?? [], depth + 1)])
}

/** The chain from a root down to the site with `id`, or empty when it is not in the tree. */
export function pathTo(roots: readonly SiteNode[], id: number): SiteNode[] {
  for (const site of roots) {
    if (site.id === id) return [site]
    const below = pathTo(site.children ?? [], id)
    if (below.length) return [site, ...below]
  }
  return []
}

const CHILD_TIER: Record<Tier, Tier | null> = {
  DISTRICT: 'TOWNSHIP',
  TOWNSHIP: 'COMMUNITY',
  COMMUNITY: null,
}

export function childTier(tier: Tier): Tier | null {
  return CHILD_TIER[tier]
}

export function countWindowsBySite(windows: readonly ServiceWindow[]): Map<number, number> {
  const counts = new Map<number, number>()
  for (const window of windows) counts.set(window.siteId, (counts.get(window.siteId) ?? 0) + 1)
  return counts
}
