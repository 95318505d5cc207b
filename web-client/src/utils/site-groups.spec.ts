import { describe, expect, it } from 'vitest'
import type { SiteNode, Tier } from '@/api/types'
import { boardWindow } from '@/test/board'
import { groupBySite } from './site-groups'
import type { LiveWindow } from '@/features/coordinator/board/board-state'

function site(id: number, tier: Tier, children: SiteNode[] = []): SiteNode {
  return { id, code: `S${id}`, name: `site ${id}`, tier, parentId: null, enabled: true, children }
}

const live = (windowId: number, siteId: number): LiveWindow => ({ ...boardWindow(windowId, { siteId, siteName: `site ${siteId}` }), receivedAt: 0 })

describe('groupBySite', () => {
  // District 1 with townships 2 (community 4 below it) and 3.
  const tree = [site(1, 'DISTRICT', [site(2, 'TOWNSHIP', [site(4, 'COMMUNITY')]), site(3, 'TOWNSHIP')])]

  it('puts the district first, then the townships in tree order, then communities, then unknown sites', () => {
    const groups = groupBySite([live(10, 3), live(11, 4), live(12, 9), live(13, 1), live(14, 2), live(15, 3)], tree)
    expect(groups.map((g) => [g.siteId, g.tier, g.windows.map((w) => w.windowId)])).toEqual([
      [1, 'DISTRICT', [13]],
      [2, 'TOWNSHIP', [14]],
      [3, 'TOWNSHIP', [10, 15]],
      [4, 'COMMUNITY', [11]],
      [9, undefined, [12]],
    ])
  })

  it('still groups by site before the tree has loaded', () => {
    const groups = groupBySite([live(1, 8), live(2, 7), live(3, 8)], [])
    expect(groups.map((g) => [g.siteName, g.windows.length])).toEqual([
      ['site 7', 1],
      ['site 8', 2],
    ])
  })
})
