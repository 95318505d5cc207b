import { describe, expect, it } from 'vitest'
import type { SiteNode, Tier } from '@/api/types'
import { childTier, flattenSites, pathTo } from './sites'

function site(id: number, tier: Tier, children: SiteNode[] = []): SiteNode {
  return { id, code: `S${id}`, name: `site ${id}`, tier, parentId: null, enabled: true, children }
}

const tree = [site(1, 'DISTRICT', [site(2, 'TOWNSHIP', [site(3, 'COMMUNITY')]), site(4, 'TOWNSHIP')])]

describe('sites', () => {
  it('flattens depth first with depths', () => {
    expect(flattenSites(tree).map(({ site, depth }) => [site.id, depth])).toEqual([
      [1, 0],
      [2, 1],
      [3, 2],
      [4, 1],
    ])
  })

  it('finds the chain from the root down to a site', () => {
    expect(pathTo(tree, 3).map((s) => s.id)).toEqual([1, 2, 3])
    expect(pathTo(tree, 99)).toEqual([])
  })

  it('derives the tier of a child from its parent', () => {
    expect(childTier('DISTRICT')).toBe('TOWNSHIP')
    expect(childTier('TOWNSHIP')).toBe('COMMUNITY')
    expect(childTier('COMMUNITY')).toBeNull()
  })
})
