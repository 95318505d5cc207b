import { describe, expect, it } from 'vitest'
import type { ServiceWindow, SiteNode, Tier } from '@/api/types'
import { groupWindows } from './use-worker-home'

const site = (id: number, tier: Tier): SiteNode => ({ id, code: `S${id}`, name: `site ${id}`, tier, parentId: null, enabled: true, children: [] })
const window = (id: number, siteId: number, enabled = true): ServiceWindow => ({
  id,
  name: `window ${id}`,
  siteId,
  siteName: `site ${siteId}`,
  departmentCode: 'MZ',
  departmentName: '民政',
  departmentNameEn: 'Civil affairs',
  comprehensive: false,
  enabled,
})

describe('groupWindows', () => {
  const chain = [site(1, 'DISTRICT'), site(2, 'TOWNSHIP'), site(4, 'COMMUNITY')]

  it('puts the township before the district and unknown sites last', () => {
    const groups = groupWindows([window(10, 1), window(11, 9), window(12, 2), window(13, 1)], chain)
    expect(groups.map((g) => [g.siteId, g.windows.map((w) => w.id)])).toEqual([
      [2, [12]],
      [1, [10, 13]],
      [9, [11]],
    ])
    expect(groups[0]?.site?.tier).toBe('TOWNSHIP')
  })

  it('leaves out disabled windows', () => {
    expect(groupWindows([window(10, 2, false)], chain)).toEqual([])
  })
})
